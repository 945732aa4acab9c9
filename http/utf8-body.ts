/**
 * Request bodies are UTF-8 or refused (400 naming the problem), never decoded with replacement
 * characters: a name with a byte that is not UTF-8 would otherwise be screened, stored and logged as
 * something the client never sent. Form fields are percent-decoded the same strict way (%FF is no text).
 */
import { CONVERT_TO_UTF8, findBadText } from '../src/app/index.ts';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export class BodyNotUtf8 extends Error {
  readonly statusCode = 400;
  constructor(message: string, readonly field = 'body') {
    super(message);
  }
}

/** The first byte at which `bytes` stops being UTF-8 (for the message only: the decoder decides). */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0) return i;
    try {
      strict.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return bytes.length;
}

export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    throw new BodyNotUtf8(`${what} is not UTF-8 text (byte ${firstBadByte(bytes)} of ${bytes.length}; another encoding, such as EUC-KR or Latin-1): ${CONVERT_TO_UTF8}`);
  }
}

/**
 * A JSON body that is not UTF-8, refused naming the field whose text holds the bytes when it can be found
 * (read leniently only to find it: the replacement character marks the place), else the body.
 */
export function refuseJsonNotUtf8(bytes: Buffer): BodyNotUtf8 {
  const plain = `the body is not UTF-8 text (byte ${firstBadByte(bytes)} of ${bytes.length}; another encoding, such as EUC-KR or Latin-1): ${CONVERT_TO_UTF8}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return new BodyNotUtf8(plain);
  }
  const bad = findBadText(parsed, '', (s) => (s.includes('\uFFFD') ? `is not UTF-8 text (another encoding, such as EUC-KR or Latin-1): ${CONVERT_TO_UTF8}` : undefined));
  return bad === undefined ? new BodyNotUtf8(plain) : new BodyNotUtf8(bad.message, bad.field);
}

/** A hex digit's value (-1: none). */
function hexValue(c: number): number {
  return c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
}

function percentDecode(s: string, what: string): string {
  if (!s.includes('%')) return s.includes('+') ? s.replace(/\+/g, ' ') : s;
  // Escapes become bytes, "+" a space, everything else its UTF-8 bytes; the whole is then decoded
  // strictly. One pass over the bytes: a pasted batch (a 2 MiB field, most of it escapes) is milliseconds
  // of the event loop, not the second that splitting it into a buffer per escape took.
  const src = Buffer.from(s, 'utf8');
  const out = Buffer.allocUnsafe(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const b = src[i]!;
    if (b === 0x25 && i + 2 < src.length) {
      const hi = hexValue(src[i + 1]!);
      const lo = hi < 0 ? -1 : hexValue(src[i + 2]!);
      if (lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = b === 0x2b ? 0x20 : b;
  }
  return decodeUtf8(out.subarray(0, n), what);
}

/** The fields a parsed form gave more than once (its first value kept), for a form that must refuse them (the check's). */
const repeated = new WeakMap<object, string[]>();
export function repeatedFields(form: unknown): readonly string[] {
  return typeof form === 'object' && form !== null ? repeated.get(form) ?? [] : [];
}

/**
 * The most fields a form may send: the web page's largest form has a few dozen (security review 23, HIGH-2: a form
 * of ten thousand fields was ten thousand strings for the text gate to read).
 */
export const MAX_FORM_FIELDS = 256;

/**
 * A form body (application/x-www-form-urlencoded) as a record of first values; bytes and escapes strictly UTF-8.
 * At most MAX_FORM_FIELDS fields; with `fields` (a route that names its form's fields: sign-in, sign-out), a field
 * of another name is 400 naming it, before any of its text is read further.
 */
export function parseFormStrict(body: Buffer, fields?: readonly string[]): Record<string, string> {
  const text = decodeUtf8(body, 'the form');
  const out: Record<string, string> = {};
  if (text === '') return out;
  let count = 0;
  for (const part of text.split('&')) {
    if (part === '') continue;
    if (++count > MAX_FORM_FIELDS) throw new BodyNotUtf8(`the form sends more than ${MAX_FORM_FIELDS} fields: no form of this site has as many`);
    const eq = part.indexOf('=');
    const k = percentDecode(eq < 0 ? part : part.slice(0, eq), 'a form field name');
    if (fields !== undefined && !fields.includes(k)) throw new BodyNotUtf8(`the form field "${k.slice(0, 40)}" is not one of this form's (${fields.join(', ')})`, k.slice(0, 40));
    if (Object.prototype.hasOwnProperty.call(out, k)) {
      repeated.set(out, [...(repeated.get(out) ?? []), k]);
      continue;
    }
    // An own property whatever the name (`__proto__` included: an assignment would set nothing).
    Object.defineProperty(out, k, { value: percentDecode(eq < 0 ? '' : part.slice(eq + 1), `the form field "${k.slice(0, 40)}"`), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

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

function percentDecode(s: string, what: string): string {
  const plus = s.replace(/\+/g, ' ');
  if (!plus.includes('%')) return plus;
  // Escapes become bytes, everything else its UTF-8 bytes; the whole is then decoded strictly.
  const parts = plus.split(/(%[0-9A-Fa-f]{2})/);
  const bytes = Buffer.concat(parts.map((p) => (/^%[0-9A-Fa-f]{2}$/.test(p) ? Buffer.from([parseInt(p.slice(1), 16)]) : Buffer.from(p, 'utf8'))));
  return decodeUtf8(bytes, what);
}

/** A form body (application/x-www-form-urlencoded) as a record of first values; bytes and escapes strictly UTF-8. */
export function parseFormStrict(body: Buffer): Record<string, string> {
  const text = decodeUtf8(body, 'the form');
  const out: Record<string, string> = {};
  if (text === '') return out;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const k = percentDecode(eq < 0 ? part : part.slice(0, eq), 'a form field name');
    if (k in out) continue;
    out[k] = percentDecode(eq < 0 ? '' : part.slice(eq + 1), `the form field "${k.slice(0, 40)}"`);
  }
  return out;
}

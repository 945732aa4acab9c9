/**
 * Text carried from the web or from mail with its characters encoded (a name copied out of a URL, an HTML
 * page or a quoted-printable message): PAK%20YONG%20SIK, PAK&nbsp;YONG&nbsp;SIK, KIM%2520YONG%2520CHOL,
 * FOREIGN=20TRADE=20BANK. Read by name screening and the vessels list alike, as an extra reading beside the
 * text as written: an encoded space would otherwise glue or split the words of a listed name. A MIME
 * encoded-word (=?UTF-8?B?S09NSUQ=?=, =?UTF-8?Q?KO=20MID?=) is read by the one reader of escapes
 * (escape-reader.ts), as the input gate reads it.
 */
import { ENCODED_WORD, encodedWord, latin1Byte, NAMED_REFERENCE, namedReference } from './escape-reader.ts';

const ENCODED = /=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=|%[0-9A-Fa-f]{2}|%u[0-9A-Fa-f]{4}|\\u[0-9A-Fa-f]{4}|&(?:#\d{1,7};|#[xX][0-9A-Fa-f]{1,6};|[A-Za-z][A-Za-z0-9])|=[0-9A-F]{2}/;

/** Characters that show as nothing between letters once decoded (a soft hyphen, the zero-width characters, the
 *  word joiner and the invisible operators): a name's letters on either side are one word, as the page shows them. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;

/** A %XX run as UTF-8, or (not valid UTF-8) as a Latin-1 page writes it (windows-1252: Tanch%F4n, review 23). */
function percentRun(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return run.replace(/%([0-9A-Fa-f]{2})/g, (w, h: string) => {
      const b = parseInt(h, 16);
      return b < 0x80 ? String.fromCharCode(b) : latin1Byte(b) || w;
    });
  }
}

/** An HTML named reference as a browser shows it (the whole HTML5 table, escape-reader.ts): a space of any width
 *  (&nbsp; &emsp; &thinsp;) as a space, invisible ones as nothing. */
function named(whole: string): string {
  const read = namedReference(whole);
  return read === whole ? whole : read.replace(INVISIBLE, '').replace(/\p{Zs}/gu, ' ');
}

function fromCodePoint(cp: number, whole: string): string {
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : whole;
}

/** A MIME encoded-word as its text, or as written when it does not read as text (a byte that is no UTF-8). */
function mimeWord(whole: string, charset: string, kind: string, text: string): string {
  const read = encodedWord(charset, kind, text);
  return read.includes('\uFFFD') || read === '' ? whole : read;
}

/** One pass of every encoding a name carries from the web or mail: MIME encoded-words, %XX runs of valid
 *  UTF-8 (else Latin-1), %uXXXX and \uXXXX escapes, HTML references (&nbsp; &#32; &#x20; &amp; &ocirc;: every HTML5 name), quoted-printable =XX (=20). */
function decodeOnce(text: string): string {
  return text
    .replace(ENCODED_WORD, mimeWord)
    .replace(/(?:%[0-9A-Fa-f]{2})+/g, percentRun)
    .replace(/%u([0-9A-Fa-f]{4})|\\u([0-9A-Fa-f]{4})/g, (whole, a: string | undefined, b: string | undefined) => fromCodePoint(parseInt(a ?? b ?? '', 16), whole))
    .replace(/&#(\d{1,7});/g, (whole, d: string) => fromCodePoint(Number(d), whole))
    .replace(/&#[xX]([0-9A-Fa-f]{1,6});/g, (whole, h: string) => fromCodePoint(parseInt(h, 16), whole))
    .replace(NAMED_REFERENCE, named)
    .replace(/(?:=[0-9A-F]{2})+/g, (run) => {
      const bytes = Buffer.from(run.replace(/=/g, ''), 'hex');
      const decoded = bytes.toString('utf8');
      return decoded.includes('\uFFFD') ? run : decoded;
    });
}

/** The text decoded, twice encoded decoded again (at most three passes), or undefined when there is nothing
 *  to decode. */
export function decodeWebText(text: string): string | undefined {
  if (!ENCODED.test(text)) return undefined;
  let read = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = decodeOnce(read);
    if (next === read) break;
    read = next;
  }
  return read === text ? undefined : read;
}

/**
 * Every escape syntax a system that shows text to a person may decode, read by one reader (security review 18,
 * R18-2). A character written as an escape is the character to whichever program decodes it: a browser reads
 * `&#8238DIMOK` (no semicolon) and `&#0000008238;` as U+202E, a mail client `=?UTF-8?B?4oCu?=`, a log viewer
 * `\u{202E}` or `\x{202E}`, an old IIS `%u202E`, a UTF-7 reader `+ICo-`. Which program will read the text is not
 * known where it comes in, so every syntax is decoded, repeatedly (an escape written escaped, `%25E2%2580%25AE`,
 * `&amp;#x202E;`), until nothing changes or the bound is reached.
 *
 * The readings serve to find what the text would show once decoded, never to replace it: a decoder here may be
 * lenient (overlong UTF-8, quoted-printable in lower case, a numeric reference without its semicolon) because
 * the only question asked of the result is whether it holds a character refused raw.
 *
 * The syntaxes, one table (ESCAPES): percent-encoding of UTF-8 bytes (overlong forms read as the old decoders
 * read them), %uXXXX, HTML/XML numeric references (decimal or hex, any leading zeros, semicolon or not) and the
 * named ones (the whole HTML5 table: &lrm; &amp; &ocirc; &ZeroWidthSpace; &eacute …), quoted-printable (soft line breaks joined), MIME encoded-words (B and Q, UTF-8,
 * UTF-16 or UTF-7), backslash escapes of JSON/JS (\uXXXX, \u{…}), Python/C (\UXXXXXXXX, \xXX bytes, octal bytes,
 * \N{name}), Perl (\x{…}, \N{U+…}), RTF (\uN?), and UTF-7 (+…-).
 */
import { decodeHTML, decodeHTMLStrict } from 'entities';

/**
 * An HTML named character reference (`&ocirc;`, `&ZeroWidthSpace;`, `&Kopf;`, and the legacy names a browser reads
 * without their semicolon, `&eacute`, `&nbsp`) as a browser shows it, from the whole HTML5 table (the `entities`
 * package, as htmlparser2 reads it; security review 23, HIGH-1); a name the table lacks read case-blind as
 * before (`&NBSP;`), else as written.
 */
export function namedReference(whole: string): string {
  const read = decodeHTML(whole);
  if (read !== whole || !whole.endsWith(';')) return read;
  const lower = decodeHTMLStrict(whole.toLowerCase());
  return lower !== whole.toLowerCase() ? lower : whole;
}

/** A named reference: a letter, then letters and digits, the semicolon optional (legacy names). */
export const NAMED_REFERENCE = /&[A-Za-z][A-Za-z0-9]{1,31};?/g;

/**
 * windows-1252's characters for the bytes 0x80–0x9F (WHATWG's index; what a browser shows for "Latin-1"): a byte
 * there the index leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) is 0 here and stays as written, so "score=90"
 * is no encoded control.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** A byte that starts no UTF-8 sequence, read as windows-1252 reads it (Latin-1 above 0x9F); '' when it names nothing. */
export function latin1Byte(b: number): string {
  if (b >= 0xa0 && b <= 0xff) return String.fromCharCode(b);
  const cp = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : 0;
  return cp === 0 ? '' : String.fromCharCode(cp);
}

/** The Unicode names (and the aliases Python and Perl accept in \N{…}) of the directional formatting characters. */
const CHARACTER_NAMES: Readonly<Record<string, number>> = {
  'LEFT-TO-RIGHT EMBEDDING': 0x202a, LRE: 0x202a, 'RIGHT-TO-LEFT EMBEDDING': 0x202b, RLE: 0x202b,
  'POP DIRECTIONAL FORMATTING': 0x202c, PDF: 0x202c, 'LEFT-TO-RIGHT OVERRIDE': 0x202d, LRO: 0x202d,
  'RIGHT-TO-LEFT OVERRIDE': 0x202e, RLO: 0x202e, 'LEFT-TO-RIGHT ISOLATE': 0x2066, LRI: 0x2066,
  'RIGHT-TO-LEFT ISOLATE': 0x2067, RLI: 0x2067, 'FIRST STRONG ISOLATE': 0x2068, FSI: 0x2068,
  'POP DIRECTIONAL ISOLATE': 0x2069, PDI: 0x2069, 'LEFT-TO-RIGHT MARK': 0x200e, LRM: 0x200e,
  'RIGHT-TO-LEFT MARK': 0x200f, RLM: 0x200f, 'ARABIC LETTER MARK': 0x061c, ALM: 0x061c,
};

/** A code point as a string, or the escape as written when it names none. */
function char(cp: number, whole: string): string {
  // U+0000 too: a NUL written as a code point (%u0000, \u0000, &#0;) is refused as the byte forms are (review 21).
  if (Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff) return String.fromCodePoint(cp);
  // Beyond Unicode (&#x110000;): a browser shows the replacement character, and so is it read (review 24, MEDIUM-A).
  return Number.isInteger(cp) && cp > 0x10ffff ? '\ufffd' : whole;
}

/**
 * Bytes read as UTF-8 the lenient way (overlong forms and the old five- and six-byte forms decoded, as
 * decoders before the rule against them did); a byte that starts no sequence stays as it was written, or with
 * `latin1` (percent-encoding and quoted-printable, which Latin-1 pages and mail write) is read as windows-1252 shows
 * it (Tanch%F4n is Tanchôn, review 23) where that names a character. A backslash byte (\202) stays as written:
 * what follows may be a CSS escape (\202E).
 */
function lenientUtf8(bytes: readonly { byte: number; written: string }[], latin1 = false): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!.byte;
    const follow = b >= 0xfc && b <= 0xfd ? 5 : b >= 0xf8 ? 4 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    let cp = follow === 0 ? b : b & (0x3f >> follow);
    let ok = b < 0x80 || (follow > 0 && b < 0xfe);
    for (let k = 1; ok && k <= follow; k++) {
      const c = bytes[i + k]?.byte;
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      else cp = cp * 64 + (c & 0x3f);
    }
    if (ok && cp <= 0x10ffff) {
      out += b < 0x80 ? String.fromCharCode(b) : char(cp, bytes.slice(i, i + follow + 1).map((x) => x.written).join(''));
      i += follow + 1;
    } else {
      // A percent byte windows-1252 leaves undefined (%81 %8D %8F %90 %9D) is the C1 control a browser reads it
      // as, refused as the control is (review 24, MEDIUM-A); a quoted-printable one stays (score=90).
      out += (latin1 && b >= 0x80 ? latin1Byte(b) || (/^(?:%|\\x)/.test(bytes[i]!.written) ? String.fromCharCode(b) : '') : '') || bytes[i]!.written;
      i++;
    }
  }
  return out;
}

/**
 * A run of byte escapes of one width (%E2%80%AE and =E2=80=AE: 3, \xe2\x80\xae and \342\200\256: 4; the digits
 * last) read as UTF-8. Read by position, not by a regular expression per run: a body of many short runs (%25 written
 * a million times) is read in one pass over it (security review 23, HIGH-2).
 */
function byteRun(run: string, width: number, radix: number, latin1 = false): string {
  const digits = radix === 8 ? 3 : 2;
  if (run.length === width) {
    const b = parseInt(run.slice(width - digits), radix);
    if (b < 0x80) return String.fromCharCode(b);
  }
  const bytes: { byte: number; written: string }[] = [];
  for (let i = 0; i < run.length; i += width) bytes.push({ byte: parseInt(run.slice(i + width - digits, i + width), radix), written: run.slice(i, i + width) });
  return lenientUtf8(bytes, latin1);
}

/** UTF-16 code units from bytes, big-endian unless told (a byte-order mark decides). */
function utf16(bytes: Buffer, little: boolean): string {
  let le = little;
  let start = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) { le = true; start = 2; } else if (bytes[0] === 0xfe && bytes[1] === 0xff) { le = false; start = 2; }
  let out = '';
  for (let i = start; i + 1 < bytes.length; i += 2) out += String.fromCharCode(le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * A UTF-7 shifted run (the base64 between + and -) as UTF-16 code units; '' when the run is not one a UTF-7
 * encoder writes (six bits or more left over, or left-over bits not zero, as RFC 2152 decoders refuse it): a
 * plus before a word ("steel+ABS", "HIV+AIDS") is no UTF-7, and read as one it would show a control.
 */
function utf7Run(b64: string): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const c of b64) {
    value = (value << 6) | BASE64.indexOf(c);
    bits += 6;
    if (bits >= 16) {
      bits -= 16;
      out += String.fromCharCode((value >> bits) & 0xffff);
      value &= (1 << bits) - 1;
    }
  }
  return bits >= 6 || value !== 0 ? '' : out;
}

/** Bytes in the charset an encoded-word names: UTF-16 and UTF-7 as such, anything else read as UTF-8 (lenient). */
function inCharset(bytes: Buffer, charset: string): string {
  const cs = charset.toLowerCase().replace(/\*.*$/, '');
  if (cs === 'utf-16le') return utf16(bytes, true);
  if (cs.startsWith('utf-16') || cs === 'ucs-2' || cs === 'unicode') return utf16(bytes, false);
  if (cs === 'utf-7') return bytes.toString('latin1').replace(/\+([A-Za-z0-9+/]+)-?/g, (w: string, b: string) => utf7Run(b) || w);
  return lenientUtf8([...bytes].map((b) => ({ byte: b, written: String.fromCharCode(b) })));
}

/** A MIME encoded-word (RFC 2047): =?charset?B?base64?= or =?charset?Q?quoted?=. */
export const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

/** A MIME encoded-word's text in its charset (found by ENCODED_WORD: charset, B or Q, the encoded text). */
export function encodedWord(charset: string, kind: string, text: string): string {
  const bytes = kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64')
    : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})|([^=])/g, (_, h: string | undefined, c: string | undefined) => (h !== undefined ? String.fromCharCode(parseInt(h, 16)) : c!)), 'latin1');
  return inCharset(bytes, charset);
}

/** A \N{…} name: a Unicode name or alias this table knows, or U+XXXX (Perl). */
function named(name: string, whole: string): string {
  const n = name.toUpperCase().replace(/[\s_]+/g, ' ').trim();
  const u = /^U\+([0-9A-F]{1,6})$/.exec(n);
  if (u !== null) return char(parseInt(u[1]!, 16), whole);
  const cp = CHARACTER_NAMES[n] ?? CHARACTER_NAMES[n.replace(/ /g, '-').replace(/-(EMBEDDING|OVERRIDE|ISOLATE|MARK|FORMATTING)$/, ' $1')];
  if (cp !== undefined) return String.fromCodePoint(cp);
  return letterNamed(n) ?? whole;
}

/** Digits by their Unicode names. */
const DIGIT_NAMES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];
/** The marks a Latin letter's name says it carries ("… WITH CIRCUMFLEX"), as combining marks. */
const MARKS: Readonly<Record<string, string>> = {
  ACUTE: '\u0301', GRAVE: '\u0300', CIRCUMFLEX: '\u0302', TILDE: '\u0303', MACRON: '\u0304', BREVE: '\u0306', 'DOT ABOVE': '\u0307',
  DIAERESIS: '\u0308', 'RING ABOVE': '\u030A', 'DOUBLE ACUTE': '\u030B', CARON: '\u030C', CEDILLA: '\u0327', OGONEK: '\u0328', 'DOT BELOW': '\u0323',
};
/** Spaces, invisible characters and marks by name, as a page would show them (the text gate and screening read them on). */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  SPACE: ' ', 'NO-BREAK SPACE': '\u00a0', 'ZERO WIDTH SPACE': '\u200b', 'ZERO WIDTH NON-JOINER': '\u200c', 'ZERO WIDTH JOINER': '\u200d',
  'WORD JOINER': '\u2060', 'SOFT HYPHEN': '\u00ad', 'HYPHEN-MINUS': '-', HYPHEN: '\u2010', 'FULL STOP': '.', APOSTROPHE: "'", 'LOW LINE': '_',
  'ZERO WIDTH NO-BREAK SPACE': '\ufeff', 'EN SPACE': '\u2002', 'EM SPACE': '\u2003', 'THIN SPACE': '\u2009', 'HAIR SPACE': '\u200a',
};

/**
 * A Latin letter, a digit, a space or an invisible character by its Unicode name (\N{LATIN CAPITAL LETTER O WITH
 * CIRCUMFLEX}, \N{DIGIT EIGHT}, \N{FULLWIDTH LATIN CAPITAL LETTER O}, \N{ZERO WIDTH SPACE}): the names a disguise
 * uses (security review 25, HIGH-1). Any other name stays as written, and a name left so is reviewed (look-alikes.ts).
 */
function letterNamed(n: string): string | undefined {
  const other = OTHER_NAMES[n];
  if (other !== undefined) return other;
  const digit = /^(FULLWIDTH )?DIGIT ([A-Z]+)$/.exec(n);
  if (digit !== null) {
    const d = DIGIT_NAMES.indexOf(digit[2]!);
    return d < 0 ? undefined : String.fromCharCode((digit[1] !== undefined ? 0xff10 : 0x30) + d);
  }
  const m = /^(FULLWIDTH )?LATIN (CAPITAL|SMALL) LETTER ([A-Z])(?: WITH (.+))?$/.exec(n);
  if (m === null) return undefined;
  const base = m[2] === 'CAPITAL' ? m[3]! : m[3]!.toLowerCase();
  if (m[1] !== undefined) return m[4] === undefined ? String.fromCharCode(base.charCodeAt(0) + 0xfee0) : undefined;
  if (m[4] === undefined) return base;
  const marks = m[4].split(' AND ').map((x) => MARKS[x]);
  return marks.every((x) => x !== undefined) ? (base + marks.join('')).normalize('NFC') : undefined;
}

/** One escape syntax: what finds it, and what it reads as. Applied in this order, each to the text the one before left. */
const ESCAPES: readonly (readonly [RegExp, (whole: string, ...groups: string[]) => string])[] = [
  // MIME encoded-words first: their Q text holds =XX, which quoted-printable below would read apart from the charset.
  [ENCODED_WORD, (_, cs, k, t) => encodedWord(cs!, k!, t!)],
  // Percent-encoded bytes, as UTF-8 (the run read together: one character is several bytes).
  [/(?:%[0-9A-Fa-f]{2})+/g, (run) => byteRun(run, 3, 16, true)],
  // %uXXXX (IIS, JavaScript's escape()).
  [/%[uU]([0-9A-Fa-f]{4})/g, (w, h) => char(parseInt(h!, 16), w)],
  // Quoted-printable: soft line breaks, then =XX runs (lower case hex too, as lenient readers accept).
  [/=\r?\n/g, () => ''],
  [/(?:=[0-9A-Fa-f]{2})+/g, (run) => byteRun(run, 3, 16, true)],
  // HTML and XML numeric references: decimal or hex, any leading zeros, the semicolon optional (HTML reads it without).
  [/&#[xX]([0-9A-Fa-f]+);?/g, (w, h) => char(h!.replace(/^0+/, '').length > 6 ? -1 : parseInt(h!, 16), w)],
  [/&#(\d+);?/g, (w, d) => char(d!.replace(/^0+/, '').length > 7 ? -1 : Number(d), w)],
  // Named references: the whole HTML5 table, legacy names without their semicolon too (review 23).
  [NAMED_REFERENCE, (w) => namedReference(w)],
  // RTF: \uN followed by its replacement character (decimal; a negative N is the code unit minus 65536).
  [/\\u(-?\d{1,5})\?/g, (w, d) => char(Number(d) < 0 ? Number(d) + 65536 : Number(d), w)],
  // JS/ES6 \u{…}, Perl \x{…}, Python/C \UXXXXXXXX, JSON/JS/Java \uXXXX.
  [/\\[uUxX]\{\s*([0-9A-Fa-f]{1,8})\s*\}/g, (w, h) => char(parseInt(h!, 16), w)],
  [/\\U([0-9A-Fa-f]{8})/g, (w, h) => char(parseInt(h!, 16), w)],
  [/\\u([0-9A-Fa-f]{4})/g, (w, h) => char(parseInt(h!, 16), w)],
  // Python and Perl names: \N{RIGHT-TO-LEFT OVERRIDE}, \N{RLO}, \N{U+202E}.
  // Any length inside the braces (Perl's loose names take spaces and underscores anywhere: review 26); a name is
  // at most 1,000 characters and the reading budget bounds the rest.
  [/\\N\{([^}]{1,1000})\}/g, (w, n) => named(n!, w)],
  // Byte escapes, as UTF-8: hex \xE2\x80\xAE (Python bytes, C, shell) and octal \342\200\256.
  // A \x byte that starts no UTF-8 sequence is read as windows-1252 shows it, as %F4 is (CH\xD4N: review 24); the
  // octal form stays (\202E may be a CSS escape).
  [/(?:\\x[0-9A-Fa-f]{2})+/g, (run) => byteRun(run, 4, 16, true)],
  [/(?:\\[0-3][0-7]{2})+/g, (run) => byteRun(run, 4, 8)],
  // CSS: a backslash and hex digits, one white space after ending it (\202E , \00202e). Four to six digits
  // only: a shorter run is a path or a clause number (C:\12, clause \7) far more often than an escape.
  // After the byte escapes: \342\200\256 is octal, not U+256D.
  [/\\([0-9A-Fa-f]{4,6})(?:\r\n|[ \t\n\r\f])?/g, (w, h) => char(parseInt(h!, 16), w)],
  // UTF-7: +base64- (the dash may be left out before a character outside base64). "+-" is a plus.
  [/\+([A-Za-z0-9+/]{3,})-?/g, (w, b) => {
    const read = utf7Run(b!);
    return read === '' ? w : read;
  }],
];

/** Some escape introducer is present: the common case (no escape at all) reads nothing further. */
const INTRODUCER = /%[0-9A-Fa-f]{2}|%[uU][0-9A-Fa-f]|=[0-9A-Fa-f]{2}|=\?|=\r?\n|&#|&[A-Za-z][A-Za-z0-9]|\\[uUxXN0-3]|\\[0-9A-Fa-f]{4}|\+[A-Za-z0-9+/]{3}/;

/** How many readings at most: an escape escaped more deeply than this is not text a person meant. */
export const MAX_READINGS = 12;

/** One reading: every syntax applied once. */
function readOnce(text: string): string {
  let out = text;
  for (const [re, read] of ESCAPES) out = out.replace(re, read as (whole: string, ...groups: string[]) => string);
  return out;
}

/**
 * What escape reading may cost one request (or one input) at most: the characters read, summed over every pass of
 * every string (security review 23, HIGH-2: a 2 MiB body of escapes nested ten deep cost seconds of the event loop).
 * Three times the largest JSON body: every string of a full 2 MiB batch holding an escape (two passes: one that
 * decodes, one that finds nothing more) is read whole with room to spare; a body escaped deeper than that is refused.
 */
export const READING_BUDGET_CHARS = 3 * 2 * 1024 * 1024;

/** A budget of escape reading shared by the strings of one request (READING_BUDGET_CHARS); `left` goes down. */
export interface ReadingBudget {
  left: number;
}

export function readingBudget(chars = READING_BUDGET_CHARS): ReadingBudget {
  return { left: chars };
}

/**
 * The readings of `text` with its escapes decoded, one per pass until a pass changes nothing (the text itself
 * not included): [] when it holds no escape. `settled` is false when the bound was reached while the text was
 * still changing (escaped more deeply than MAX_READINGS). With a `budget`, each pass spends the length it reads;
 * `overBudget` is true (and `settled` false) when the budget ran out before the text was read to the end.
 */
export function escapeReadings(text: string, budget?: ReadingBudget): { readings: string[]; settled: boolean; overBudget?: true } {
  if (!INTRODUCER.test(text)) return { readings: [], settled: true };
  const readings: string[] = [];
  let read = text;
  for (let pass = 0; pass <= MAX_READINGS; pass++) {
    if (budget !== undefined) {
      if (budget.left < read.length) return { readings, settled: false, overBudget: true };
      budget.left -= read.length;
    }
    const next = readOnce(read);
    if (next === read) return { readings, settled: true };
    // The pass after the last reading only tells whether the text was still changing.
    if (pass === MAX_READINGS) return { readings, settled: false };
    readings.push(next);
    read = next;
  }
  return { readings, settled: false };
}

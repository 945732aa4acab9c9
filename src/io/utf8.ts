/**
 * Input must be UTF-8: bytes in another encoding (EUC-KR Hangul, a Latin-1 "Pák") would be read as
 * replacement characters and screened as garbage, or as an empty name. Every reader refuses them the same
 * way: the line (and row) named, nothing read, and the way to convert the file said.
 */
import { isUtf8 } from 'node:buffer';

/** How to convert a file that is not UTF-8 (`file` named in the example when there is one). */
export function convertToUtf8(file?: string): string {
  const [from, to] = fileAndConverted(file);
  return `convert it to UTF-8 first, e.g. iconv -f EUC-KR -t UTF-8 ${from} > ${to} (Korean), iconv -f LATIN1 -t UTF-8 (Western European) or iconv -f UTF-16 -t UTF-8 (a spreadsheet's "Unicode text")`;
}

/** How to convert a file that is not UTF-8, for a message that names no file. */
export const CONVERT_TO_UTF8 = convertToUtf8();

/**
 * Why bytes that are not UTF-8 are refused and how to convert them: UTF-16 (what a spreadsheet saves as
 * "Unicode text") is told by its byte-order mark, or by every other byte of its ASCII being zero; other
 * bytes are most often EUC-KR or Latin-1. Without the bytes (a line read alone), the general hint.
 */
export function notUtf8Hint(bytes?: Buffer, file?: string): string {
  if (bytes && looksUtf16(bytes)) {
    const [from, to] = fileAndConverted(file);
    return `(UTF-16, as spreadsheets save "Unicode text"): convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8 ${from} > ${to}`;
  }
  return `(another encoding, such as EUC-KR or Latin-1): ${convertToUtf8(file)}`;
}

/**
 * The one wording of every refusal of input that is not UTF-8: the input as the command calls it ("the
 * vessels list x.csv", "the AIS positions"), where (a line number, or "row 3 (line 4)"), why, and how to
 * convert it; the hint of the command's own error code says what the input should hold.
 */
export function notUtf8Message(input: string, bytes: Buffer | undefined, where?: number | string, file?: string): string {
  const at = where === undefined ? '' : typeof where === 'number' ? ` (line ${where})` : ` (${where})`;
  const utf16 = bytes !== undefined && looksUtf16(bytes);
  return `${input} is not ${utf16 ? '' : 'valid '}UTF-8 text${at} ${notUtf8Hint(bytes, file)}`;
}

/** The file and its converted name as a shell would take them ("FILE" and "FILE.utf8" without one). */
function fileAndConverted(file: string | undefined): [string, string] {
  if (file === undefined || file === '-' || file === '') return ['FILE', 'FILE.utf8'];
  const dot = file.lastIndexOf('.');
  const to = dot > file.lastIndexOf('/') + 1 ? `${file.slice(0, dot)}.utf8${file.slice(dot)}` : `${file}.utf8`;
  return [shellWord(file), shellWord(to)];
}

/** A word the shell reads as it is: quoted when it holds anything but letters, digits and `_./-+,:@`. */
function shellWord(s: string): string {
  return /^[\w./+,:@-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

/** UTF-16 text: valid UTF-8 bytes too where it is ASCII (its zero bytes are NUL characters), so told apart first. */
export function looksUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const head = bytes.subarray(0, 512);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return head.length >= 8 && Math.max(even, odd) >= head.length / 4 && Math.min(even, odd) === 0;
}

/** 1-based line (within `b`) of the first invalid byte sequence; `b` is known to hold one. */
export function firstBadLine(b: Buffer): number {
  let line = 1;
  let start = 0;
  for (;;) {
    const nl = b.indexOf(0x0a, start);
    const end = nl < 0 ? b.length : nl;
    if (!isUtf8(b.subarray(start, end)) || nl < 0) return line;
    line++;
    start = nl + 1;
  }
}

/** The 1-based line of the first bytes that are not UTF-8, or undefined when all of it is UTF-8. */
export function firstInvalidUtf8Line(bytes: Buffer): number | undefined {
  return isUtf8(bytes) ? undefined : firstBadLine(bytes);
}

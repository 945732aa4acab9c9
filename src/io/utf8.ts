/**
 * Input must be UTF-8: bytes in another encoding (EUC-KR Hangul, a Latin-1 "Pák") would be read as
 * replacement characters and screened as garbage, or as an empty name. Every reader refuses them the same
 * way: the line (and row) named, nothing read, and the way to convert the file said.
 */
import { isUtf8 } from 'node:buffer';

/** How to convert a file that is not UTF-8, for every message that refuses one. */
export const CONVERT_TO_UTF8 = 'convert it to UTF-8 first, e.g. iconv -f EUC-KR -t UTF-8 FILE > FILE.utf8 (Korean) or iconv -f LATIN1 -t UTF-8 (Western European)';

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

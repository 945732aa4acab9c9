/**
 * Stream a file (or stdin for "-") line by line as bytes without holding it: the scan's memory follows its
 * window. (Lines as text: `forEachFileLine` in src/io.)
 */
import { InterdictError } from '../errors/index.ts';
import { ioError, openSource } from '../io/index.ts';

/**
 * The same lines as bytes, never decoded: `onLine(chunk, from, to)` with the line in chunk[from, to)
 * (`\n` and a `\r` before it cut off, a leading byte-order mark dropped, empty lines included so line
 * numbers match). A line cut by a chunk's edge is joined first. A newline byte never occurs inside a
 * UTF-8 character, so each line decodes on its own. What the caller keeps it must copy.
 */
export async function forEachLineBytes(file: string, onLine: (chunk: Buffer, from: number, to: number) => unknown): Promise<void> {
  // A promise returned by onLine is awaited before the next line: a writer's back-pressure.
  const line = (b: Buffer, from: number, end: number) => onLine(b, from, end > from && b[end - 1] === 13 ? end - 1 : end);
  let carry: Buffer | undefined;
  let head = true; // the byte-order mark is looked for in the first three bytes of the input
  try {
    for await (const piece of openSource(file)) {
      let b = piece as Buffer;
      if (head) {
        if (carry) b = Buffer.concat([carry, b]);
        carry = undefined;
        if (b.length < 3 && BOM.subarray(0, b.length).equals(b)) {
          carry = Buffer.from(b); // perhaps the start of a mark: wait for more
          continue;
        }
        head = false;
        if (b.subarray(0, 3).equals(BOM)) b = b.subarray(3);
      }
      let start = 0;
      if (carry) {
        // The line cut by the last chunk's edge: only its two parts are joined, not the whole chunk.
        const nl = b.indexOf(10);
        if (nl < 0) {
          carry = Buffer.concat([carry, b]);
          continue;
        }
        const joined = Buffer.concat([carry, b.subarray(0, nl)]);
        carry = undefined;
        const p = line(joined, 0, joined.length);
        if (p instanceof Promise) await p;
        start = nl + 1;
      }
      for (let nl = b.indexOf(10, start); nl >= 0; nl = b.indexOf(10, start)) {
        const p = line(b, start, nl);
        start = nl + 1;
        if (p instanceof Promise) await p;
      }
      // Copied: the stream may reuse its buffer (and a partial line is small).
      if (start < b.length) carry = Buffer.from(b.subarray(start));
    }
    if (carry && carry.length > 0) await line(carry, 0, carry.length);
  } catch (e) {
    if (e instanceof InterdictError) throw e.at({ file });
    throw ioError(file, e);
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

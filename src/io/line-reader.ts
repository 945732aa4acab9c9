/**
 * Lines of a stream, a chunk at a time: UTF-8 decoded across chunk edges, a leading byte-order mark
 * dropped, `\n` or `\r\n` ends. Memory holds one chunk and one partial line, whatever the input's size.
 */
import { isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { firstBadLine } from './utf8.ts';
import type { Readable } from 'node:stream';
import { InterdictError } from '../errors/index.ts';
import { ioError, openSource } from './input-source.ts';

export interface LineOptions {
  /**
   * Called (and expected to throw) with the number of the first line whose bytes are not valid UTF-8.
   * Without it, bad bytes read as U+FFFD, silently. Checked a chunk at a time (a fast native check),
   * so valid input costs almost nothing.
   */
  onInvalidUtf8?: (line: number) => never;
  /** Longest line accepted, in characters; a longer one calls `onLineTooLong` (expected to throw). */
  maxLineLength?: number;
  onLineTooLong?: (line: number) => never;
}

/**
 * Calls `each(line, lineNumber)` for every line (numbered from 1, empty ones included so numbers match
 * an editor's). Async between chunks only: the per-line work stays synchronous and fast.
 */
export async function forEachLine(source: Readable, each: (line: string, n: number) => void, options: LineOptions = {}): Promise<number> {
  const decoder = new StringDecoder('utf8');
  const check = options.onInvalidUtf8 ? utf8Checker() : undefined;
  const maxLine = options.maxLineLength ?? Infinity;
  let carry = '';
  let n = 0;
  let first = true;
  // The first line whose bytes are not UTF-8 (found a chunk ahead): reported when its turn comes, so an
  // earlier bad line is still the one reported, whatever the chunk sizes.
  let badLine = Infinity;
  const emit = (line: string): void => {
    const k = ++n;
    if (k >= badLine) options.onInvalidUtf8!(badLine);
    each(line, k);
  };
  const feed = (text: string): void => {
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    let nl = text.indexOf('\n');
    if (nl >= 0 && carry.length > 0) {
      emit(carry + text.slice(0, nl));
      carry = '';
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    while (nl >= 0) {
      emit(text.slice(start, nl));
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    carry += text.slice(start);
    // A line that never ends (a stream with no newline) must not take all memory.
    if (carry.length > maxLine) options.onLineTooLong?.(n + 1);
  };
  for await (const chunk of source) {
    if (check && badLine === Infinity) badLine = check.chunk(chunk as Buffer, n);
    feed(decoder.write(chunk as Buffer));
  }
  if (check && badLine === Infinity) badLine = check.end(n);
  feed(decoder.end());
  if (carry.length > 0) emit(carry);
  return n;
}

/**
 * Validates the bytes chunk by chunk; a character cut by a chunk's edge is held (up to 3 bytes) and
 * checked with the next. `linesBefore` is the number of lines already complete before this chunk. Each
 * call answers the number of the first line with bad bytes, or Infinity.
 */
function utf8Checker() {
  let held = Buffer.alloc(0);
  return {
    chunk(chunk: Buffer, linesBefore: number): number {
      const bytes = held.length > 0 ? Buffer.concat([held, chunk]) : chunk;
      const whole = completeEnd(bytes);
      held = Buffer.from(bytes.subarray(whole));
      return isUtf8(bytes.subarray(0, whole)) ? Infinity : linesBefore + firstBadLine(bytes.subarray(0, whole));
    },
    end(linesBefore: number): number {
      // A character cut short by the end of the input.
      return held.length > 0 ? linesBefore + 1 + count(held, 0x0a) : Infinity;
    },
  };
}

/** Where the last complete UTF-8 character of `b` ends (a lead byte whose continuation is missing starts the rest). */
function completeEnd(b: Buffer): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? b.length - k : b.length;
  }
  return b.length;
}


function count(b: Buffer, byte: number): number {
  let n = 0;
  for (let p = b.indexOf(byte); p >= 0; p = b.indexOf(byte, p + 1)) n++;
  return n;
}

/**
 * The lines of a file (or stdin for "-") as `forEachLine` gives a stream's, without holding it; an error
 * names the file (a missing or unreadable file is CLI_IO).
 */
export async function forEachFileLine(file: string, onLine: (line: string, n: number) => void, options: LineOptions = {}): Promise<number> {
  try {
    return await forEachLine(openSource(file), onLine, options);
  } catch (e) {
    if (e instanceof InterdictError) throw e.at({ file });
    throw ioError(file, e);
  }
}

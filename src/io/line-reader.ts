/**
 * Lines of a stream, a chunk at a time: UTF-8 decoded across chunk edges, a leading byte-order mark
 * dropped, `\n` or `\r\n` ends. Memory holds one chunk and one partial line, whatever the input's size.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

/**
 * Calls `each(line, lineNumber)` for every line (numbered from 1, empty ones included so numbers match
 * an editor's). Async between chunks only: the per-line work stays synchronous and fast.
 */
export async function forEachLine(source: Readable, each: (line: string, n: number) => void): Promise<number> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let n = 0;
  let first = true;
  const feed = (text: string): void => {
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    let nl = text.indexOf('\n');
    if (nl >= 0 && carry.length > 0) {
      each(carry + text.slice(0, nl), ++n);
      carry = '';
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    while (nl >= 0) {
      each(text.slice(start, nl), ++n);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    carry += text.slice(start);
  };
  for await (const chunk of source) feed(decoder.write(chunk as Buffer));
  feed(decoder.end());
  if (carry.length > 0) each(carry, ++n);
  return n;
}

/** Stream a file (or stdin for "-") line by line without holding it: the scan's memory follows its window. */
import { createReadStream } from 'node:fs';
import { InterdictError } from '../errors/index.ts';

export async function forEachLine(file: string, onLine: (line: string) => void): Promise<void> {
  // Decoded by the stream, so a character split across two chunks stays whole.
  const stream = file === '-' ? process.stdin.setEncoding('utf8') : createReadStream(file, { highWaterMark: 1 << 20, encoding: 'utf8' });
  let rest = '';
  try {
    for await (const chunk of stream) {
      const s = rest + (typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8'));
      let start = 0;
      for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', start)) {
        onLine(s.slice(start, nl));
        start = nl + 1;
      }
      rest = s.slice(start);
    }
  } catch (e) {
    if (e instanceof InterdictError) throw e.at({ file });
    throw new InterdictError('CLI_IO', `cannot read "${file}": ${(e as Error).message}`, { file });
  }
  if (rest !== '') onLine(rest);
}

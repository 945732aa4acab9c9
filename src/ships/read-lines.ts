/** Stream a file (or stdin for "-") line by line without holding it: the scan's memory follows its window. */
import { InterdictError } from '../errors/index.ts';
import { forEachLine as forEachLineOf, ioError, openSource } from '../io/index.ts';

export async function forEachLine(file: string, onLine: (line: string) => void): Promise<void> {
  try {
    await forEachLineOf(openSource(file), (line) => onLine(line));
  } catch (e) {
    if (e instanceof InterdictError) throw e.at({ file });
    throw ioError(file, e);
  }
}

/**
 * Transactions as `interdict check` reads them: one per NDJSON line (`parseNdjsonLine`, the one rule for
 * a line, applied as the lines stream in), or one JSON value read whole (`parseWholeInput`: an object or
 * an array, validated entirely before anything is evaluated). Which of the two an input is, is decided
 * once, from its start (src/io/json-shape.ts). Records are numbered from 1 (NDJSON: the line number).
 */
import { Readable } from 'node:stream';
import { InterdictError } from '../errors/index.ts';
import { duplicateKeyAt } from '../io/json-duplicates.ts';
import { peekJsonShape } from '../io/json-shape.ts';
import { forEachLine } from '../io/line-reader.ts';
import { parseTransaction } from './parse-transaction.ts';
import type { Transaction } from './transaction.ts';

export type InputShape = 'object' | 'array' | 'ndjson';

function badJson(record: number, e: unknown): InterdictError {
  const why = e instanceof Error ? e.message : String(e);
  return new InterdictError('CHECK_BAD_INPUT', `not valid JSON (${why})`, { record });
}

/** One NDJSON line (number `n`): its transaction, or undefined for a blank line; throws CHECK_BAD_INPUT naming the line. */
export function parseNdjsonLine(line: string, n: number): Transaction | undefined {
  let raw: unknown;
  try {
    // JSON.parse skips surrounding whitespace (a CRLF line's \r too), so no trim on the hot path.
    raw = JSON.parse(line);
  } catch (e) {
    if (line.trim() === '') return undefined;
    throw badJson(n, e);
  }
  refuseTwice(line, n, false);
  return parseTransaction(raw, n);
}

/**
 * A key given twice in one object: JSON.parse keeps the last without a word, so a designated party given
 * first would be dropped (and the service, reading the same body, refuses it). Refused, naming the key and
 * the line it stands on (`line0`: the number of the text's first line; `array`: the record is the element).
 */
function refuseTwice(text: string, line0: number, array: boolean): void {
  const twice = duplicateKeyAt(text);
  if (twice === undefined) return;
  const line = line0 + text.slice(0, twice.at).split('\n').length - 1;
  const record = array ? twice.element + 1 : line0;
  throw new InterdictError('CHECK_BAD_INPUT', `line ${line} gives the key ${JSON.stringify(twice.key)} twice in one object: give each key once`, { record, field: twice.key });
}

/**
 * How a batch's records are each parsed: in order, the first to throw ending it. By default a plain loop;
 * a server passes one that gives its event loop turns (the result and the first error are the same).
 */
export type EachRecord = <T, R>(items: readonly T[], fn: (item: T, i: number) => R) => R[] | Promise<R[]>;
const plainLoop: EachRecord = (items, fn) => items.map(fn);

/** One JSON value read whole (an object, or an array of them); throws CHECK_BAD_INPUT naming the first bad record and field. */
export function parseWholeInput(text: string): { shape: 'object' | 'array'; transactions: Transaction[] } {
  const whole = readWhole(text);
  return whole.shape === 'object' ? { shape: 'object', transactions: [parseTransaction(whole.value, 1)] } : { shape: 'array', transactions: whole.values.map((raw, k) => parseTransaction(raw, k + 1)) };
}

/** The one JSON value of `text`: an object (to parse as record 1) or an array's elements; throws CHECK_BAD_INPUT as parseWholeInput does. */
function readWhole(text: string): { shape: 'object'; value: unknown } | { shape: 'array'; values: unknown[] } {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 0xfeff)) i++;
  if (i === text.length) throw new InterdictError('CHECK_BAD_INPUT', 'the input is empty (give a JSON object, a JSON array or NDJSON)', {});
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (text[i] === '[') throw badJson(1, e);
    // Not one value. The shape rule reads a first line that is a whole object (with more after it) as
    // NDJSON, so here the first line is where it breaks: named as that line, as NDJSON would name it.
    const from = text.lastIndexOf('\n', i) + 1;
    const to = text.indexOf('\n', i);
    const line = text.slice(from, to < 0 ? text.length : to);
    parseNdjsonLine(line, text.slice(0, from).split('\n').length);
    throw badJson(1, e);
  }
  refuseTwice(text, 1, text[i] === '[');
  if (text[i] !== '[') return { shape: 'object', value };
  if (!Array.isArray(value)) throw new InterdictError('CHECK_BAD_INPUT', 'the input starts with "[" but is not a JSON array', { record: 1 });
  return { shape: 'array', values: value };
}

/**
 * Text held whole (the web page's box, at most the API's body limit): the same shape rule as `interdict
 * check` reading a file, and the same record numbers in its errors (an array's elements and NDJSON's
 * lines from 1). Every record is validated before the first is returned, each by `each` (a server's gives
 * its event loop turns meanwhile).
 */
export async function parseInputText(text: string, each: EachRecord = plainLoop): Promise<{ shape: InputShape; transactions: Transaction[] }> {
  const { shape, rest } = await peekJsonShape(Readable.from([Buffer.from(text, 'utf8')]));
  if (shape === 'whole') {
    const whole = readWhole(text);
    if (whole.shape === 'object') return { shape: 'object', transactions: [parseTransaction(whole.value, 1)] };
    return { shape: 'array', transactions: await each(whole.values, (raw, k) => parseTransaction(raw, k + 1)) };
  }
  // NDJSON: the lines read by the one line reader the CLI's check streams through, then each parsed in order.
  const lines: { line: string; n: number }[] = [];
  await forEachLine(rest, (line, n) => lines.push({ line, n }));
  const parsed = await each(lines, ({ line, n }) => parseNdjsonLine(line, n));
  return { shape: 'ndjson', transactions: parsed.filter((t): t is Transaction => t !== undefined) };
}

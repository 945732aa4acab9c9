/**
 * Whole inputs as `interdict check` takes them: one JSON object, a JSON array of objects, or NDJSON.
 * Everything is validated before anything is evaluated, so a bad record 900,000 lines in still means
 * nothing printed. Records are numbered from 1 (NDJSON: the line number).
 */
import { InterdictError } from '../errors/index.ts';
import { parseTransaction } from './parse-transaction.ts';
import type { Transaction } from './transaction.ts';

export type InputShape = 'object' | 'array' | 'ndjson';

export interface ParsedInput {
  shape: InputShape;
  transactions: Transaction[];
}

function badJson(record: number, e: unknown): InterdictError {
  const why = e instanceof Error ? e.message : String(e);
  return new InterdictError('CHECK_BAD_INPUT', `not valid JSON (${why})`, { record });
}

function parsesAsObject(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** Which of the three forms the input takes (a single object is parsed on the way: `value`). */
export function detectShape(text: string): { shape: InputShape; value?: unknown } {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 0xfeff)) i++;
  if (i === text.length) throw new InterdictError('CHECK_BAD_INPUT', 'the input is empty (give a JSON object, a JSON array or NDJSON)', {});
  if (text[i] === '[') return { shape: 'array' };
  if (text[i] === '{') {
    // NDJSON if the first line is a whole object with more after it; else one (maybe pretty-printed)
    // object. Deciding on the first line keeps a 1,000,000-line file from being parsed as one value.
    const nl = text.indexOf('\n', i);
    if (nl > 0 && text.slice(nl).trim() !== '' && parsesAsObject(text.slice(i, nl))) return { shape: 'ndjson' };
    try {
      return { shape: 'object', value: JSON.parse(text) as unknown };
    } catch {
      return { shape: 'ndjson' };
    }
  }
  return { shape: 'ndjson' };
}

/** Parse and validate the whole input; throws CHECK_BAD_INPUT naming the first bad record and field. */
export function parseInput(text: string): ParsedInput {
  const { shape, value } = detectShape(text);
  if (shape === 'object') return { shape, transactions: [parseTransaction(value, 1)] };
  if (shape === 'ndjson') return { shape, transactions: parseNdjson(text) };
  return parseArray(text);
}

function parseArray(text: string): ParsedInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw badJson(1, e);
  }
  if (!Array.isArray(value)) throw new InterdictError('CHECK_BAD_INPUT', 'the input starts with "[" but is not a JSON array', { record: 1 });
  return { shape: 'array', transactions: value.map((raw, k) => parseTransaction(raw, k + 1)) };
}

export function parseNdjson(text: string): Transaction[] {
  const out: Transaction[] = [];
  forEachNdjsonRecord(text, (tx) => {
    out.push(tx);
  });
  return out;
}

/**
 * Parse and validate NDJSON line by line, handing each transaction to `each` as soon as it is valid
 * (for a one-pass pipeline that holds no transactions). Throws on the first bad record: a caller that
 * must print nothing on bad input buffers its output until this returns.
 */
export function forEachNdjsonRecord(text: string, each: (tx: Transaction, line: number) => void): number {
  let count = 0;
  let start = 0;
  let line = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    line++;
    const s = text.slice(start, end);
    start = end + 1;
    if (s.length === 0) continue;
    let raw: unknown;
    try {
      // JSON.parse skips surrounding whitespace (a CRLF line's \r too), so no trim on the hot path.
      raw = JSON.parse(s);
    } catch (e) {
      if (s.trim() === '') continue;
      throw badJson(line, e);
    }
    const tx = parseTransaction(raw, line);
    try {
      each(tx, line);
    } catch (e) {
      // Bad input found while checking (an approval naming nothing in the law): name the line.
      if (e instanceof InterdictError && e.code === 'CHECK_BAD_INPUT') throw e.at({ record: line });
      throw e;
    }
    count++;
  }
  return count;
}

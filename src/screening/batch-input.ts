/**
 * A batch of names to screen, read from CSV (header `id,name[,dob][,nationality][,type][,document]`).
 * The file must be UTF-8 (else it is refused, naming the row and how to convert it) and have a header with
 * a name column. Each row is checked on its own: a broken row (a field too many or too few, a quote never
 * closed, an empty or over-long name, a date that is not one) is an error of that row, and the other rows
 * are screened (`parseBatchRows`); `parseBatchCsv` is for callers that store rows, all or nothing: the
 * first bad row refuses the batch.
 */
import { parse } from 'csv-parse/sync';
import { InterdictError } from '../errors/index.ts';
import { firstInvalidUtf8Line, looksUtf16, notUtf8Message } from '../io/utf8.ts';
import { validateQuery } from './validate-query.ts';
import type { ScreeningQuery } from './types.ts';

export interface BatchRow {
  id: string;
  query: ScreeningQuery;
}

/** One row of a batch: screened (`query`) or broken (`error`, naming the row and the field). */
export type BatchEntry = { row: number; id: string; query: ScreeningQuery; error?: undefined } | { row: number; id: string; query?: undefined; error: InterdictError };

interface Parsed {
  record: Record<string, string>;
  info: { lines: number };
}

/** Every row of a CSV batch, broken ones as errors. A file that is not UTF-8, or has no usable header,
 *  is refused whole (SCREEN_BAD_INPUT). */
export function parseBatchRows(input: string | Buffer, file: string, opts: BatchOptions = {}): BatchEntry[] {
  const text = typeof input === 'string' ? input : decode(input, file);
  const header = firstLine(text);
  // A stored batch reads every column it is given (`columns`): one it does not know (a misspelt "nationalty")
  // would be dropped without a word from what is monitored.
  const unknown = opts.columns !== undefined ? header.find((h) => h !== '' && !opts.columns!.includes(h)) : undefined;
  if (unknown !== undefined) throw new InterdictError('SCREEN_BAD_INPUT', `the CSV header has the column "${unknown}", which is not one of ${opts.columns!.join(', ')}`, { file, field: unknown });
  if (opts.requireId === true && !header.includes('id')) {
    throw new InterdictError('SCREEN_BAD_INPUT', `the CSV header has no "id" column (found: ${header.join(', ') || 'nothing'}): each row is stored under its id, so every row must give one (rows numbered instead would be replaced by the next file numbered the same way)`, { file, field: 'id' });
  }
  // Two columns of one name would let one silently win over the other.
  const twice = header.find((h, i) => h !== '' && header.indexOf(h) !== i);
  if (twice !== undefined) throw new InterdictError('SCREEN_BAD_INPUT', `the CSV header has the column "${twice}" twice`, { file, field: twice });
  if (!header.includes('name')) {
    throw new InterdictError('SCREEN_BAD_INPUT', `the CSV header has no "name" column (found: ${header.join(', ') || 'nothing'})`, { file, field: 'name' });
  }
  const broken: { line: number; message: string }[] = [];
  let records: Parsed[];
  try {
    records = parse(text, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, bom: true, trim: true, info: true,
      skip_records_with_error: true,
      on_skip: (e: { code?: string; lines?: number } | undefined) => {
        broken.push({ line: e?.lines ?? 0, message: csvProblem(e?.code) });
        return undefined;
      },
    }) as Parsed[];
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new InterdictError('SCREEN_BAD_INPUT', `the CSV cannot be read: ${msg}`, { file });
  }
  // Rows in file order, counted from 1 after the header as a spreadsheet user counts data rows.
  const all = [...records.map((r) => ({ line: r.info.lines, parsed: r })), ...broken.map((b) => ({ line: b.line, broken: b.message }))]
    .sort((a, b) => a.line - b.line);
  return all.map((entry, i): BatchEntry => {
    const rowNo = i + 1;
    if ('broken' in entry) {
      const error = new InterdictError('SCREEN_BAD_INPUT', `${entry.broken} (line ${entry.line})`, { file, record: `row ${rowNo}` });
      return { row: rowNo, id: String(rowNo), error };
    }
    return rowOf(entry.parsed!.record, rowNo, file, opts);
  });
}

export interface BatchOptions {
  /** Every row must give its id (rows stored under their id: `subjects import`); else a row's number stands in. */
  requireId?: boolean;
  /** The only columns the batch may have (header names, lower case); absent: others are ignored. */
  columns?: readonly string[];
}

/** All rows, or the first bad row's error: for a batch that is stored all or nothing. */
export function parseBatchCsv(input: string | Buffer, file: string, opts: BatchOptions = {}): BatchRow[] {
  return parseBatchRows(input, file, opts).map((r) => {
    if (r.error !== undefined) throw r.error;
    return { id: r.id, query: r.query };
  });
}

function rowOf(row: Record<string, string>, rowNo: number, file: string, opts: BatchOptions): BatchEntry {
  const id = row.id !== undefined && row.id !== '' ? row.id : String(rowNo);
  const where = { file, record: `row ${rowNo} (id ${id})` };
  const fail = (e: InterdictError): BatchEntry => ({ row: rowNo, id, error: e });
  if (opts.requireId === true && (row.id === undefined || row.id === '')) {
    return fail(new InterdictError('SCREEN_BAD_INPUT', 'the row gives no id: each row is stored under its id', { file, record: `row ${rowNo}`, field: 'id' }));
  }
  const type = row.type === undefined || row.type === '' ? undefined : row.type.toLowerCase();
  if (type !== undefined && type !== 'person' && type !== 'entity') {
    return fail(new InterdictError('SCREEN_BAD_INPUT', `type "${row.type}" is neither person nor entity`, { ...where, field: 'type' }));
  }
  const query: ScreeningQuery = { name: row.name ?? '' };
  if (row.dob !== undefined && row.dob !== '') query.dob = row.dob;
  if (row.nationality !== undefined && row.nationality !== '') query.nationality = row.nationality;
  if (type !== undefined) query.type = type;
  if (row.document !== undefined && row.document !== '') query.documents = row.document.split(/[;|]/).map((d) => d.trim());
  try {
    validateQuery(query);
  } catch (e) {
    if (e instanceof InterdictError) return fail(e.at({ ...where, field: e.location.field ?? 'name' }));
    throw e;
  }
  return { row: rowNo, id, query };
}

function csvProblem(code: string | undefined): string {
  switch (code) {
    case 'CSV_RECORD_INCONSISTENT_COLUMNS': return 'the row has more or fewer fields than the header';
    case 'CSV_QUOTE_NOT_CLOSED': return 'a quote is opened and never closed (the rest of the file was read into this row)';
    case 'CSV_INVALID_CLOSING_QUOTE': return 'a quote closes in the middle of a field';
    default: return `the row cannot be read as CSV (${code ?? 'unknown problem'})`;
  }
}

/** The bytes as text; bytes that are not UTF-8 refuse the file, naming the row they are in. */
function decode(bytes: Buffer, file: string): string {
  const utf16 = looksUtf16(bytes);
  const line = firstInvalidUtf8Line(bytes) ?? (utf16 ? 1 : undefined);
  if (line === undefined) return bytes.toString('utf8');
  // The row holding that line, read from the text as decoded with replacement characters.
  let row: number | undefined;
  try {
    const records = parse(bytes.toString('utf8'), { columns: true, skip_empty_lines: true, bom: true, info: true, relax_column_count: true, relax_quotes: true }) as Parsed[];
    const at = records.findIndex((r) => r.info.lines >= line);
    if (at >= 0) row = at + 1;
  } catch {
    // the row is not known; the line is
  }
  const where = row !== undefined ? `row ${row} (line ${line})` : `line ${line}`;
  throw new InterdictError('SCREEN_BAD_INPUT', notUtf8Message(`${where} of ${file === '-' ? 'standard input' : file}`, bytes, undefined, file), { file, record: row !== undefined ? `row ${row}` : `line ${line}`, field: 'name' });
}

function firstLine(text: string): string[] {
  try {
    const head = parse(text.replace(/^\uFEFF/, ''), { to_line: 1, trim: true, relax_column_count: true }) as string[][];
    return (head[0] ?? []).map((c) => c.toLowerCase());
  } catch {
    return [];
  }
}

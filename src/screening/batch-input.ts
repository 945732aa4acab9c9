/**
 * A batch of names to screen, read from CSV (header `id,name[,dob][,nationality][,type][,document]`).
 * Every row is checked before any is screened, so a bad row stops the batch with nothing written.
 */
import { parse } from 'csv-parse/sync';
import { InterdictError } from '../errors/index.ts';
import { validateQuery } from './screen-name.ts';
import type { ScreeningQuery } from './types.ts';

export interface BatchRow {
  id: string;
  query: ScreeningQuery;
}

export function parseBatchCsv(text: string, file: string): BatchRow[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, bom: true, trim: true, relax_column_count: false });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new InterdictError('SCREEN_BAD_INPUT', `the CSV cannot be read: ${msg}`, { file });
  }
  const header = firstLine(text);
  // Two columns of one name would let one silently win over the other.
  const twice = header.find((h, i) => h !== '' && header.indexOf(h) !== i);
  if (twice !== undefined) throw new InterdictError('SCREEN_BAD_INPUT', `the CSV header has the column "${twice}" twice`, { file, field: twice });
  if (!header.includes('name')) {
    throw new InterdictError('SCREEN_BAD_INPUT', `the CSV header has no "name" column (found: ${header.join(', ') || 'nothing'})`, { file, field: 'name' });
  }
  return rows.map((row, i) => {
    // Rows are counted from 1 after the header, as a spreadsheet user would count data rows.
    const rowNo = i + 1;
    const id = row.id !== undefined && row.id !== '' ? row.id : String(rowNo);
    const where = { file, record: `row ${rowNo} (id ${id})` };
    const type = row.type === undefined || row.type === '' ? undefined : row.type.toLowerCase();
    if (type !== undefined && type !== 'person' && type !== 'entity') {
      throw new InterdictError('SCREEN_BAD_INPUT', `type "${row.type}" is neither person nor entity`, { ...where, field: 'type' });
    }
    const query: ScreeningQuery = { name: row.name ?? '' };
    if (row.dob !== undefined && row.dob !== '') query.dob = row.dob;
    if (row.nationality !== undefined && row.nationality !== '') query.nationality = row.nationality;
    if (type !== undefined) query.type = type;
    if (row.document !== undefined && row.document !== '') query.documents = row.document.split(/[;|]/).map((d) => d.trim());
    try {
      validateQuery(query);
    } catch (e) {
      if (e instanceof InterdictError) throw e.at({ ...where, field: e.location.field ?? 'name' });
      throw e;
    }
    return { id, query };
  });
}

function firstLine(text: string): string[] {
  try {
    const head = parse(text.replace(/^\uFEFF/, ''), { to_line: 1, trim: true, relax_column_count: true }) as string[][];
    return (head[0] ?? []).map((c) => c.toLowerCase());
  } catch {
    return [];
  }
}

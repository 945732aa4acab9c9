/**
 * An import file: CSV with a header naming the columns. Every row needs a ref, so importing the same
 * file twice never counts twice. Parsing checks the shape; the store validates every row's content
 * before it writes any.
 */
import { parse } from 'csv-parse/sync';
import { InterdictError } from '../errors/index.ts';
import type { DeliveryInput } from './ledger-types.ts';

const COLUMNS = ['state', 'commodity', 'date', 'barrels', 'tonnes', 'ref', 'reported', 'vessel', 'parties', 'factor', 'product'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['state', 'commodity', 'date', 'ref'];

export interface ParsedImport {
  inputs: DeliveryInput[];
  /** "line N" of each input, for error messages. */
  labels: string[];
}

export function parseDeliveryCsv(text: string, file: string): ParsedImport {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, skip_empty_lines: true, trim: true, relax_column_count: false, bom: true }) as unknown as typeof records;
  } catch (e) {
    throw new InterdictError('LEDGER_BAD_INPUT', `not a readable CSV file: ${e instanceof Error ? e.message : String(e)}`, { file });
  }
  const [head, ...rows] = records;
  if (!head) throw new InterdictError('LEDGER_BAD_INPUT', 'the file is empty (it needs a header line)', { file });
  const header = head.record.map((h) => h.toLowerCase());
  // Two columns of one name would let one silently win over the other.
  const twice = header.find((h, i) => header.indexOf(h) !== i);
  if (twice !== undefined) throw new InterdictError('LEDGER_BAD_INPUT', `the header has the column "${twice}" twice`, { file, record: 'line 1', field: twice });
  for (const h of header) {
    if (!(COLUMNS as readonly string[]).includes(h)) {
      throw new InterdictError('LEDGER_BAD_INPUT', `unknown column "${h}" (columns: ${COLUMNS.join(', ')})`, { file, record: 'line 1', field: h });
    }
  }
  for (const c of REQUIRED) {
    if (!header.includes(c)) throw new InterdictError('LEDGER_BAD_INPUT', `the header has no "${c}" column`, { file, record: 'line 1', field: c });
  }
  if (!header.includes('barrels') && !header.includes('tonnes')) {
    throw new InterdictError('LEDGER_BAD_INPUT', 'the header needs a "barrels" or "tonnes" column', { file, record: 'line 1', field: 'barrels' });
  }
  const inputs: DeliveryInput[] = [];
  const labels: string[] = [];
  for (const { record, info } of rows) {
    const label = `line ${info.lines}`;
    const get = (c: Column): string | undefined => {
      const i = header.indexOf(c);
      const v = i >= 0 ? record[i] : undefined;
      return v === undefined || v === '' ? undefined : v;
    };
    if (get('ref') === undefined) throw new InterdictError('LEDGER_BAD_INPUT', 'ref is missing (every imported row needs one)', { file, record: label, field: 'ref' });
    const parties = get('parties');
    const product = get('product');
    inputs.push({
      state: get('state'),
      commodity: get('commodity'),
      date: get('date'),
      barrels: get('barrels'),
      tonnes: get('tonnes'),
      factor: get('factor'),
      ref: get('ref'),
      reported: get('reported'),
      vessel: get('vessel'),
      ...(parties !== undefined ? { parties: parties.split(';') } : {}),
      // The product names the barrels-per-tonne factor as `ledger record --product` does (the help lists the column).
      ...(product !== undefined && { product }),
    });
    labels.push(label);
  }
  return { inputs, labels };
}

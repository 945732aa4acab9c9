/**
 * `subjects import`: a CSV of monitored customers (`id,name[,dob][,nationality][,type]`, UTF-8, a bad row
 * refusing the file) stored and screened by `addSubjects`. The one use case for the CLI, the subjects page
 * and the demo data, so the file is read by one rule whoever sends it.
 */
import { InterdictError } from '../../errors/index.ts';
import { parseBatchCsv } from '../../screening/index.ts';
import type { Service } from '../service/service-context.ts';
import { addSubjects, validateSubjectsInSlices, type SubjectsAdded } from './subjects.ts';

/** The columns of a subjects file: what a subject is stored with. */
const SUBJECT_COLUMNS = ['id', 'name', 'dob', 'nationality', 'type'];

// Subjects are stored under their id: a file without ids would number its rows, and the next such file would
// replace the subjects numbered the same (hostile new user, HIGH: a listed person monitored as 1 became Jane Roe).
const rowsOf = (csv: string | Buffer, source: string) => parseBatchCsv(csv, source, { requireId: true, columns: SUBJECT_COLUMNS }).map((r) => ({ id: r.id, ...r.query }));

/**
 * A subject's error located in the file, as the CSV reader locates its own (`row 2 (id x1)`, the column, the
 * file), not by the batch's 0-based index (hostile new user, M6: a duplicate id said record 1, field [1].id).
 */
async function inFile<T>(rows: { id: string }[], source: string, fn: (rows: { id: string }[]) => Promise<T>): Promise<T> {
  try {
    return await fn(rows);
  } catch (e) {
    const i = e instanceof InterdictError ? e.location.record : undefined;
    if (!(e instanceof InterdictError) || typeof i !== 'number') throw e;
    const field = e.location.field?.replace(/^\[\d+\]\.?/, '');
    throw new InterdictError(e.code, e.message, { file: source, record: `row ${i + 1} (id ${String(rows[i]?.id ?? '')})`, ...(field !== undefined && field !== '' && { field }) });
  }
}

/** The file read and every row checked, as the import will, before any database is opened: a bad file
 *  leaves nothing behind, not even a new database file. */
export async function checkSubjectsCsv(csv: string | Buffer, source: string): Promise<void> {
  await inFile(rowsOf(csv, source), source, validateSubjectsInSlices);
}

export async function importSubjectsCsv(svc: Service, csv: string | Buffer, source: string, actor: string): Promise<SubjectsAdded> {
  return inFile(rowsOf(csv, source), source, (rows) => addSubjects(svc, rows, actor));
}

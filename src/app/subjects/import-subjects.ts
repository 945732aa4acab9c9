/**
 * `subjects import`: a CSV of monitored customers (`id,name[,dob][,nationality][,type]`, UTF-8, a bad row
 * refusing the file) stored and screened by `addSubjects`. The one use case for the CLI, the subjects page
 * and the demo data, so the file is read by one rule whoever sends it.
 */
import { parseBatchCsv } from '../../screening/index.ts';
import type { Service } from '../service/service-context.ts';
import { addSubjects, type SubjectsAdded } from './subjects.ts';

export async function importSubjectsCsv(svc: Service, csv: string | Buffer, source: string, actor: string): Promise<SubjectsAdded> {
  const rows = parseBatchCsv(csv, source).map((r) => ({ id: r.id, ...r.query }));
  return addSubjects(svc, rows, actor);
}

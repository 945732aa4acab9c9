/**
 * Re-screening after a list update: 100,000 monitored subjects, a new list in which 100 records changed
 * (their VERSIONNUM amended), timed through the app layer's updateList (diff, store, screen every subject
 * against the changed records, open alerts, log), on a fresh database.
 */
import { appendAudit } from '../../src/app/audit/audit-log.ts';
import { readFileSync } from 'node:fs';
import { updateList } from '../../src/app/lists/list-update.ts';
import { openService } from '../../src/app/service/service-context.ts';
import { subjectFingerprint } from '../../src/app/subjects/subjects.ts';
import { bundledListPath } from '../../src/screening/un-list/index.ts';
import type { DbTarget } from '../../src/store/index.ts';
import { seededRandom } from '../support/seeded-random.ts';

const FAMILY = ['KIM', 'RI', 'PAK', 'CHOE', 'JONG', 'KANG', 'CHO', 'YUN', 'JANG', 'HAN', 'SMITH', 'GARCIA', 'MULLER', 'NOVAK', 'SATO'];
const SYLL = ['YONG', 'CHOL', 'SONG', 'IL', 'MYONG', 'HO', 'NAM', 'SU', 'GWANG', 'HYON', 'JIN', 'OK', 'HUI', 'CHUN', 'ANNA', 'JOHN', 'MARIA', 'PETER'];

/** The bundled list with `n` records amended (their VERSIONNUM raised by one). */
export function amendedList(n: number): Buffer {
  let left = n;
  const xml = readFileSync(bundledListPath(), 'utf8').replace(/<VERSIONNUM>(\d+)<\/VERSIONNUM>/g, (all, v: string) => (left-- > 0 ? `<VERSIONNUM>${Number(v) + 1}</VERSIONNUM>` : all));
  return Buffer.from(xml.replace(/dateGenerated='([^']+)'/, "dateGenerated='2026-02-01T00:00:00.000Z'"));
}

export async function rescreenBench(target: DbTarget, subjects: number, changed: number): Promise<{ seconds: number; rescreened: number; alerts: number; changedRecords: number }> {
  const svc = await openService({ target, preloadList: true });
  try {
    const rnd = seededRandom(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const listed = (await svc.lists.current(svc.driver)).list.records.map((r) => r.names[0]!.full);
    const now = new Date().toISOString();
    // Bulk insert straight into the table, each chunk logged with its rows as an import logs them (a list
    // update re-screens only subjects as their entries recorded them): the benchmark times the re-screen,
    // not the import's screening.
    for (let start = 0; start < subjects; start += 500) {
      await svc.driver.transaction(async (tx) => {
        const ids: string[] = [];
        for (let i = start; i < Math.min(subjects, start + 500); i++) {
          const name = i % 50 === 0 ? pick(listed) : `${pick(FAMILY)} ${pick(SYLL)} ${pick(SYLL)}`;
          const s = { id: `s${String(i).padStart(7, '0')}`, name };
          await tx.run('INSERT INTO subjects (id, name, dob, nationality, type, fingerprint, created_at, updated_at) VALUES (?, ?, NULL, NULL, NULL, ?, ?, ?)', [s.id, s.name, subjectFingerprint(s), now, now]);
          ids.push(s.id);
        }
        await appendAudit(tx, { actor: 'bench', action: 'subjects.upsert', target: 'subjects', detail: { subjects: ids.length }, rows: ids.map((id) => ({ table: 'subjects', key: [id] })) });
      });
    }
    const xml = amendedList(changed);
    const t0 = performance.now();
    const r = await updateList(svc, xml, { actor: 'bench', operator: true });
    const seconds = (performance.now() - t0) / 1000;
    return { seconds, rescreened: r.rescreened, alerts: r.alertsOpened, changedRecords: r.changedRecords };
  } finally {
    await svc.close();
  }
}

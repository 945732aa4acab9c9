/**
 * A new UN list: diff it against the list in use, store it (the history keeps every list), and screen
 * every subject again against the records added or changed only. Alerts follow the rules of
 * openAlerts: a suppressed pair whose record changed opens again, an unchanged one stays closed. The
 * writes are one transaction under the service's write lock: a second update waits for the first, and a
 * failure leaves the list in use, the alerts and the log as they were.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { InterdictError } from '../../errors/index.ts';
import { screenName, type ScreeningIndex, type ScreeningMatch } from '../../screening/index.ts';
import { changedRefs, diffLists } from '../../screening/list-diff.ts';
import type { SqlExec } from '../../store/index.ts';
import { appendAudit, lockChain } from '../audit/audit-log.ts';
import { openAlerts } from '../alerts/open-alerts.ts';
import type { Service } from '../service/service-context.ts';
import { mapInSlices } from '../slices.ts';
import type { StoredSubject } from '../subjects/subject-types.ts';
import { subjectFromRow, toQuery } from '../subjects/subjects.ts';
import type { ListInUse } from './list-store.ts';
import { parseListOffThread } from './parse-off-thread.ts';

const gzipAsync = promisify(gzip);

export interface ListUpdateResult {
  changed: boolean;
  from: string;
  to: string;
  added: number;
  changedRecords: number;
  removed: number;
  rescreened: number;
  alertsOpened: number;
  alerts: number[];
}

const PAGE = 5000;

type SubjectRow = Parameters<typeof subjectFromRow>[0];
interface Hit {
  subject: StoredSubject;
  matches: ScreeningMatch[];
}

/** Every subject, page by page, screened against the changed records in slices; `seen` keeps each one's fingerprint. */
async function screenAll(db: SqlExec, index: ScreeningIndex, refs: ReadonlySet<string>, seen: Map<string, string>, hits: Map<string, Hit>, only?: (s: StoredSubject) => boolean): Promise<number> {
  let rescreened = 0;
  for (let after = ''; ;) {
    const rows = await db.all<SubjectRow>('SELECT id, name, dob, nationality, type, fingerprint FROM subjects WHERE id > ? AND removed_at IS NULL ORDER BY id LIMIT ?', [after, PAGE]);
    await mapInSlices(rows, (row) => {
      const s = subjectFromRow(row);
      if (only !== undefined && !only(s)) return;
      seen.set(s.id, s.fingerprint);
      rescreened++;
      const matches = refs.size > 0 ? screenName(index, toQuery(s), { refs }) : [];
      if (matches.length > 0) hits.set(s.id, { subject: s, matches });
      else hits.delete(s.id);
    });
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.id;
  }
  return rescreened;
}

/**
 * The list is parsed and indexed in a worker thread, and every subject screened against the changed
 * records before any lock is taken (in slices: the server keeps answering). Then one short transaction,
 * under the audit chain's lock: subjects added or changed meanwhile are screened there, the alerts are
 * opened, the list is stored and logged. A list stored by another process meanwhile starts it over.
 */
export async function updateList(svc: Service, xml: Buffer, actor: string): Promise<ListUpdateResult> {
  const { list: next, index, fingerprints } = await parseListOffThread(xml, 'uploaded'); // LIST_INVALID before anything is touched
  const gz = (await gzipAsync(xml)).toString('base64');
  const forUpdate = svc.driver.forUpdate;
  for (let attempt = 1; ; attempt++) {
    const base = await svc.lists.current(svc.driver);
    const versions = { from: base.list.version.id, to: next.version.id };
    if (base.list.version.sha256 === next.version.sha256) {
      return { changed: false, ...versions, added: 0, changedRecords: 0, removed: 0, rescreened: 0, alertsOpened: 0, alerts: [] };
    }
    const diff = diffLists(base.list, next);
    const refs = changedRefs(diff);
    const now = new Date().toISOString();
    const seen = new Map<string, string>();
    const hits = new Map<string, Hit>();
    let rescreened = await screenAll(svc.driver, index, refs, seen, hits);
    const stored = await svc.driver.transaction(async (tx) => {
      await lockChain(tx, forUpdate); // one list update at a time, across processes
      if ((await svc.lists.current(tx)).rowId !== base.rowId) return undefined;
      // Subjects stored or changed since they were screened above: screened again now, under the lock.
      rescreened += await screenAll(tx, index, refs, new Map(), hits, (s) => seen.get(s.id) !== s.fingerprint);
      const list: ListInUse = { rowId: 0, list: next, index, fingerprints, loadedAt: now, loadedBy: actor };
      const alerts: number[] = [];
      for (const h of hits.values()) alerts.push(...(await openAlerts(tx, forUpdate, h.subject, h.matches, list, actor, now)));
      const ids = await tx.all<{ id: unknown }>(
        `INSERT INTO un_lists (version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by)
         VALUES (?, ?, ?, 'uploaded', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [next.version.id, next.version.sha256, next.version.dateGenerated, gz, next.records.length, diff.added.length, diff.changed.length, diff.removed.length, rescreened, alerts.length, now, actor],
      );
      const r: ListUpdateResult = { changed: true, ...versions, added: diff.added.length, changedRecords: diff.changed.length, removed: diff.removed.length, rescreened, alertsOpened: alerts.length, alerts };
      await appendAudit(tx, forUpdate, {
        actor, action: 'list.update', target: `list:${next.version.id}`,
        detail: { from: r.from, to: r.to, added: diff.added.map((x) => x.ref), changed: diff.changed.map((x) => x.ref), removed: diff.removed.map((x) => x.ref), rescreened, alertsOpened: alerts.length },
      }, now);
      return { rowId: Number(ids[0]!.id), r };
    });
    if (stored !== undefined) {
      svc.lists.remember(stored.rowId, next, now, actor, index, fingerprints);
      return stored.r;
    }
    if (attempt >= 3) throw new InterdictError('LIST_INVALID', 'other list updates kept arriving while this one was prepared: send it again', { field: 'body' });
  }
}

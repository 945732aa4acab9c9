/**
 * A new UN list: diff it against the list in use, store it (the history keeps every list), and screen
 * every subject again against the records added or changed only. Alerts follow the rules of
 * openAlerts: a suppressed pair whose record changed opens again, an unchanged one stays closed. One
 * transaction under the service's write lock: a second update waits for the first, and a failure
 * leaves the list in use, the alerts and the log as they were.
 */
import { gzipSync } from 'node:zlib';
import { buildIndex, screenName } from '../../screening/index.ts';
import { changedRefs, diffLists } from '../../screening/list-diff.ts';
import { parseUnList } from '../../screening/un-list/index.ts';
import { appendAudit, lockChain } from '../audit/audit-log.ts';
import { openAlerts } from '../alerts/open-alerts.ts';
import type { Service } from '../service/service-context.ts';
import { subjectFromRow, toQuery } from '../subjects/subjects.ts';
import { fingerprintsOf, type ListInUse } from './list-store.ts';

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

export async function updateList(svc: Service, xml: Buffer, actor: string): Promise<ListUpdateResult> {
  const next = parseUnList(xml, 'uploaded'); // LIST_INVALID before anything is touched
  const index = buildIndex(next);
  const gz = gzipSync(xml).toString('base64');
  const forUpdate = svc.driver.forUpdate;
  const now = new Date().toISOString();
  const result = await svc.driver.transaction(async (tx) => {
    await lockChain(tx, forUpdate); // one list update at a time, across processes
    const inUse = await svc.lists.current(tx);
    const base = { from: inUse.list.version.id, to: next.version.id };
    if (inUse.list.version.sha256 === next.version.sha256) {
      return { rowId: undefined, r: { changed: false, ...base, added: 0, changedRecords: 0, removed: 0, rescreened: 0, alertsOpened: 0, alerts: [] } };
    }
    const diff = diffLists(inUse.list, next);
    const refs = changedRefs(diff);
    const list: ListInUse = { rowId: 0, list: next, index, fingerprints: fingerprintsOf(next), loadedAt: now, loadedBy: actor };
    const alerts: number[] = [];
    let rescreened = 0;
    if (refs.size > 0) {
      for (let after = ''; ;) {
        const rows = await tx.all<Parameters<typeof subjectFromRow>[0]>('SELECT id, name, dob, nationality, type, fingerprint FROM subjects WHERE id > ? ORDER BY id LIMIT ?', [after, PAGE]);
        for (const row of rows) {
          const s = subjectFromRow(row);
          const matches = screenName(index, toQuery(s), { refs });
          rescreened++;
          if (matches.length > 0) alerts.push(...(await openAlerts(tx, forUpdate, s, matches, list, actor, now)));
        }
        if (rows.length < PAGE) break;
        after = rows[rows.length - 1]!.id;
      }
    }
    const ids = await tx.all<{ id: unknown }>(
      `INSERT INTO un_lists (version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by)
       VALUES (?, ?, ?, 'uploaded', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [next.version.id, next.version.sha256, next.version.dateGenerated, gz, next.records.length, diff.added.length, diff.changed.length, diff.removed.length, rescreened, alerts.length, now, actor],
    );
    const r: ListUpdateResult = { changed: true, ...base, added: diff.added.length, changedRecords: diff.changed.length, removed: diff.removed.length, rescreened, alertsOpened: alerts.length, alerts };
    await appendAudit(tx, forUpdate, {
      actor, action: 'list.update', target: `list:${next.version.id}`,
      detail: { from: r.from, to: r.to, added: diff.added.map((x) => x.ref), changed: diff.changed.map((x) => x.ref), removed: diff.removed.map((x) => x.ref), rescreened, alertsOpened: alerts.length },
    }, now);
    return { rowId: Number(ids[0]!.id), r };
  });
  if (result.rowId !== undefined) svc.lists.remember(result.rowId, next, now, actor, index);
  return result.r;
}

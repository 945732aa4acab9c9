/**
 * Turn a subject's screening hits into alerts, a possible match as much as a match (the alert's band says
 * which). A hit opens an alert unless
 * - an undecided alert for the same subject and list record, with the same content of both, exists (the
 *   unique index decides, across processes): a changed subject or record opens an alert of its own,
 * - a confirmed false positive suppresses the pair: same record fingerprint, same subject fingerprint, not expired,
 * - a confirmed true match or escalation already covers the same record and subject as they are now.
 * So a suppressed pair opens again exactly when the list record or the subject changes, or the expiry passes.
 */
import type { ScreeningMatch } from '../../screening/index.ts';
import type { SqlTx } from '../../store/index.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { AUDITED_TABLES } from '../audit/audit-rows.ts';
import { rowReadIsAsRecorded, SUPPRESSION_TABLES } from '../audit/recorded-rows.ts';
import { assertRowAsRecorded, tampered } from '../audit/row-guard.ts';
import type { ListInUse } from '../lists/list-store.ts';
import type { StoredSubject } from '../subjects/subject-types.ts';

/** `owner`: the open database the log's digests are kept for (recorded-rows.ts), the service's driver. */
export async function openAlerts(tx: SqlTx, subject: StoredSubject, matches: readonly ScreeningMatch[], list: ListInUse, actor: string, now: string, owner: object): Promise<number[]> {
  const opened: number[] = [];
  for (const m of matches) {
    const recordFp = list.fingerprints.get(m.ref) ?? '';
    if (await alreadyDecided(tx, subject.id, m.ref, recordFp, subject.fingerprint, now, owner)) continue;
    // The subject as screened: what the analyst decides on, whatever the subject becomes later.
    const snapshot = JSON.stringify({ id: subject.id, name: subject.name, ...(subject.dob && { dob: subject.dob }), ...(subject.nationality && { nationality: subject.nationality }), ...(subject.type && { type: subject.type }) });
    const id = await insertAlert(tx, {
      subjectId: subject.id, subjectJson: snapshot, listRef: m.ref, score: m.score, band: m.band, matchJson: JSON.stringify(m), algorithm: m.algorithm, listVersion: m.listVersion,
      recordFp, subjectFp: subject.fingerprint, openedBy: actor, kind: 'name', eventId: null,
    }, { subject: subject.id, ref: m.ref, listedName: m.name, score: m.score, band: m.band, regime: m.regime, algorithm: m.algorithm, listVersion: m.listVersion }, now);
    if (id !== undefined) opened.push(id);
  }
  return opened;
}

/**
 * Whether what keeps an alert for (subject, list reference) shut holds: a confirmed false positive with the
 * same fingerprints, not expired, or a decided alert (not a false positive) with the same fingerprints.
 */
export async function alreadyDecided(tx: SqlTx, subjectId: string, listRef: string, recordFp: string, subjectFp: string, now: string, owner: object): Promise<boolean> {
  // What keeps an alert shut must be what Interdict wrote (row-guard.ts): a suppression or a closed alert
  // planted in the database would otherwise hide a designated person's hit and leave no trace once gone.
  // Held against the newest entry naming the row, whichever alert wrote it (an older version put back
  // names its own, older alert), and locked as read.
  const suppressed = await tx.all<Record<string, unknown>>(
    `SELECT ${AUDITED_TABLES.suppressions!.columns.join(', ')} FROM suppressions WHERE subject_id = ? AND list_ref = ? AND record_fp = ? AND subject_fp = ? AND (expires IS NULL OR expires > ?)${tx.forUpdate}`,
    [subjectId, listRef, recordFp, subjectFp, now.slice(0, 10)],
  );
  if (suppressed[0] !== undefined) {
    if (!(await rowReadIsAsRecorded(tx, SUPPRESSION_TABLES, 'suppressions', suppressed[0], owner))) throw tampered(`the suppression of ${listRef} for subject ${subjectId}`);
    return true;
  }
  const decided = await tx.all<Record<string, unknown>>(
    `SELECT ${AUDITED_TABLES.alerts!.columns.join(', ')} FROM alerts WHERE subject_id = ? AND list_ref = ? AND record_fp = ? AND subject_fp = ? AND status = 'closed' AND disposition <> 'false-positive' LIMIT 1`,
    [subjectId, listRef, recordFp, subjectFp],
  );
  if (decided[0] !== undefined) {
    await assertRowAsRecorded(tx, 'alerts', decided[0], [decided[0].id], [`alert:${String(decided[0].id)}`], `alert ${String(decided[0].id)}`);
    return true;
  }
  return false;
}

/** What an alert is opened with: a subject's hit (kind `name`), a vessel event (`vessel-event`) or a subject's disguised name (`disguised-name`). */
export interface NewAlert {
  subjectId: string;
  subjectJson: string;
  listRef: string;
  score: number;
  band: 'match' | 'possible';
  matchJson: string;
  algorithm: string;
  listVersion: string;
  recordFp: string;
  subjectFp: string;
  openedBy: string;
  kind: 'name' | 'vessel-event' | 'disguised-name';
  eventId: number | null;
}

/**
 * Open one alert and append its `alert.open` entry (with `detail`), in the caller's transaction: the one
 * way an alert comes to be, whatever opened it. Undefined when an undecided alert with the same content
 * exists already (the unique index decides, across processes).
 */
export async function insertAlert(tx: SqlTx, a: NewAlert, detail: Record<string, unknown>, now: string): Promise<number | undefined> {
  const ids = await tx.all<{ id: unknown }>(
    `INSERT INTO alerts (subject_id, subject_json, list_ref, status, score, band, match_json, algorithm, list_version, record_fp, subject_fp, opened_at, opened_by, kind, event_id)
     VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (subject_id, list_ref, subject_fp, record_fp) WHERE status <> 'closed' DO NOTHING RETURNING id`,
    [a.subjectId, a.subjectJson, a.listRef, a.score, a.band, a.matchJson, a.algorithm, a.listVersion, a.recordFp, a.subjectFp, now, a.openedBy, a.kind, a.eventId],
  ).catch((e: unknown) => {
    // PostgreSQL's next id taken by a row written there directly (SQLite takes the next free one).
    if ((e as { code?: unknown }).code === '23505') throw tampered(`an alert row at the id the next alert takes (${a.listRef} for subject ${a.subjectId.slice(0, 200)})`);
    throw e;
  });
  // Only the content index may say "it exists already" (any other conflict, a row planted at the next id, is
  // an error), and the undecided alert that says so must be one Interdict opened: a row planted with the
  // same content, deleted once the match was passed over, would otherwise leave the match with no alert.
  if (ids[0] === undefined) {
    const open = await tx.all<Record<string, unknown>>(
      `SELECT ${AUDITED_TABLES.alerts!.columns.join(', ')} FROM alerts WHERE subject_id = ? AND list_ref = ? AND subject_fp = ? AND record_fp = ? AND status <> 'closed'`, [a.subjectId, a.listRef, a.subjectFp, a.recordFp],
    );
    // Gone already: a row was there for the insert to clash with, and is not now (nothing Interdict does
    // deletes an alert, and writers queue on the chain's lock): planted and taken away.
    if (open.length === 0) throw tampered(`an undecided alert for ${a.listRef} and subject ${a.subjectId.slice(0, 200)}, there when the alert was opened and gone just after`);
    for (const row of open) await assertRowAsRecorded(tx, 'alerts', row, [row.id], [`alert:${String(row.id)}`], `the undecided alert ${String(row.id)} for ${a.listRef}`);
    return undefined;
  }
  const id = Number(ids[0].id);
  await appendAudit(tx, { actor: a.openedBy, action: 'alert.open', target: `alert:${id}`, detail, rows: [{ table: 'alerts', key: [id] }] }, now);
  return id;
}

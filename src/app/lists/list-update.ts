/**
 * A new UN list: diff it against the list in use, store it (the history keeps every list), and screen
 * every subject again against the records added or changed only. Alerts follow the rules of
 * openAlerts: a suppressed pair whose record changed opens again, an unchanged one stays closed. A subject
 * whose name hides letters and has no disguised-name alert yet is screened against the whole list, and
 * opens one when no result explains the disguise (disguised-alerts.ts). The
 * writes are one transaction under the service's write lock: a second update waits for the first, and a
 * failure leaves the list in use, the alerts and the log as they were.
 */
import { recordsWithNamesDropped } from './lacking-records.ts';
import { AUDITED_TABLES } from '../audit/audit-rows.ts';
import { rowNotAsRecorded, SUBJECT_TABLES } from '../audit/recorded-rows.ts';
import { assertRowAsRecorded, tampered } from '../audit/row-guard.ts';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { InterdictError } from '../../errors/index.ts';
import { screenName, type ScreeningIndex, type ScreeningMatch } from '../../screening/index.ts';
import { changedRefs, diffLists } from '../../screening/list-diff.ts';
import type { SqlExec } from '../../store/index.ts';
import type { Grantor } from '../accounts/accounts.ts';
import { assertFourEyes, proposerKeySeen, recordedProposerKeySeen } from '../accounts/key-holders.ts';
import { assertProposalStands } from '../accounts/proposal-stands.ts';
import { appendAudit, lockChain } from '../audit/audit-log.ts';
import { openAlerts } from '../alerts/open-alerts.ts';
import { disguiseFingerprint, disguiseOf, openDisguisedAlert } from '../alerts/disguised-alerts.ts';
import type { Service } from '../service/service-context.ts';
import { mapInSlices } from '../slices.ts';
import type { StoredSubject } from '../subjects/subject-types.ts';
import { subjectFromRow, toQuery } from '../subjects/subjects.ts';
import { compareLists, refuseFutureList } from './list-preview.ts';
import type { ListInUse } from './list-store.ts';
import { restoreListXml, type RestoredList } from './list-restore.ts';
import { parseListOffThread } from './parse-off-thread.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** An update that waits for a second admin: what it would do, and who asked. */
export interface PendingList {
  id: number;
  from: string;
  to: string;
  added: number;
  changedRecords: number;
  removed: number;
  /** The references of the records the update removes (what the second admin checks). */
  removedRefs: string[];
  /** The new list is not newer than the one in use (its dateGenerated is the same or earlier). */
  notNewer: boolean;
  requestedBy: string;
  requestedAt: string;
}

export interface UpdateListOptions {
  /** Confirming this pending update: it applies only to the list it was asked against, and leaves the queue. */
  confirming?: { id: number; requestedBy: string; baseSha256: string };
  /** The file the XML was read from, named in its errors (an upload is "uploaded"). */
  file?: string;
  /** The operator's word that a list removing records (or giving a reference twice) is meant (`lists load --allow-removals`). */
  allowRemovals?: boolean;
  /** The XML already read by `readListUpdate` (the CLI reads it before it opens a database, so a bad file makes none). */
  parsed?: ListUpdateFile;
}

/** A list file read and checked for an update: parsed, indexed, and not dated in the future. */
export type ListUpdateFile = Awaited<ReturnType<typeof parseListOffThread>>;

/** Read a list file for an update: LIST_INVALID (naming the file) before anything is opened or touched. */
export async function readListUpdate(xml: Buffer, file: string): Promise<ListUpdateFile> {
  const parsed = await parseListOffThread(xml, file);
  refuseFutureList(parsed.list);
  return parsed;
}

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
  /** The file was a stored list's that was held without its XML: the row holds it now, nothing else changed. */
  restored?: RestoredList;
}

const PAGE = 5000;

type SubjectRow = Parameters<typeof subjectFromRow>[0];
interface Hit {
  subject: StoredSubject;
  matches: ScreeningMatch[];
  /** A subject whose name hides letters, with no disguised-name alert for it yet: its results against the whole new list. */
  whole?: ScreeningMatch[];
}

const COLUMNS = AUDITED_TABLES.subjects!.columns;
const SUBJECT_COLUMNS = COLUMNS.join(', ');
/** Every audited column's value, exactly: equal for two reads of a row only if the row is the same (cheaper than its digest). */
const rowKey = (row: Record<string, unknown>): string => JSON.stringify(COLUMNS.map((c) => (row[c] === null || row[c] === undefined ? null : String(row[c]))));

const flagKey = (subjectId: string, fp: string): string => `${subjectId}\0${fp}`;

/** The subjects (with their name's fingerprint) that have a disguised-name alert already, whatever its status. */
async function disguiseAlerted(db: SqlExec): Promise<Set<string>> {
  const rows = await db.all<{ subject_id: string; subject_fp: string }>(`SELECT subject_id, subject_fp FROM alerts WHERE kind = 'disguised-name'`);
  return new Set(rows.map((r) => flagKey(r.subject_id, r.subject_fp)));
}

/**
 * Every subject, page by page, screened against the changed records in slices (a subject whose name hides
 * letters and has no disguised-name alert yet, against the whole list: `flagged` names those that have one); `seen` keeps each one's
 * every audited column, so the pass under the lock screens again any row changed since, by Interdict or
 * not, and the subjects then held to the log are the ones screened.
 */
async function screenAll(
  db: SqlExec, index: ScreeningIndex, refs: ReadonlySet<string>, seen: Map<string, string>, hits: Map<string, Hit>, flagged: ReadonlySet<string>, only?: (id: string, key: string) => boolean,
): Promise<number> {
  let rescreened = 0;
  for (let after = ''; ;) {
    const rows = await db.all<SubjectRow & Record<string, unknown>>(`SELECT ${SUBJECT_COLUMNS} FROM subjects WHERE id > ? AND removed_at IS NULL ORDER BY id LIMIT ?`, [after, PAGE]);
    await mapInSlices(rows, (row) => {
      const key = rowKey(row);
      if (only !== undefined && !only(row.id, key)) return;
      seen.set(row.id, key);
      const s = subjectFromRow(row);
      rescreened++;
      const matches = refs.size > 0 ? screenName(index, toQuery(s), { refs }) : [];
      // A name hiding letters (a subject stored before such names opened alerts, or one whose explaining
      // record left the list): screened against the whole list, for whether a result explains it.
      const whole = disguiseOf(s) !== undefined && !flagged.has(flagKey(s.id, disguiseFingerprint(s.name))) ? screenName(index, toQuery(s)) : undefined;
      if (matches.length > 0 || whole !== undefined) hits.set(s.id, { subject: s, matches, ...(whole !== undefined && { whole }) });
      else hits.delete(s.id);
    });
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.id;
  }
  return rescreened;
}

/**
 * Make a new list the one in use, whoever asks and however (API, page, CLI): the one use case, so four eyes
 * cannot depend on the interface. An admin account's update that removes or changes records (a renamed
 * record de-lists its person as surely as a removed one), or is not newer than the list in use, waits for a
 * second admin, like a grant (`{ pending }`); the operator at the server's machine (the CLI, which holds the
 * database's credentials) applies at once.
 *
 * The list is parsed and indexed in a worker thread, and every subject screened against the changed
 * records before any lock is taken (in slices: the server keeps answering). Then one short transaction,
 * under the audit chain's lock: subjects added or changed meanwhile are screened there, the alerts are
 * opened, the list is stored and logged. A list stored by another process meanwhile starts it over.
 */
export async function updateList(svc: Service, xml: Buffer, by: Grantor & { operator: true }, opts?: UpdateListOptions): Promise<ListUpdateResult>;
export async function updateList(svc: Service, xml: Buffer, by: Grantor, opts?: UpdateListOptions): Promise<ListUpdateResult | { pending: PendingList }>;
export async function updateList(svc: Service, xml: Buffer, by: Grantor, opts: UpdateListOptions = {}): Promise<ListUpdateResult | { pending: PendingList }> {
  const actor = by.actor;
  const { list: next, index, fingerprints } = opts.parsed ?? (await readListUpdate(xml, opts.file ?? 'uploaded')); // LIST_INVALID before anything is touched
  const gz = (await gzipAsync(xml)).toString('base64');
  // A stored list held without its XML (an earlier version's bundled snapshot) is given it back, first: the
  // list in use may be that one, which nothing (this update included) reads until then.
  const restored = await restoreListXml(svc.driver, next.version.sha256, gz, actor);
  if (restored !== undefined) {
    const inUse = (await svc.lists.current(svc.driver)).list.version.id;
    return { changed: false, from: inUse, to: inUse, added: 0, changedRecords: 0, removed: 0, rescreened: 0, alertsOpened: 0, alerts: [], restored };
  }
  for (let attempt = 1; ; attempt++) {
    const base = await svc.lists.current(svc.driver);
    const versions = { from: base.list.version.id, to: next.version.id };
    // The one comparison the preview (previewList) shows.
    const { same, diff } = compareLists(base.list, next);
    if (same) return { changed: false, ...versions, added: 0, changedRecords: 0, removed: 0, rescreened: 0, alertsOpened: 0, alerts: [] };
    if (opts.confirming !== undefined && base.list.version.sha256 !== opts.confirming.baseSha256) {
      throw new InterdictError('LIST_CONFLICT', `the list in use changed since list update ${opts.confirming.id} was asked for: it was reviewed against another list; ask again`, { field: 'id' });
    }
    const notNewer = next.version.dateGenerated <= base.list.version.dateGenerated;
    // A reference used by two records gives a listed person names of another record's choosing (they read as
    // "added"): no real release does, so one admin alone does not apply it either.
    const twice = next.records.length !== new Set(next.records.map((r) => r.ref)).size;
    if (!by.operator && opts.confirming === undefined && (diff.removed.length > 0 || diff.changed.length > 0 || notNewer || twice)) {
      return { pending: await proposeList(svc, gz, next.version, base.list.version, diff, notNewer, actor, twice) };
    }
    // The operator's list that removes records, or gives a reference twice, is applied only when asked for in so
    // many words (`lists load --allow-removals`): a list cut down by mistake made every record it dropped
    // permitted at once (hostile new user 34).
    // A record kept under its reference with none of its names is removed as surely (security re-review: KOMID
    // renamed "ZZQX HOLDINGS" made it permitted, loaded without a word), and one that loses an alias is removed
    // for whoever is written that way (the next re-review: KPe.001 kept with one alias only).
    const renamed = opts.allowRemovals === true || !by.operator ? [] : recordsWithNamesDropped(base.list, next);
    if (by.operator && opts.allowRemovals !== true && (diff.removed.length > 0 || twice || renamed.length > 0)) {
      const gone = [
        ...diff.removed.map((r) => `${r.ref} ${r.name}`),
        ...renamed.map(({ record: r, dropped, wholesale }) => `${r.ref.trim()} ${r.names[0]?.full ?? ''} (${wholesale ? 'renamed: none of its names kept' : `names dropped: ${dropped.slice(0, 3).join(', ')}${dropped.length > 3 ? ', …' : ''}`})`),
      ];
      const named = gone.slice(0, 5).join('; ');
      throw new InterdictError('LIST_REMOVES', `${opts.file ?? 'the list'} ${gone.length > 0 ? `removes ${gone.length} of the ${base.list.records.length} records of the list in use, or names of them (${named}${gone.length > 5 ? '; …' : ''})` : 'gives a reference to two records'}: nothing was loaded; if it is the UN's own release, load it with --allow-removals`, { field: 'file' });
    }
    const refs = changedRefs(diff);
    const now = new Date().toISOString();
    const seen = new Map<string, string>();
    const hits = new Map<string, Hit>();
    const flagged = await disguiseAlerted(svc.driver);
    let rescreened = await screenAll(svc.driver, index, refs, seen, hits, flagged);
    const stored = await svc.driver.transaction(async (tx) => {
      await lockChain(tx); // one list update at a time, across processes
      if ((await svc.lists.current(tx)).rowId !== base.rowId) return undefined;
      // No one else writes the subjects until this commits: the rows screened below are the rows held after.
      await tx.lockTables(['subjects']);
      // Subjects stored or changed since they were screened above: screened again now, under the lock.
      rescreened += await screenAll(tx, index, refs, new Map(), hits, flagged, (id, key) => seen.get(id) !== key);
      // A subject renamed, removed or added in the database outside Interdict would be screened as it is
      // now, and the match it hides would open no alert: refused instead, nothing stored (recorded-rows.ts).
      const changed = await rowNotAsRecorded(tx, SUBJECT_TABLES, svc.driver);
      if (changed !== undefined) throw tampered(`the subjects screened again (${changed})`);
      const list: ListInUse = { rowId: 0, list: next, index, fingerprints, loadedAt: now, loadedBy: actor };
      const alerts: number[] = [];
      for (const h of hits.values()) {
        alerts.push(...(await openAlerts(tx, h.subject, h.matches, list, actor, now, svc.driver)));
        if (h.whole !== undefined) alerts.push(...(await openDisguisedAlert(tx, h.subject, h.whole, list, actor, now, svc.driver)));
      }
      const ids = await tx.all<{ id: unknown }>(
        `INSERT INTO un_lists (version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by)
         VALUES (?, ?, ?, 'uploaded', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [next.version.id, next.version.sha256, next.version.dateGenerated, gz, next.records.length, diff.added.length, diff.changed.length, diff.removed.length, rescreened, alerts.length, now, actor],
      );
      const r: ListUpdateResult = { changed: true, ...versions, added: diff.added.length, changedRecords: diff.changed.length, removed: diff.removed.length, rescreened, alertsOpened: alerts.length, alerts };
      const c = opts.confirming;
      if (c !== undefined && (await tx.run('DELETE FROM pending_lists WHERE id = ?', [c.id])) === 0) {
        throw new InterdictError('LIST_CONFLICT', `list update ${c.id} was confirmed meanwhile`, { field: 'id' });
      }
      await appendAudit(tx, {
        actor, action: 'list.update', target: `list:${next.version.id}`,
        detail: {
          from: r.from, to: r.to, added: diff.added.map((x) => x.ref), changed: diff.changed.map((x) => x.ref), removed: diff.removed.map((x) => x.ref), rescreened, alertsOpened: alerts.length,
          ...(c && { pending: c.id, requestedBy: c.requestedBy }),
        },
        rows: [{ table: 'un_lists', key: [ids[0]!.id] }, ...(c ? [{ table: 'pending_lists', key: [c.id] }] : [])],
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

interface PendingRow {
  id: unknown;
  version: string;
  sha256: string;
  base_sha256: string;
  xml_gz: string;
  diff_json: string;
  requested_by: string;
  requested_at: string;
}

function toPending(r: PendingRow): PendingList {
  return { id: Number(r.id), ...(JSON.parse(r.diff_json) as Omit<PendingList, 'id' | 'requestedBy' | 'requestedAt'>), requestedBy: r.requested_by, requestedAt: r.requested_at };
}

async function proposeList(
  svc: Service, gz: string, next: { id: string; sha256: string }, base: { id: string; sha256: string },
  diff: ReturnType<typeof diffLists>, notNewer: boolean, actor: string, twice = false,
): Promise<PendingList> {
  const now = new Date().toISOString();
  const summary = { from: base.id, to: next.id, added: diff.added.length, changedRecords: diff.changed.length, removed: diff.removed.length, removedRefs: diff.removed.map((x) => x.ref), notNewer };
  return svc.driver.transaction(async (tx) => {
    await lockChain(tx);
    const ids = await tx.all<{ id: unknown }>(
      'INSERT INTO pending_lists (version, sha256, base_sha256, xml_gz, diff_json, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
      [next.id, next.sha256, base.sha256, gz, JSON.stringify(summary), actor, now],
    );
    const id = Number(ids[0]!.id);
    await appendAudit(tx, {
      actor, action: 'list.propose', target: `list-pending:${id}`,
      detail: {
        ...summary, why: [notNewer && 'not newer', diff.removed.length > 0 && 'removes records', diff.changed.length > 0 && 'changes records', twice && 'uses a reference twice'].filter(Boolean).join(', '),
        proposerKeySeen: await proposerKeySeen(tx, actor),
      },
      rows: [{ table: 'pending_lists', key: [id] }],
    }, now);
    return { id, ...summary, requestedBy: actor, requestedAt: now };
  });
}

/** List updates waiting for a second admin, oldest first. */
export async function listPendingLists(db: SqlExec): Promise<PendingList[]> {
  const rows = await db.all<PendingRow>('SELECT id, version, sha256, base_sha256, xml_gz, diff_json, requested_by, requested_at FROM pending_lists ORDER BY id');
  return rows.map(toPending);
}

/**
 * A second admin confirms a waiting list update: it is applied as asked (against the list it was reviewed
 * against, else 409). The admin who asked, or one whose key that admin may hold, gets 409 (four eyes).
 */
export async function confirmPendingList(svc: Service, id: number, actor: string): Promise<ListUpdateResult> {
  const rows = await svc.driver.all<PendingRow>('SELECT id, version, sha256, base_sha256, xml_gz, diff_json, requested_by, requested_at FROM pending_lists WHERE id = ?', [id]);
  const row = rows[0];
  if (row === undefined) throw new InterdictError('SERVICE_NOT_FOUND', `there is no list update ${id} waiting`, { field: 'id' });
  // The XML applied is the one the first admin asked for and the second reviewed: as its entry recorded it.
  await assertRowAsRecorded(svc.driver, 'pending_lists', row as unknown as Record<string, unknown>, [id], [`list-pending:${id}`], `list update ${id}`);
  if (row.requested_by === actor) throw new InterdictError('LIST_CONFLICT', `list update ${id} was asked for by ${actor}: a second admin must confirm it (four eyes)`, { field: 'id' });
  if (!row.requested_by.startsWith('cli:')) await assertProposalStands(svc.driver, row.requested_by, 'admin', `list-pending:${id}`, ['list.propose'], 'LIST_CONFLICT', 'id');
  await assertFourEyes(svc.driver, row.requested_by, actor, 'LIST_CONFLICT', 'id', await recordedProposerKeySeen(svc.driver, `list-pending:${id}`, ['list.propose']));
  const xml = await gunzipAsync(Buffer.from(row.xml_gz, 'base64'));
  const r = await updateList(svc, xml, { actor, operator: false }, { confirming: { id, requestedBy: row.requested_by, baseSha256: row.base_sha256 } });
  if ('pending' in r) throw new Error('a confirmed list update cannot wait again');
  return r;
}

/**
 * Withdraw a waiting list update: it leaves the queue unapplied, logged (`list.withdraw`, the row recorded
 * gone). Any admin may, the one who asked included: withdrawing applies nothing, so it needs no second
 * person, and it is how a waiting update changed in the database (which cannot be confirmed) is cleared.
 */
export async function withdrawPendingList(svc: Service, id: number, actor: string): Promise<{ id: number; version: string; requestedBy: string }> {
  return svc.driver.transaction(async (tx) => {
    await lockChain(tx);
    const rows = await tx.all<{ version: string; requested_by: string }>(`SELECT version, requested_by FROM pending_lists WHERE id = ?${tx.forUpdate}`, [id]);
    const row = rows[0];
    if (row === undefined) throw new InterdictError('SERVICE_NOT_FOUND', `there is no list update ${id} waiting`, { field: 'id' });
    await tx.run('DELETE FROM pending_lists WHERE id = ?', [id]);
    await appendAudit(tx, {
      actor, action: 'list.withdraw', target: `list-pending:${id}`,
      detail: { version: row.version.slice(0, 200), requestedBy: row.requested_by.slice(0, 200) },
      rows: [{ table: 'pending_lists', key: [id] }],
    });
    return { id, version: row.version, requestedBy: row.requested_by };
  });
}

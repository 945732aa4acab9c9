/**
 * Alerts: read, decide (one analyst proposes a disposition), confirm (a different releaser makes it
 * final), reject (a releaser returns the proposal with a reason), withdraw (the proposer takes it back),
 * assign (to an analyst). Each step is one conditional UPDATE, so two people acting at once cannot both
 * succeed, and each is logged in the same transaction. A confirmed false positive suppresses its
 * (subject, record) pair; a confirmed escalation puts the alert in the escalation queue (status
 * `escalated`), where a further decision, confirmed by four eyes again, closes it.
 */
import { guardRow } from '../audit/row-guard.ts';
import { isValidDate } from '../../law/index.ts';
import { InterdictError } from '../../errors/index.ts';
import type { SqlDriver, SqlExec } from '../../store/index.ts';
import { findAccount, listAccounts, type Account } from '../accounts/accounts.ts';
import { assertFourEyes, proposerKeySeen, recordedProposerKeySeen } from '../accounts/key-holders.ts';
import { assertProposalStands } from '../accounts/proposal-stands.ts';
import { allows, PERMISSIONS } from '../accounts/roles.ts';
import { keyset, pageOf, type KeyColumn, type Page, type PageRequest } from '../paging.ts';
import { appendAudit, listAudit, type AuditEntry } from '../audit/audit-log.ts';
import { MAX_NOTE_LENGTH } from '../limits.ts';
import { DISGUISE_REASONS, type DisguiseReason } from './disguised-alerts.ts';

export const DISPOSITIONS = ['true-match', 'false-positive', 'escalate'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
export const ALERT_STATUSES = ['open', 'proposed', 'escalated', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
/** An alert's band: the screening result was a match, or a possible match (CONTRACT §2). */
export const ALERT_BANDS = ['match', 'possible'] as const;
export type AlertBand = (typeof ALERT_BANDS)[number];
/** Orders of a list of alerts: by id (newest first unless order=asc, the default), matches before possible ones, best score first. */
export const ALERT_SORTS = ['id', 'band', 'score'] as const;
export type AlertSort = (typeof ALERT_SORTS)[number];

/** What opened an alert: a subject's hit, a stored AIS event, a subject's disguised name. */
export const ALERT_KINDS = ['name', 'vessel-event', 'disguised-name'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface Alert {
  id: number;
  status: AlertStatus;
  subject: { id: string; name: string; dob?: string; nationality?: string; type?: string };
  match: Record<string, unknown>;
  score: number;
  band: AlertBand;
  /** The list record's regime (UN_LIST_TYPE), from the match. */
  regime?: string;
  ref: string;
  algorithm: string;
  listVersion: string;
  openedAt: string;
  openedBy: string;
  /**
   * `name` (a subject against the UN list), `vessel-event` (a stored AIS event: `eventId`) or `disguised-name`
   * (a subject whose name hides letters and matches no listed record: `disguise`; `ref` is `disguised-name`).
   */
  kind?: AlertKind;
  eventId?: number;
  /** A disguised-name alert's reason (`mixed-script` | `unread-script`), the subject's field and the word. */
  disguise?: { reason: DisguiseReason; field: string; word: string };
  decision?: { disposition: Disposition; note: string; expires?: string; by: string; at: string };
  confirmation?: { by: string; at: string; note?: string };
  /** The analyst the alert is assigned to. */
  assignedTo?: string;
  /** Why it was closed without a decision (its subject removed). */
  closedReason?: string;
  history?: AuditEntry[];
}

const COLUMNS = `a.id, a.status, a.subject_id, a.subject_json, a.list_ref, a.score, a.band, a.match_json, a.algorithm, a.list_version, a.opened_at, a.opened_by,
  a.kind, a.event_id, a.disposition, a.note, a.expires, a.proposed_by, a.proposed_at, a.confirmed_by, a.confirmed_at, a.confirm_note, a.assigned_to, a.closed_reason,
  s.name AS subject_name, s.dob AS subject_dob, s.nationality AS subject_nationality, s.type AS subject_type`;
// A vessel-event alert names vessels, not a monitored subject: its subject comes from the match.
const FROM = 'alerts a LEFT JOIN subjects s ON s.id = a.subject_id';

/**
 * A row of `alerts` as COLUMNS reads it, with its subject's columns (null for a vessel-event alert or a
 * subject removed). Integers are `unknown`: PostgreSQL gives a BIGINT as a string, SQLite as a number.
 */
interface AlertRow {
  id: unknown;
  status: string;
  subject_id: string;
  subject_json: string | null;
  list_ref: string;
  score: unknown;
  band: string | null;
  match_json: string;
  algorithm: string;
  list_version: string;
  opened_at: string;
  opened_by: string;
  kind: string | null;
  event_id: unknown;
  disposition: string | null;
  note: string | null;
  expires: string | null;
  proposed_by: string | null;
  proposed_at: string | null;
  confirmed_by: string | null;
  confirmed_at: string | null;
  confirm_note: string | null;
  assigned_to: string | null;
  closed_reason: string | null;
  subject_name: string | null;
  subject_dob: string | null;
  subject_nationality: string | null;
  subject_type: string | null;
}

/**
 * The subject as it was screened when the alert opened (alerts from before snapshots: as it is now; a
 * vessel-event alert has no monitored subject: its name comes from the match).
 */
function subjectOf(r: AlertRow, match: Record<string, unknown>): Alert['subject'] {
  if (typeof r.subject_json === 'string') {
    const s = JSON.parse(r.subject_json) as Record<string, unknown>;
    const out: Alert['subject'] = { id: r.subject_id, name: String(s.name) };
    if (typeof s.dob === 'string') out.dob = s.dob;
    if (typeof s.nationality === 'string') out.nationality = s.nationality;
    if (typeof s.type === 'string') out.type = s.type;
    return out;
  }
  const subject: Alert['subject'] = { id: r.subject_id, name: String(r.subject_name ?? match.name ?? r.subject_id) };
  if (r.subject_dob) subject.dob = r.subject_dob;
  if (r.subject_nationality) subject.nationality = r.subject_nationality;
  if (r.subject_type) subject.type = r.subject_type;
  return subject;
}

function toAlert(r: AlertRow): Alert {
  const match = JSON.parse(r.match_json) as Record<string, unknown>;
  const subject = subjectOf(r, match);
  const a: Alert = {
    id: Number(r.id), status: r.status as AlertStatus, subject, match,
    score: Number(r.score), band: r.band === 'possible' ? 'possible' : 'match', ref: r.list_ref, algorithm: r.algorithm, listVersion: r.list_version,
    openedAt: r.opened_at, openedBy: r.opened_by, kind: ALERT_KINDS.find((k) => k === r.kind) ?? 'name',
  };
  if (a.kind === 'disguised-name') {
    const reason = DISGUISE_REASONS.find((x) => x === match.reason);
    if (reason !== undefined) a.disguise = { reason, field: String(match.field ?? 'name'), word: String(match.word ?? '') };
  }
  if (r.event_id !== null && r.event_id !== undefined) a.eventId = Number(r.event_id);
  if (typeof match.regime === 'string') a.regime = match.regime;
  if (r.proposed_by !== null) {
    a.decision = { disposition: r.disposition as Disposition, note: String(r.note ?? ''), by: r.proposed_by, at: String(r.proposed_at) };
    if (r.expires) a.decision.expires = r.expires;
  }
  if (r.confirmed_by !== null) {
    a.confirmation = { by: r.confirmed_by, at: String(r.confirmed_at) };
    if (r.confirm_note) a.confirmation.note = r.confirm_note;
  }
  if (r.assigned_to) a.assignedTo = r.assigned_to;
  if (r.closed_reason) a.closedReason = r.closed_reason;
  return a;
}

export interface AlertFilter {
  status?: AlertStatus;
  band?: AlertBand;
  sort?: AlertSort;
  subject?: string;
  /** Subject name or id, listed name or reference containing this (any case). */
  q?: string;
  minScore?: number;
  assignedTo?: string;
}

/** The sort key of a page of alerts: the chosen column first, the id last (unique, so pages never overlap). */
function alertKey(sort: AlertSort | undefined) {
  if (sort === 'band') return [{ sql: 'a.band', kind: 'text', fixed: 'asc' }, { sql: 'a.id', kind: 'int' }] satisfies KeyColumn[];
  if (sort === 'score') return [{ sql: 'a.score', kind: 'number', fixed: 'desc' }, { sql: 'a.id', kind: 'int' }] satisfies KeyColumn[];
  return [{ sql: 'a.id', kind: 'int' }] satisfies KeyColumn[];
}

/** A page of alerts (CONTRACT §4a), newest first unless the request says asc, with the total that match. */
export async function pageAlerts(db: SqlExec, f: AlertFilter, req: PageRequest): Promise<Page<Alert>> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (f.status !== undefined) add('a.status = ?', f.status);
  if (f.band !== undefined) add('a.band = ?', f.band);
  if (f.subject !== undefined) add('a.subject_id = ?', f.subject);
  if (f.assignedTo !== undefined) add('a.assigned_to = ?', f.assignedTo);
  if (f.minScore !== undefined) add('a.score >= ?', f.minScore);
  if (f.q !== undefined && f.q.trim() !== '') {
    const like = `%${f.q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    add("(LOWER(s.name) LIKE ? ESCAPE '\\' OR LOWER(s.id) LIKE ? ESCAPE '\\' OR LOWER(a.list_ref) LIKE ? ESCAPE '\\' OR LOWER(a.match_json) LIKE ? ESCAPE '\\')", like, like, like, like);
  }
  const totalRows = await db.all<{ n: unknown }>(`SELECT COUNT(*) AS n FROM ${FROM}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params);
  const cols = alertKey(f.sort);
  const k = keyset(cols, req);
  const all = k.where === undefined ? where : [...where, k.where];
  const rows = await db.all<AlertRow>(`SELECT ${COLUMNS} FROM ${FROM}${all.length ? ` WHERE ${all.join(' AND ')}` : ''} ORDER BY ${k.orderBy} LIMIT ?`, [...params, ...k.params, req.limit + 1]);
  const keyOf = (r: AlertRow) => (f.sort === 'band' ? [String(r.band), Number(r.id)] : f.sort === 'score' ? [Number(r.score), Number(r.id)] : [Number(r.id)]);
  return pageOf(rows, req, Number(totalRows[0]?.n ?? 0), keyOf, toAlert);
}

async function loadAlert(db: SqlExec, id: number): Promise<Alert> {
  const rows = await db.all<AlertRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = ?`, [id]);
  if (rows[0] === undefined) throw new InterdictError('SERVICE_NOT_FOUND', `there is no alert ${id}`, { field: 'id' });
  return toAlert(rows[0]);
}

/** One alert with its history (the audit entries about it, oldest first). */
export async function getAlert(db: SqlExec, id: number): Promise<Alert> {
  const alert = await loadAlert(db, id);
  alert.history = await listAudit(db, { target: `alert:${id}` });
  return alert;
}

export interface DecisionInput {
  disposition: Disposition;
  note: string;
  /** A false positive's suppression lapses after this date (YYYY-MM-DD). */
  expires?: string;
}

export async function proposeDecision(driver: SqlDriver, id: number, d: DecisionInput, actor: string): Promise<Alert> {
  if (!DISPOSITIONS.includes(d.disposition)) throw new InterdictError('SERVICE_BAD_INPUT', `disposition must be one of ${DISPOSITIONS.join(', ')}`, { field: 'disposition' });
  if (d.expires !== undefined && !isValidDate(d.expires)) {
    // A day that does not exist (2020-13-45) would be stored and read as long past.
    throw new InterdictError('SERVICE_BAD_INPUT', `expires must be a real date (YYYY-MM-DD), not "${d.expires.slice(0, 40)}"`, { field: 'expires' });
  }
  if (d.expires !== undefined && d.disposition !== 'false-positive') {
    throw new InterdictError('SERVICE_BAD_INPUT', 'only a false positive has an expiry', { field: 'expires' });
  }
  const now = new Date().toISOString();
  // A suppression that has already lapsed suppresses nothing: the analyst meant another date.
  if (d.expires !== undefined && d.expires <= now.slice(0, 10)) {
    throw new InterdictError('SERVICE_BAD_INPUT', `expires (${d.expires}) must be a day after today (${now.slice(0, 10)}, UTC): a suppression that has lapsed suppresses nothing`, { field: 'expires' });
  }
  const note = requiredNote(d.note);
  return driver.transaction(async (tx) => {
    await guardRow(tx, { table: 'alerts', key: [id] }, [`alert:${id}`], `alert ${id}`);
    // An open alert, or one in the escalation queue (not to be escalated again): its final decision.
    const changed = await tx.run(
      `UPDATE alerts SET status = 'proposed', disposition = ?, note = ?, expires = ?, proposed_by = ?, proposed_at = ? WHERE id = ? AND (status = 'open' OR (status = 'escalated' AND ? <> 'escalate'))`,
      [d.disposition, note, d.expires ?? null, actor, now, id, d.disposition],
    );
    const alert = await loadAlert(tx, id);
    if (changed === 0) {
      if (alert.status === 'escalated') throw new InterdictError('ALERT_CONFLICT', `alert ${id} is already escalated: propose true-match or false-positive to close it`, { field: 'disposition' });
      throw new InterdictError('ALERT_CONFLICT', `alert ${id} is ${alert.status}, not open: ${alert.status === 'proposed' ? 'a decision was already proposed' : 'it is decided'}`, { field: 'id' });
    }
    // Who may hold the proposer's key as it proposes: the confirmation is checked against them too (key-holders.ts).
    const seen = await proposerKeySeen(tx, actor);
    await appendAudit(tx, { actor, action: 'alert.decide', target: `alert:${id}`, detail: { disposition: d.disposition, note, ...(d.expires ? { expires: d.expires } : {}), proposerKeySeen: seen }, rows: [{ table: 'alerts', key: [id] }] }, now);
    return alert;
  });
}

/**
 * What the releaser reviewed: the proposal's disposition and expiry (absent: none), and, when sent, the
 * moment it was proposed (the alert's `decision.at`). A confirmation naming them closes the alert only as
 * reviewed: the analyst may withdraw and propose something else between the releaser's reading and click
 * (review 19, M1); the web page's confirm form always names them. A confirmation naming nothing (the
 * contract's bare `POST /v1/alerts/ID/confirm`) confirms the proposal pending at that moment, as the
 * audit entry records it: a script that reads before it confirms sends what it read.
 */
export interface ReviewedProposal {
  disposition?: Disposition;
  expires?: string;
  proposedAt?: string;
}

/** Refused (409 ALERT_CHANGED) unless the alert's pending proposal is the one the releaser reviewed. */
function assertReviewed(alert: Alert, reviewed: ReviewedProposal): void {
  const d = alert.decision;
  if (alert.status !== 'proposed' || d === undefined) return; // the UPDATE's condition says why (409 ALERT_CONFLICT)
  const differs: { field: string; text: string }[] = [];
  if (reviewed.disposition !== undefined && d.disposition !== reviewed.disposition) differs.push({ field: 'disposition', text: `disposition ${d.disposition}, not ${reviewed.disposition}` });
  // With a disposition named, an expiry left out means "none"; alone, an expiry is checked as sent.
  const expiresNamed = reviewed.disposition !== undefined || reviewed.expires !== undefined;
  if (expiresNamed && (d.expires ?? null) !== (reviewed.expires ?? null)) differs.push({ field: 'expires', text: `expires ${d.expires ?? '(none)'}, not ${reviewed.expires ?? '(none)'}` });
  if (reviewed.proposedAt !== undefined && d.at !== reviewed.proposedAt) differs.push({ field: 'proposedAt', text: `proposed at ${d.at}, not ${reviewed.proposedAt}` });
  const first = differs[0];
  if (first !== undefined) {
    throw new InterdictError('ALERT_CHANGED', `alert ${alert.id}'s proposal is not the one confirmed: it is ${differs.map((x) => x.text).join(', ')} (by ${d.by}); read the alert again before confirming`, { field: first.field });
  }
}
export async function confirmDecision(driver: SqlDriver, id: number, reviewed: ReviewedProposal, rawNote: string | undefined, actor: string): Promise<Alert> {
  // An optional note may be left out, not sent blank.
  const note = rawNote === undefined ? undefined : requiredNote(rawNote);
  const now = new Date().toISOString();
  return driver.transaction(async (tx) => {
    await guardRow(tx, { table: 'alerts', key: [id] }, [`alert:${id}`], `alert ${id}`);
    // The proposal confirmed is the one reviewed; the row is held (guardRow) so it cannot change before the UPDATE.
    assertReviewed(await loadAlert(tx, id), reviewed);
    // Four eyes between people: refused when one account may hold both keys (key-holders.ts). Read before
    // the UPDATE; the transaction rolls back with a 409 if the proposer's and confirmer's keys share a holder.
    const proposer = await tx.all<{ proposed_by: string | null }>('SELECT proposed_by FROM alerts WHERE id = ?', [id]);
    const by = proposer[0]?.proposed_by;
    if (by !== null && by !== undefined && by !== actor) await assertProposalStands(tx, by, 'analyst', `alert:${id}`, ['alert.decide'], 'ALERT_CONFLICT', 'id');
    if (by !== null && by !== undefined && by !== actor) await assertFourEyes(tx, by, actor, 'ALERT_CONFLICT', 'id', await recordedProposerKeySeen(tx, `alert:${id}`, ['alert.decide']));
    // INVARIANT (four eyes): the proposer can never be the confirmer; the condition is in the UPDATE itself.
    const changed = await tx.run(
      // A confirmed escalation goes to the escalation queue; anything else is final.
      `UPDATE alerts SET status = CASE WHEN disposition = 'escalate' THEN 'escalated' ELSE 'closed' END, confirmed_by = ?, confirmed_at = ?, confirm_note = ?
       WHERE id = ? AND status = 'proposed' AND proposed_by <> ?`,
      [actor, now, note ?? null, id, actor],
    );
    const alert = await loadAlert(tx, id);
    if (changed === 0) {
      if (alert.status === 'proposed') throw new InterdictError('ALERT_CONFLICT', `alert ${id}'s decision was proposed by ${actor}: a different person must confirm it (four eyes)`, { field: 'id' });
      throw new InterdictError('ALERT_CONFLICT', `alert ${id} is ${alert.status}: only a proposed decision can be confirmed`, { field: 'id' });
    }
    if (alert.decision?.disposition === 'false-positive') {
      const row = await tx.all<{ record_fp: string; subject_fp: string }>('SELECT record_fp, subject_fp FROM alerts WHERE id = ?', [id]);
      await tx.run(
        `INSERT INTO suppressions (subject_id, list_ref, record_fp, subject_fp, expires, alert_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (subject_id, list_ref) DO UPDATE SET record_fp = excluded.record_fp, subject_fp = excluded.subject_fp, expires = excluded.expires, alert_id = excluded.alert_id, created_at = excluded.created_at`,
        [alert.subject.id, alert.ref, row[0]!.record_fp, row[0]!.subject_fp, alert.decision.expires ?? null, id, now],
      );
    }
    await appendAudit(tx, { actor, action: 'alert.confirm', target: `alert:${id}`, detail: { disposition: alert.decision?.disposition ?? null, proposedBy: alert.decision?.by ?? null, ...(note ? { note } : {}) },
      rows: [{ table: 'alerts', key: [id] }, ...(alert.decision?.disposition === 'false-positive' ? [{ table: 'suppressions', key: [alert.subject.id, alert.ref] }] : [])],
    }, now);
    return alert;
  });
}

/**
 * A note where one is required: text with something in it besides spaces (the same rule for the API and
 * the form). Kept as written, trimmed.
 */
export function requiredNote(note: unknown, field = 'note'): string {
  if (typeof note !== 'string' || note.trim() === '') throw new InterdictError('SERVICE_BAD_INPUT', `${field} is required: say why (a note of only spaces is blank)`, { field });
  if (note.length > MAX_NOTE_LENGTH) throw new InterdictError('SERVICE_BAD_INPUT', `${field} is at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`, { field });
  return note.trim();
}

/** What a returned proposal leaves: an escalated alert goes back to the escalation queue, any other to open. */
const RETURNED = `status = CASE WHEN confirmed_by IS NOT NULL THEN 'escalated' ELSE 'open' END, disposition = NULL, note = NULL, expires = NULL, proposed_by = NULL, proposed_at = NULL`;

/** A releaser returns another person's proposal with a reason; the proposal stays in the history (audit). */
export async function rejectDecision(driver: SqlDriver, id: number, rawNote: unknown, actor: string): Promise<Alert> {
  const note = requiredNote(rawNote);
  const now = new Date().toISOString();
  return driver.transaction(async (tx) => {
    await guardRow(tx, { table: 'alerts', key: [id] }, [`alert:${id}`], `alert ${id}`);
    const before = await loadAlert(tx, id);
    // INVARIANT (four eyes): the proposer cannot reject (nor confirm) their own proposal.
    const changed = await tx.run(`UPDATE alerts SET ${RETURNED} WHERE id = ? AND status = 'proposed' AND proposed_by <> ?`, [id, actor]);
    if (changed === 0) {
      if (before.status === 'proposed') throw new InterdictError('ALERT_CONFLICT', `alert ${id}'s decision was proposed by ${actor}: a different person must reject it (four eyes); withdraw it instead`, { field: 'id' });
      throw new InterdictError('ALERT_CONFLICT', `alert ${id} is ${before.status}: only a proposed decision can be rejected`, { field: 'id' });
    }
    await appendAudit(tx, {
      actor, action: 'alert.reject', target: `alert:${id}`,
      detail: { note, disposition: before.decision?.disposition ?? null, proposedBy: before.decision?.by ?? null, proposalNote: before.decision?.note ?? null },
      rows: [{ table: 'alerts', key: [id] }],
    }, now);
    return loadAlert(tx, id);
  });
}

/** The proposer takes back their own pending proposal. */
export async function withdrawDecision(driver: SqlDriver, id: number, actor: string): Promise<Alert> {
  const now = new Date().toISOString();
  return driver.transaction(async (tx) => {
    await guardRow(tx, { table: 'alerts', key: [id] }, [`alert:${id}`], `alert ${id}`);
    const before = await loadAlert(tx, id);
    const changed = await tx.run(`UPDATE alerts SET ${RETURNED} WHERE id = ? AND status = 'proposed' AND proposed_by = ?`, [id, actor]);
    if (changed === 0) {
      if (before.status === 'proposed') throw new InterdictError('ALERT_CONFLICT', `alert ${id}'s decision was proposed by ${before.decision?.by ?? 'another person'}: only the proposer can withdraw it`, { field: 'id' });
      throw new InterdictError('ALERT_CONFLICT', `alert ${id} is ${before.status}: there is no proposal to withdraw`, { field: 'id' });
    }
    await appendAudit(tx, { actor, action: 'alert.withdraw', target: `alert:${id}`, detail: { disposition: before.decision?.disposition ?? null, proposalNote: before.decision?.note ?? null }, rows: [{ table: 'alerts', key: [id] }] }, now);
    return loadAlert(tx, id);
  });
}

/** Who may be assigned an alert: an active account whose roles may decide alerts (the roles table's 'decide-alert'). */
export function mayBeAssigned(account: Account): boolean {
  return account.revokedAt === undefined && allows(account.roles, 'decide-alert');
}

/** The names of the accounts an alert may be assigned to (mayBeAssigned), for a form to offer. */
export async function assignableAccounts(db: SqlExec): Promise<string[]> {
  return (await listAccounts(db)).filter(mayBeAssigned).map((a) => a.name);
}

/** Assign an alert that is not closed to an account that may decide alerts. */
export async function assignAlert(driver: SqlDriver, id: number, user: string, actor: string): Promise<Alert> {
  const now = new Date().toISOString();
  return driver.transaction(async (tx) => {
    await guardRow(tx, { table: 'alerts', key: [id] }, [`alert:${id}`], `alert ${id}`);
    const account = await findAccount(tx, user);
    if (account === undefined || account.revokedAt !== undefined) throw new InterdictError('SERVICE_BAD_INPUT', `there is no active account "${user.slice(0, 64)}"`, { field: 'user' });
    if (!mayBeAssigned(account)) {
      throw new InterdictError('SERVICE_BAD_INPUT', `account "${user}" (${account.roles.join(', ')}) may not decide alerts: an alert is assigned to an account that may (${PERMISSIONS['decide-alert'].join(', ')})`, { field: 'user' });
    }
    const changed = await tx.run(`UPDATE alerts SET assigned_to = ? WHERE id = ? AND status <> 'closed'`, [user, id]);
    const alert = await loadAlert(tx, id);
    if (changed === 0) throw new InterdictError('ALERT_CONFLICT', `alert ${id} is closed: there is nothing to assign`, { field: 'id' });
    await appendAudit(tx, { actor, action: 'alert.assign', target: `alert:${id}`, detail: { user }, rows: [{ table: 'alerts', key: [id] }] }, now);
    return alert;
  });
}

/**
 * Alerts: read and assign (to an analyst); the decisions (propose, confirm, reject, withdraw) are in
 * `alert-decisions.ts`. Each step is one conditional UPDATE, so two people acting at once cannot both
 * succeed, and each is logged in the same transaction. A confirmed false positive suppresses its
 * (subject, record) pair; a confirmed escalation puts the alert in the escalation queue (status
 * `escalated`), where a further decision, confirmed by four eyes again, closes it.
 */
import { guardRow } from '../audit/row-guard.ts';
import { InterdictError } from '../../errors/index.ts';
import type { SqlDriver, SqlExec } from '../../store/index.ts';
import { findAccount, listAccounts, type Account } from '../accounts/accounts.ts';
import { allows, PERMISSIONS } from '../accounts/roles.ts';
import { keyset, pageOf, type KeyColumn, type Page, type PageRequest } from '../paging.ts';
import { appendAudit, listAudit, type AuditEntry } from '../audit/audit-log.ts';
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

export async function loadAlert(db: SqlExec, id: number): Promise<Alert> {
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

/**
 * The log against the state: a hash chain proves the log was not rewritten (with signed checkpoints),
 * not that the tables agree with it. Someone who writes the tables directly (an account inserted, an
 * alert's confirmer changed) leaves the log saying something else, and this finds it:
 * - every account has its `user.add` entry (by the account's creator), and its roles, pending grant,
 *   key and revocation are what the account's entries (`user.add`, `user.roles`, `user.confirm`,
 *   `user.key`, `user.revoke`) make them; an account in the log is in the table;
 * - every alert has its `alert.open` entry (by its opener, of its kind: `name`, `vessel-event`,
 *   `disguised-name`, the last with the placeholder reference and no other kind with it); a decided alert's proposer and disposition
 *   are those of its latest `alert.decide` entry, its confirmer that of its latest `alert.confirm`; an
 *   alert the log says was confirmed is confirmed in the table; an alert in the log is in the table.
 */
import { CURRENT_FROM } from '../../ledger/sql/rows.ts';
import type { SqlExec } from '../../store/index.ts';
import { keyIdOf, toRoles } from '../accounts/accounts.ts';
import { overlap } from '../accounts/key-holders.ts';
import { proposalProblem, revokedHolderProblem } from '../accounts/proposal-stands.ts';
import type { AuditEntry } from './audit-log.ts';
import { DISGUISED_REF } from '../alerts/disguised-alerts.ts';
import { allRowDigests, presentTables, ROW_DIGESTS_VERSION } from './audit-rows.ts';
import { sliceTimer } from '../slices.ts';

interface UserInLog {
  createdBy: string;
  roles: string[];
  pending?: string[];
  revoked: boolean;
  keyId?: string;
  /** Who besides the account may have seen its current key (`keySeen` of its last user.add / user.key). */
  keySeen: string[];
  /** Who may have held the asking admin's key when the pending grant was asked for. */
  pendingHolders?: string[];
  /** The entry that asked for the pending grant. */
  pendingSeq?: number;
  /** The last entry that replaced the key by another account's hand (not the account's own rotation). */
  rekeyedSeq?: number;
}

interface AlertInLog {
  openedBy?: string;
  /** The kind its alert.open entry says (`detail.kind`; a name alert's entry says none). */
  kind?: string;
  decide?: { seq: number; actor: string; disposition: unknown; holders: string[] };
  confirm?: { seq: number; actor: string };
}

/** The operator at the server's machine (the CLI, or a library caller that says so): not an account. */
const byOperator = (e: AuditEntry): boolean => e.actor.startsWith('cli:') || e.detail.operator === true;

/** What the log says of accounts and alerts, collected while the chain is walked. */
export class LogState {
  readonly users = new Map<string, UserInLog>();
  readonly alerts = new Map<number, AlertInLog>();
  /** Who may have held the asking admin's key when each waiting list update was asked for. */
  private readonly listProposals = new Map<number, string[]>();
  /** The entry that asked for each waiting list update. */
  private readonly listProposalSeq = new Map<number, number>();
  /** Every audited row's digest as its last entry recorded it (audit-rows.ts). */
  readonly rows = new Map<string, string | null>();
  /** The digest version of the newest baseline (0: none; 1: one from before versions were written). */
  baselineVersion = 0;
  private readonly early: string[] = [];

  visit = (e: AuditEntry): void => {
    this.replayRules(e);
    if (e.action === 'audit.baseline') this.baselineVersion = typeof e.detail.digests === 'number' ? e.detail.digests : 1;
    const digests = e.detail.rowDigests;
    if (digests !== null && typeof digests === 'object') for (const [name, d] of Object.entries(digests)) this.rows.set(name, typeof d === 'string' ? d : null);
    if (e.target.startsWith('user:')) this.user(e, e.target.slice(5));
    else if (e.target.startsWith('alert:') && e.action.startsWith('alert.')) this.alert(e, Number(e.target.slice(6)));
  };

  /**
   * The rules each entry had to obey when it was written, replayed against the accounts as the log had
   * them then: an alert decided by an analyst, confirmed by a releaser other than its proposer; accounts
   * and lists changed by an admin (or the operator); a grant confirmed by an admin other than the one who
   * asked. An entry that breaks one was not written by Interdict as it stands.
   */
  private replayRules(e: AuditEntry): void {
    const has = (role: string): boolean => {
      const u = this.users.get(e.actor);
      return u !== undefined && !u.revoked && toRoles(JSON.stringify(u.roles)).includes(role as never);
    };
    const flag = (why: string): void => {
      this.early.push(`entry ${e.seq} (${e.action} by ${e.actor}) breaks a rule: ${why}`);
    };
    // Four eyes between people (key-holders.ts): the proposer's key as it was when it proposed and as it is now.
    const fourEyes = (proposer: unknown, proposedWith: readonly string[] | undefined): void => {
      if (typeof proposer !== 'string' || proposer === e.actor) return;
      const gone = revokedHolderProblem([{ account: proposer, holders: [...this.holders(proposer), ...(proposedWith ?? [])] }, { account: e.actor, holders: [...this.holders(e.actor)] }], (h) => this.users.get(h)?.revoked === true);
      if (gone !== undefined) flag(gone);
      const how = overlap(proposer, e.actor, this.holders(proposer), proposedWith ?? [], this.holders(e.actor));
      if (how !== undefined) flag(`${how}: one person may have held both keys (four eyes)`);
    };
    // The proposal stands only while its proposer does (proposal-stands.ts), as the log had the proposer then.
    const stands = (proposer: unknown, role: string, proposalSeq: number | undefined): void => {
      if (typeof proposer !== 'string' || proposer.startsWith('cli:') || proposer === e.actor) return;
      const u = this.users.get(proposer);
      const why = proposalProblem(proposer, role, { exists: u !== undefined, revoked: u?.revoked === true, roles: u ? toRoles(JSON.stringify(u.roles)) : [], rekeyedSince: u?.rekeyedSeq !== undefined && proposalSeq !== undefined && u.rekeyedSeq > proposalSeq });
      if (why !== undefined) flag(why);
    };
    if (e.action === 'alert.decide' && !has('analyst')) flag(`${e.actor} was not a live analyst then`);
    else if (e.action === 'alert.confirm') {
      if (!has('releaser')) flag(`${e.actor} was not a live releaser then`);
      const id = Number(e.target.slice(6));
      const proposer = this.alerts.get(id)?.decide?.actor;
      if (proposer === e.actor || e.detail.proposedBy === e.actor) flag('the proposer confirmed its own decision (four eyes)');
      else {
        stands(proposer ?? e.detail.proposedBy, 'analyst', this.alerts.get(id)?.decide?.seq);
        fourEyes(proposer ?? e.detail.proposedBy, this.alerts.get(id)?.decide?.holders);
      }
    } else if (e.action.startsWith('user.') && !byOperator(e)) {
      const self = e.action === 'user.key' && e.detail.self === true && e.target === `user:${e.actor}`;
      if (!self && !has('admin')) flag(`${e.actor} was not a live admin then`);
      if (e.action === 'user.confirm' && e.detail.requestedBy === e.actor) flag('the admin who asked for the grant confirmed it (four eyes)');
      else if (e.action === 'user.confirm') {
        stands(e.detail.requestedBy, 'admin', this.users.get(e.target.slice(5))?.pendingSeq);
        fourEyes(e.detail.requestedBy, this.users.get(e.target.slice(5))?.pendingHolders);
      }
    } else if ((e.action === 'list.update' || e.action === 'list.propose' || e.action === 'list.restore') && !byOperator(e)) {
      if (!has('admin')) flag(`${e.actor} was not a live admin then`);
      if (e.detail.requestedBy === e.actor) flag('the admin who asked for the list update confirmed it (four eyes)');
      else if (e.action === 'list.update' && typeof e.detail.pending === 'number') {
        stands(e.detail.requestedBy, 'admin', this.listProposalSeq.get(e.detail.pending));
        fourEyes(e.detail.requestedBy, this.listProposals.get(e.detail.pending));
      }
    }
    if (e.action === 'list.propose') {
      this.listProposals.set(Number(e.target.slice('list-pending:'.length)), this.holdersList(e.actor));
      this.listProposalSeq.set(Number(e.target.slice('list-pending:'.length)), e.seq);
    }
  }

  /** Who may have seen `name`'s key, as the log has it now (the account itself included). */
  private holders(name: string): Set<string> {
    return new Set([name, ...(this.users.get(name)?.keySeen ?? [])]);
  }

  private holdersList(name: string): string[] {
    return [...this.holders(name)].filter((h) => h !== name).sort();
  }

  /** A problem seen while replaying (an entry about an account before its user.add). */
  get problem(): string | undefined {
    return this.early[0];
  }

  private user(e: AuditEntry, name: string): void {
    const d = e.detail;
    const roles = Array.isArray(d.roles) ? (d.roles as string[]) : undefined;
    const pending = Array.isArray(d.pending) ? (d.pending as string[]) : undefined;
    const keyId = typeof d.keyId === 'string' ? d.keyId : undefined;
    const keySeen = Array.isArray(d.keySeen) ? d.keySeen.filter((x): x is string => typeof x === 'string') : undefined;
    // A grant asked for by an admin account: who may have held that admin's key then.
    const pendingHolders = pending && !byOperator(e) ? this.holdersList(e.actor) : undefined;
    if (e.action === 'user.add') {
      this.users.set(name, { createdBy: e.actor, roles: roles ?? [], ...(pending && { pending, pendingSeq: e.seq }), revoked: false, ...(keyId && { keyId }), keySeen: keySeen ?? [], ...(pendingHolders && { pendingHolders }) });
      return;
    }
    const u = this.users.get(name);
    if (u === undefined) {
      if (e.action.startsWith('user.')) this.early.push(`entry ${e.seq} (${e.action}) is about the account "${name}", which no user.add entry created`);
      return;
    }
    if (e.action === 'user.roles') {
      u.roles = roles ?? u.roles;
      if (pending) {
        u.pending = pending;
        u.pendingSeq = e.seq;
      } else {
        delete u.pending;
        delete u.pendingSeq;
      }
      if (pendingHolders) u.pendingHolders = pendingHolders;
      else delete u.pendingHolders;
    } else if (e.action === 'user.confirm') {
      u.roles = roles ?? u.roles;
      delete u.pending;
      delete u.pendingHolders;
    } else if (e.action === 'user.key' && keyId) {
      u.keyId = keyId;
      if (keySeen) u.keySeen = keySeen;
      if (e.actor !== name) u.rekeyedSeq = e.seq;
    }
    else if (e.action === 'user.revoke') u.revoked = true;
  }

  private alert(e: AuditEntry, id: number): void {
    if (!Number.isSafeInteger(id)) return;
    const a = this.alerts.get(id) ?? {};
    if (e.action === 'alert.open') {
      a.openedBy = e.actor;
      a.kind = typeof e.detail.kind === 'string' ? e.detail.kind : 'name';
    }
    else if (e.action === 'alert.decide') a.decide = { seq: e.seq, actor: e.actor, disposition: e.detail.disposition, holders: this.holdersList(e.actor) };
    else if (e.action === 'alert.confirm') a.confirm = { seq: e.seq, actor: e.actor };
    this.alerts.set(id, a);
  }
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const show = (xs: readonly string[] | undefined): string => (xs === undefined ? 'none' : `[${xs.join(', ')}]`);

interface UserRowLite {
  name: string;
  roles: string;
  created_by: string;
  revoked_at: string | null;
  pending_roles?: string | null;
  key_hash: string;
}

async function checkUsers(db: SqlExec, log: LogState): Promise<string | undefined> {
  const rows = await db.all<UserRowLite>('SELECT name, roles, created_by, revoked_at, pending_roles, key_hash FROM service_users ORDER BY name');
  const seen = new Set<string>();
  for (const r of rows) {
    seen.add(r.name);
    const u = log.users.get(r.name);
    const who = `the account "${r.name}"`;
    if (u === undefined) return `${who} has no user.add entry in the log (it was not added through Interdict)`;
    if (u.createdBy !== r.created_by) return `${who} was added by ${u.createdBy} according to the log, by ${r.created_by} according to the table`;
    const roles = toRoles(r.roles);
    // The log's roles pass through the same rule as the table's (a pre-segregation row keeps admin only).
    const logged = toRoles(JSON.stringify(u.roles));
    if (!sameSet(roles, logged)) return `${who} holds ${show(roles)} in the table, ${show(logged)} according to the log`;
    const pending = r.pending_roles ? (JSON.parse(r.pending_roles) as string[]) : undefined;
    if ((pending === undefined) !== (u.pending === undefined) || (pending && u.pending && !sameSet(pending, u.pending))) {
      return `${who} has the pending grant ${show(pending)} in the table, ${show(u.pending)} according to the log`;
    }
    if (u.revoked !== (r.revoked_at !== null)) return `${who} is ${r.revoked_at !== null ? 'revoked' : 'live'} in the table, ${u.revoked ? 'revoked' : 'live'} according to the log`;
    if (u.keyId !== undefined && u.keyId !== keyIdOf(r.key_hash)) return `${who}'s key in the table is not the key the log recorded (it was replaced outside Interdict)`;
  }
  for (const name of log.users.keys()) if (!seen.has(name)) return `the account "${name}" is in the log but not in the table (it was deleted)`;
  return undefined;
}

interface AlertRowLite {
  id: unknown;
  opened_by: string;
  kind: string | null;
  list_ref: string;
  disposition: string | null;
  proposed_by: string | null;
  confirmed_by: string | null;
}

async function checkAlerts(db: SqlExec, log: LogState): Promise<string | undefined> {
  const seen = new Set<number>();
  const PAGE = 5000;
  for (let after = 0; ;) {
    const rows = await db.all<AlertRowLite>('SELECT id, opened_by, kind, list_ref, disposition, proposed_by, confirmed_by FROM alerts WHERE id > ? ORDER BY id LIMIT ?', [after, PAGE]);
    for (const r of rows) {
      const id = Number(r.id);
      seen.add(id);
      const a = log.alerts.get(id);
      const which = `alert ${id}`;
      if (a?.openedBy === undefined) return `${which} has no alert.open entry in the log (it was not opened through Interdict)`;
      if (a.openedBy !== r.opened_by) return `${which} was opened by ${a.openedBy} according to the log, by ${r.opened_by} according to the table`;
      // What opened it: a name alert made a disguised-name one (or back) would be decided as something it is not.
      const kind = r.kind ?? 'name';
      if (a.kind !== kind) return `${which} is a ${String(a.kind)} alert according to the log, a ${kind} alert according to the table`;
      if ((kind === 'disguised-name') !== (r.list_ref === DISGUISED_REF)) return `${which} is a ${kind} alert with the list reference ${r.list_ref}: ${kind === 'disguised-name' ? `a disguised name's alert names no listed record (${DISGUISED_REF})` : `${DISGUISED_REF} names no listed record`}`;
      if (r.proposed_by !== null) {
        if (a.decide === undefined) return `${which} has a decision by ${r.proposed_by} in the table but no alert.decide entry in the log`;
        if (a.decide.actor !== r.proposed_by) return `${which}'s decision was proposed by ${a.decide.actor} according to the log, by ${r.proposed_by} according to the table`;
        if (a.decide.disposition !== r.disposition) return `${which}'s decision is ${String(a.decide.disposition)} according to the log, ${r.disposition} according to the table`;
      }
      if (r.confirmed_by !== null) {
        if (a.confirm === undefined) return `${which} was confirmed by ${r.confirmed_by} in the table but has no alert.confirm entry in the log`;
        if (a.confirm.actor !== r.confirmed_by) return `${which} was confirmed by ${a.confirm.actor} according to the log, by ${r.confirmed_by} according to the table`;
      } else if (a.confirm !== undefined && (a.decide === undefined || a.confirm.seq > a.decide.seq)) {
        return `${which} was confirmed by ${a.confirm.actor} according to the log (entry ${a.confirm.seq}), but is not confirmed in the table`;
      }
    }
    if (rows.length < PAGE) break;
    after = Number(rows[rows.length - 1]!.id);
  }
  for (const id of log.alerts.keys()) if (!seen.has(id)) return `alert ${id} is in the log but not in the table (it was deleted)`;
  return undefined;
}

/** Every row of every audited table against the digest its last entry recorded; a row logged but gone. */
async function checkRows(db: SqlExec, log: LogState): Promise<string | undefined> {
  // Digests of an earlier definition cannot be compared with today's: the new baseline comes first.
  if (log.baselineVersion > 0 && log.baselineVersion < ROW_DIGESTS_VERSION) {
    return `the rows' digests were recorded under an earlier definition (version ${log.baselineVersion}, now ${ROW_DIGESTS_VERSION}): open the database once with this version (interdict serve, or any service command) to record the new baseline, then verify again`;
  }
  const seen = new Set<string>();
  // Every row is read and hashed: the server answers others in between (security review 19, LOW-9).
  const slices = sliceTimer();
  for (const table of await presentTables(db)) {
    for await (const r of allRowDigests(db, table)) {
      if (slices.due()) await slices.rest();
      seen.add(r.name);
      const logged = log.rows.get(r.name);
      if (logged === undefined) return `the row ${r.name} has no audit entry: it was written to the database directly, not through Interdict`;
      if (logged !== r.digest) return `the row ${r.name} is not what its last audit entry recorded: it was changed in the database directly, not through Interdict`;
    }
  }
  for (const [name, digest] of log.rows) if (digest !== null && !seen.has(name)) return `the row ${name} is in the log but not in the table (it was deleted directly)`;
  return undefined;
}

/**
 * The cap ledger's running totals against its deliveries: each period's total is the sum of its deliveries'
 * current versions. A total lowered in the database directly would otherwise be carried on by the next
 * delivery (totals are added to, not summed again), and that delivery's entry would record it.
 */
async function checkTotals(db: SqlExec): Promise<string | undefined> {
  if (!(await presentTables(db)).includes('period_totals')) return undefined;
  const rows = await db.all<{ commodity: string; period: string; b: unknown; t: unknown; n: unknown; sb: unknown; st: unknown; sn: unknown }>(
    `SELECT p.commodity, p.period, p.barrels_milli AS b, p.tonnes_milli AS t, p.records AS n, COALESCE(s.b, 0) AS sb, COALESCE(s.t, 0) AS st, COALESCE(s.n, 0) AS sn
     FROM period_totals p LEFT JOIN (SELECT v.commodity, v.period, SUM(v.barrels_milli) AS b, SUM(v.tonnes_milli) AS t, COUNT(*) AS n FROM ${CURRENT_FROM} GROUP BY v.commodity, v.period) s
       ON s.commodity = p.commodity AND s.period = p.period`,
  );
  for (const r of rows) {
    if (Number(r.b) !== Number(r.sb) || Number(r.t) !== Number(r.st) || Number(r.n) !== Number(r.sn)) {
      return `the cap ledger's total for ${r.commodity} ${r.period} (${Number(r.b) / 1000} bbl, ${Number(r.n)} records) is not the sum of its deliveries (${Number(r.sb) / 1000} bbl, ${Number(r.sn)} records): it was changed in the database directly`;
    }
  }
  const orphans = await db.all<{ commodity: string; period: string }>(
    `SELECT DISTINCT v.commodity, v.period FROM ${CURRENT_FROM} WHERE NOT EXISTS (SELECT 1 FROM period_totals p WHERE p.commodity = v.commodity AND p.period = v.period)`,
  );
  if (orphans[0] !== undefined) return `the cap ledger has deliveries for ${orphans[0].commodity} ${orphans[0].period} but no total for that period: it was deleted in the database directly`;
  return undefined;
}

/** The first disagreement between the tables and what the log says, or undefined. */
export async function crossCheck(db: SqlExec, log: LogState): Promise<string | undefined> {
  return log.problem ?? (await checkUsers(db, log)) ?? (await checkAlerts(db, log)) ?? (await checkRows(db, log)) ?? (await checkTotals(db));
}

/**
 * A row as its last audit entry recorded it, checked before it is trusted or changed. The service's own
 * database role can write the tables (it must), so a row changed in the database directly (a key hash
 * planted, an alert's band lowered, a waiting list swapped) is what `audit verify` finds. Had the service
 * then acted on it (signed in with the planted key and rotated it, decided the lowered alert, applied the
 * swapped list), its new entry would record the tampered row as though Interdict had made it, and verify
 * would pass. So a row is checked against its last entry before it is trusted or changed: one that differs
 * is refused, nothing done. Only entries Interdict wrote count (trustedEntry): one a database user added is
 * passed over, neither trusted nor able to lock a row out.
 */
import { InterdictError } from '../../errors/index.ts';
import type { SqlExec, SqlTx } from '../../store/index.ts';
import { COLUMNS, lockChain, trustedEntry, type AuditEntry, type AuditRow } from './audit-log.ts';
import { firstMacSeq } from './mac-start.ts';
import { BASELINE_TARGET } from './audit-baseline.ts';
import { digestRows, rowDigest, rowName, type RowRef } from './audit-rows.ts';
import { hasArea } from '../../store/migrate.ts';

/** Entries of the row's targets read back at a time while looking for the newest that names the row. */
const BATCH = 50;

function digestIn(e: AuditEntry, name: string): string | null | undefined {
  const d = (e.detail.rowDigests as Record<string, unknown> | undefined)?.[name];
  return d === undefined ? undefined : typeof d === 'string' ? d : null;
}

/**
 * The digest the newest entry Interdict wrote about the row recorded (null: it recorded the row gone), or
 * undefined when none names it. `targets`: the entries that may name it (an account's `user:NAME`; a
 * subject's own and the batch imports' `subjects`), read newest first, then the baselines after them (a
 * baseline names every row).
 */
export async function recordedDigest(db: SqlExec, ref: RowRef, targets: readonly string[]): Promise<string | null | undefined> {
  const name = rowName(ref.table, ref.key);
  const macsFrom = await firstMacSeq(db);
  const marks = targets.map(() => '?').join(', ');
  let own: { seq: number; digest: string | null } | undefined;
  for (let before = Number.MAX_SAFE_INTEGER; own === undefined;) {
    const rows = await db.all<AuditRow>(`SELECT ${COLUMNS}, mac FROM audit_log WHERE target IN (${marks}) AND seq < ? ORDER BY seq DESC LIMIT ?`, [...targets, before, BATCH]);
    for (const r of rows) {
      const e = trustedEntry(r, macsFrom);
      const d = e === undefined ? undefined : digestIn(e, name);
      if (d !== undefined) {
        own = { seq: e!.seq, digest: d };
        break;
      }
    }
    if (rows.length < BATCH) break;
    before = Number(rows[rows.length - 1]!.seq);
  }
  const baselines = await db.all<AuditRow>(`SELECT ${COLUMNS}, mac FROM audit_log WHERE target = ? AND seq > ? ORDER BY seq DESC`, [BASELINE_TARGET, own?.seq ?? 0]);
  for (const r of baselines) {
    const e = trustedEntry(r, macsFrom);
    const d = e === undefined ? undefined : digestIn(e, name);
    if (d !== undefined) return d;
  }
  return own?.digest;
}

/** Whether a row read (all of its audited columns) is what its last entry recorded. */
export async function rowIsAsRecorded(db: SqlExec, table: string, row: Record<string, unknown>, key: readonly unknown[], targets: readonly string[]): Promise<boolean> {
  return rowDigest(table, row) === (await recordedDigest(db, { table, key }, targets));
}

/** Refuse a row read that is not as recorded (`what` names it in the message). */
export async function assertRowAsRecorded(db: SqlExec, table: string, row: Record<string, unknown>, key: readonly unknown[], targets: readonly string[], what: string): Promise<void> {
  if (!(await rowIsAsRecorded(db, table, row, key, targets))) throw tampered(what);
}

/**
 * In a writer's transaction: take the chain's lock first (writers then queue in one order: the chain, then
 * rows), then lock the row and refuse it if it is not as recorded. Nothing another writer commits can come
 * in between, whether it writes through Interdict (the chain's lock) or the table directly (the row's).
 */
export async function guardRow(tx: SqlTx, ref: RowRef, targets: readonly string[], what: string): Promise<void> {
  await lockChain(tx);
  // The row locked as it is read: another connection holding it (to change it once the guard has read it,
  // and before the caller's UPDATE, which PostgreSQL's READ COMMITTED would apply to the changed row) is
  // waited for, and its change is what the guard reads.
  const now = (await digestRows(tx, [ref], tx.forUpdate))[rowName(ref.table, ref.key)];
  // A row that is not there is the caller's "not found", not a tamper.
  if (now === null) return;
  if (now !== (await recordedDigest(tx, ref, targets))) throw tampered(what);
}

/**
 * Whether a set of rows is exactly what one entry recorded of them (no row added, dropped or changed):
 * `now`, each row's name and digest as read, against the rows the newest trusted entry of `target` names
 * (a vessels list import names every vessel it stored). A database with no audit log (a vessels list kept
 * by the CLI alone) has nothing to hold them to: true. No entry of that target: undefined.
 */
export async function rowSetIsAsRecorded(db: SqlExec, target: string, now: ReadonlyMap<string, string>): Promise<boolean | undefined> {
  if (!(await hasArea(db, 'service'))) return true;
  const macsFrom = await firstMacSeq(db);
  const rows = await db.all<AuditRow>(`SELECT ${COLUMNS}, mac FROM audit_log WHERE target = ? ORDER BY seq DESC`, [target]);
  for (const r of rows) {
    const e = trustedEntry(r, macsFrom);
    const recorded = e?.detail.rowDigests as Record<string, unknown> | undefined;
    if (recorded === undefined) continue;
    const named = Object.entries(recorded);
    return named.length === now.size && named.every(([n, d]) => now.get(n) === d);
  }
  return undefined; // no entry of that target: the caller holds each row to its own (a baseline's)
}

export function tampered(what: string): InterdictError {
  return new InterdictError('AUDIT_TAMPERED', `${what} is not what its last audit entry recorded: it was changed in the database outside Interdict, so it is not trusted and nothing was changed`, {});
}

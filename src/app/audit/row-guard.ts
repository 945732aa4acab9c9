/**
 * A row as its last audit entry recorded it, checked before it is trusted or changed. The service's own
 * database role can write the tables (it must), so a row changed in the database directly (a key hash
 * planted, an alert's band lowered) is what `audit verify` finds. Had the service then acted on it (signed
 * in with the planted key and rotated it, decided the lowered alert), its new entry would record the
 * tampered row as though Interdict had made it, and verify would pass. So an account is checked when it
 * signs in, and a row when a change is about to be made to it: one that differs is refused, nothing done.
 */
import canonicalize from 'canonicalize';
import { InterdictError } from '../../errors/index.ts';
import type { SqlExec, SqlTx } from '../../store/index.ts';
import { COLUMNS, entryHash, lockChain, toEntry, type AuditEntry, type AuditRow } from './audit-log.ts';
import { BASELINE_TARGET } from './audit-baseline.ts';
import { auditMacKey, macMatches } from './audit-mac.ts';
import { digestRows, rowName, type RowRef } from './audit-rows.ts';

/** Entries of one target read back at a time while looking for the newest that names the row. */
const BATCH = 20;

/**
 * An entry as stored, if its hash recomputes and its MAC (the deployment's secret) matches; else undefined.
 * Entries older than the first with a MAC (a log begun before MACs) are taken on their hash alone: an entry
 * added now without a MAC comes after it.
 */
function trusted(r: AuditRow, macsFrom: number): AuditEntry | undefined {
  const e = toEntry(r);
  if (canonicalize(e.detail) !== r.detail || entryHash(e) !== r.hash) return undefined;
  if (e.seq < macsFrom) return e;
  return typeof r.mac === 'string' && macMatches(auditMacKey(true)!, r.hash, r.mac) ? e : undefined;
}

async function firstMacSeq(db: SqlExec): Promise<number> {
  const r = await db.all<{ seq: unknown }>("SELECT min(seq) AS seq FROM audit_log WHERE mac IS NOT NULL AND mac <> ''");
  return r[0]?.seq === null || r[0]?.seq === undefined ? Number.MAX_SAFE_INTEGER : Number(r[0].seq);
}

function digestIn(e: AuditEntry, name: string): string | null | undefined {
  const d = (e.detail.rowDigests as Record<string, unknown> | undefined)?.[name];
  return d === undefined ? undefined : typeof d === 'string' ? d : null;
}

/**
 * The digest the newest entry naming the row recorded (null: it recorded the row gone), or undefined when
 * no trustworthy entry names it. The entries about the row's target are read newest first, and the
 * baselines recorded after them (a baseline names every row).
 */
export async function recordedDigest(db: SqlExec, ref: RowRef, target: string): Promise<string | null | undefined> {
  const name = rowName(ref.table, ref.key);
  const macsFrom = await firstMacSeq(db);
  let own: { seq: number; digest: string | null } | undefined;
  for (let before = Number.MAX_SAFE_INTEGER; own === undefined;) {
    const rows = await db.all<AuditRow>(`SELECT ${COLUMNS}, mac FROM audit_log WHERE target = ? AND seq < ? ORDER BY seq DESC LIMIT ?`, [target, before, BATCH]);
    for (const r of rows) {
      const e = trusted(r, macsFrom);
      if (e === undefined) return undefined;
      const d = digestIn(e, name);
      if (d !== undefined) {
        own = { seq: e.seq, digest: d };
        break;
      }
    }
    if (rows.length < BATCH) break;
    before = Number(rows[rows.length - 1]!.seq);
  }
  const baselines = await db.all<AuditRow>(`SELECT ${COLUMNS}, mac FROM audit_log WHERE target = ? AND seq > ? ORDER BY seq DESC`, [BASELINE_TARGET, own?.seq ?? 0]);
  for (const r of baselines) {
    const e = trusted(r, macsFrom);
    if (e === undefined) return undefined;
    const d = digestIn(e, name);
    if (d !== undefined) return d;
  }
  return own?.digest;
}

/** Whether the row is as its last entry recorded it. Read twice when not: a change committed between the
 *  two reads (outside a writer's lock) is not a tamper. */
export async function isAsRecorded(db: SqlExec, ref: RowRef, target: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const now = (await digestRows(db, [ref]))[rowName(ref.table, ref.key)];
    if (now !== null && now === (await recordedDigest(db, ref, target))) return true;
  }
  return false;
}

/** Refuse to go on with a row that is not as its last entry recorded it (`what` names it in the message). */
export async function assertAsRecorded(db: SqlExec, ref: RowRef, target: string, what: string): Promise<void> {
  if (!(await isAsRecorded(db, ref, target))) throw tampered(what);
}

/**
 * In a writer's transaction: take the chain's lock first (writers then queue in one order: the chain, then
 * rows), then refuse a row that is not as recorded. Nothing another writer commits can come in between.
 */
export async function guardRow(tx: SqlTx, ref: RowRef, target: string, what: string): Promise<void> {
  await lockChain(tx);
  const now = (await digestRows(tx, [ref]))[rowName(ref.table, ref.key)];
  // A row that is not there is the caller's "not found", not a tamper.
  if (now === null) return;
  if (now !== (await recordedDigest(tx, ref, target))) throw tampered(what);
}

export function tampered(what: string): InterdictError {
  return new InterdictError('AUDIT_TAMPERED', `${what} is not what its last audit entry recorded: it was changed in the database outside Interdict, so it is not trusted and nothing was changed`, {});
}

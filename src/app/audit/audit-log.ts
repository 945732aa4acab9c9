/**
 * The tamper-evident audit log: every change appends one entry whose hash is SHA-256 over the previous
 * entry's hash and this entry's canonical JSON (RFC 8785), so rewriting any entry breaks every hash after
 * it. Appends run inside the transaction of the change they record, after locking the chain's head row:
 * writers in any number of processes take turns, so the chain never forks and a change is never stored
 * without its entry (nor an entry without its change).
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { InterdictError } from '../../errors/index.ts';
import type { SqlDriver, SqlExec } from '../../store/index.ts';
import { GENESIS_HASH } from '../service/service-migrations.ts';

export interface AuditInput {
  actor: string;
  action: string;
  target: string;
  detail: Record<string, unknown>;
}

export interface AuditEntry extends AuditInput {
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

/** The hash of an entry: SHA-256 hex of `prevHash` followed by the canonical JSON of every other field. */
export function entryHash(e: Omit<AuditEntry, 'hash'>): string {
  const body = canonicalize({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, target: e.target, detail: e.detail, prevHash: e.prevHash });
  return createHash('sha256').update(e.prevHash).update(body ?? '').digest('hex');
}

/**
 * Take the chain's lock now, at the start of a transaction that will append several entries between
 * other row locks (subjects, alerts): writers then queue in one order and cannot deadlock each other.
 */
export async function lockChain(tx: SqlExec, forUpdate: string): Promise<void> {
  await tx.all(`SELECT seq FROM audit_head WHERE id = 1${forUpdate}`);
}

/** Append one entry; call inside the transaction that makes the change. */
export async function appendAudit(tx: SqlExec, forUpdate: string, input: AuditInput, at = new Date().toISOString()): Promise<AuditEntry> {
  const head = await tx.all<{ seq: unknown; hash: string }>(`SELECT seq, hash FROM audit_head WHERE id = 1${forUpdate}`);
  if (head[0] === undefined) throw new InterdictError('AUDIT_STORE', 'the audit log has no head row: the service tables are incomplete');
  const partial = { seq: Number(head[0].seq) + 1, at, ...input, prevHash: head[0].hash };
  const entry: AuditEntry = { ...partial, hash: entryHash(partial) };
  // seq is the primary key: even a writer that skipped the lock could not add a second entry N.
  await tx.run('INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    entry.seq, entry.at, entry.actor, entry.action, entry.target, canonicalize(entry.detail) ?? '{}', entry.prevHash, entry.hash,
  ]);
  await tx.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [entry.seq, entry.hash]);
  return entry;
}

interface AuditRow {
  seq: unknown;
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

function toEntry(r: AuditRow): AuditEntry {
  let detail: Record<string, unknown>;
  try {
    detail = JSON.parse(r.detail) as Record<string, unknown>;
  } catch {
    detail = { unreadable: r.detail };
  }
  return { seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, target: r.target, detail, prevHash: r.prev_hash, hash: r.hash };
}

const COLUMNS = 'seq, at, actor, action, target, detail, prev_hash, hash';

export interface AuditQuery {
  target?: string;
  actor?: string;
  action?: string;
  after?: number;
  limit?: number;
}

/** Entries oldest first, filtered. */
export async function listAudit(db: SqlExec, q: AuditQuery = {}): Promise<AuditEntry[]> {
  const where: string[] = ['seq > ?'];
  const params: unknown[] = [q.after ?? 0];
  if (q.target !== undefined) {
    where.push('target = ?');
    params.push(q.target);
  }
  if (q.actor !== undefined) {
    where.push('actor = ?');
    params.push(q.actor);
  }
  if (q.action !== undefined) {
    where.push('action = ?');
    params.push(q.action);
  }
  params.push(q.limit ?? 1000);
  const rows = await db.all<AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ?`, params);
  return rows.map(toEntry);
}

export interface VerifyResult {
  ok: boolean;
  entries: number;
  /** The seq of the first entry that fails (or of the first missing one). */
  firstBad?: number;
  problem?: string;
}

/**
 * Walk the chain from the first entry: each seq follows the one before, each prevHash is the previous
 * hash, each hash recomputes; the head row names the last entry (a deleted tail is a break too).
 */
export async function verifyAudit(driver: SqlExec): Promise<VerifyResult> {
  try {
    return await verifyChain(driver);
  } catch (e) {
    // A table gone (dropped, or never created) is a broken log, not a fault of the verifier.
    return { ok: false, entries: 0, firstBad: 1, problem: `the audit log cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

async function verifyChain(driver: SqlExec): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let expected = 1;
  let entries = 0;
  const PAGE = 5000;
  for (;;) {
    const rows = await driver.all<AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?`, [expected, PAGE]);
    for (const r of rows) {
      const e = toEntry(r);
      const bad = (problem: string): VerifyResult => ({ ok: false, entries, firstBad: expected, problem });
      if (e.seq !== expected) return bad(`entry ${expected} is missing (the next entry is ${e.seq})`);
      if (e.prevHash !== prev) return bad(`entry ${e.seq}'s prevHash does not match the hash of entry ${e.seq - 1}`);
      if (canonicalize(e.detail) !== r.detail || entryHash(e) !== e.hash) return bad(`entry ${e.seq}'s content does not match its hash (it was altered)`);
      prev = e.hash;
      expected++;
      entries++;
    }
    if (rows.length < PAGE) break;
  }
  const head = await driver.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1');
  const headSeq = Number(head[0]?.seq ?? 0);
  if (headSeq > entries) return { ok: false, entries, firstBad: entries + 1, problem: `entries ${entries + 1} to ${headSeq} are missing (the log ends early)` };
  if (headSeq < entries) return { ok: false, entries, firstBad: headSeq + 1, problem: `entries after ${headSeq} were added outside the chain's head` };
  if (head[0] !== undefined && head[0].hash !== prev) {
    return { ok: false, entries, firstBad: entries, problem: `entry ${entries} is not the entry the chain's head recorded` };
  }
  // Every account was added by an audited change: accounts with no entry at all mean the log was emptied.
  if (entries === 0) {
    const users = await driver.all<{ n: unknown }>('SELECT count(*) AS n FROM service_users').catch(() => [{ n: 0 }]);
    if (Number(users[0]?.n ?? 0) > 0) return { ok: false, entries, firstBad: 1, problem: 'the log is empty, yet accounts exist: its entries were removed' };
  }
  return { ok: true, entries };
}

/** Run `fn` and its audit entry in one transaction. */
export async function withAudit<T>(driver: SqlDriver, fn: (tx: SqlExec) => Promise<{ result: T; audit: AuditInput[] }>): Promise<T> {
  return driver.transaction(async (tx) => {
    const { result, audit } = await fn(tx);
    for (const a of audit) await appendAudit(tx, driver.forUpdate, a);
    return result;
  });
}

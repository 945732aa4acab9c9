/**
 * What someone who can write the database does to the audit log, as the security review did it: switch
 * the triggers off, change an entry, recompute every later hash and the head, so that the chain on its
 * own verifies again.
 */
import { entryHash, type AuditEntry, type AuditRow } from '../../src/app/audit/audit-log.ts';
import type { SqlDriver } from '../../src/store/index.ts';
import { auditMacKey, entryMac } from '../../src/app/audit/audit-mac.ts';
import { digestRows, type RowRef } from '../../src/app/audit/audit-rows.ts';
import canonicalize from 'canonicalize';

type Row = AuditRow;

export async function triggersOff(driver: SqlDriver): Promise<void> {
  if (driver.dialect === 'sqlite') {
    await driver.run('DROP TRIGGER IF EXISTS audit_log_no_update');
    await driver.run('DROP TRIGGER IF EXISTS audit_log_no_delete');
  } else {
    await driver.run('ALTER TABLE audit_log DISABLE TRIGGER USER');
  }
}

/**
 * Change entry `seq` with `edit`, then re-hash it and every entry after it, and the head. With `macKey`
 * (someone who holds the deployment's MAC secret as well as the database) every MAC is made again too;
 * without it the old MACs stay, and no longer match.
 */
export async function rewriteEntry(driver: SqlDriver, seq: number, edit: (e: AuditEntry) => void, macKey?: Buffer): Promise<void> {
  await triggersOff(driver);
  const rows = await driver.all<Row>('SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit_log WHERE seq >= ? ORDER BY seq', [seq - 1]);
  let prev = rows[0]!.seq === seq - 1 ? rows[0]!.hash : '0'.repeat(64);
  for (const r of rows.filter((x) => Number(x.seq) >= seq)) {
    const e: AuditEntry = { seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, target: r.target, detail: JSON.parse(r.detail) as Record<string, unknown>, prevHash: prev, hash: '' };
    if (e.seq === seq) edit(e);
    e.prevHash = prev;
    e.hash = entryHash(e);
    await driver.run('UPDATE audit_log SET actor = ?, action = ?, target = ?, detail = ?, prev_hash = ?, hash = ? WHERE seq = ?', [e.actor, e.action, e.target, canonicalize(e.detail) ?? '{}', e.prevHash, e.hash, e.seq]);
    if (macKey !== undefined) await driver.run('UPDATE audit_log SET mac = ? WHERE seq = ?', [entryMac(macKey, e.hash), e.seq]);
    prev = e.hash;
  }
  const last = await driver.all<{ seq: unknown }>('SELECT max(seq) AS seq FROM audit_log');
  await driver.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [Number(last[0]!.seq), prev]);
}

/** The seq of the newest entry with this action and target. */
export async function seqOf(driver: SqlDriver, action: string, target: string): Promise<number> {
  const rows = await driver.all<{ seq: unknown }>('SELECT seq FROM audit_log WHERE action = ? AND target = ? ORDER BY seq DESC LIMIT 1', [action, target]);
  if (rows[0] === undefined) throw new Error(`no ${action} entry for ${target}`);
  return Number(rows[0].seq);
}

/** The deployment's MAC secret, as someone who stole it along with the database holds it. */
export function stolenMacKey(): Buffer {
  return auditMacKey(false)!;
}

/** The rows' digests as they now are (to write into a rewritten entry, as such a thief would). */
export async function digestsNow(driver: SqlDriver, rows: RowRef[]): Promise<Record<string, string | null>> {
  return driver.transaction((tx) => digestRows(tx, rows));
}

/**
 * Append an entry as a database user can (the service's own role may insert into the log): hashed and
 * chained like Interdict's, the head moved, but with no MAC, since the deployment's secret is not in the database.
 */
export async function forgeEntry(driver: SqlDriver, entry: Pick<AuditEntry, 'actor' | 'action' | 'target' | 'detail'>, at?: { seq: number }): Promise<number> {
  const head = (await driver.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1'))[0]!;
  // `at`: a free number before the chain's first entry, the head left alone (where no MAC is asked for).
  const e: AuditEntry = { seq: at?.seq ?? Number(head.seq) + 1, at: new Date().toISOString(), ...entry, prevHash: at === undefined ? head.hash : '0'.repeat(64), hash: '' };
  e.hash = entryHash(e);
  await driver.run('INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)', [e.seq, e.at, e.actor, e.action, e.target, canonicalize(e.detail) ?? '{}', e.prevHash, e.hash]);
  if (at === undefined) await driver.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [e.seq, e.hash]);
  return e.seq;
}

/** Put a row read before it was deleted back as it was (every column). */
export async function putBack(driver: SqlDriver, table: string, row: Record<string, unknown>): Promise<void> {
  const cols = Object.keys(row);
  await driver.run(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, cols.map((c) => row[c]));
}

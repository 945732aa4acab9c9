/**
 * The audited rows as they were when row digests began (a database from before them, or a new one), or
 * when what the digests cover changed (ROW_DIGESTS_VERSION: a table or a column added): one or more
 * `audit.baseline` entries naming every row with its digest, appended once per version, under the chain's
 * lock. From then on every row must match its last entry, and a row no entry names is a disagreement.
 */
import type { SqlDriver, SqlExec, SqlTx } from '../../store/index.ts';
import { appendAudit, COLUMNS, lockChain, trustedEntry, verifyChain, type AuditRow } from './audit-log.ts';
import { firstMacSeq } from './mac-start.ts';
import { AUDITED_TABLES, presentTables, ROW_DIGESTS_VERSION, rowName, type RowRef } from './audit-rows.ts';
import { InterdictError } from '../../errors/index.ts';
import { loadUnList } from '../../screening/un-list/index.ts';

export const BASELINE_TARGET = 'audit:baseline';
const CHUNK = 2000;

/**
 * The digest version of the newest baseline Interdict wrote (1 for one recorded before versions were
 * written), 0: none. An entry a database user added (no valid MAC) does not count: otherwise one forged
 * "older" baseline would make the next start record a new one, taking every row as it then is (a key hash
 * planted meanwhile included) for what Interdict wrote.
 */
async function baselineVersion(db: SqlExec): Promise<number> {
  const macsFrom = await firstMacSeq(db);
  const rows = await db.all<AuditRow>(`SELECT ${COLUMNS}, mac FROM audit_log WHERE target = ? ORDER BY seq DESC`, [BASELINE_TARGET]);
  for (const r of rows) {
    const e = trustedEntry(r, macsFrom);
    if (e === undefined) continue;
    const v = e.detail.digests;
    return typeof v === 'number' ? v : 1;
  }
  return 0;
}

/** Record a baseline when none of this digest version exists yet (a separate transaction). */
export async function ensureAuditBaseline(driver: SqlDriver, actor: string): Promise<boolean> {
  if ((await baselineVersion(driver)) >= ROW_DIGESTS_VERSION) return false;
  return driver.transaction((tx) => baselineWithin(tx, actor));
}

/**
 * The same inside a writer's transaction (the CLI's ledger commands, before their own entry): takes the
 * chain's lock, and records the baseline when it is still missing.
 */
export async function baselineWithin(tx: SqlTx, actor: string): Promise<boolean> {
  await lockChain(tx);
  if ((await baselineVersion(tx)) >= ROW_DIGESTS_VERSION) return false;
  await refuseUntrustedLog(tx);
  const refs: RowRef[] = [];
  for (const table of await presentTables(tx)) {
    const t = AUDITED_TABLES[table]!;
    const rows = await tx.all<Record<string, unknown>>(`SELECT ${t.key.join(', ')} FROM ${table} ORDER BY ${t.key.join(', ')}`);
    for (const r of rows) refs.push({ table, key: t.key.map((k) => r[k]) });
  }
  const parts = Math.max(1, Math.ceil(refs.length / CHUNK));
  for (let i = 0; i < parts; i++) {
    const rows = refs.slice(i * CHUNK, (i + 1) * CHUNK);
    await appendAudit(tx, {
      actor, action: 'audit.baseline', target: BASELINE_TARGET,
      detail: { rows: rows.length, part: `${i + 1} of ${parts}`, operator: true, digests: ROW_DIGESTS_VERSION, first: rows[0] === undefined ? null : rowName(rows[0].table, rows[0].key) },
      rows,
    });
  }
  return true;
}

/** The service's own tables: each row is written by Interdict with an entry, so none is there before the first. */
const SERVICE_ONLY = ['service_users', 'subjects', 'alerts', 'suppressions', 'pending_lists'] as const;

/**
 * A baseline taken on an empty log would vouch for whatever the rows now are: the security re-review emptied the
 * log, replaced the list row with one without KOMID, and the next command (even `users list`) recorded it with a MAC,
 * after which `audit verify` said intact and `check --db` permitted KOMID. A new database's first baseline sees only
 * what Interdict wrote before any entry: this version's bundled list (read from the snapshot, not the row), the cap
 * ledger's and the vessels list's rows (their commands keep no log of their own). Anything else means the entries
 * were removed: refused, nothing recorded.
 */
async function refuseUntrustedLog(tx: SqlTx): Promise<void> {
  if ((await tx.all('SELECT 1 FROM audit_log LIMIT 1')).length > 0) {
    // A log with entries and no trusted baseline of this version: a new digest version (an upgrade), or a baseline
    // made untrusted in the database (its MAC nulled, entry 1 deleted) so that a new one would vouch for forged rows
    // (the second re-review: one UPDATE, then `users list`, and check permitted KOMID). The new baseline is taken
    // only over a chain that verifies, hashes and MACs; otherwise nothing is recorded.
    const v = await verifyChain(tx, undefined, undefined, { macs: true });
    if (!v.ok) throw new InterdictError('AUDIT_TAMPERED', `the audit log does not verify (${v.problem ?? 'broken'}): it was changed in the database outside Interdict, so no baseline is recorded over the rows as they now are and nothing resting on the log is trusted. Run "interdict audit verify" and restore the database from a backup you trust.`);
    return;
  }
  const present = new Set(await presentTables(tx));
  const why: string[] = [];
  for (const table of SERVICE_ONLY) {
    if (present.has(table) && (await tx.all(`SELECT 1 FROM ${table} LIMIT 1`)).length > 0) why.push(`${table} holds rows`);
  }
  if (present.has('un_lists')) {
    const bundled = loadUnList().version.sha256;
    const rows = await tx.all<{ id: unknown; sha256: string; source: string; held: unknown }>('SELECT id, sha256, source, CASE WHEN xml_gz IS NULL THEN 0 ELSE 1 END AS held FROM un_lists');
    const other = rows.filter((r) => Number(r.held) === 1 && !(r.source === 'bundled' && r.sha256 === bundled));
    if (other.length > 0) why.push(`un_lists holds a list other than the bundled snapshot (row ${String(other[0]!.id)})`);
  }
  if (why.length > 0) {
    throw new InterdictError('AUDIT_TAMPERED', `the audit log is empty, yet ${why.join(', ')}: its entries were removed in the database outside Interdict, so nothing is recorded over them and nothing resting on them is trusted. Run "interdict audit verify" and restore the database from a backup you trust.`);
  }
}


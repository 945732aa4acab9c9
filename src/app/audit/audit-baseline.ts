/**
 * The audited rows as they were when row digests began (a database from before them, or a new one), or
 * when what the digests cover changed (ROW_DIGESTS_VERSION: a table or a column added): one or more
 * `audit.baseline` entries naming every row with its digest, appended once per version, under the chain's
 * lock. From then on every row must match its last entry, and a row no entry names is a disagreement.
 */
import type { SqlDriver, SqlExec, SqlTx } from '../../store/index.ts';
import { appendAudit, COLUMNS, lockChain, trustedEntry, type AuditRow } from './audit-log.ts';
import { firstMacSeq } from './mac-start.ts';
import { AUDITED_TABLES, presentTables, ROW_DIGESTS_VERSION, rowName, type RowRef } from './audit-rows.ts';

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

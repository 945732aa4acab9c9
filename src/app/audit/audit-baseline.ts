/**
 * The audited rows as they were when row digests began (a database from before them, or a new one): one
 * or more `audit.baseline` entries naming every row with its digest, appended once, under the chain's
 * lock. From then on every row must match its last entry, and a row no entry names is a disagreement.
 */
import type { SqlDriver } from '../../store/index.ts';
import { appendAudit, lockChain } from './audit-log.ts';
import { AUDITED_TABLES, presentTables, rowName, type RowRef } from './audit-rows.ts';

export const BASELINE_TARGET = 'audit:baseline';
const CHUNK = 2000;

export async function ensureAuditBaseline(driver: SqlDriver, actor: string): Promise<boolean> {
  const done = async (): Promise<boolean> => (await driver.all('SELECT 1 FROM audit_log WHERE target = ? LIMIT 1', [BASELINE_TARGET])).length > 0;
  if (await done()) return false;
  return driver.transaction(async (tx) => {
    await lockChain(tx);
    if ((await tx.all('SELECT 1 FROM audit_log WHERE target = ? LIMIT 1', [BASELINE_TARGET])).length > 0) return false;
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
        detail: { rows: rows.length, part: `${i + 1} of ${parts}`, operator: true, first: rows[0] === undefined ? null : rowName(rows[0].table, rows[0].key) },
        rows,
      });
    }
    return true;
  });
}

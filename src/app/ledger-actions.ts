/**
 * The ledger's store for one CLI command (readers open for reading only and never create a database),
 * and the small operations only the CLI has (baselines, history, where). The
 * operations both interfaces share are in ledger/ (one use case each).
 */
import { existsSync } from 'node:fs';
import { InterdictError } from '../errors/index.ts';
import { capSourceFromLaw, hasLedger, openSqlLedgerStore, parseBaseline, presentVersion, fromMilli, type Baseline, type LedgerStore } from '../ledger/index.ts';
import { describeDbTarget, type DbTarget } from '../store/db-target.ts';
import type { SqlTx } from '../store/index.ts';
import { hasArea } from '../store/migrate.ts';
import { openDatabase, type Access } from '../store/open-database.ts';
import { ensureAuditBaseline } from './audit/audit-baseline.ts';
import { appendAudit } from './audit/audit-log.ts';
import { readHeldLedger } from './ledger/held-ledger.ts';
import { baselineEntry } from './ledger/ledger-audit.ts';
import { cliActor } from './service/service-context.ts';
import { migrateService } from './service/migrate-service.ts';
import type { Engine } from './engine.ts';

/**
 * Open the ledger for one command. `audited` says the database also holds the service's audit log: a
 * writer then logs each write in its own transaction (ledger-audit.ts), so the service's tables are
 * brought up to date first and the rows as they were before logging began are recorded once (a baseline,
 * by `actor`). A plain ledger file is not audited.
 */
export async function withLedger<T>(engine: Engine, target: DbTarget, access: Access, fn: (store: LedgerStore, audited: boolean) => Promise<T>, actor?: string, mustExist = false): Promise<T> {
  const driver = await openDatabase(target, { access, ...(mustExist && { mustExist }) });
  // An amendment against a database with no ledger (an empty PostgreSQL database): refused before a table is made.
  if (mustExist && !(await hasLedger(driver))) {
    await driver.close();
    throw new InterdictError('STORE_NOT_FOUND', `${describeDbTarget(target)} holds no cap ledger: nothing has been recorded there`, { field: 'db' });
  }
  const caps = capSourceFromLaw(engine.law());
  const store = await openSqlLedgerStore(driver, caps, driver.readOnly || access === 'read');
  try {
    // A read (status, notices, reports, history, baselines) reads the ledger as Interdict wrote it, in one
    // snapshot, held to the audit log where the database keeps one (held-ledger.ts): exit 1, as check --db.
    if (access === 'read') return await readHeldLedger(driver, caps, (held) => fn(held, false));
    const audited = access === 'write' && (await hasArea(driver, 'service'));
    if (audited) {
      await migrateService(driver);
      await ensureAuditBaseline(driver, actor ?? cliActor());
    }
    return await fn(store, audited);
  } finally {
    await store.close();
  }
}


export async function baselines(engine: Engine, target: DbTarget, set?: { state: string | undefined; barrels?: string | undefined; tonnes?: string | undefined }, actor = cliActor()) {
  // Refuse a bad State or amount before the database is opened (a failed command leaves no new database behind).
  if (set) parseBaseline(set.state, set.barrels, set.tonnes);
  return withLedger(engine, target, set ? 'write' : 'read', async (store, audited) => {
    const within = audited ? { within: async (tx: SqlTx, b: Baseline) => { await appendAudit(tx, baselineEntry(actor, b)); } } : {};
    const list = set ? [await store.setBaseline(set.state ?? '', set.barrels, set.tonnes, within)] : await store.baselines();
    return list.map((b) => ({ state: b.state, version: b.version, barrels: b.barrelsMilli === null ? null : fromMilli(b.barrelsMilli), tonnes: b.tonnesMilli === null ? null : fromMilli(b.tonnesMilli), setAt: b.setAt }));
  });
}

export async function deliveryHistory(engine: Engine, target: DbTarget, state: string, ref: string) {
  const versions = await withLedger(engine, target, 'read', async (store) => (await store.history(state, ref)).map(presentVersion));
  if (versions.length === 0) throw new InterdictError('LEDGER_NOT_FOUND', `no report from state ${state} with ref "${ref}"`, { record: ref, field: 'ref' });
  return versions;
}

/** Where the database is, and whether anything has been written there yet. */
export function ledgerWhere(target: DbTarget): { database: string; kind: DbTarget['kind']; isDefault: boolean; exists: boolean | null } {
  return {
    database: describeDbTarget(target),
    kind: target.kind,
    isDefault: target.kind === 'sqlite' && target.isDefault,
    exists: target.kind === 'sqlite' ? existsSync(target.file) : null,
  };
}

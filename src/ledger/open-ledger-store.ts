/**
 * Open the cap ledger in the database a target names (see src/store/db-target.ts: `--db FILE`, else
 * INTERDICT_DATABASE_URL, else the default SQLite file every command shares). Readers open for reading
 * only and never create a database.
 */
import { parseDbTarget, type DbTarget } from '../store/db-target.ts';
import { openDatabase, type Access } from '../store/open-database.ts';
import type { CapSource } from './cap-source.ts';
import type { LedgerStore } from './ledger-store.ts';
import { openSqlLedgerStore } from './sql-ledger-store.ts';

export interface OpenLedgerOptions {
  caps: CapSource;
  /** Where; parsed from --db and the environment when absent. */
  target?: DbTarget;
  /** A SQLite file or a postgres:// URL, as given to --db (ignored when `target` is given). */
  db?: string;
  /** Read-only callers never create or migrate a database. Default: write. */
  access?: Access;
  /** Postgres schema (search_path); tests isolate runs with it. */
  schema?: string;
}

export async function openLedgerStore(opts: OpenLedgerOptions): Promise<LedgerStore> {
  const target = opts.target ?? parseDbTarget(opts.db);
  const access = opts.access ?? 'write';
  const driver = await openDatabase(target, { access, ...(opts.schema ? { schema: opts.schema } : {}) });
  return openSqlLedgerStore(driver, opts.caps, driver.readOnly || access === 'read');
}

/**
 * Choose and open the store: `--db FILE` (SQLite; a postgres:// URL is also accepted), else
 * INTERDICT_DATABASE_URL (PostgreSQL), else a SQLite file in the user's data directory.
 */
import envPaths from 'env-paths';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InterdictError } from '../errors/index.ts';
import type { CapSource } from './cap-source.ts';
import type { LedgerStore } from './ledger-store.ts';
import { openSqlLedgerStore } from './sql-ledger-store.ts';
import { openPostgresDriver } from './sql/postgres-driver.ts';
import { openSqliteDriver } from './sql/sqlite-driver.ts';
import type { SqlDriver } from './sql/sql-driver.ts';

export interface OpenLedgerOptions {
  caps: CapSource;
  /** A SQLite file, or a postgres:// URL. */
  db?: string;
  /** Defaults to process.env.INTERDICT_DATABASE_URL. */
  databaseUrl?: string;
  /** Postgres schema (search_path); tests isolate runs with it. */
  schema?: string;
  /** Read-only callers: refuse a SQLite file that does not exist rather than create an empty ledger
   *  (a mistyped --db must not report "nothing recorded"). */
  mustExist?: boolean;
}

export function defaultLedgerFile(): string {
  return path.join(envPaths('interdict', { suffix: '' }).data, 'ledger.sqlite');
}

const isPostgresUrl = (s: string): boolean => /^postgres(ql)?:\/\//i.test(s);

/** Where the store will be, in words (for messages); a URL's password is never shown. */
export function describeLedgerLocation(opts: Omit<OpenLedgerOptions, 'caps'>): string {
  const target = opts.db ?? opts.databaseUrl ?? process.env.INTERDICT_DATABASE_URL ?? defaultLedgerFile();
  return isPostgresUrl(target) ? target.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : target;
}

export async function openLedgerStore(opts: OpenLedgerOptions): Promise<LedgerStore> {
  const target = opts.db ?? opts.databaseUrl ?? process.env.INTERDICT_DATABASE_URL ?? defaultLedgerFile();
  if (opts.mustExist && !isPostgresUrl(target) && !existsSync(target)) {
    throw new InterdictError('LEDGER_STORE', `there is no ledger at ${target}: nothing has been recorded there (check --db)`, { file: target, field: 'db' });
  }
  try {
    const driver: SqlDriver = isPostgresUrl(target)
      ? await openPostgresDriver(target, opts.schema ? { schema: opts.schema } : {})
      : openSqliteDriver(target);
    return await openSqlLedgerStore(driver, opts.caps);
  } catch (e) {
    if (e instanceof InterdictError) throw e;
    const where = describeLedgerLocation(opts);
    throw new InterdictError('LEDGER_STORE', `cannot open the ledger at ${where}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

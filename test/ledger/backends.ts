/**
 * The backends the ledger suite loops over: SQLite (a temp file), PGlite (in this process, one
 * instance per test file, a fresh schema per store) and, when INTERDICT_TEST_PG_URL is set, a real
 * PostgreSQL server (a fresh schema per store, dropped afterwards).
 */
import { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadLaw } from '../../src/law/index.ts';
import { capSourceFromLaw, type CapSource } from '../../src/ledger/cap-source.ts';
import type { LedgerStore } from '../../src/ledger/ledger-store.ts';
import { openSqlLedgerStore } from '../../src/ledger/sql-ledger-store.ts';
import { openPgliteDriver } from '../../src/store/pglite-driver.ts';
import { openPostgresDriver } from '../../src/store/postgres-driver.ts';
import { quoteIdent } from '../../src/store/sql-driver.ts';
import { openSqliteDriver } from '../../src/store/sqlite-driver.ts';

export const law = loadLaw();
export const caps: CapSource = capSourceFromLaw(law);

/** How a child process reaches the same database. */
export type Target = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };

export interface Fresh {
  store: LedgerStore;
  /** Absent for PGlite (it lives in this process only). */
  target?: Target;
  /** Open another store on the same database (another "client"). */
  reopen(): Promise<LedgerStore>;
  cleanup(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'pglite' | 'postgres';
  fresh(): Promise<Fresh>;
}

let counter = 0;
const uniqueName = (): string => `ledger_test_${process.pid}_${Date.now().toString(36)}_${++counter}`;

let pglite: PGlite | undefined;
async function sharedPglite(): Promise<PGlite> {
  pglite ??= new PGlite();
  await pglite.waitReady;
  return pglite;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-test-'));
    const file = path.join(dir, 'ledger.sqlite');
    const open = () => openSqlLedgerStore(openSqliteDriver(file), caps);
    const store = await open();
    return { store, target: { kind: 'sqlite', file }, reopen: open, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  },
};

const pgliteBackend: Backend = {
  name: 'pglite',
  async fresh() {
    const instance = await sharedPglite();
    const schema = uniqueName();
    const store = await openSqlLedgerStore(await openPgliteDriver({ instance, schema }), caps);
    return {
      store,
      // One connection: a second "client" is the same store (its transactions already take turns).
      reopen: async () => store,
      cleanup: async () => {
        await instance.exec(`DROP SCHEMA ${quoteIdent(schema)} CASCADE; SET search_path TO public`);
      },
    };
  },
};

function postgres(url: string): Backend {
  return {
    name: 'postgres',
    async fresh() {
      const schema = uniqueName();
      const open = async () => openSqlLedgerStore(await openPostgresDriver(url, { schema }), caps);
      const store = await open();
      return {
        store,
        target: { kind: 'postgres', url, schema },
        reopen: open,
        cleanup: async () => {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          await c.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
          await c.end();
        },
      };
    },
  };
}

export function backends(): Backend[] {
  const url = process.env.INTERDICT_TEST_PG_URL;
  return [sqlite, pgliteBackend, ...(url ? [postgres(url)] : [])];
}

/** Close the shared PGlite instance (call from the file's `after`). */
export async function closeBackends(): Promise<void> {
  await pglite?.close();
  pglite = undefined;
}

/**
 * PGlite: PostgreSQL compiled to WebAssembly, in this process. One connection, so its transactions
 * already take turns; the same SQL and row locks as the PostgreSQL driver run unchanged.
 */
import { PGlite } from '@electric-sql/pglite';
import { qualifyTables } from './qualified-sql.ts';
import { lockTablesSql, numberPlaceholders, quoteIdent, readingThrough, type SqlDriver, type SqlExec } from './sql-driver.ts';

export interface PgliteOptions {
  /** An instance to share (tests: one per file, a schema per store); otherwise one is created. */
  instance?: PGlite;
  /** Data directory for a new instance; in memory when absent. */
  dataDir?: string;
  schema?: string;
}

type Queryable = Pick<PGlite, 'query'>;

export async function openPgliteDriver(opts: PgliteOptions = {}): Promise<SqlDriver> {
  const owned = opts.instance === undefined;
  const db = opts.instance ?? new PGlite(opts.dataDir);
  await db.waitReady;
  if (opts.schema) {
    await db.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(opts.schema)}`);
    await db.exec(`SET search_path TO ${quoteIdent(opts.schema)}`);
  }
  const schema = opts.schema ?? 'public';
  const text = (sql: string): string => numberPlaceholders(qualifyTables(sql, schema));
  const wrap = (q: Queryable): SqlExec => ({
    schema,
    all: async <T>(sql: string, params: readonly unknown[] = []) => (await q.query<T>(text(sql), [...params])).rows,
    run: async (sql, params = []) => (await q.query(text(sql), [...params])).affectedRows ?? 0,
  });
  const direct = wrap(db);
  const driver: SqlDriver = {
    backend: 'pglite',
    dialect: 'postgres',
    readOnly: false,
    schema,
    all: direct.all,
    run: direct.run,
    transaction: (fn) => db.transaction((tx) => fn({ ...wrap(tx), oneTransaction: true, forUpdate: ' FOR UPDATE', lockTables: async (tables) => void (await tx.query(text(lockTablesSql(tables)))) })),
    snapshot: (fn) => db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      return fn(readingThrough(driver, wrap(tx)));
    }),
    close: async () => {
      if (owned) await db.close();
    },
  };
  return driver;
}

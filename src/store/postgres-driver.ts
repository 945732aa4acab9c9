/**
 * PostgreSQL through pg. Transactions run at READ COMMITTED and serialize writers to one cap period
 * with a row lock on that period's totals (see docs/ledger.md): each statement after the lock sees
 * every commit before it, so the total is exact without SERIALIZABLE's aborts. Deadlocks and
 * serialization failures are retried.
 */
import pg from 'pg';
import { qualifyTables } from './qualified-sql.ts';
import { lockTablesSql, numberPlaceholders, quoteIdent, readingThrough, RETRYABLE_PG_CODES, type SqlDriver, type SqlExec } from './sql-driver.ts';

export interface PostgresOptions {
  /** Schema for every table (search_path; public when none is given); created if missing. Tests use a fresh one per run. */
  schema?: string;
  maxConnections?: number;
}

export async function openPostgresDriver(url: string, opts: PostgresOptions = {}): Promise<SqlDriver> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.maxConnections ?? 4,
    // The schema is named at connection, public unless one is given: a role's own search path ("$user" first, or one
    // an owner set with ALTER ROLE) would put a schema of someone's making before the tables, whose copies then stand
    // for them (the sixth security re-review). A startup option outranks the role's setting.
    options: `-c search_path=${quoteIdent(opts.schema ?? 'public')}`,
  });
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  if (opts.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(opts.schema)}`);

  // Unnamed statements, parsed and planned at each call: a named (prepared) statement lives on in the connection,
  // and code of the tables' owner that ran once in it (a planner-folded expression, a policy committed while the
  // service waited on a lock) re-prepared the service's statements under their names to read the oldest list; they
  // went on lying after the code was gone, where no catalog check could see them (security re-review 10).
  const schema = opts.schema ?? 'public';
  const text = (sql: string): string => numberPlaceholders(qualifyTables(sql, schema));
  const wrap = (q: (config: pg.QueryConfig) => Promise<pg.QueryResult>): SqlExec => ({
    schema,
    all: async <T>(sql: string, params: readonly unknown[] = []) => (await q({ text: text(sql), values: [...params] })).rows as T[],
    run: async (sql, params = []) => (await q({ text: text(sql), values: [...params] })).rowCount ?? 0,
  });
  const direct = wrap((config) => pool.query(config));

  const driver: SqlDriver = {
    backend: 'postgres',
    dialect: 'postgres',
    readOnly: false,
    schema,
    all: direct.all,
    run: direct.run,
    transaction: async (fn) => {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const q = wrap((config) => client.query(config));
          const result = await fn({ ...q, oneTransaction: true, forUpdate: ' FOR UPDATE', lockTables: async (tables) => void (await q.run(lockTablesSql(tables))) });
          await client.query('COMMIT');
          return result;
        } catch (e) {
          await client.query('ROLLBACK').catch(() => undefined);
          const code = (e as { code?: string }).code;
          if (code === undefined || !RETRYABLE_PG_CODES.has(code) || attempt >= 10) throw e;
        } finally {
          client.release();
        }
      }
    },
    snapshot: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const result = await fn(readingThrough(driver, wrap((config) => client.query(config))));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  return driver;
}

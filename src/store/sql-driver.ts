/**
 * The few things our stores need from a SQL database, so one implementation of each store (the ledger,
 * ships, the service's tables) runs on SQLite, PostgreSQL and PGlite. SQL is written once with `?` placeholders; Postgres drivers number them.
 */
export type Row = Record<string, unknown>;
export type Backend = 'sqlite' | 'postgres' | 'pglite';

export interface SqlExec {
  /** PostgreSQL: the schema the tables are in, which every statement names (qualified-sql.ts). */
  readonly schema?: string;
  /** The statements of one transaction or snapshot: what holds for it is asked once (migrate.ts, refuseForeignCode). */
  readonly oneTransaction?: true;
  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Run a statement; returns the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

/**
 * A write transaction: its statements, and how a SELECT in it locks the rows it reads (`forUpdate`), so
 * whoever reads a row to change it takes the lock the transaction's database needs, with no second
 * parameter to pass along.
 */
export interface SqlTx extends SqlExec {
  /** " FOR UPDATE" where the dialect has row locks (SQLite's BEGIN IMMEDIATE already locks the database). */
  readonly forUpdate: string;
  /**
   * Keep other writers out of these tables until the transaction ends (reads go on): what the
   * transaction reads there twice is then the same both times, whoever else writes. SQLite's BEGIN
   * IMMEDIATE already holds the whole database; Postgres: LOCK TABLE … IN SHARE ROW EXCLUSIVE MODE.
   */
  lockTables(tables: readonly string[]): Promise<void>;
}

/** Postgres: LOCK TABLE for SqlTx.lockTables (the names are the code's own, never input). */
export function lockTablesSql(tables: readonly string[]): string {
  return `LOCK TABLE ${tables.join(', ')} IN SHARE ROW EXCLUSIVE MODE`;
}

export interface SqlDriver extends SqlExec {
  readonly backend: Backend;
  readonly dialect: 'sqlite' | 'postgres';
  /** Opened for reading only: stores skip migrations and refuse writes. */
  readonly readOnly: boolean;
  /**
   * Run `fn` in one write transaction, committed durably before the promise resolves. SQLite: BEGIN
   * IMMEDIATE (one writer at a time). Postgres: the statements of `fn` take row locks; a deadlock or
   * serialization failure rolls back and runs `fn` again. `tx` knows how to lock a row it reads.
   */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  /**
   * Run `fn`'s reads against one snapshot of the database: what it reads in several statements is the
   * database at one moment, whatever others write meanwhile (a check of rows against the audit log that
   * reads them twice must see the same rows both times). SQLite: a deferred transaction (WAL: one read
   * snapshot); Postgres: REPEATABLE READ, READ ONLY. `db`: the driver, reading in that snapshot.
   */
  snapshot<T>(fn: (db: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A driver whose reads go through `tx` (one snapshot); it starts no transaction of its own. */
export function readingThrough(driver: SqlDriver, tx: SqlExec): SqlDriver {
  const view: SqlDriver = {
    backend: driver.backend, dialect: driver.dialect, readOnly: true, oneTransaction: true, ...(driver.schema !== undefined && { schema: driver.schema }),
    all: (sql, params) => tx.all(sql, params),
    run: () => Promise.reject(new Error('a snapshot reads only')),
    transaction: () => Promise.reject(new Error('a snapshot starts no transaction')),
    snapshot: (fn) => fn(view),
    close: async () => undefined,
  };
  return view;
}

/** A PostgreSQL identifier in double quotes (a name of the code's own or a role's). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `?` -> `$1, $2, ...` (our SQL never holds a literal question mark). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Postgres error codes after which the whole transaction may simply run again. */
export const RETRYABLE_PG_CODES: ReadonlySet<string> = new Set(['40001', '40P01']);

/** Serializes async callers on one connection: a transaction's statements must not interleave with another's. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const prev = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => (release = r));
    await prev;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

/**
 * SQLite through better-sqlite3: WAL so readers never block the writer, synchronous=FULL so a commit
 * is on disk when it returns (WAL's default NORMAL can lose the last commits on power loss), a long
 * busy timeout so writers in other processes queue instead of failing, and BEGIN IMMEDIATE so a write
 * transaction holds the write lock from its first statement (no upgrade deadlock between readers).
 *
 * Waiting for the write lock: SQLite's own busy handler sleeps in steps of up to 100 ms, which starves
 * many small writers; so the handler waits only briefly, and BEGIN IMMEDIATE is retried here with a
 * short random pause (without blocking the event loop) until the busy timeout.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { InterdictError } from '../errors/index.ts';
import { ALL_TABLES } from './area-tables.ts';
import { Mutex, readingThrough, type SqlDriver, type SqlExec, type SqlTx } from './sql-driver.ts';

export interface SqliteOptions {
  busyTimeoutMs?: number;
  /** Open for reading only: no write lock, no journal-mode change, the file must exist. */
  readOnly?: boolean;
  /**
   * A copy of the file's bytes, read when the file cannot be opened in place for reading (a read-only
   * folder where SQLite cannot create its shared-memory file): the database is read from memory.
   */
  snapshot?: Buffer;
}

// better-sqlite3 waits for a busy database synchronously, blocking this thread: if two connections of
// one process interleaved their (async) transactions, the waiting one would block the holder forever.
// So every connection of this process to one file shares a mutex; other processes wait on SQLite's lock.
const mutexes = new Map<string, Mutex>();

export function openSqliteDriver(file: string, opts: SqliteOptions = {}): SqlDriver {
  const busyTimeoutMs = opts.busyTimeoutMs ?? 60_000;
  const readOnly = opts.readOnly === true || opts.snapshot !== undefined;
  // Set-up may wait long (another process may be recovering the WAL after a crash); later waits are short.
  const db = opts.snapshot
    ? new Database(asRollbackJournal(opts.snapshot), { readonly: true })
    : new Database(file, { timeout: busyTimeoutMs, readonly: readOnly, fileMustExist: readOnly });
  if (!readOnly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  }
  db.pragma('busy_timeout = 5');
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const exec: SqlExec = {
    all: async <T>(sql: string, params: readonly unknown[] = []) => {
      const s = prepare(sql);
      if (s.reader) return s.all(...params) as T[];
      s.run(...params);
      return [] as T[];
    },
    run: async (sql, params = []) => prepare(sql).run(...params).changes,
  };
  const schemaHolds = schemaGuard(db);
  // A transaction's rows are locked by BEGIN IMMEDIATE (the whole database): no row lock to add.
  const tx: SqlTx = { ...exec, forUpdate: '', lockTables: async () => undefined };
  const key = path.resolve(file);
  const mutex = mutexes.get(key) ?? new Mutex();
  mutexes.set(key, mutex);
  const driver: SqlDriver = {
    backend: 'sqlite',
    dialect: 'sqlite',
    readOnly,
    all: (sql, params) => mutex.run(() => retryBusy(async () => {
      schemaHolds();
      return exec.all(sql, params);
    }, busyTimeoutMs)),
    run: (sql, params) => mutex.run(() => retryBusy(() => exec.run(sql, params), busyTimeoutMs)),
    transaction: (fn) =>
      mutex.run(async () => {
        await retryBusy(async () => db.exec('BEGIN IMMEDIATE'), busyTimeoutMs);
        try {
          schemaHolds();
          const result = await fn(tx);
          db.exec('COMMIT');
          return result;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      }),
    // A deferred transaction: its first read takes the snapshot (WAL); allowed on a read-only connection.
    snapshot: (fn) =>
      mutex.run(async () => {
        db.exec('BEGIN');
        try {
          schemaHolds();
          return await fn(readingThrough(driver, tx));
        } finally {
          if (db.inTransaction) db.exec('COMMIT');
        }
      }),
    close: async () => {
      await mutex.run(async () => db.close());
    },
  };
  return driver;
}

/** Tables whose rows are too many to check at every change by another connection (AIS positions and inputs), and
 *  which no decision holds to the audit log. */
const UNCHECKED = new Set(['ais_positions', 'ais_inputs', 'ais_statics', 'ais_events']);

/** The triggers Interdict's migrations make on SQLite (the audit log refusing updates, deletes and entries below 1). */
const OWN_TRIGGERS = new Set(['audit_log_no_update', 'audit_log_no_delete', 'audit_log_seq_from_one']);

/**
 * SQLite: the file's schema as Interdict makes it, checked before the first statement and again whenever another
 * connection has committed to the file since (`PRAGMA data_version`, one read):
 * - every index of Interdict's tables holds exactly its table's rows (`PRAGMA integrity_check(table)`): the eighth
 *   security re-review made an index that left one designated vessel out, its schema text rewritten to look whole,
 *   and the planner chose it for the read that screened while the hold scanned the table;
 * - no view stands under one of the tables' names, in any letter case (the ninth: a view for vessel_list_imports
 *   over the table renamed brought an older list back; DESIGNATED_VESSELS renamed hid its index from the check);
 * - no trigger but Interdict's own: a trigger runs inside Interdict's write, before the log's digest of the row it
 *   wrote, so the log vouched for the row as the trigger changed it (the tenth: PETREL 8 designated 2099).
 * Keyed on every commit of another connection, not on the schema alone: keyed on `schema_version` (the tenth
 * re-review's MEDIUM: an AIS feed committing to the same file each second made the service check a 300,000-row table
 * on every request), an index's pages rewritten under a running service, with an ordinary delete beside them, were
 * never checked again, and it permitted PETREL 8 (the eleventh). So the cost stands, as a figure: about 160 ms per
 * 100,000 audit entries after each commit of another process; a deployment where another process writes the same
 * file continuously (an AIS feed) runs on PostgreSQL (docs/service.md).
 */
function schemaGuard(db: Database.Database): () => void {
  let checkedAt: number | undefined;
  // Prepared once: it is read before every statement (db.pragma would prepare it each time).
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  return () => {
    const version = dataVersion.get() as number;
    if (version === checkedAt) return;
    const refuse = (what: string): never => {
      throw new InterdictError('STORE_SCHEMA', `the database file${what}: the file was changed outside Interdict, or is damaged, so nothing in it is trusted. Restore it from a backup you trust`, { field: 'db' });
    };
    const present = db.prepare(`SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND lower(name) IN (${ALL_TABLES.map(() => '?').join(', ')})`).all(...ALL_TABLES) as { name: string; type: string }[];
    const view = present.find((p) => p.type !== 'table');
    if (view !== undefined) refuse(` holds a view ${view.name} where Interdict keeps a table`);
    const triggers = db.prepare(`SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string; tbl_name: string }[];
    const foreign = triggers.find((t) => !OWN_TRIGGERS.has(t.name) || t.tbl_name.toLowerCase() !== 'audit_log');
    if (foreign !== undefined) refuse(` holds a trigger ${foreign.name} on ${foreign.tbl_name} Interdict never makes`);
    for (const { name } of present) {
      if (UNCHECKED.has(name.toLowerCase())) continue;
      const rows = db.prepare(`PRAGMA integrity_check("${name.replace(/"/g, '""')}")`).all() as { integrity_check: string }[];
      if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') refuse(`'s table ${name} does not agree with its indexes (${rows.slice(0, 2).map((r) => r.integrity_check).join('; ')})`);
    }
    checkedAt = version;
  };
}

/** Run `fn` again after a short random pause while the database is busy, up to `timeoutMs`. */
async function retryBusy<T>(fn: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== 'SQLITE_BUSY' || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * 2));
    }
  }
}

/**
 * A WAL database's header says so (bytes 18 and 19 = 2), and SQLite will not open such an image from
 * memory; the copy is marked as a rollback-journal database (1), which changes nothing else in it.
 */
function asRollbackJournal(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  if (copy.length >= 20 && copy[18] === 2 && copy[19] === 2) {
    copy[18] = 1;
    copy[19] = 1;
  }
  return copy;
}

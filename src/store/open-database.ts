/**
 * Open the database a target names, for reading or for writing, with every failure a coded error:
 * a read never creates a database (a mistyped path must not report "nothing recorded"), a read-only file
 * or folder can still be read, and a write to one says so plainly.
 */
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { InterdictError } from '../errors/index.ts';
import { describeDbTarget, type DbTarget } from './db-target.ts';
import type { SqlDriver } from './sql-driver.ts';
import { openSqliteDriver } from './sqlite-driver.ts';

export type Access = 'read' | 'write';

export interface OpenDatabaseOptions {
  access: Access;
  /** Postgres schema (search_path); tests isolate runs with it. */
  schema?: string;
  /** A command that acts on what is stored (an account revoked, a report amended): a SQLite file that is not there
   *  is STORE_NOT_FOUND, not made (a mistyped --db left a new database behind a failed command: hostile new user). */
  mustExist?: boolean;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

export async function openDatabase(target: DbTarget, opts: OpenDatabaseOptions): Promise<SqlDriver> {
  const where = describeDbTarget(target);
  if (target.kind === 'postgres') {
    let driver: SqlDriver | undefined;
    try {
      // Loaded only for a PostgreSQL target: every other command is spared the driver's start-up.
      const { openPostgresDriver } = await import('./postgres-driver.ts');
      driver = await openPostgresDriver(target.url, opts.schema ? { schema: opts.schema } : {});
      await driver.all('SELECT 1'); // a pool connects lazily: find an unreachable server here, not mid-command
      return driver;
    } catch (e) {
      await driver?.close().catch(() => undefined);
      throw new InterdictError('STORE_OPEN', `cannot open the database at ${where}: ${messageOf(e)}`, { field: 'db' });
    }
  }
  const { file } = target;
  const exists = existsSync(file);
  if (!exists && (opts.access === 'read' || opts.mustExist === true)) {
    throw new InterdictError('STORE_NOT_FOUND', `there is no database at ${file}: nothing has been recorded there`, { file, field: 'db' });
  }
  if (exists && !looksLikeSqlite(file)) {
    throw new InterdictError('STORE_OPEN', `${file} is not an Interdict database (not a SQLite file)`, { file, field: 'db' });
  }
  if (!exists && target.isDefault) {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
    } catch (e) {
      throw new InterdictError('STORE_READ_ONLY', `cannot create the default database folder ${path.dirname(file)}: ${messageOf(e)} (give --db FILE)`, { file, field: 'db' });
    }
  }
  // SQLite opens a file it may not write without complaint and fails at the first write, deep in a command
  // (as an internal fault): a file, or a folder for its journal, that this user may not write is said here.
  if (opts.access === 'write' && exists && !writable(file, path.dirname(file))) {
    throw new InterdictError('STORE_READ_ONLY', `cannot write to the database at ${file}: the file or its folder is read-only; nothing was stored`, { file, field: 'db' });
  }
  let driver: SqlDriver | undefined;
  try {
    // Another program's database (tables, none of them ours) is not written into: Interdict's migrations would
    // add their tables beside its own (hostile new user 34). Looked at through a read-only connection first: a
    // writable one switches the file to WAL on opening, and the refused file was changed (the last hostile user).
    if (exists && opts.access === 'write') {
      const probe = openSqliteDriver(file, { readOnly: true });
      try {
        await refuseForeign(probe, file);
      } finally {
        await probe.close().catch(() => undefined);
      }
    }
    driver = openSqliteDriver(file, { readOnly: opts.access === 'read' });
    // SQLite opens lazily: a WAL database in a read-only folder fails only at its first read.
    await refuseForeign(driver, file);
    return driver;
  } catch (e) {
    if (e instanceof InterdictError) {
      await driver?.close().catch(() => undefined);
      throw e;
    }
    await driver?.close().catch(() => undefined);
    const code = (e as { code?: string }).code ?? '';
    const readOnlyPlace = code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN';
    if (opts.access === 'read' && readOnlyPlace) return openSnapshot(file);
    if (readOnlyPlace || code === 'EACCES') {
      throw new InterdictError('STORE_READ_ONLY', `cannot write to the database at ${file}: the file or its folder is read-only`, { file, field: 'db' });
    }
    throw new InterdictError('STORE_OPEN', `cannot open the database at ${file}: ${messageOf(e)}`, { file, field: 'db' });
  }
}

/**
 * SQLite cannot open a WAL database in place when it may create neither the shared-memory file nor the
 * WAL beside it (a read-only folder). A cleanly closed database has no WAL left, so its file alone is
 * the whole database: read it from memory. A WAL still holding commits would be missed, so refuse then.
 */
function openSnapshot(file: string): SqlDriver {
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new InterdictError('STORE_READ_ONLY', `cannot read the database at ${file}: its folder is read-only and it holds uncheckpointed writes (${wal})`, { file, field: 'db' });
  }
  try {
    return openSqliteDriver(file, { snapshot: readFileSync(file) });
  } catch (e) {
    throw new InterdictError('STORE_OPEN', `cannot read the database at ${file}: ${messageOf(e)}`, { file, field: 'db' });
  }
}

function looksLikeSqlite(file: string): boolean {
  try {
    if (statSync(file).size === 0) return true; // an empty file is an empty SQLite database
    const head = Buffer.alloc(16);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
    return head.toString('latin1') === SQLITE_MAGIC;
  } catch {
    return true; // unreadable: let SQLite report it
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function writable(...paths: string[]): boolean {
  try {
    for (const p of paths) accessSync(p, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Refuse a SQLite database holding tables of another program and none of Interdict's. */
async function refuseForeign(driver: SqlDriver, file: string): Promise<void> {
  const tables = await driver.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  if (tables.length > 0 && !tables.some((t) => t.name === 'store_migrations')) {
    const names = tables.slice(0, 5).map((t) => t.name).join(', ');
    throw new InterdictError('STORE_OPEN', `${file} is not an Interdict database: it holds another program's tables (${names}${tables.length > 5 ? ', …' : ''}) and none of Interdict's; give a new file or an Interdict database (nothing was changed)`, { file, field: 'db' });
  }
}

/**
 * Where the database is: one parser for `--db`, INTERDICT_DATABASE_URL and the default, shared by every
 * command and the service. It refuses what it does not understand and never falls back to a temporary
 * database: an empty value, `:memory:`, an unknown URL scheme or a file in a folder that does not exist
 * would each "record" into a database nobody will read again, splitting the totals.
 */
import envPaths from 'env-paths';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InterdictError } from '../errors/index.ts';

export type DbTarget =
  | { kind: 'sqlite'; file: string; isDefault: boolean }
  | { kind: 'postgres'; url: string };

export const DATABASE_URL_ENV = 'INTERDICT_DATABASE_URL';

/** The SQLite file every command and the service share when neither --db nor the variable is given. */
export function defaultDatabaseFile(): string {
  return path.join(envPaths('interdict', { suffix: '' }).data, 'ledger.sqlite');
}

const POSTGRES_URL = /^postgres(ql)?:\/\//i;
// A scheme such as "mysql://" or "sqlite:"; a Windows drive letter ("C:\") is a path, not a scheme.
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/**
 * `db` is the --db flag (undefined when not given); `env` the variable's value (undefined when unset).
 * The flag wins over the variable, the variable over the default.
 */
export function parseDbTarget(db: string | undefined, env: string | undefined = process.env[DATABASE_URL_ENV]): DbTarget {
  if (db !== undefined) return parseOne(db, 'db', '--db');
  if (env !== undefined) return parseOne(env, DATABASE_URL_ENV, DATABASE_URL_ENV);
  return { kind: 'sqlite', file: defaultDatabaseFile(), isDefault: true };
}

function parseOne(raw: string, field: string, shown: string): DbTarget {
  const value = raw.trim();
  const refuse = (why: string): never => {
    throw new InterdictError('STORE_TARGET', `${shown} ${why}`, { field });
  };
  if (value === '') refuse('is empty: name a SQLite file or a postgres:// URL');
  if (value === ':memory:' || value.startsWith('file::memory:')) refuse('names an in-memory database, which would be lost when the command ends');
  if (POSTGRES_URL.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return refuse(`is not a valid URL: ${redact(value)}`);
    }
    if (url.pathname.replace(/^\//, '') === '') refuse(`names no database: ${redact(value)} (add /DBNAME)`);
    return { kind: 'postgres', url: value };
  }
  if (OTHER_SCHEME.test(value) && !/^[a-z]:[\\/]/i.test(value)) {
    refuse(`"${redact(value)}" is not understood: only a SQLite file path or a postgres:// URL`);
  }
  const file = path.resolve(value);
  const dir = path.dirname(file);
  if (!existsSync(dir)) refuse(`is in a folder that does not exist: ${dir}`);
  if (existsSync(file) && statSync(file).isDirectory()) refuse(`is a folder, not a database file: ${file}`);
  return { kind: 'sqlite', file, isDefault: false };
}

/** A URL's password is never shown. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Where the database is, in words (for messages and `ledger where`). */
export function describeDbTarget(t: DbTarget): string {
  return t.kind === 'postgres' ? redact(t.url) : t.file;
}

/**
 * A database that cannot grow (the disk or the file system is full, or the server ran out of room), or one that is
 * damaged, is the machine's state, not a fault of the program: every write is one transaction, so nothing was
 * stored, and the person who ran it should be told to free space or restore the file, not to report a bug.
 */
import { InterdictError } from './interdict-error.ts';

// SQLite (better-sqlite3's `code`), the operating system, and PostgreSQL's SQLSTATE class 53 (disk_full,
// insufficient_resources: PGlite reports the same codes).
const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', '53100', '53000']);

// A damaged database is the machine's state too (a disk fault, a copy cut short, bytes overwritten): SQLite's
// corrupt and not-a-database codes, PostgreSQL's data_corrupted and index_corrupted.
const DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'XX001', 'XX002']);

/**
 * The storage-full error for `e` (STORE_FULL), or the damaged-database error (STORE_OPEN, naming --db), or
 * undefined when `e` is something else.
 */
export function storageProblem(e: unknown): InterdictError | undefined {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return undefined;
  const why = e instanceof Error ? e.message : code;
  if (DAMAGED.has(code)) return new InterdictError('STORE_OPEN', `the database is damaged (${why}): nothing in it can be read or written safely; restore it from a backup you trust`, { field: 'db' });
  if (!FULL.has(code)) return undefined;
  return new InterdictError('STORE_FULL', `the database cannot grow (${why}): nothing was stored`);
}

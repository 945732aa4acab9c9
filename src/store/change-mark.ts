/**
 * What other connections have committed, as a mark read inside a snapshot (SqlDriver.snapshot): the same
 * mark read twice on one driver means the second snapshot sees the rows the first saw, but for this
 * connection's own writes. A reader that held rows to something costly (the audit log) can then skip the
 * work while the mark and its own writes' trace (the log's newest entry) stay; any change says "read again".
 * - SQLite: PRAGMA data_version, which changes when another connection commits (not for the connection's own).
 * - PostgreSQL and PGlite: the snapshot itself (xmin:xmax:transactions in progress): two equal snapshots
 *   see the same committed transactions, so the same rows; every write, the reader's own included, takes a
 *   transaction id and so moves the next snapshot.
 * (pg_current_snapshot: PostgreSQL 13 and later.) Undefined where no mark was read: the caller does the work.
 */
import type { SqlDriver } from './sql-driver.ts';

export async function changeMark(db: SqlDriver): Promise<string | undefined> {
  if (db.dialect === 'sqlite') {
    const [row] = await db.all<{ data_version: unknown }>('PRAGMA data_version');
    return row === undefined ? undefined : `sqlite:${String(row.data_version)}`;
  }
  const [row] = await db.all<{ s: unknown }>('SELECT pg_current_snapshot()::text AS s');
  return row === undefined ? undefined : `pg:${String(row.s)}`;
}

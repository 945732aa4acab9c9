// The database layer every store shares: drivers for SQLite, PostgreSQL and PGlite, the one parser of
// where the database is, and the per-area migration runner.
export type { SqlDriver, SqlExec, SqlTx, Row, Backend } from './sql-driver.ts';
export { quoteIdent } from './sql-driver.ts';
export { openSqliteDriver } from './sqlite-driver.ts';
export { openPostgresDriver } from './postgres-driver.ts';
export { openPgliteDriver } from './pglite-driver.ts';
export { migrate, type Migration } from './migrate.ts';
export { parseDbTarget, defaultDatabaseFile, describeDbTarget, redact, DATABASE_URL_ENV, type DbTarget } from './db-target.ts';
export { openDatabase, type Access, type OpenDatabaseOptions } from './open-database.ts';

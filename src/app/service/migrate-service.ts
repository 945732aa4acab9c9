/**
 * Create or upgrade the service's tables. A log written before MACs (migration 5 added them) is not told apart
 * here: its entries fail verify at entry 1 until the operator names where MACs begin (INTERDICT_AUDIT_MAC_FROM,
 * mac-pin.ts), since a database user can make that upgrade look pending again (security re-reviews).
 */
import { assertSchemaCurrent, migrate } from '../../store/migrate.ts';
import type { SqlExec } from '../../store/sql-driver.ts';
import type { SqlDriver } from '../../store/sql-driver.ts';
import { serviceMigrations } from './service-migrations.ts';

export async function migrateService(driver: SqlDriver): Promise<void> {
  await migrate(driver, 'service', serviceMigrations(driver.dialect));
}

/** A reader's check of the service tables (check --db): refused, naming the migration, where one is missing. */
export async function assertServiceSchema(db: SqlExec, dialect: 'sqlite' | 'postgres'): Promise<void> {
  await assertSchemaCurrent(db, 'service', serviceMigrations(dialect));
}

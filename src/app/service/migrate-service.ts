/**
 * Create or upgrade the service's tables. The upgrade that adds each audit entry's MAC (migration 5) to a
 * log that already has entries pins, outside the database, the entry from which MACs begin (mac-pin.ts):
 * the entries before it are the only ones that may carry none.
 */
import { migrate } from '../../store/migrate.ts';
import type { SqlDriver } from '../../store/sql-driver.ts';
import { pinLegacyEntries } from '../audit/mac-pin.ts';
import { serviceMigrations } from './service-migrations.ts';

const MAC_COLUMN_MIGRATION = 5;

export async function migrateService(driver: SqlDriver): Promise<void> {
  const applied = await migrate(driver, 'service', serviceMigrations(driver.dialect));
  if (applied.includes(MAC_COLUMN_MIGRATION) && !applied.includes(1)) await pinLegacyEntries(driver);
}

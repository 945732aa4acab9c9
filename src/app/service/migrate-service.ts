/**
 * Create or upgrade the service's tables. The upgrade that adds each audit entry's MAC (migration 5) to a
 * log that already has entries pins, outside the database, the entry from which MACs begin (mac-pin.ts):
 * the entries before it are the only ones that may carry none. Only a deployment's first such upgrade does.
 */
import { migrate } from '../../store/migrate.ts';
import type { SqlDriver } from '../../store/sql-driver.ts';
import { auditMacKeyPresent } from '../audit/audit-mac.ts';
import { pinLegacyEntries } from '../audit/mac-pin.ts';
import { serviceMigrations } from './service-migrations.ts';

const MAC_COLUMN_MIGRATION = 5;

export async function migrateService(driver: SqlDriver): Promise<void> {
  // A deployment that has its MAC secret already has written entries with MACs: a log of its that seems to need the
  // upgrade had it undone in the database (the security re-review dropped the column and its migration row, and the
  // next command pinned a rewritten chain as "from before MACs"). So the pin is written only by the first upgrade of
  // a deployment with no secret yet, of a database with no later migration applied; elsewhere none is (fail closed:
  // such a log fails verify at entry 1, and INTERDICT_AUDIT_MAC_FROM gives the start by hand).
  const keyBefore = auditMacKeyPresent();
  const all = serviceMigrations(driver.dialect);
  const applied = await migrate(driver, 'service', all);
  const earlier = all.filter((m) => !applied.includes(m.version)).map((m) => m.version);
  if (applied.includes(MAC_COLUMN_MIGRATION) && !applied.includes(1) && !keyBefore && earlier.every((v) => v < MAC_COLUMN_MIGRATION)) await pinLegacyEntries(driver);
}

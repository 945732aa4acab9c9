/**
 * The imported 1718 Designated Vessels List from the shared database: `--db`, else
 * INTERDICT_DATABASE_URL, else the default file. The default file not existing just means nothing was
 * imported (undefined); a database named explicitly must exist. Opened read-only; never created.
 */
import { existsSync } from 'node:fs';
import { openDatabase } from '../store/open-database.ts';
import { parseDbTarget, type DbTarget } from '../store/db-target.ts';
import type { DesignatedVessels } from './designated-vessels.ts';
import { loadDesignatedVessels } from './vessel-store.ts';

/** `where`: the --db value (parsed with the environment) or a target already parsed. */
export async function openVesselList(where: string | DbTarget | undefined): Promise<DesignatedVessels | undefined> {
  const target = typeof where === 'object' ? where : parseDbTarget(where);
  if (target.kind === 'sqlite' && target.isDefault && !existsSync(target.file)) return undefined;
  const driver = await openDatabase(target, { access: 'read' });
  try {
    return await loadDesignatedVessels(driver);
  } finally {
    await driver.close();
  }
}

/**
 * The use case "import the 1718 Designated Vessels List": every row validated before the database is
 * opened, then all rows or none, into the database every command and the service share.
 */
import { InterdictError } from '../errors/index.ts';
import { readAllText } from '../io/index.ts';
import { parseVesselList } from '../ships/vessel-list-csv.ts';
import { importVesselList } from '../ships/vessel-store.ts';
import { parseDbTarget } from '../store/db-target.ts';
import { openDatabase } from '../store/open-database.ts';
import type { SqlDriver } from '../store/index.ts';
import type { DesignatedVessel } from '../ships/index.ts';
import { hasArea } from '../store/migrate.ts';
import path from 'node:path';
import { appendAudit, lockChain } from './audit/audit-log.ts';
import { cliActor } from './service/service-context.ts';

export async function importVessels(file: string, db: string | undefined) {
  const text = await readAllText(file);
  let list;
  try {
    list = parseVesselList(text);
  } catch (e) {
    throw e instanceof InterdictError ? e.at({ file }) : e;
  }
  const driver = await openDatabase(parseDbTarget(db), { access: 'write' });
  try {
    return await storeVesselList(driver, list, file);
  } finally {
    await driver.close();
  }
}

/**
 * Store a parsed list in one transaction. A database that holds the service's audit log logs the import,
 * with every row's digest (audit-rows.ts), so `audit verify` holds the vessel tables against the log.
 */
export async function storeVesselList(driver: SqlDriver, list: DesignatedVessel[], source: string) {
  const audited = await hasArea(driver, 'service');
  return importVesselList(driver, list, source, audited ? async (tx, id) => {
    await lockChain(tx);
    await appendAudit(tx, {
      actor: cliActor(), action: 'vessels.import', target: `vessels:${id}`,
      detail: { source: path.basename(source), vessels: list.length },
      rows: [{ table: 'vessel_list_imports', key: [id] }, ...list.map((v) => ({ table: 'designated_vessels', key: [id, v.imo] }))],
    });
  } : undefined);
}

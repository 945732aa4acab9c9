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
    // A database that holds the service's audit log logs the import, with every row's digest (audit-rows.ts).
    const audited = await hasArea(driver, 'service');
    return await importVesselList(driver, list, file, audited ? async (tx, forUpdate, id) => {
      await lockChain(tx, forUpdate);
      await appendAudit(tx, forUpdate, {
        actor: cliActor(), action: 'vessels.import', target: `vessels:${id}`,
        detail: { source: path.basename(file), vessels: list.length },
        rows: [{ table: 'vessel_list_imports', key: [id] }, ...list.map((v) => ({ table: 'designated_vessels', key: [id, v.imo] }))],
      });
    } : undefined);
  } finally {
    await driver.close();
  }
}

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
    return await importVesselList(driver, list, file);
  } finally {
    await driver.close();
  }
}

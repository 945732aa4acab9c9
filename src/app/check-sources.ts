/**
 * What a database holds for `check`, read by one rule whichever interface asks: the cap ledger (as a
 * lookup by date) and the imported 1718 vessels list, each when the database holds it, and the UN list
 * in use there (the service's). The service reads them from its open database (POST /v1/check); the CLI
 * opens the database it was given, read only, for the same reads (`interdict check --db`). What to make
 * of them (a named database holding neither is refused) is checkContext's. With the list in use come the
 * records earlier stored lists held and it does not (formerly-listed.ts): a past transaction's parties are
 * screened against them too, by the one screener both interfaces build (partyScreenerWith).
 */
import type { CapStateLookup, VesselScreener } from '../check/index.ts';
import type { Law } from '../law/index.ts';
import { capSourceFromLaw, hasLedger, loadCapStateLookup, openSqlLedgerStore } from '../ledger/index.ts';
import { newestTrustedEntry } from './audit/audit-log.ts';
import { assertLedgerAsRecorded } from './ledger/held-ledger.ts';
import { loadHeldVesselList } from './held-vessels.ts';
import type { DbTarget } from '../store/db-target.ts';
import type { SqlDriver } from '../store/index.ts';
import { openDatabase } from '../store/open-database.ts';
import type { FormerlyListed } from './lists/formerly-listed.ts';
import { listsForCheckIn, type ListInUse } from './lists/list-store.ts';
import { vesselScreener } from './vessel-screener.ts';
import { assertServiceSchema } from './service/migrate-service.ts';

export interface DatabaseSources {
  capState?: CapStateLookup;
  screenVessel?: VesselScreener;
}

/**
 * What was read and held to the log, per open database, with the newest entry Interdict had written then:
 * every change Interdict makes adds one, so while it stands the sources are still what Interdict wrote,
 * and a row changed in the database meanwhile cannot reach a check (it is found when the next change
 * makes them read again).
 */
const lastRead = new WeakMap<SqlDriver, { head: string; law: Law; sources: DatabaseSources }>();

/**
 * The cap ledger and the vessels list in an open database. They are read, and held to the log, in one
 * snapshot of the database (SqlDriver.snapshot): read twice outside one, a row changed between the two
 * reads and changed back would be decided on yet found as recorded.
 */
export async function checkSourcesIn(driver: SqlDriver, law: Law): Promise<DatabaseSources> {
  const head = await newestTrustedEntry(driver);
  const kept = lastRead.get(driver);
  if (head !== undefined && kept?.head === head && kept.law === law) return kept.sources;
  const sources = await driver.snapshot(async (db) => {
    const store = (await hasLedger(db)) ? await openSqlLedgerStore(db, capSourceFromLaw(law), true) : undefined;
    const capState = store === undefined ? undefined : await loadCapStateLookup(store, law);
    const vessels = await loadHeldVesselList(db, driver);
    // The ledger as Interdict wrote it (held-ledger.ts): a cease notice deleted in the database, or a
    // delivery lowered there, would turn a prohibited delivery into a conditional or permitted one. 409.
    if (capState !== undefined) await assertLedgerAsRecorded(db, driver);
    return { ...(capState && { capState }), ...(vessels && { screenVessel: vesselScreener(vessels) }) };
  });
  if (head !== undefined) lastRead.set(driver, { head, law, sources });
  return sources;
}

/**
 * The same from a database target, opened read only and closed again; with the UN list in use there when
 * asked, and the records earlier lists stored there held and it does not (formerly-listed.ts): the CLI's
 * parties are screened against both, as the service's are (service-queries.ts, ListCache.formerly).
 */
export async function checkSourcesAt(target: DbTarget, law: Law, withListInUse: boolean): Promise<DatabaseSources & { listInUse?: ListInUse; formerlyListed?: FormerlyListed }> {
  const driver = await openDatabase(target, { access: 'read' });
  try {
    await assertServiceSchema(driver, driver.dialect);
    const lists = withListInUse ? await listsForCheckIn(driver) : undefined;
    return { ...(await checkSourcesIn(driver, law)), ...lists };
  } finally {
    await driver.close();
  }
}

export { partyScreenerWith } from './lists/formerly-listed.ts';

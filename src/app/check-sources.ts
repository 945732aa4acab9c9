/**
 * What a database holds for `check`, read by one rule whichever interface asks: the cap ledger (as a
 * lookup by date) and the imported 1718 vessels list, each when the database holds it, and the UN list
 * in use there (the service's). The service reads them from its open database (POST /v1/check); the CLI
 * opens the database it was given, read only, for the same reads (`interdict check --db`). What to make
 * of them (a named database holding neither is refused) is checkContext's.
 */
import type { CapStateLookup, VesselScreener } from '../check/index.ts';
import type { Law } from '../law/index.ts';
import { capSourceFromLaw, hasLedger, loadCapStateLookup, openSqlLedgerStore, type LedgerStore } from '../ledger/index.ts';
import { loadDesignatedVessels } from '../ships/vessel-store.ts';
import type { DbTarget } from '../store/db-target.ts';
import type { SqlDriver } from '../store/index.ts';
import { hasArea } from '../store/migrate.ts';
import { openDatabase } from '../store/open-database.ts';
import { ListCache, type ListInUse } from './lists/list-store.ts';
import { vesselScreener } from './vessel-screener.ts';

export interface DatabaseSources {
  capState?: CapStateLookup;
  screenVessel?: VesselScreener;
}

/** The cap ledger and the vessels list in an open database; `ledger`: the store already open over it. */
export async function checkSourcesIn(driver: SqlDriver, law: Law, ledger?: LedgerStore): Promise<DatabaseSources> {
  const store = ledger ?? ((await hasLedger(driver)) ? await openSqlLedgerStore(driver, capSourceFromLaw(law), true) : undefined);
  const [capState, vessels] = await Promise.all([store === undefined ? undefined : loadCapStateLookup(store, law), loadDesignatedVessels(driver)]);
  return { ...(capState && { capState }), ...(vessels && { screenVessel: vesselScreener(vessels) }) };
}

/** The same from a database target, opened read only and closed again; with the UN list in use there when asked. */
export async function checkSourcesAt(target: DbTarget, law: Law, withListInUse: boolean): Promise<DatabaseSources & { listInUse?: ListInUse }> {
  const driver = await openDatabase(target, { access: 'read' });
  try {
    const listInUse = withListInUse && (await hasArea(driver, 'service')) ? await new ListCache().current(driver) : undefined;
    return { ...(await checkSourcesIn(driver, law)), ...(listInUse && { listInUse }) };
  } finally {
    await driver.close();
  }
}

/**
 * The list that screens a delivery's parties, by one rule whichever interface records it: the list in use
 * in the delivery's database when that database holds one (a service's database: what `lists load` or
 * POST /v1/lists put there), else the list bundled with this version. So `interdict ledger record --db X`
 * and POST /v1/ledger/deliveries on a server over X screen a party against the same list. Loaded only
 * when a delivery names parties; a write never trusts a stale view (no LIST_MAX_AGE_MS).
 */
import { existsSync } from 'node:fs';
import { createPartyScreener } from '../../screening/index.ts';
import type { DbTarget } from '../../store/db-target.ts';
import { openDatabase } from '../../store/open-database.ts';
import type { Engine } from '../engine.ts';
import { listInUseIn, type ListInUse } from '../lists/list-store.ts';
import type { Service } from '../service/service-context.ts';
import type { ScreeningDeps } from './record-delivery.ts';
import { partyNames } from './screen-parties.ts';
import { loadHeldVesselList } from '../held-vessels.ts';
import { vesselScreener } from '../vessel-screener.ts';
import type { SqlDriver } from '../../store/index.ts';

function screeningOf(list: ListInUse): ScreeningDeps {
  return { screenParty: createPartyScreener(list.index), listVersion: list.list.version.dateGenerated };
}

/** The imported 1718 vessels list held in an open database, as the delivery's vessel screener (none imported: {}). */
async function vesselScreeningIn(driver: SqlDriver): Promise<ScreeningDeps> {
  const list = await loadHeldVesselList(driver);
  return list === undefined ? {} : { screenVessel: vesselScreener(list), vesselListVersion: list.version };
}

/** The service: its database always holds the list in use; the vessel is screened against the vessels list imported there. */
export async function ledgerScreening(svc: Service, parties: readonly string[] | undefined, vessel?: string): Promise<ScreeningDeps> {
  const vessels = vessel !== undefined && vessel.trim() !== '' ? await vesselScreeningIn(svc.driver) : {};
  if (partyNames(parties).length === 0) return vessels;
  return { ...screeningOf(await svc.lists.current(svc.driver)), ...vessels };
}

/** The CLI: the list in use in the database at `target` when it holds one, else the engine's bundled list. */
export async function databaseScreening(target: DbTarget, engine: Engine, namesParties: boolean, namesVessel = false): Promise<ScreeningDeps> {
  const vessels = namesVessel ? await vesselScreeningAt(target) : {};
  if (!namesParties) return vessels; // partyNames(...) of the deliveries: none, nothing to screen
  const inUse = await listInUseAt(target);
  if (inUse !== undefined) return { ...screeningOf(inUse), ...vessels };
  return { screenParty: engine.partyScreener(), listVersion: engine.unList().version.dateGenerated, ...vessels };
}

/** The vessels list imported in the database at `target` (none, or no database yet: {}). */
async function vesselScreeningAt(target: DbTarget): Promise<ScreeningDeps> {
  if (target.kind === 'sqlite' && !existsSync(target.file)) return {};
  const driver = await openDatabase(target, { access: 'read' });
  try {
    return await vesselScreeningIn(driver);
  } finally {
    await driver.close();
  }
}

/** The list in use in a database that holds the service's tables; undefined for one that does not (or does not exist yet). */
export async function listInUseAt(target: DbTarget): Promise<ListInUse | undefined> {
  if (target.kind === 'sqlite' && !existsSync(target.file)) return undefined;
  const driver = await openDatabase(target, { access: 'read' });
  try {
    return await listInUseIn(driver);
  } finally {
    await driver.close();
  }
}

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
import { latestVesselImport, loadDesignatedVessels } from '../ships/vessel-store.ts';
import { auditHead } from './audit/audit-log.ts';
import { AUDITED_TABLES, digestRows, rowDigest, rowName, type RowRef } from './audit/audit-rows.ts';
import { LEDGER_TABLES, rowNotAsRecorded, rowRecordedMissing, VESSEL_LIST_TABLES } from './audit/recorded-rows.ts';
import { recordedDigest, rowSetIsAsRecorded, tampered } from './audit/row-guard.ts';
import type { DbTarget } from '../store/db-target.ts';
import type { SqlDriver } from '../store/index.ts';
import { openDatabase } from '../store/open-database.ts';
import { listInUseIn, type ListInUse } from './lists/list-store.ts';
import { vesselScreener } from './vessel-screener.ts';

export interface DatabaseSources {
  capState?: CapStateLookup;
  screenVessel?: VesselScreener;
}

/**
 * What was read and held to the log, per open database, with the audit chain's head it was read at:
 * every change Interdict makes there moves the head, so while it stands still the sources are still
 * what Interdict wrote, and a row changed in the database meanwhile cannot reach a check (it is found
 * when the next change makes them read again).
 */
const lastRead = new WeakMap<SqlDriver, { head: string; law: Law; sources: DatabaseSources }>();

/** The cap ledger and the vessels list in an open database; `ledger`: the store already open over it. */
export async function checkSourcesIn(driver: SqlDriver, law: Law, ledger?: LedgerStore): Promise<DatabaseSources> {
  const head = await auditHead(driver);
  const kept = lastRead.get(driver);
  if (head !== undefined && kept?.head === head && kept.law === law) return kept.sources;
  const store = ledger ?? ((await hasLedger(driver)) ? await openSqlLedgerStore(driver, capSourceFromLaw(law), true) : undefined);
  const [capState, vessels] = await Promise.all([store === undefined ? undefined : loadCapStateLookup(store, law), loadDesignatedVessels(driver)]);
  if (capState !== undefined) await assertLedgerAsRecorded(driver);
  // The newest import is the list in use: one deleted in the database would bring back the one before (or none).
  const gone = await rowRecordedMissing(driver, VESSEL_LIST_TABLES);
  if (gone !== undefined) throw tampered(`the 1718 vessels lists imported (${gone})`);
  if (vessels !== undefined) await assertVesselListAsRecorded(driver);
  const sources = { ...(capState && { capState }), ...(vessels && { screenVessel: vesselScreener(vessels) }) };
  if (head !== undefined) lastRead.set(driver, { head, law, sources });
  return sources;
}

/**
 * The cap ledger check reads is the one Interdict wrote (recorded-rows.ts): a cease notice deleted in the
 * database, or a delivery's quantity lowered there, would turn a prohibited delivery into a conditional
 * or permitted one. Refused instead (409), naming the row.
 */
async function assertLedgerAsRecorded(driver: SqlDriver): Promise<void> {
  const row = await rowNotAsRecorded(driver, LEDGER_TABLES);
  if (row !== undefined) throw tampered(`the cap ledger (${row})`);
}

/**
 * The designated vessels check screens against are the ones their import stored (row-guard.ts): a vessel
 * deleted, changed or added in the database directly, or an import row made there, would turn a check on
 * a designated vessel into "permitted" and leave no trace once put back. Refused instead (409).
 */
async function assertVesselListAsRecorded(driver: SqlDriver): Promise<void> {
  const latest = await latestVesselImport(driver);
  if (latest === undefined) return;
  const t = AUDITED_TABLES.designated_vessels!;
  const vessels = await driver.all<Record<string, unknown>>(`SELECT ${t.columns.join(', ')} FROM designated_vessels WHERE import_id = ?`, [latest.id]);
  const head: RowRef = { table: 'vessel_list_imports', key: [latest.id] };
  const rows = [
    { ref: head, digest: (await digestRows(driver, [head]))[rowName(head.table, head.key)] ?? '' },
    ...vessels.map((r) => ({ ref: { table: 'designated_vessels', key: t.key.map((k) => r[k]) }, digest: rowDigest('designated_vessels', r) })),
  ];
  const target = `vessels:${latest.id}`;
  const refused = tampered(`the 1718 vessels list in use (${latest.version})`);
  const held = await rowSetIsAsRecorded(driver, target, new Map(rows.map((r) => [rowName(r.ref.table, r.ref.key), r.digest])));
  if (held === false) throw refused;
  // Imported before the database held the service's log (no import entry): each row as the baseline recorded it.
  if (held === undefined) for (const r of rows) if ((await recordedDigest(driver, r.ref, [target])) !== r.digest) throw refused;
}

/** The same from a database target, opened read only and closed again; with the UN list in use there when asked. */
export async function checkSourcesAt(target: DbTarget, law: Law, withListInUse: boolean): Promise<DatabaseSources & { listInUse?: ListInUse }> {
  const driver = await openDatabase(target, { access: 'read' });
  try {
    const listInUse = withListInUse ? await listInUseIn(driver) : undefined;
    return { ...(await checkSourcesIn(driver, law)), ...(listInUse && { listInUse }) };
  } finally {
    await driver.close();
  }
}

/**
 * The 1718 vessels list in use, held to the log (row-guard.ts, recorded-rows.ts): the designated vessels
 * are the ones their import stored, and the import is the newest one recorded. A vessel deleted, changed
 * or added in the database directly, an import row made there, or the newest import deleted (bringing
 * back the one before, or none) would turn a check on a designated vessel into "permitted", hide it from
 * the AIS watch, or let one admin's import drop it unseen; and leave no trace once put back. Refused
 * instead (409). Undefined: no list was ever imported here.
 */
import { existsSync } from 'node:fs';
import { latestVesselImport, vesselFromRow, type VesselImport, type VesselRow } from '../ships/vessel-store.ts';
import { DesignatedVessels } from '../ships/designated-vessels.ts';
import { parseDbTarget, type DbTarget } from '../store/db-target.ts';
import { openDatabase } from '../store/open-database.ts';
import type { SqlDriver } from '../store/sql-driver.ts';
import { AUDITED_TABLES, digestRows, rowDigest, rowName, type RowRef } from './audit/audit-rows.ts';
import { DESIGNATED_VESSEL_TABLES, recordedMissingUnder, rowRecordedMissing, VESSEL_LIST_TABLES } from './audit/recorded-rows.ts';
import { recordedDigest, rowSetIsAsRecorded, tampered } from './audit/row-guard.ts';

/** Read, and held, in one snapshot of the database (a caller already in one reads in it): read in several
 *  statements outside one, a vessel deleted for the moment of the read and put back before the hold
 *  would be missed, and found as recorded. */
export async function loadHeldVesselList(driver: SqlDriver, owner: object = driver): Promise<DesignatedVessels | undefined> {
  return driver.snapshot(async (db) => {
    const gone = await rowRecordedMissing(db, VESSEL_LIST_TABLES, owner);
    if (gone !== undefined) throw tampered(`the 1718 vessels lists imported (${gone})`);
    const latest = await latestVesselImport(db);
    if (latest === undefined) return undefined;
    // One read: the rows screened are the rows held to the log. Read twice, by two statements, anything that made
    // the two disagree (the eighth security re-review: an index leaving a vessel out, chosen by the planner for
    // one of them) screened a list without the vessel and held the whole one.
    const t = AUDITED_TABLES.designated_vessels!;
    const rows = await db.all<Record<string, unknown>>(`SELECT ${t.columns.join(', ')} FROM designated_vessels WHERE import_id = ? ORDER BY imo`, [latest.id]);
    await assertVesselListAsRecorded(db, owner, latest, rows);
    return new DesignatedVessels(rows.map((r) => vesselFromRow(r as unknown as VesselRow)), latest.version);
  });
}

/**
 * The same from `--db` (or INTERDICT_DATABASE_URL, or the default file), opened read only and closed again:
 * `ais scan`'s list. The default file not existing just means nothing was imported (undefined); a database
 * named explicitly must exist.
 */
export async function openHeldVesselList(where: string | DbTarget | undefined): Promise<DesignatedVessels | undefined> {
  const target = typeof where === 'object' ? where : parseDbTarget(where);
  if (target.kind === 'sqlite' && target.isDefault && !existsSync(target.file)) return undefined;
  const driver = await openDatabase(target, { access: 'read' });
  try {
    return await loadHeldVesselList(driver);
  } finally {
    await driver.close();
  }
}

async function assertVesselListAsRecorded(driver: SqlDriver, owner: object, latest: VesselImport, vessels: readonly Record<string, unknown>[]): Promise<void> {
  const t = AUDITED_TABLES.designated_vessels!;
  const head: RowRef = { table: 'vessel_list_imports', key: [latest.id] };
  const rows = [
    { ref: head, digest: (await digestRows(driver, [head]))[rowName(head.table, head.key)] ?? '' },
    ...vessels.map((r) => ({ ref: { table: 'designated_vessels', key: t.key.map((k) => r[k]) }, digest: rowDigest('designated_vessels', r) })),
  ];
  const target = `vessels:${latest.id}`;
  const refused = tampered(`the 1718 vessels list in use (${latest.version})`);
  const held = await rowSetIsAsRecorded(driver, target, new Map(rows.map((r) => [rowName(r.ref.table, r.ref.key), r.digest])));
  if (held === false) throw refused;
  if (held !== undefined) return;
  // Imported before the database held the service's log (no import entry): each row as the baseline recorded
  // it, and none the baseline recorded gone (a designated vessel deleted would otherwise pass unseen).
  for (const r of rows) if ((await recordedDigest(driver, r.ref, [target])) !== r.digest) throw refused;
  const read = new Set(rows.map((r) => rowName(r.ref.table, r.ref.key)));
  const gone = await recordedMissingUnder(driver, DESIGNATED_VESSEL_TABLES, 'designated_vessels', [latest.id], read, owner);
  if (gone !== undefined) throw tampered(`the 1718 vessels list in use (${latest.version}: ${gone})`);
}


/**
 * The 1718 vessels list in use, held to the log (row-guard.ts, recorded-rows.ts): the designated vessels
 * are the ones their import stored, and the import is the newest one recorded. A vessel deleted, changed
 * or added in the database directly, an import row made there, or the newest import deleted (bringing
 * back the one before, or none) would turn a check on a designated vessel into "permitted", hide it from
 * the AIS watch, or let one admin's import drop it unseen; and leave no trace once put back. Refused
 * instead (409). Undefined: no list was ever imported here.
 */
import { loadDesignatedVessels, latestVesselImport } from '../ships/vessel-store.ts';
import type { DesignatedVessels } from '../ships/designated-vessels.ts';
import type { SqlDriver } from '../store/sql-driver.ts';
import { AUDITED_TABLES, digestRows, rowDigest, rowName, type RowRef } from './audit/audit-rows.ts';
import { rowRecordedMissing, VESSEL_LIST_TABLES } from './audit/recorded-rows.ts';
import { recordedDigest, rowSetIsAsRecorded, tampered } from './audit/row-guard.ts';

export async function loadHeldVesselList(driver: SqlDriver, owner: object = driver): Promise<DesignatedVessels | undefined> {
  const gone = await rowRecordedMissing(driver, VESSEL_LIST_TABLES, owner);
  if (gone !== undefined) throw tampered(`the 1718 vessels lists imported (${gone})`);
  const vessels = await loadDesignatedVessels(driver);
  if (vessels !== undefined) await assertVesselListAsRecorded(driver);
  return vessels;
}

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


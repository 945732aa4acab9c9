/**
 * The 1718 Designated Vessels List in the shared database (area "ships"), so `check`, `ais scan` and the
 * service, in any process, see the same list. An import replaces the list in one transaction: all rows
 * or none. Readers never create or migrate a database.
 */
import { createHash } from 'node:crypto';
import { hasArea, migrate } from '../store/migrate.ts';
import type { SqlDriver, SqlTx } from '../store/sql-driver.ts';
import { DesignatedVessels, type DesignatedVessel, type LegalBasis } from './designated-vessels.ts';
import { SHIPS_MIGRATIONS } from './ships-migrations.ts';

export interface ImportSummary {
  version: string;
  vessels: number;
}

/** A list's version: its designation count and a digest of its rows, stable for the same content. */
export function listVersion(vessels: readonly DesignatedVessel[]): string {
  const h = createHash('sha256').update(JSON.stringify(vessels)).digest('hex').slice(0, 12);
  return `1718-vessels-${vessels.length}-${h}`;
}

/**
 * `within` runs inside the import's transaction once the rows are written (the app layer appends its
 * audit entry there): both commit or neither.
 */
export async function importVesselList(
  driver: SqlDriver, vessels: readonly DesignatedVessel[], source: string,
  within?: (tx: SqlTx, importId: number) => Promise<void>,
): Promise<ImportSummary> {
  await migrate(driver, 'ships', SHIPS_MIGRATIONS);
  const version = listVersion(vessels);
  await driver.transaction(async (tx) => {
    const [row] = await tx.all<{ id: number | string }>('INSERT INTO vessel_list_imports (version, source, vessels, imported_at) VALUES (?, ?, ?, ?) RETURNING id', [version, source, vessels.length, new Date().toISOString()]);
    const id = Number(row!.id);
    for (const v of vessels) {
      await tx.run(
        'INSERT INTO designated_vessels (import_id, imo, name, mmsi, flag, callsign, vessel_type, designated, owner, legal_bases) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [id, v.imo, v.name, v.mmsi ?? null, v.flag ?? null, v.callsign ?? null, v.type ?? null, v.designated, v.owner ?? null, v.legalBases.join(';')],
      );
    }
    if (within) await within(tx, id);
  });
  return { version, vessels: vessels.length };
}

/** A stored designated vessel's row, and the columns to select for it. */
export interface VesselRow {
  imo: string;
  name: string;
  mmsi: string | null;
  flag: string | null;
  callsign: string | null;
  vessel_type: string | null;
  designated: string;
  owner: string | null;
  legal_bases: string;
}
export const VESSEL_COLUMNS = 'imo, name, mmsi, flag, callsign, vessel_type, designated, owner, legal_bases';

/** A stored row as the vessel it records (empty columns left out). */
export function vesselFromRow(r: VesselRow): DesignatedVessel {
  const v: DesignatedVessel = { name: r.name, imo: r.imo, designated: r.designated, legalBases: r.legal_bases.split(';') as LegalBasis[] };
  if (r.mmsi) v.mmsi = r.mmsi;
  if (r.flag) v.flag = r.flag;
  if (r.callsign) v.callsign = r.callsign;
  if (r.vessel_type) v.type = r.vessel_type;
  if (r.owner) v.owner = r.owner;
  return v;
}

/** The list in use: the newest import (what `check`, the scans and the service screen against). */
export interface VesselImport {
  id: number;
  version: string;
  importedAt: string;
  source: string;
}

/** The newest import, or undefined when none was ever imported into this database (the one reading of "the list in use"). */
export async function latestVesselImport(driver: SqlDriver): Promise<VesselImport | undefined> {
  if (!(await hasArea(driver, 'ships'))) return undefined;
  const [r] = await driver.all<{ id: number | string; version: string; imported_at: string; source: string }>('SELECT id, version, imported_at, source FROM vessel_list_imports ORDER BY id DESC LIMIT 1');
  return r === undefined ? undefined : { id: Number(r.id), version: r.version, importedAt: r.imported_at, source: r.source };
}

/** The newest imported list, or undefined when none was ever imported into this database. */
export async function loadDesignatedVessels(driver: SqlDriver): Promise<DesignatedVessels | undefined> {
  const latest = await latestVesselImport(driver);
  if (!latest) return undefined;
  const rows = await driver.all<VesselRow>(`SELECT ${VESSEL_COLUMNS} FROM designated_vessels WHERE import_id = ? ORDER BY imo`, [latest.id]);
  const vessels = rows.map(vesselFromRow);
  return new DesignatedVessels(vessels, latest.version);
}

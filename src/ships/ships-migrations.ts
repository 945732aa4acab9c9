/** The ships area's tables (run as area "ships"): the imported 1718 Designated Vessels List. */
import type { Migration } from '../store/migrate.ts';

export const SHIPS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'designated vessels list',
    statements: [
      // One row per import; the current list is the newest import's rows.
      `CREATE TABLE vessel_list_imports (
        id {{id}},
        version TEXT NOT NULL,
        source TEXT NOT NULL,
        vessels INTEGER NOT NULL,
        imported_at TEXT NOT NULL
      )`,
      `CREATE TABLE designated_vessels (
        import_id BIGINT NOT NULL REFERENCES vessel_list_imports (id),
        imo TEXT NOT NULL,
        name TEXT NOT NULL,
        mmsi TEXT,
        flag TEXT,
        callsign TEXT,
        vessel_type TEXT,
        designated TEXT NOT NULL,
        owner TEXT,
        legal_bases TEXT NOT NULL,
        PRIMARY KEY (import_id, imo)
      )`,
    ],
  },
];

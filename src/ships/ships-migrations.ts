/**
 * The ships area's tables (run as area "ships"): the imported 1718 Designated Vessels List; the AIS
 * positions a feed or an enqueued file stored (partitioned by day on PostgreSQL) and the events found in
 * them, each stored once under its natural key.
 */
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
  {
    version: 2,
    name: 'stored positions and events',
    statements: [
      // One row per input stored (a file enqueued, a feed's connection): its digest makes storing it again a no-op.
      `CREATE TABLE ais_inputs (
        id {{id}},
        digest TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        positions BIGINT NOT NULL,
        first_ms BIGINT,
        last_ms BIGINT,
        stored_at TEXT NOT NULL
      )`,
      // Read back in (input_id, seq) order: the order they were read, so a window sees what one pass saw.
      // PostgreSQL: one partition per UTC day (ais_positions_dYYYYMMDD), created as data arrives.
      `CREATE TABLE ais_positions (
        t BIGINT NOT NULL,
        mmsi INTEGER NOT NULL,
        lat DOUBLE PRECISION NOT NULL,
        lon DOUBLE PRECISION NOT NULL,
        sog DOUBLE PRECISION,
        input_id BIGINT NOT NULL,
        seq BIGINT NOT NULL
      ){{partition-by-range:t}}`,
      'CREATE INDEX ais_positions_t ON ais_positions (t)',
      // Static reports (IMO, name, call sign, flag), one row per distinct report per vessel and day.
      `CREATE TABLE ais_statics (
        mmsi INTEGER NOT NULL,
        t BIGINT,
        imo TEXT,
        bad_imo TEXT,
        name TEXT,
        callsign TEXT,
        flag TEXT,
        input_id BIGINT NOT NULL,
        seq BIGINT NOT NULL
      )`,
      'CREATE INDEX ais_statics_mmsi ON ais_statics (mmsi, t)',
      // event_key: kind, start, end, vessels and a digest of the evidence; a window run twice stores nothing twice.
      `CREATE TABLE ais_events (
        id {{id}},
        event_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        start_ms BIGINT NOT NULL,
        end_ms BIGINT NOT NULL,
        concern INTEGER NOT NULL,
        body TEXT NOT NULL,
        stored_at TEXT NOT NULL
      )`,
      'CREATE INDEX ais_events_start ON ais_events (start_ms, id)',
    ],
  },
  {
    version: 3,
    name: 'workers seen',
    statements: [
      // The job queue's worker ids a running `ais worker` holds, with when it was last seen: a worker not
      // seen for a while died, and its windows are unlocked for the others (docs/ships.md).
      'CREATE TABLE ais_workers (worker_id TEXT PRIMARY KEY, seen_at BIGINT NOT NULL)',
    ],
  },
];

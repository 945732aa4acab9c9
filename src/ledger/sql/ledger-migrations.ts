/**
 * The ledger's numbered migrations, one logical schema on both dialects (written once; `{{id}}` is the
 * only word that differs). Run by the store's migration runner as the area "ledger". A migration is
 * never edited once released: a change is a new number.
 */
import type { Migration } from '../../store/migrate.ts';

export const LEDGER_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'deliveries, versions, period totals, notices',
    statements: [
      `CREATE TABLE deliveries (
        id {{id}},
        state TEXT NOT NULL,
        ref TEXT NOT NULL,
        current_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        CONSTRAINT deliveries_state_ref UNIQUE (state, ref)
      )`,
      // INVARIANT: versions are only ever inserted; totals use deliveries.current_version.
      `CREATE TABLE delivery_versions (
        delivery_id BIGINT NOT NULL REFERENCES deliveries (id),
        version INTEGER NOT NULL,
        commodity TEXT NOT NULL CHECK (commodity IN ('refined-petroleum', 'crude-oil')),
        period TEXT NOT NULL,
        delivery_date TEXT NOT NULL,
        barrels_milli BIGINT NOT NULL CHECK (barrels_milli >= 0),
        tonnes_milli BIGINT NOT NULL CHECK (tonnes_milli >= 0),
        derived TEXT CHECK (derived IN ('barrels', 'tonnes')),
        factor DOUBLE PRECISION,
        reported_at TEXT NOT NULL,
        vessel TEXT,
        parties TEXT NOT NULL,
        late INTEGER NOT NULL,
        exceeds_cap INTEGER NOT NULL,
        exceeds_baseline INTEGER NOT NULL,
        recorded_at TEXT NOT NULL,
        amended_by TEXT,
        reason TEXT,
        PRIMARY KEY (delivery_id, version)
      )`,
      'CREATE INDEX delivery_versions_period ON delivery_versions (commodity, period)',
      // INVARIANT: a row here equals the sum of the current versions of its period's records.
      `CREATE TABLE period_totals (
        commodity TEXT NOT NULL,
        period TEXT NOT NULL,
        barrels_milli BIGINT NOT NULL,
        tonnes_milli BIGINT NOT NULL,
        records INTEGER NOT NULL,
        PRIMARY KEY (commodity, period)
      )`,
      // INVARIANT: one notice per commodity, period and threshold, whatever the number of writers.
      `CREATE TABLE notices (
        id {{id}},
        commodity TEXT NOT NULL,
        period TEXT NOT NULL,
        threshold INTEGER NOT NULL,
        cease INTEGER NOT NULL,
        total_barrels_milli BIGINT NOT NULL,
        total_tonnes_milli BIGINT NOT NULL,
        percent DOUBLE PRECISION NOT NULL,
        delivery_id BIGINT NOT NULL REFERENCES deliveries (id),
        version INTEGER NOT NULL,
        issued_at TEXT NOT NULL,
        CONSTRAINT notices_once UNIQUE (commodity, period, threshold)
      )`,
    ],
  },
  {
    version: 2,
    name: 'per-State crude oil baselines (2375 para 15)',
    statements: [
      `CREATE TABLE baselines (
        state TEXT NOT NULL,
        version INTEGER NOT NULL,
        barrels_milli BIGINT,
        tonnes_milli BIGINT,
        set_at TEXT NOT NULL,
        PRIMARY KEY (state, version)
      )`,
    ],
  },
  {
    version: 3,
    name: 'products and derivation, after-cease flag, parties screened at recording, correction notices',
    statements: [
      'ALTER TABLE delivery_versions ADD COLUMN product TEXT',
      // NULL on records written before: read back from `derived` (a derived figure used the default).
      'ALTER TABLE delivery_versions ADD COLUMN derivation TEXT',
      'ALTER TABLE delivery_versions ADD COLUMN after_cease INTEGER NOT NULL DEFAULT 0',
      'ALTER TABLE delivery_versions ADD COLUMN screening TEXT',
      // INVARIANT: one correction per threshold notice (notices are never deleted: they were sent).
      `CREATE TABLE notice_corrections (
        id {{id}},
        notice_id BIGINT NOT NULL REFERENCES notices (id),
        commodity TEXT NOT NULL,
        period TEXT NOT NULL,
        threshold INTEGER NOT NULL,
        total_barrels_milli BIGINT NOT NULL,
        total_tonnes_milli BIGINT NOT NULL,
        percent DOUBLE PRECISION NOT NULL,
        delivery_id BIGINT NOT NULL REFERENCES deliveries (id),
        version INTEGER NOT NULL,
        issued_at TEXT NOT NULL,
        CONSTRAINT notice_corrections_once UNIQUE (notice_id)
      )`,
    ],
  },
  {
    version: 4,
    name: 'a reference found whatever its case (a reference differing from a stored one in case only is refused)',
    statements: ['CREATE INDEX deliveries_ref_case ON deliveries (state, upper(ref))'],
  },
];

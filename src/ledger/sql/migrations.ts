/**
 * Numbered migrations, one logical schema on both dialects (written once; `{{id}}` is the only word
 * that differs). Applied in order inside one transaction, recorded in schema_migrations. A migration is
 * never edited once released: a change is a new number.
 */
import { InterdictError } from '../../errors/index.ts';
import type { SqlDriver } from './sql-driver.ts';

interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
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
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

// SQLite: a plain INTEGER PRIMARY KEY (the rowid) rather than AUTOINCREMENT, which writes one more page
// per insert; ids are never reused because rows are never deleted.
function forDialect(sql: string, dialect: SqlDriver['dialect']): string {
  return sql.replace(/\{\{id\}\}/g, dialect === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'BIGSERIAL PRIMARY KEY');
}

/** Bring the schema up to date. Safe to call from many processes at once (one takes the lock). */
export async function migrate(driver: SqlDriver): Promise<number[]> {
  return driver.transaction(async (tx) => {
    // Postgres: DDL is transactional; the advisory lock makes concurrent openers take turns.
    if (driver.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(7271837)');
    await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const rows = await tx.all<{ version: number | string }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => Number(r.version)));
    const newest = Math.max(0, ...done);
    if (newest > SCHEMA_VERSION) {
      throw new InterdictError('LEDGER_STORE', `the ledger database is at schema version ${newest}, newer than this program knows (${SCHEMA_VERSION}); upgrade interdict`);
    }
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const s of m.statements) await tx.run(forDialect(s, driver.dialect));
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    }
    return applied;
  });
}

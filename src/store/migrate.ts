/**
 * Numbered migrations per area (the ledger, ships, the service's accounts, alerts and audit log), all in
 * one database. Each area keeps its own list; a migration is never edited once released (a change is a
 * new number). Applied in order inside one transaction, recorded in store_migrations by (area, version).
 */
import { InterdictError } from '../errors/index.ts';
import type { SqlDriver, SqlExec } from './sql-driver.ts';

export interface Migration {
  version: number;
  name: string;
  /** `{{id}}` stands for the dialect's auto-numbered primary key. */
  statements: string[];
}

// SQLite: a plain INTEGER PRIMARY KEY (the rowid) rather than AUTOINCREMENT, which writes one more page
// per insert; ids are never reused because rows are never deleted.
// `{{partition-by-range:COL}}`: PostgreSQL partitions the table by ranges of COL (SQLite has no partitions).
export function forDialect(sql: string, dialect: SqlDriver['dialect']): string {
  return sql
    .replace(/\{\{id\}\}/g, dialect === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'BIGSERIAL PRIMARY KEY')
    .replace(/\{\{partition-by-range:(\w+)\}\}/g, (_, col: string) => (dialect === 'sqlite' ? '' : ` PARTITION BY RANGE (${col})`));
}

/**
 * The tables each area's migrations make: any one of them standing is the area there (the fifth re-review renamed
 * `audit_log` and `deliveries`, the one table each was looked for by, and readers took the rest for absent). A test
 * holds these to the migrations' own CREATE TABLE statements.
 */
export const AREA_TABLES: Readonly<Record<string, readonly string[]>> = {
  service: ['audit_log', 'audit_head', 'service_users', 'subjects', 'alerts', 'suppressions', 'un_lists', 'pending_lists', 'web_signouts'],
  ledger: ['deliveries', 'delivery_versions', 'period_totals', 'notices', 'notice_corrections', 'baselines'],
  ships: ['designated_vessels', 'vessel_list_imports', 'ais_inputs', 'ais_positions', 'ais_statics', 'ais_events', 'ais_workers'],
};

/**
 * Whether any of the tables is there as the readers' own statements find it, on either dialect, without a failing
 * statement where one would end a PostgreSQL transaction. PostgreSQL: `to_regclass`, which resolves a name through
 * the search path as a query does and whatever the role's privileges (the sixth re-review: a catalog of the current
 * schema alone, and of the tables the role may read, was fooled by a schema first on the path and by revoked
 * grants). SQLite (no to_regclass): each name read as a statement reads it, so a table renamed in other letter case,
 * or a view standing for it, is found (the sixth re-review: an exact match on sqlite_master was not).
 */
async function anyTableThere(db: SqlExec, names: readonly string[]): Promise<boolean> {
  if (names.length === 0) return false;
  let postgres = true;
  try {
    const rows = await db.all<{ there: unknown }>(`SELECT (${names.map(() => 'to_regclass(?) IS NOT NULL').join(' OR ')}) AS there`, names);
    return rows[0]?.there === true;
  } catch (e) {
    if (!/to_regclass/i.test(String((e as Error).message))) throw e;
    postgres = false;
  }
  for (const name of postgres ? [] : names) {
    try {
      await db.all(`SELECT 1 FROM "${name.replace(/"/g, '""')}" LIMIT 0`);
      return true;
    } catch (e) {
      if (!missingTable(e)) throw e;
    }
  }
  return false;
}

/**
 * Whether an error says a table is not there: PostgreSQL's undefined_table, or SQLite's own message, which begins
 * so (a message that only holds the words, raised by anything else, is no missing table).
 */
const missingTable = (e: unknown): boolean => (e as { code?: string }).code === '42P01' || /^no such table: /.test(String((e as Error).message));

/**
 * Whether an area's tables exist in this database (a reader asks before it reads; it never creates them). Its
 * migration rows say so; their absence is believed only where the area's own tables are absent too: rows deleted
 * to make readers take the area for missing, and so skip the checks that hold its rows to the audit log, are the
 * tables changed outside Interdict (security re-review 4, H-1: `check --db` permitted a designated vessel). Any
 * error but a missing table is no answer either: it is raised.
 */
export async function hasArea(driver: SqlExec, area: string): Promise<boolean> {
  await refuseRewiredTables(driver);
  let recorded: boolean;
  try {
    recorded = (await driver.all('SELECT 1 FROM store_migrations WHERE area = ? LIMIT 1', [area])).length > 0;
  } catch (e) {
    if (!missingTable(e)) throw e;
    recorded = false; // no store_migrations at all: nothing was ever migrated here
  }
  if (recorded) return true;
  if (!(await anyTableThere(driver, AREA_TABLES[area] ?? []))) return false;
  // A ledger written before areas had their own numbering records its migrations in schema_migrations (`migrate`).
  if (area === 'ledger' && (await anyTableThere(driver, ['schema_migrations']))) return true;
  throw unrecordedArea(area);
}

/** Every table Interdict makes and reads, by name. */
const ALL_TABLES = ['store_migrations', 'schema_migrations', ...Object.values(AREA_TABLES).flat()];

/**
 * PostgreSQL: Interdict's tables as it made them, before any of them is read. A row-level policy, a rule, a view or a
 * temporary table standing for one runs the owner's code, or shows the owner's rows, inside the reader's session: the
 * seventh security re-review put a policy on store_migrations whose function set the session's search path to
 * temporary copies without the service, and `check --db` permitted a designated vessel while `audit verify` said
 * intact. Interdict makes none of these, so any of them, in any schema, is the tables changed outside Interdict.
 * Asked of the catalog by qualified names, so no search path of the session's changes it. SQLite has none of these
 * (its statement fails, and nothing is asked there).
 */
async function refuseRewiredTables(db: SqlExec): Promise<void> {
  let rows: { relname: string; why: string }[];
  try {
    rows = await db.all<{ relname: string; why: string }>(`SELECT c.relname,
        CASE WHEN n.nspname LIKE 'pg\\_temp%' THEN 'a temporary copy'
             WHEN c.relkind NOT IN ('r', 'p') THEN 'not a table'
             WHEN c.relrowsecurity OR EXISTS (SELECT 1 FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid) THEN 'a row-level policy'
             ELSE 'a rule' END AS why
      FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relname IN (${ALL_TABLES.map(() => '?').join(', ')}) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND (
        n.nspname LIKE 'pg\\_temp%' OR c.relkind NOT IN ('r', 'p') OR c.relrowsecurity
        OR EXISTS (SELECT 1 FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid)
        OR EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite r WHERE r.ev_class = c.oid AND r.rulename <> '_RETURN'))
      LIMIT 1`, ALL_TABLES);
  } catch (e) {
    if (/pg_catalog|pg_class|pg_namespace|no such table/i.test(String((e as Error).message))) return; // SQLite
    throw e;
  }
  const bad = rows[0];
  if (bad !== undefined) {
    throw new InterdictError('STORE_SCHEMA', `the database's table ${bad.relname} has ${bad.why} standing for it, which Interdict never makes: the tables were changed outside Interdict, so nothing in them is trusted. Restore the database from a backup you trust`);
  }
}

function unrecordedArea(area: string): InterdictError {
  return new InterdictError('STORE_SCHEMA', `the database holds the ${area} tables but no record of their migrations: they were changed outside Interdict, so nothing in them is trusted. Run "interdict audit verify" and restore the database from a backup you trust`);
}

/** A migration missing below one recorded: the tables changed outside Interdict (see `migrate`). */
function gapError(area: string, gap: Migration): InterdictError {
  return new InterdictError('STORE_SCHEMA', `the database's ${area} tables lack migration ${gap.version} (${gap.name}) though later ones are recorded: they were changed outside Interdict. Run "interdict audit verify" and restore the database from a backup you trust`);
}

/**
 * For a reader, which never migrates (check --db): an area whose tables lack a migration this version knows is
 * refused, naming it, rather than failing on a missing column. Nothing to say where the area has no tables.
 */
export async function assertSchemaCurrent(db: SqlExec, area: string, migrations: readonly Migration[]): Promise<void> {
  if (!(await hasArea(db, area))) return;
  const rows = await db.all<{ version: number | string }>('SELECT version FROM store_migrations WHERE area = ?', [area]);
  const done = new Set(rows.map((r) => Number(r.version)));
  const newest = Math.max(0, ...done);
  const pending = migrations.filter((m) => !done.has(m.version));
  const gap = pending.find((m) => m.version < newest);
  if (gap !== undefined) throw gapError(area, gap);
  if (pending.length > 0) {
    throw new InterdictError('STORE_SCHEMA', `the database's ${area} tables were written by an earlier version and lack migration ${pending.map((m) => `${m.version} (${m.name})`).join(', ')}: run "interdict db migrate" with --db naming the tables' owner, then again`);
  }
}

/** Bring one area's schema up to date. Safe to call from many processes at once (one takes the lock). */
export async function migrate(driver: SqlDriver, area: string, migrations: readonly Migration[]): Promise<number[]> {
  const known = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  return driver.transaction(async (tx) => {
    // Postgres: DDL is transactional; the advisory lock makes concurrent openers take turns.
    if (driver.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(7271837)');
    if (!(await anyTableThere(tx, ['store_migrations']))) {
      await tx.run('CREATE TABLE store_migrations (area TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (area, version))');
      // Databases written before areas had their own numbering kept the ledger's in schema_migrations.
      if (await anyTableThere(tx, ['schema_migrations'])) {
        await tx.run(`INSERT INTO store_migrations (area, version, name, applied_at) SELECT 'ledger', version, name, applied_at FROM schema_migrations`);
      }
    }
    const rows = await tx.all<{ version: number | string }>('SELECT version FROM store_migrations WHERE area = ?', [area]);
    const done = new Set(rows.map((r) => Number(r.version)));
    const newest = Math.max(0, ...done);
    // The area's tables there without a record of their migrations: not made again over them (it failed half-way,
    // "table service_users already exists"); refused, as a reader refuses it (`hasArea`).
    if (done.size === 0 && (await anyTableThere(tx, AREA_TABLES[area] ?? []))) throw unrecordedArea(area);
    if (newest > known) {
      throw new InterdictError('STORE_SCHEMA', `the database's ${area} tables are at schema version ${newest}, newer than this program knows (${known})`);
    }
    // A migration missing below one recorded (its row deleted, as if its change were undone) is no upgrade to make:
    // applying it again over tables that hold its change fails half-way, and over tables whose change was undone (an
    // audit column dropped) it would make them look as an earlier version wrote them. Refused, naming it.
    const gap = migrations.find((m) => !done.has(m.version) && m.version < newest);
    if (gap !== undefined) throw gapError(area, gap);
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      try {
        for (const s of m.statements) await tx.run(forDialect(s, driver.dialect));
      } catch (e) {
        // A service role that may use the tables but not change them (docs/service.md, Security).
        if ((e as { code?: string }).code === '42501') {
          throw new InterdictError('STORE_SCHEMA', `the database's ${area} tables need migration ${m.version} (${m.name}), and the role connected may not change tables: run "interdict db migrate" (or "interdict db grant ROLE") with --db naming the tables' owner`);
        }
        throw e;
      }
      await tx.run('INSERT INTO store_migrations (area, version, name, applied_at) VALUES (?, ?, ?, ?)', [area, m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    }
    return applied;
  });
}

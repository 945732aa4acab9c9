/**
 * Whole tables held to the audit log, for the reads that act on every row of them: `check` on the cap
 * ledger (a cease notice deleted in the database would turn a prohibited delivery into a conditional one,
 * and leave no trace once put back) and a list update's re-screen on the subjects (a customer renamed
 * there for the moment of the re-screen would open no alert). Row by row lookups (row-guard.ts) would
 * read the log once per row; here the digests every trusted entry recorded are collected once per open
 * database and brought up to date from the entries added since, so a read costs the table's rows and the
 * new entries only. The log is append-only and its entries are written in `seq` order under the chain's
 * lock, so what was collected stays true.
 */
import type { SqlExec } from '../../store/index.ts';
import { hasArea } from '../../store/migrate.ts';
import { COLUMNS, trustedEntry, type AuditRow } from './audit-log.ts';
import { firstMacSeq } from './mac-start.ts';
import { BASELINE_TARGET } from './audit-baseline.ts';
import { allRowDigests, AUDITED_TABLES, presentTables, rowDigest, rowName } from './audit-rows.ts';

/**
 * The audit entries that can name rows of some tables (every baseline names every row): the SQL
 * condition on `target`, its parameters, and the tables whose rows are collected from them. Families
 * reading the same entries share one collection (the ledger whole, and its small tables).
 */
export interface EntryTargets {
  sql: string;
  params: readonly unknown[];
  tables: readonly string[];
}

/** Tables held together, and the entries that name their rows. */
export interface TableFamily {
  tables: readonly string[];
  targets: EntryTargets;
}

const family = (targets: EntryTargets, tables: readonly string[] = targets.tables): TableFamily => ({ tables, targets });
const targets = (sql: string, tables: readonly string[]): EntryTargets => ({ sql, params: [BASELINE_TARGET], tables });

const LEDGER_ENTRIES = targets("(target LIKE 'delivery:%' OR target LIKE 'baseline:%' OR target = ?)", ['deliveries', 'delivery_versions', 'period_totals', 'notices', 'notice_corrections', 'baselines']);

export const LEDGER_TABLES = family(LEDGER_ENTRIES);

/** The ledger's small tables (a few rows per period): a write reads them whole. */
export const LEDGER_SMALL_TABLES = family(LEDGER_ENTRIES, ['period_totals', 'notices', 'notice_corrections', 'baselines']);

/** The UN lists stored (the newest is the one in use: deleting it would bring back the one before). */
export const LIST_TABLES = family(targets("(target LIKE 'list:%' OR target = ?)", ['un_lists']));

/** The 1718 vessels lists imported (the newest is the one check screens against). */
export const VESSEL_LIST_TABLES = family(targets("(target LIKE 'vessels:%' OR target = ?)", ['vessel_list_imports']));

/** The suppressions: an alert's confirmation as a false positive records its subject's and reference's row,
 *  whichever alert it was; only the newest of those entries says what the row is. */
export const SUPPRESSION_TABLES = family(targets("(target LIKE 'alert:%' OR target = ?)", ['suppressions']));

/** The designated vessels of every import (an import's entry names its own; a baseline names every row). */
export const DESIGNATED_VESSEL_TABLES = family(targets("(target LIKE 'vessels:%' OR target = ?)", ['designated_vessels']));

export const SUBJECT_TABLES = family(targets("(target = 'subjects' OR target LIKE 'subject:%' OR target = ?)", ['subjects']));

/** The newest entry's number, read from the log itself (audit_head is a row the service's role may set back). */
async function logHead(db: SqlExec): Promise<number> {
  return Number((await db.all<{ seq: unknown }>('SELECT MAX(seq) AS seq FROM audit_log'))[0]?.seq ?? 0);
}

/** The table a row name ("table:key") is of. */
const tableOf = (name: string): string => name.slice(0, name.indexOf(':'));

interface Recorded {
  /** The first entry with a MAC when collected: should it change, what was trusted is collected again. */
  macsFrom: number;
  /** The newest trusted entry read (later ones, if any, were untrusted and are read again). */
  after: number;
  /** Its hash: an entry read inside a writer's transaction that then rolled back is gone, and another may
   *  take its number; what was collected then is collected again. */
  afterHash: string;
  /** Row name → the digest its newest trusted entry recorded (null: recorded gone) and that entry's seq. */
  rows: Map<string, { digest: string | null; seq: number }>;
}

const PAGE = 2000;
/** Per open database (the object that reads it) and set of entries. */
const kept = new WeakMap<object, Map<EntryTargets, Recorded>>();

async function recorded(db: SqlExec, entries: EntryTargets, owner: object): Promise<Recorded> {
  const macsFrom = await firstMacSeq(db);
  const byEntries = kept.get(owner) ?? new Map<EntryTargets, Recorded>();
  kept.set(owner, byEntries);
  let r = byEntries.get(entries);
  if (r !== undefined && r.after > 0) {
    const [at] = await db.all<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = ?', [r.after]);
    if (at?.hash !== r.afterHash) r = undefined;
  }
  if (r === undefined || r.macsFrom !== macsFrom) {
    r = { macsFrom, after: 0, afterHash: '', rows: new Map() };
    byEntries.set(entries, r);
  }
  const tables = new Set(entries.tables);
  // What is kept moves only to the newest entry Interdict wrote: one a database user added far beyond the
  // head would otherwise be moved past, and with it the entries Interdict writes below it, never collected
  // (their rows refused as planted, or a state the log no longer vouches for taken as recorded). Entries
  // passed over are read again next time, and passed over again.
  for (let at = r.after; ;) {
    const page = await db.all<AuditRow>(`SELECT ${COLUMNS}, mac FROM audit_log WHERE seq > ? AND ${entries.sql} ORDER BY seq LIMIT ?`, [at, ...entries.params, PAGE]);
    for (const row of page) {
      const e = trustedEntry(row, macsFrom); // an entry a database user added is neither trusted nor able to lock a row out
      if (e === undefined) continue;
      r.after = e.seq;
      r.afterHash = e.hash;
      const digests = e.detail.rowDigests;
      if (digests === null || typeof digests !== 'object') continue;
      for (const [name, d] of Object.entries(digests)) {
        if (tables.has(tableOf(name))) r.rows.set(name, { digest: typeof d === 'string' ? d : null, seq: e.seq });
      }
    }
    if (page.length > 0) at = Number(page[page.length - 1]!.seq);
    if (page.length < PAGE) return r;
  }
}

/**
 * The first row of the family's tables that is not what its newest trusted entry recorded (changed, added
 * or deleted in the database outside Interdict), by its name ("table:key"), or undefined when every row
 * is as recorded. A database without the service's log has nothing to hold its rows to: undefined.
 * Read outside a writer's lock, the rows are read before the entries (a row and its entry commit
 * together), and a row missing counts only when its entry was written before the rows were read; a row
 * another writer changes between the two reads looks changed, so a disagreement is read again, and only
 * one that stays is answered.
 */
export async function rowNotAsRecorded(db: SqlExec, family: TableFamily, owner: object = db): Promise<string | undefined> {
  return disagreement(db, family, owner, 'rows');
}

/**
 * The first row of the family's tables an entry recorded and that is gone (deleted in the database), or
 * undefined. Reads the tables' keys only: for tables whose newest row is the one in use (the UN list, the
 * vessels list), where deleting it would quietly bring back the one before.
 */
export async function rowRecordedMissing(db: SqlExec, family: TableFamily, owner: object = db): Promise<string | undefined> {
  return disagreement(db, family, owner, 'missing');
}

async function disagreement(db: SqlExec, family: TableFamily, owner: object, what: 'rows' | 'missing'): Promise<string | undefined> {
  if (!(await hasArea(db, 'service'))) return undefined;
  let found: string | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    found = await firstDisagreement(db, family, owner, what);
    if (found === undefined) return undefined;
  }
  return found;
}

async function firstDisagreement(db: SqlExec, family: TableFamily, owner: object, what: 'rows' | 'missing'): Promise<string | undefined> {
  // The newest entry from the log itself (audit_head is a row the service's role may set back).
  const head = await logHead(db);
  const present = new Set(await presentTables(db));
  const now = new Map<string, string | undefined>();
  for (const table of family.tables) {
    if (!present.has(table)) continue;
    if (what === 'rows') {
      for await (const { name, digest } of allRowDigests(db, table)) now.set(name, digest);
    } else {
      const key = AUDITED_TABLES[table]!.key;
      for (const r of await db.all<Record<string, unknown>>(`SELECT ${key.join(', ')} FROM ${table}`)) now.set(rowName(table, key.map((k) => r[k])), undefined);
    }
  }
  const rec = await recorded(db, family.targets, owner);
  if (what === 'rows') for (const [name, digest] of now) if (rec.rows.get(name)?.digest !== digest) return name;
  return recordedNotIn(rec, head, family.tables, now);
}

/** A row of `tables` recorded present by an entry up to `head` that is not among the rows read. */
function recordedNotIn(rec: Recorded, head: number, tables: readonly string[], read: ReadonlyMap<string, unknown>): string | undefined {
  const mine = new Set(tables);
  for (const [name, r] of rec.rows) if (r.digest !== null && r.seq <= head && mine.has(tableOf(name)) && !read.has(name)) return name;
  return undefined;
}

/**
 * The keys of one table of the family, read in one statement, and the first row an entry recorded that
 * is not among them (undefined: none). For a reader that decides on the keys it read (the newest UN list
 * is the one in use): what it decides on is what was held, whatever another connection does between two
 * statements (the newest row deleted for the moment of the first read and put back before the second would
 * otherwise bring an older list back unseen). The log's newest entry is read first, so a row stored since
 * is read or not counted.
 */
export async function keysHeld(db: SqlExec, family: TableFamily, table: string, owner: object = db): Promise<{ keys: Record<string, unknown>[]; missing: string | undefined }> {
  const key = AUDITED_TABLES[table]!.key;
  const read = async () => db.all<Record<string, unknown>>(`SELECT ${key.join(', ')} FROM ${table}`);
  if (!(await hasArea(db, 'service'))) return { keys: await read(), missing: undefined };
  let out: { keys: Record<string, unknown>[]; missing: string | undefined } = { keys: [], missing: undefined };
  // A disagreement is read again, as above; only one that stays is answered.
  for (let attempt = 0; attempt < 3; attempt++) {
    const head = await logHead(db);
    const keys = await read();
    const names = new Map(keys.map((r) => [rowName(table, key.map((k) => r[k])), r]));
    out = { keys, missing: recordedNotIn(await recorded(db, family.targets, owner), head, [table], names) };
    if (out.missing === undefined) break;
  }
  return out;
}

/**
 * The first of a table's rows matching `where` (SQL over its columns, with `params`) that is not what its
 * newest trusted entry recorded, by name, or undefined: for a write that reads a few rows of a large
 * table (a delivery and its versions), held as the whole table would be, without reading the rest.
 * For use in a writer's transaction, after the chain's lock (nothing else writes meanwhile).
 */
export async function rowWhereNotAsRecorded(tx: SqlExec, family: TableFamily, table: string, where: string, params: readonly unknown[], owner: object): Promise<string | undefined> {
  if (!(await hasArea(tx, 'service')) || !(await presentTables(tx)).includes(table)) return undefined;
  const t = AUDITED_TABLES[table]!;
  const rows = await tx.all<Record<string, unknown>>(`SELECT ${t.columns.join(', ')} FROM ${table} WHERE ${where}`, params);
  if (rows.length === 0) return undefined;
  const rec = await recorded(tx, family.targets, owner);
  for (const r of rows) {
    const name = rowName(table, t.key.map((k) => r[k]));
    if (rec.rows.get(name)?.digest !== rowDigest(table, r)) return name;
  }
  return undefined;
}

/**
 * Whether a row already read (every audited column) is what the newest trusted entry of the family that
 * names it recorded: where the entries that may name it are not known from the row itself (a suppression
 * names its latest alert, which an older version of the row, put back, would name too).
 */
export async function rowReadIsAsRecorded(tx: SqlExec, family: TableFamily, table: string, row: Record<string, unknown>, owner: object): Promise<boolean> {
  if (!(await hasArea(tx, 'service'))) return true;
  const name = rowName(table, AUDITED_TABLES[table]!.key.map((k) => row[k]));
  return (await recorded(tx, family.targets, owner)).rows.get(name)?.digest === rowDigest(table, row);
}

/**
 * The first row of `table` whose key starts with `keyPrefix` that an entry of the family recorded present
 * and that is not among `read` (row names), or undefined: the rows of one import that are gone. Read in the
 * same snapshot as `read`.
 */
export async function recordedMissingUnder(db: SqlExec, family: TableFamily, table: string, keyPrefix: readonly unknown[], read: ReadonlySet<string>, owner: object): Promise<string | undefined> {
  if (!(await hasArea(db, 'service'))) return undefined;
  const head = await logHead(db);
  const prefix = `${rowName(table, keyPrefix)}/`;
  for (const [name, r] of (await recorded(db, family.targets, owner)).rows) {
    if (r.digest !== null && r.seq <= head && name.startsWith(prefix) && !read.has(name)) return name;
  }
  return undefined;
}

/**
 * What each audited row held when it was last changed through Interdict: every audit entry names the
 * rows its change wrote with a content hash of each (one function, rowDigest, for every table), and
 * `audit verify` compares every current row with the last entry that names it. A row changed, added or
 * deleted by a database user, without an entry, is then a disagreement verify names.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { SqlExec } from '../../store/index.ts';

interface AuditedTable {
  key: readonly string[];
  columns: readonly string[];
}

/** The tables whose rows are audited, their keys and every column that says something. */
export const AUDITED_TABLES: Readonly<Record<string, AuditedTable>> = {
  service_users: {
    key: ['name'],
    columns: ['name', 'roles', 'state', 'key_hash', 'created_at', 'created_by', 'revoked_at', 'revoked_by', 'pending_roles', 'pending_by', 'pending_at', 'key_by', 'key_seen'],
  },
  subjects: { key: ['id'], columns: ['id', 'name', 'dob', 'nationality', 'type', 'fingerprint', 'created_at', 'updated_at', 'removed_at', 'removed_by'] },
  alerts: {
    key: ['id'],
    columns: ['id', 'subject_id', 'subject_json', 'list_ref', 'status', 'score', 'band', 'match_json', 'algorithm', 'list_version', 'record_fp', 'subject_fp', 'opened_at', 'opened_by',
      'disposition', 'note', 'expires', 'proposed_by', 'proposed_at', 'confirmed_by', 'confirmed_at', 'confirm_note', 'assigned_to', 'closed_reason', 'kind', 'event_id'],
  },
  suppressions: { key: ['subject_id', 'list_ref'], columns: ['subject_id', 'list_ref', 'record_fp', 'subject_fp', 'expires', 'alert_id', 'created_at'] },
  un_lists: {
    key: ['id'],
    columns: ['id', 'version', 'sha256', 'date_generated', 'source', 'xml_gz', 'records', 'added', 'changed', 'removed', 'rescreened', 'alerts_opened', 'loaded_at', 'loaded_by'],
  },
  vessel_list_imports: { key: ['id'], columns: ['id', 'version', 'source', 'vessels', 'imported_at'] },
  designated_vessels: { key: ['import_id', 'imo'], columns: ['import_id', 'imo', 'name', 'mmsi', 'flag', 'callsign', 'vessel_type', 'designated', 'owner', 'legal_bases'] },
  pending_lists: { key: ['id'], columns: ['id', 'version', 'sha256', 'base_sha256', 'xml_gz', 'diff_json', 'requested_by', 'requested_at'] },
  // The cap ledger (its own area): every write through Interdict, CLI or API, names the rows it wrote.
  deliveries: { key: ['id'], columns: ['id', 'state', 'ref', 'current_version', 'created_at'] },
  delivery_versions: {
    key: ['delivery_id', 'version'],
    columns: ['delivery_id', 'version', 'commodity', 'period', 'delivery_date', 'barrels_milli', 'tonnes_milli', 'derived', 'factor', 'reported_at', 'vessel', 'parties',
      'late', 'exceeds_cap', 'exceeds_baseline', 'recorded_at', 'amended_by', 'reason', 'product', 'derivation', 'after_cease', 'screening'],
  },
  period_totals: { key: ['commodity', 'period'], columns: ['commodity', 'period', 'barrels_milli', 'tonnes_milli', 'records'] },
  notices: { key: ['id'], columns: ['id', 'commodity', 'period', 'threshold', 'cease', 'total_barrels_milli', 'total_tonnes_milli', 'percent', 'delivery_id', 'version', 'issued_at'] },
  notice_corrections: {
    key: ['id'],
    columns: ['id', 'notice_id', 'commodity', 'period', 'threshold', 'total_barrels_milli', 'total_tonnes_milli', 'percent', 'delivery_id', 'version', 'issued_at'],
  },
  baselines: { key: ['state', 'version'], columns: ['state', 'version', 'barrels_milli', 'tonnes_milli', 'set_at'] },
};

/**
 * What the digests cover changes with AUDITED_TABLES: this number says which definition a baseline was
 * recorded under. A database whose newest baseline is older records a new one when it is opened
 * (audit-baseline.ts). 1: the first; 2: the cap ledger's tables, alerts' kind, event, assignee and closing
 * reason, subjects' removal.
 */
export const ROW_DIGESTS_VERSION = 2;

/** Tables of other areas, present once that area's tables exist (not created by the service). */
const AREA_TABLES: Readonly<Record<string, string>> = {
  vessel_list_imports: 'ships', designated_vessels: 'ships',
  deliveries: 'ledger', delivery_versions: 'ledger', period_totals: 'ledger', notices: 'ledger', notice_corrections: 'ledger', baselines: 'ledger',
};

/** A row an audit entry speaks for: its table and key values. */
export interface RowRef {
  table: string;
  key: readonly unknown[];
}

// Drivers return numbers and big integers differently (PostgreSQL's BIGINT as text): every value as text.
const norm = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The name an entry gives a row: "table:key1/key2". */
export function rowName(table: string, key: readonly unknown[]): string {
  return `${table}:${key.map((k) => encodeURIComponent(String(k))).join('/')}`;
}

/** The content hash of one row: SHA-256 of the canonical JSON of its columns, as text. */
export function rowDigest(table: string, row: Record<string, unknown>): string {
  const t = AUDITED_TABLES[table]!;
  return createHash('sha256').update(canonicalize(t.columns.map((c) => norm(row[c]))) ?? '').digest('hex');
}

/** The digests of the named rows as they are now (null: no such row), inside the writer's transaction. */
/** `lock`: a writer's row lock clause (SqlTx.forUpdate), for a row read to be changed. */
export async function digestRows(tx: SqlExec, refs: readonly RowRef[], lock = ''): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const r of refs) {
    const t = AUDITED_TABLES[r.table];
    if (t === undefined) throw new Error(`${r.table} is not an audited table`);
    const rows = await tx.all<Record<string, unknown>>(`SELECT ${t.columns.join(', ')} FROM ${r.table} WHERE ${t.key.map((k) => `${k} = ?`).join(' AND ')}${lock}`, [...r.key]);
    out[rowName(r.table, r.key)] = rows[0] === undefined ? null : rowDigest(r.table, rows[0]);
  }
  return out;
}

/** The audited tables this database holds (the ships area's exist once a vessel list was imported, the ledger's once it was opened). */
export async function presentTables(db: SqlExec): Promise<string[]> {
  const areas = new Set((await db.all<{ area: string }>("SELECT DISTINCT area FROM store_migrations WHERE area IN ('ships', 'ledger')")).map((r) => r.area));
  return Object.keys(AUDITED_TABLES).filter((t) => AREA_TABLES[t] === undefined || areas.has(AREA_TABLES[t]));
}

/**
 * Every row of an audited table, a page at a time, in key order: its name and digest. Each page starts
 * after the last key read (not at an offset, which would step over every row before it again).
 */
export async function* allRowDigests(db: SqlExec, table: string): AsyncGenerator<{ name: string; digest: string }> {
  const t = AUDITED_TABLES[table]!;
  const PAGE = 2000;
  const keys = t.key.join(', ');
  for (let after: unknown[] | undefined; ;) {
    const where = after === undefined ? '' : ` WHERE (${keys}) > (${after.map(() => '?').join(', ')})`;
    const rows = await db.all<Record<string, unknown>>(`SELECT ${t.columns.join(', ')} FROM ${table}${where} ORDER BY ${keys} LIMIT ?`, [...(after ?? []), PAGE]);
    for (const r of rows) yield { name: rowName(table, t.key.map((k) => r[k])), digest: rowDigest(table, r) };
    if (rows.length < PAGE) return;
    after = t.key.map((k) => rows[rows.length - 1]![k]);
    await new Promise<void>((resolve) => setImmediate(resolve)); // other requests run between pages
  }
}

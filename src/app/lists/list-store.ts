/**
 * The UN list in use lives in the database (its XML, compressed), not in a process: every server on one
 * database screens against the same list, and a list loaded through one is used by all. Each process
 * keeps the parsed list and its index for the row it last saw, and looks for a newer row when asked.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { InterdictError } from '../../errors/index.ts';
import { buildIndex, type ScreeningIndex } from '../../screening/index.ts';
import { bundledListPath, loadUnList, type UnList } from '../../screening/un-list/index.ts';
import type { SqlExec, SqlTx } from '../../store/index.ts';
import { hasArea } from '../../store/migrate.ts';
import { lockChain } from '../audit/audit-log.ts';
import { keysHeld, LIST_TABLES } from '../audit/recorded-rows.ts';
import { assertRowAsRecorded, tampered } from '../audit/row-guard.ts';
import { bundledAs } from './bundled-as.ts';
import { earlierRows, readFormerlyListed, type FormerlyListed } from './formerly-listed.ts';
import { fingerprintsOf } from './list-fingerprints.ts';
import { parseListOffThread } from './parse-off-thread.ts';

export { fingerprintsOf };

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

export interface ListInUse {
  rowId: number;
  list: UnList;
  index: ScreeningIndex;
  /** A fingerprint of each record (by reference) that changes exactly when the record is amended. */
  fingerprints: ReadonlyMap<string, string>;
  loadedAt: string;
  loadedBy: string;
}

interface ListRow {
  id: unknown;
  version: string;
  sha256: string;
  source: string;
  xml_gz: string | null;
  loaded_at: string;
  loaded_by: string;
}

/** Every column of a list row its audit entries' digests cover (audit-rows.ts). */
const LIST_COLUMNS = 'id, version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by';

/** A stored list and its index: this version's bundled snapshot from disk (its parse cached), another in a worker thread. */
async function loadRow(row: Pick<ListRow, 'version' | 'sha256' | 'source' | 'xml_gz'>): Promise<{ list: UnList; index?: ScreeningIndex; fingerprints?: Map<string, string> }> {
  // The bundled row of this version is read from the snapshot (its parse cached on disk), as it always was.
  const bundled = row.xml_gz === null || row.source === 'bundled' ? bundledAs(row) : undefined;
  if (bundled !== undefined) return { list: bundled };
  // Never another list than the one the row (and its entry) names: the one error that cannot be taken back
  // is a party cleared against a list the database does not say is in use.
  if (row.xml_gz === null) throw listNotHeld(row);
  return parseListOffThread(await gunzipAsync(Buffer.from(row.xml_gz, 'base64')), 'uploaded');
}

/** The list in use is a row without its XML that is not this version's bundled snapshot. */
function listNotHeld(row: Pick<ListRow, 'version' | 'sha256'>): InterdictError {
  return new InterdictError(
    'LIST_NOT_HELD',
    `the database's list in use, ${row.version.slice(0, 80)}, is the snapshot an earlier version of Interdict bundled, stored without its XML, and this version bundles another (${loadUnList().version.id}): nothing is screened until that list's file (SHA-256 ${row.sha256.slice(0, 64)}) is loaded again ("interdict lists load FILE", or POST /v1/lists), which gives the stored row its XML`,
    {},
  );
}

/** How stale a process's view of the list in use may be for a read (a list update elsewhere shows within this). */
export const LIST_MAX_AGE_MS = 1000;

export class ListCache {
  private cached: ListInUse | undefined;
  private checkedAt = 0;
  /** A list being read (several requests seeing a new list at once wait for one parse). */
  private loading: { id: number; done: Promise<ListInUse> } | undefined;

  /**
   * The list in use. `maxAgeMs` > 0 lets a read trust what this process saw that recently (screening
   * requests), so a list loaded through another process is used within that bound; writes pass 0.
   */
  /** The list in use for a read (screening, check, a page): what this process saw within LIST_MAX_AGE_MS. */
  recent(db: SqlExec): Promise<ListInUse> {
    return this.current(db, LIST_MAX_AGE_MS);
  }

  async current(db: SqlExec, maxAgeMs = 0): Promise<ListInUse> {
    const now = Date.now();
    if (this.cached !== undefined && now - this.checkedAt < maxAgeMs) return this.cached;
    // The newest row is the list in use: a newer one deleted in the database would bring an older one back,
    // or keep this process on the one it has while others moved on. Looked at whenever the list is (not
    // only when the newest row changes), and in the same read as the newest id is taken from: read apart,
    // the newest row deleted for the moment of one read and put back for the other would pass.
    const { keys, missing } = await keysHeld(db, LIST_TABLES, 'un_lists', this);
    if (missing !== undefined) throw tampered(`the UN lists stored (${missing})`);
    const id = keys.reduce((max, r) => Math.max(max, Number(r.id)), 0);
    if (this.cached === undefined || this.cached.rowId !== id) {
      if (this.loading?.id !== id) {
        const done = (async () => {
          const rows = await db.all<ListRow>(`SELECT ${LIST_COLUMNS} FROM un_lists WHERE id = ?`, [id]);
          // The list every screening and check uses: only one Interdict stored (row-guard.ts). A row a database
          // user added or changed is refused, never screened against, and never kept once it is gone.
          // A row read as the newest and gone now was deleted meanwhile: never the bundled list instead.
          if (rows[0] === undefined && id > 0) throw tampered(`the UN list in use (row ${id}), there when the newest was looked for and gone just after`);
          if (rows[0] !== undefined) await assertRowAsRecorded(db, 'un_lists', rows[0] as unknown as Record<string, unknown>, [id], [`list:${rows[0].version}`], `the UN list in use (${rows[0].version.slice(0, 80)})`);
          const row = rows[0];
          // No row at all (a database the service has not opened yet): the bundled snapshot.
          if (row === undefined) return this.make(0, loadUnList(), '', 'bundled');
          const { list, index, fingerprints } = await loadRow(row);
          return this.make(Number(row.id), list, row.loaded_at, row.loaded_by, index, fingerprints);
        })();
        this.loading = { id, done };
        void done.catch(() => undefined).finally(() => {
          if (this.loading?.done === done) this.loading = undefined;
        });
      }
      const loaded = await this.loading!.done;
      // A newer list may have been remembered meanwhile: never go back to an older one.
      if (this.cached === undefined || this.cached.rowId <= loaded.rowId) this.cached = loaded;
    }
    this.checkedAt = now;
    return this.cached;
  }

  private former: FormerlyListed | undefined;
  private formerLoading: { key: string; done: Promise<FormerlyListed> } | undefined;

  /**
   * The records on earlier stored lists that are not on `inUse` (formerly-listed.ts), or undefined when the
   * database holds no earlier list. Read once per list in use and set of stored rows (their ids and digests
   * of content): a check asks on every request, and parsing the earlier lists is the expensive part.
   */
  async formerly(db: SqlExec, inUse: ListInUse): Promise<FormerlyListed | undefined> {
    const { key, ids } = await earlierRows(db, inUse, this);
    if (ids.length === 0) return undefined;
    if (this.former?.key === key) return this.former;
    if (this.formerLoading?.key !== key) {
      const done = readFormerlyListed(db, inUse, key, ids);
      this.formerLoading = { key, done };
      void done.catch(() => undefined).finally(() => {
        if (this.formerLoading?.done === done) this.formerLoading = undefined;
      });
    }
    const read = await this.formerLoading!.done;
    this.former = read;
    return read;
  }

  /** Remember a list this process has just stored (no need to read it back). */
  remember(rowId: number, list: UnList, loadedAt: string, loadedBy: string, index?: ScreeningIndex, fingerprints?: ReadonlyMap<string, string>): ListInUse {
    this.cached = this.make(rowId, list, loadedAt, loadedBy, index, fingerprints);
    this.checkedAt = Date.now();
    return this.cached;
  }

  private make(rowId: number, list: UnList, loadedAt: string, loadedBy: string, index?: ScreeningIndex, fingerprints?: ReadonlyMap<string, string>): ListInUse {
    if (this.cached !== undefined && this.cached.list === list) return { ...this.cached, rowId, loadedAt, loadedBy };
    return { rowId, list, index: index ?? buildIndex(list), fingerprints: fingerprints ?? fingerprintsOf(list), loadedAt, loadedBy };
  }
}

/** A row of `un_lists` as the history reads it (integers `unknown`: a BIGINT is a string from PostgreSQL). */
interface ListHistoryRow {
  id: unknown;
  version: string;
  sha256: string;
  date_generated: string;
  source: string;
  records: unknown;
  added: unknown;
  changed: unknown;
  removed: unknown;
  rescreened: unknown;
  alerts_opened: unknown;
  loaded_at: string;
  loaded_by: string;
}

/** One list loaded, as `GET /v1/list` and the list page show the history. */
export interface ListHistoryEntry {
  id: number;
  version: string;
  sha256: string;
  dateGenerated: string;
  source: string;
  records: number;
  added: number;
  changed: number;
  removed: number;
  rescreened: number;
  alertsOpened: number;
  loadedAt: string;
  loadedBy: string;
}

/** The list history, newest first. */
export async function listHistory(db: SqlExec): Promise<ListHistoryEntry[]> {
  const rows = await db.all<ListHistoryRow>(
    'SELECT id, version, sha256, date_generated, source, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by FROM un_lists ORDER BY id DESC',
  );
  return rows.map((r) => ({
    id: Number(r.id), version: r.version, sha256: r.sha256, dateGenerated: r.date_generated, source: r.source, records: Number(r.records),
    added: Number(r.added), changed: Number(r.changed), removed: Number(r.removed), rescreened: Number(r.rescreened),
    alertsOpened: Number(r.alerts_opened), loadedAt: r.loaded_at, loadedBy: r.loaded_by,
  }));
}

/**
 * A database with no list row yet starts on the bundled snapshot, recorded as the first list in use with its
 * XML (compressed, as an uploaded list is): the row says what it is whatever version of Interdict reads it
 * later, one that bundles another snapshot included (the formerly-listed records of a past transaction are
 * read from it, formerly-listed.ts).
 */
export async function ensureListRow(tx: SqlTx): Promise<void> {
  await lockChain(tx); // one process records it
  const any = await tx.all('SELECT 1 FROM un_lists LIMIT 1');
  if (any.length > 0) return;
  const xml = readFileSync(bundledListPath());
  const list = loadUnList();
  // The bytes compressed are the bytes the list (and its SHA-256) was read from: a file changed in between is
  // not stored under another's name.
  if (sha256Of(xml) !== list.version.sha256) throw new InterdictError('LIST_INVALID', 'the bundled list file changed while it was read', { file: bundledListPath() });
  const gz = (await gzipAsync(xml)).toString('base64');
  // Before the audit baseline of a new database (openService), which records it: the list in use is always
  // one an entry vouches for (ListCache).
  await tx.run(
    'INSERT INTO un_lists (version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?)',
    [list.version.id, list.version.sha256, list.version.dateGenerated, 'bundled', gz, list.records.length, new Date().toISOString(), 'bundled'],
  );
}

const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The list in use in an open database that holds the service's tables (read as the service reads it), or
 *  undefined for one that does not: `check --db` and a delivery's parties at the CLI read it so. */
export async function listInUseIn(db: SqlExec): Promise<ListInUse | undefined> {
  if (!(await hasArea(db, 'service'))) return undefined;
  return new ListCache().current(db);
}

/** The same with the records earlier stored lists held and the list in use does not (`check --db`). */
export async function listsForCheckIn(db: SqlExec): Promise<{ listInUse: ListInUse; formerlyListed?: FormerlyListed } | undefined> {
  if (!(await hasArea(db, 'service'))) return undefined;
  const lists = new ListCache();
  const listInUse = await lists.current(db);
  const formerlyListed = await lists.formerly(db, listInUse);
  return { listInUse, ...(formerlyListed && { formerlyListed }) };
}

/**
 * The records a past transaction may have dealt with while they were listed: every record on an earlier
 * list the database stored (un_lists keeps each list loaded) that is not on the list in use, each with the
 * day it left: the dateGenerated of the first stored list without it, after the last one with it. `check`
 * screens a transaction's parties against them too, and reviews a match with one that left after the
 * transaction's date (party-reasons.ts): screening a 2019 payment against today's list alone would clear a
 * party delisted since.
 *
 * Reading the earlier lists is the expensive part (each one parsed, in a worker thread): it is done once per
 * list in use and set of stored lists (ListCache.formerly), and not at all for a database that holds one list.
 */
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { buildIndex, createPartyScreener, type ScreeningIndex } from '../../screening/index.ts';
import { loadUnList, type ListRecord, type UnList } from '../../screening/un-list/index.ts';
import type { PartyScreener } from '../../law/party-screening.ts';
import type { SqlExec } from '../../store/index.ts';
import { keysHeld, LIST_TABLES } from '../audit/recorded-rows.ts';
import { assertRowAsRecorded, tampered } from '../audit/row-guard.ts';
import type { ListInUse } from './list-store.ts';
import { fingerprintsOf } from './list-fingerprints.ts';
import { parseListOnlyOffThread } from './parse-off-thread.ts';

const gunzipAsync = promisify(gunzip);

export interface FormerRecord {
  record: ListRecord;
  /** YYYY-MM-DD: the day of the first stored list without it. */
  listedUntil: string;
  /** The version id of the last stored list that held it. */
  lastListVersion: string;
}

export interface FormerlyListed {
  /** Which list in use and stored lists this was read from (ListCache keeps it while they stay). */
  key: string;
  records: ReadonlyMap<string, FormerRecord>;
  /**
   * The formerly-listed records alone, indexed: a name's score against a record depends on the two alone
   * (recall only narrows which records are compared, never which are missed), so it is what it was against
   * the list that held them, at a fraction of the cost of indexing the whole list again (tested:
   * check-formerly-listed.test.ts). Undefined when no record left.
   */
  index?: ScreeningIndex;
}

/** Every column of a list row its audit entries' digests cover (as list-store.ts reads the list in use). */
const LIST_COLUMNS = 'id, version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by';

interface StoredRow {
  id: unknown;
  sha256: string;
}

interface FullRow extends StoredRow {
  version: string;
  date_generated: string;
  xml_gz: string | null;
}

/** The stored lists before the list in use, oldest first, as the key of what is read from them. */
export async function earlierRows(db: SqlExec, inUse: ListInUse, owner: object): Promise<{ key: string; ids: number[] }> {
  // Which earlier lists there are comes from the same read that finds none the log recorded gone: read apart,
  // an earlier list deleted for the moment of that read would clear its records for every past transaction.
  const { keys, missing } = await keysHeld(db, LIST_TABLES, 'un_lists', owner);
  if (missing !== undefined) throw tampered(`the UN lists stored (${missing})`);
  const ids = keys.map((r) => Number(r.id)).filter((id) => id < inUse.rowId).sort((a, b) => a - b);
  // Their digests only name the cache's entry: each row is held to its entry when it is read.
  const sha = new Map((await db.all<StoredRow>('SELECT id, sha256 FROM un_lists WHERE id < ?', [inUse.rowId])).map((r) => [Number(r.id), r.sha256]));
  return { key: `${inUse.rowId}:${inUse.list.version.sha256}|${ids.map((id) => `${id}:${sha.get(id) ?? ''}`).join(',')}`, ids };
}

/** Read the earlier stored lists (each only as an audit entry recorded it) and keep what left. */
export async function readFormerlyListed(db: SqlExec, inUse: ListInUse, key: string, ids: readonly number[]): Promise<FormerlyListed> {
  // A record counts as the list in use holding it only as it was: a reference the list in use gives to other
  // names (one admin's upload may add a record under a reference that left) leaves the earlier names listed
  // until they left, as a renamed record would.
  const current = new Map(inUse.list.records.map((r) => [r.ref.trim(), inUse.fingerprints.get(r.ref)]));
  const last = new Map<string, { record: ListRecord; at: number }>();
  const dates: string[] = [];
  const versions: string[] = [];
  let previous: { sha256: string; list: UnList } | undefined;
  for (let at = 0; at < ids.length; at++) {
    const rows = await db.all<FullRow>(`SELECT ${LIST_COLUMNS} FROM un_lists WHERE id = ?`, [ids[at]]);
    const row = rows[0];
    // Gone since the ids were read: ListCache found it missing or another process is changing the table; the
    // next read starts again (its key changes).
    if (row === undefined) throw tampered(`an earlier UN list (row ${ids[at]}), there when the lists were read and gone just after`);
    // Only a list an entry vouches for, as it recorded it: a record planted in (or dropped from) an older
    // row would flag (or clear) a party for every past transaction.
    await assertRowAsRecorded(db, 'un_lists', row as unknown as Record<string, unknown>, [ids[at]], [`list:${row.version}`], `an earlier UN list (${row.version.slice(0, 80)})`);
    dates.push(row.date_generated.slice(0, 10));
    versions.push(row.version);
    // The same list stored twice (loaded again), or the list in use itself, is not parsed again.
    const list = previous?.sha256 === row.sha256 ? previous.list
      : row.sha256 === inUse.list.version.sha256 ? inUse.list
        : await listOf(row);
    previous = { sha256: row.sha256, list };
    const prints = list === inUse.list ? inUse.fingerprints : fingerprintsOf(list);
    for (const record of list.records) {
      const ref = record.ref.trim();
      if (!current.has(ref) || current.get(ref) !== prints.get(record.ref)) last.set(ref, { record, at });
    }
  }
  const inUseDate = inUse.list.version.dateGenerated.slice(0, 10);
  const records = new Map<string, FormerRecord>();
  for (const [ref, { record, at }] of last) {
    const nextDate = dates[at + 1] ?? inUseDate;
    // Normally the next list is the newer one; a list loaded back to an older release is the exception: the
    // later of the two days (fail closed: it was on a list of that day).
    const listedUntil = nextDate > dates[at]! ? nextDate : dates[at]!;
    records.set(ref, { record, listedUntil, lastListVersion: versions[at]! });
  }
  if (records.size === 0) return { key, records };
  const former: UnList = { version: inUse.list.version, source: 'formerly listed', records: [...records.values()].map((r) => r.record) };
  return { key, records, index: buildIndex(former) };
}

async function listOf(row: FullRow): Promise<UnList> {
  if (row.xml_gz === null) return loadUnList(); // the snapshot bundled with this version of Interdict
  return parseListOnlyOffThread(await gunzipAsync(Buffer.from(row.xml_gz, 'base64')), 'stored');
}

/**
 * The party screener `check` uses: the list in use, then the formerly-listed records (their matches marked
 * with `listedUntil` and the last list that held them). Without formerly-listed records, the list in use alone.
 */
export function partyScreenerWith(inUse: ScreeningIndex, former: FormerlyListed | undefined): PartyScreener {
  const now = createPartyScreener(inUse);
  if (former?.index === undefined) return now;
  const then = createPartyScreener(former.index);
  const records = former.records;
  return (party) => {
    const matches = now(party);
    const left = [];
    for (const m of then(party)) {
      const f = records.get(m.ref.trim());
      if (f !== undefined) left.push({ ...m, listVersion: f.lastListVersion, listedUntil: f.listedUntil });
    }
    return left.length === 0 ? matches : [...matches, ...left];
  };
}

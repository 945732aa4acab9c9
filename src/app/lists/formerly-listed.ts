/**
 * The records a past transaction may have dealt with while they were listed: every record on an earlier
 * list the database stored (un_lists keeps each list loaded) that is not on the list in use, each with the
 * day it left: the dateGenerated of the first stored list without it, after the last one with it. `check`
 * screens a transaction's parties against them too, and reviews a match with one that left after the
 * transaction's date (party-reasons.ts): screening a 2019 payment against today's list alone would clear a
 * party delisted since.
 *
 * An earlier list the database stored without its XML (the first list of a database an earlier version of
 * Interdict opened: its bundled snapshot) is read as this version's bundled snapshot only when it is that
 * snapshot (the same SHA-256). Otherwise it is not held: which records it had is unknown, and a transaction
 * dated before the day it was replaced is reviewed, naming it (`notHeld`, party-reasons.ts), never cleared.
 *
 * Reading the earlier lists is the expensive part (each one parsed, in a worker thread): it is done once per
 * list in use and set of stored lists (ListCache.formerly), and not at all for a database that holds one list.
 */
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { buildIndex, createPartyScreener, type ScreeningIndex } from '../../screening/index.ts';
import type { ListRecord, UnList } from '../../screening/un-list/index.ts';
import type { ListNotHeld, PartyScreener } from '../../law/party-screening.ts';
import type { SqlExec } from '../../store/index.ts';
import { keysHeld, LIST_TABLES } from '../audit/recorded-rows.ts';
import { assertRowAsRecorded, tampered } from '../audit/row-guard.ts';
import { bundledAs } from './bundled-as.ts';
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
  /** The earlier lists stored without their XML that are not this version's bundled snapshot, oldest first. */
  notHeld: readonly ListNotHeld[];
}

/** Every column of a list row its audit entries' digests cover (as list-store.ts reads the list in use). */
const LIST_COLUMNS = 'id, version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by';

interface StoredRow {
  id: unknown;
  sha256: string;
  /** 1 when the row holds no XML (a number from either database). */
  bare: unknown;
}

interface FullRow {
  id: unknown;
  sha256: string;
  version: string;
  date_generated: string;
  source: string;
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
  // Whether a row holds its XML is part of it: a row given its XML again (list-restore.ts) is read anew.
  const sha = new Map((await db.all<StoredRow>('SELECT id, sha256, CASE WHEN xml_gz IS NULL THEN 1 ELSE 0 END AS bare FROM un_lists WHERE id < ?', [inUse.rowId]))
    .map((r) => [Number(r.id), `${r.sha256}${Number(r.bare) === 1 ? '/bare' : ''}`]));
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
  const shas: string[] = [];
  const bare: number[] = [];
  let previous: { sha256: string; list: UnList | undefined } | undefined;
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
    shas.push(row.sha256);
    // The same list stored twice (loaded again), or the list in use itself, is not parsed again.
    const list = previous?.sha256 === row.sha256 && previous.list !== undefined ? previous.list
      : row.sha256 === inUse.list.version.sha256 ? inUse.list
        : await listOf(row);
    previous = { sha256: row.sha256, list };
    if (list === undefined) {
      bare.push(at);
      continue;
    }
    const prints = list === inUse.list ? inUse.fingerprints : fingerprintsOf(list);
    for (const record of list.records) {
      const ref = record.ref.trim();
      if (!current.has(ref) || current.get(ref) !== prints.get(record.ref)) last.set(ref, { record, at });
    }
  }
  const inUseDate = inUse.list.version.dateGenerated.slice(0, 10);
  // Normally the next list is the newer one; a list loaded back to an older release is the exception: the
  // later of the two days (fail closed: it was on a list of that day).
  const replaced = (at: number): string => {
    const nextDate = dates[at + 1] ?? inUseDate;
    return nextDate > dates[at]! ? nextDate : dates[at]!;
  };
  const records = new Map<string, FormerRecord>();
  for (const [ref, { record, at }] of last) records.set(ref, { record, listedUntil: replaced(at), lastListVersion: versions[at]! });
  const notHeld = bare.map((at) => ({ version: versions[at]!, sha256: shas[at]!, until: replaced(at) }));
  if (records.size === 0) return { key, records, notHeld };
  const former: UnList = { version: inUse.list.version, source: 'formerly listed', records: [...records.values()].map((r) => r.record) };
  return { key, records, index: buildIndex(former), notHeld };
}

/** A stored list: this version's bundled snapshot from disk, one with its XML in a worker thread, else not held. */
async function listOf(row: FullRow): Promise<UnList | undefined> {
  const bundled = row.xml_gz === null || row.source === 'bundled' ? bundledAs(row) : undefined;
  if (bundled !== undefined || row.xml_gz === null) return bundled;
  return parseListOnlyOffThread(await gunzipAsync(Buffer.from(row.xml_gz, 'base64')), 'stored');
}

/**
 * The party screener `check` uses: the list in use, then the formerly-listed records (their matches marked
 * with `listedUntil` and the last list that held them). Without formerly-listed records, the list in use alone.
 */
export function partyScreenerWith(inUse: ScreeningIndex, former: FormerlyListed | undefined): PartyScreener {
  const now = createPartyScreener(inUse);
  const notHeld = former?.notHeld ?? [];
  if (former?.index === undefined && notHeld.length === 0) return now;
  const then = former?.index === undefined ? undefined : createPartyScreener(former.index);
  const records = former?.records ?? new Map<string, FormerRecord>();
  const screen: PartyScreener = (party) => {
    const matches = now(party);
    if (then === undefined) return matches;
    const left = [];
    for (const m of then(party)) {
      const f = records.get(m.ref.trim());
      if (f !== undefined) left.push({ ...m, listVersion: f.lastListVersion, listedUntil: f.listedUntil });
    }
    return left.length === 0 ? matches : [...matches, ...left];
  };
  // The list in use still reads a transaction's free text (match-text-names.ts): a screener without it would
  // leave a listed name in a purpose unread whenever the database holds an earlier list.
  if (now.namesIn !== undefined) screen.namesIn = now.namesIn;
  if (now.partySpansIn !== undefined) screen.partySpansIn = now.partySpansIn;
  if (notHeld.length > 0) screen.listsNotHeld = notHeld;
  return screen;
}

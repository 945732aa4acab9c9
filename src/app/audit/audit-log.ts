/**
 * The tamper-evident audit log: every change appends one entry whose hash is SHA-256 over the previous
 * entry's hash and this entry's canonical JSON (RFC 8785), so rewriting any entry breaks every hash after
 * it. Appends run inside the transaction of the change they record, after locking the chain's head row:
 * writers in any number of processes take turns, so the chain never forks and a change is never stored
 * without its entry (nor an entry without its change).
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { InterdictError } from '../../errors/index.ts';
import type { SqlDriver, SqlExec, SqlTx } from '../../store/index.ts';
import { GENESIS_HASH } from '../service/service-migrations.ts';
import { AUDIT_MAC_ENV, auditMacKey, auditMacSource, entryMac, macMatches } from './audit-mac.ts';
import { digestRows, type RowRef } from './audit-rows.ts';
import { firstMacSeq } from './mac-start.ts';
import { macStartOutside, pinReason } from './mac-pin.ts';
import { encodeCursor, keyset, pageOf, type Page, type PageRequest } from '../paging.ts';
import { hasArea, refuseForeignCode } from '../../store/migrate.ts';
import { sliceTimer } from '../slices.ts';

export interface AuditInput {
  actor: string;
  action: string;
  target: string;
  detail: Record<string, unknown>;
  /**
   * The audited rows this change wrote (audit-rows.ts): their content hashes, read back inside the
   * transaction, are stored in the entry's detail as `rowDigests`, so verify can tell a row changed since.
   */
  rows?: readonly RowRef[];
}

export interface AuditEntry extends AuditInput {
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

/** The hash of an entry: SHA-256 hex of `prevHash` followed by the canonical JSON of every other field. */
export function entryHash(e: Omit<AuditEntry, 'hash'>): string {
  const body = canonicalize({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, target: e.target, detail: e.detail, prevHash: e.prevHash });
  return createHash('sha256').update(e.prevHash).update(body ?? '').digest('hex');
}

/**
 * Take the chain's lock now, at the start of a transaction that will append several entries between
 * other row locks (subjects, alerts): writers then queue in one order and cannot deadlock each other.
 */
export async function lockChain(tx: SqlTx): Promise<void> {
  await tx.all(`SELECT seq FROM audit_head WHERE id = 1${tx.forUpdate}`);
}

/**
 * The newest entry Interdict wrote (trustedEntry), as "seq:hash": every change Interdict makes in a
 * database that holds the log adds one. Undefined where the database holds no log, or where none of the
 * newest entries is Interdict's (then nothing is taken as unchanged). Read from the log itself, not from
 * `audit_head`, a row the service's database role may set back; and past the entries that role may add
 * beyond it, which would otherwise stand still as "the newest" while Interdict's own go on.
 */
export async function newestTrustedEntry(db: SqlExec): Promise<string | undefined> {
  if (!(await hasArea(db, 'service'))) return undefined;
  const macsFrom = await firstMacSeq(db);
  // Asked on every check: the newest entry alone first (it is Interdict's unless someone added one beyond
  // it), then at most 19 more; an entry's detail can be large (a baseline part names 2,000 rows).
  let before = Number.MAX_SAFE_INTEGER;
  for (const n of [1, 19]) {
    const rows = await db.all<AuditRow>(`SELECT ${COLUMNS}, mac FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?`, [before, n]);
    if (rows.length === 0) return before === Number.MAX_SAFE_INTEGER ? '0:' : undefined;
    for (const r of rows) {
      const e = trustedEntry(r, macsFrom);
      if (e !== undefined) return `${e.seq}:${e.hash}`;
    }
    before = Number(rows[rows.length - 1]!.seq);
  }
  return undefined;
}

/** Append one entry; call inside the transaction that makes the change. */
export async function appendAudit(tx: SqlTx, input: AuditInput, at = new Date().toISOString()): Promise<AuditEntry> {
  const head = await tx.all<{ seq: unknown; hash: string }>(`SELECT seq, hash FROM audit_head WHERE id = 1${tx.forUpdate}`);
  if (head[0] === undefined) throw new InterdictError('AUDIT_STORE', 'the audit log has no head row: the service tables are incomplete');
  const { rows, ...fields } = input;
  const seq = Number(head[0].seq) + 1;
  await headIsNewest(tx, Number(head[0].seq), head[0].hash);
  const withRows = rows !== undefined && rows.length > 0 ? { ...fields.detail, rowDigests: await digestRows(tx, rows) } : fields.detail;
  // The first entry with a MAC after entries without (a new chain, or one written before MACs) says so
  // in its hashed content: from it on, verify demands a MAC of every entry, so taking the MACs away
  // (they are not in the hash) does not switch the check off.
  const detail = (await headHasMac(tx, seq - 1)) ? withRows : { ...withRows, [MAC_FROM]: seq };
  const partial = { seq, at, ...fields, detail, prevHash: head[0].hash };
  const entry: AuditEntry = { ...partial, hash: entryHash(partial) };
  // The MAC (a secret outside the database) is what a database user cannot make for an entry of its own.
  const mac = entryMac(auditMacKey(true)!, entry.hash);
  // seq is the primary key: even a writer that skipped the lock could not add a second entry N.
  await tx.run('INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    entry.seq, entry.at, entry.actor, entry.action, entry.target, canonicalize(entry.detail) ?? '{}', entry.prevHash, entry.hash, mac,
  ]);
  await tx.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [entry.seq, entry.hash]);
  return entry;
}

/**
 * The head row names the newest entry, by its number and hash (or no entry, at the start). A head set
 * back (to an earlier entry, or to nothing) or pointing at an entry that is not there was changed in the
 * database outside Interdict: nothing is appended after it (the next number would be one the log already
 * holds, or the chain would fork), and the caller is told so (409 / exit 1), not a database error.
 */
async function headIsNewest(tx: SqlExec, seq: number, hash: string): Promise<void> {
  const rows = await tx.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT 2', [Math.max(seq, 1)]);
  const at = seq >= 1 ? rows[0] : undefined;
  const beyond = seq >= 1 ? rows[1] : rows[0];
  let problem: string | undefined;
  if (!Number.isSafeInteger(seq) || seq < 0) problem = `the audit log's head names entry ${seq}, which no chain holds`;
  else if (beyond !== undefined) problem = `the audit log's head names entry ${seq}, but the log holds entry ${String(beyond.seq)} after it: the head was set back`;
  else if (seq >= 1 && (at === undefined || Number(at.seq) !== seq)) problem = `the audit log's head names entry ${seq}, which the log does not hold`;
  else if (seq >= 1 && at!.hash !== hash) problem = `the audit log's head names entry ${seq} with another hash than the entry's`;
  else if (seq === 0 && hash !== GENESIS_HASH) problem = "the audit log's head holds no entry and a hash other than the chain's start";
  if (problem !== undefined) {
    throw new InterdictError('AUDIT_TAMPERED', `${problem}; it was changed in the database outside Interdict, so no change is recorded after it. Run "interdict audit verify" and restore the database from a backup you trust.`);
  }
}

/**
 * An entry as stored, if its hash recomputes and its MAC (the deployment's secret) matches; else undefined:
 * what a database user wrote, not Interdict. Entries older than the first with a MAC (a log begun before
 * MACs) are taken on their hash alone: an entry added now without a MAC comes after it. Where this process
 * has no MAC key (a reader on another machine), CONFIG_SECRET: the service always has it.
 */
export function trustedEntry(r: AuditRow, macsFrom: number): AuditEntry | undefined {
  const e = toEntry(r);
  // The chain starts at 1: an entry numbered 0 or below is none of Interdict's, however "early".
  if (!Number.isSafeInteger(e.seq) || e.seq < 1) return undefined;
  if (canonicalize(e.detail) !== r.detail || entryHash(e) !== r.hash) return undefined;
  if (e.seq < macsFrom) return e;
  const key = auditMacKey(false);
  // Without the deployment's secret, an entry a database user wrote cannot be told from Interdict's: what
  // rests on the log (an account, a list, the ledger) is not taken on trust, it is refused with the reason.
  if (key === undefined) {
    throw new InterdictError('CONFIG_SECRET', `this database's audit log carries MACs: reading what rests on it needs the deployment's audit MAC key (${AUDIT_MAC_ENV}, or the file ${auditMacSource()}), to tell Interdict's entries from entries written into the database directly`, { field: AUDIT_MAC_ENV });
  }
  return typeof r.mac === 'string' && macMatches(key, r.hash, r.mac) ? e : undefined;
}

/** The detail key of the entry from which every entry carries a MAC (its value is the entry's own seq). */
export const MAC_FROM = 'macFrom';

async function headHasMac(tx: SqlExec, headSeq: number): Promise<boolean> {
  if (headSeq === 0) return false;
  const r = await tx.all<{ mac: string | null }>('SELECT mac FROM audit_log WHERE seq = ?', [headSeq]);
  return r[0] !== undefined && typeof r[0].mac === 'string' && r[0].mac !== '';
}

export interface AuditRow {
  seq: unknown;
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: string;
  prev_hash: string;
  hash: string;
  mac?: string | null;
}

export function toEntry(r: AuditRow): AuditEntry {
  let detail: Record<string, unknown>;
  try {
    detail = JSON.parse(r.detail) as Record<string, unknown>;
  } catch {
    detail = { unreadable: r.detail };
  }
  return { seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, target: r.target, detail, prevHash: r.prev_hash, hash: r.hash };
}

export const COLUMNS = 'seq, at, actor, action, target, detail, prev_hash, hash';

export interface AuditQuery {
  target?: string;
  actor?: string;
  action?: string;
  after?: number;
  limit?: number;
}

/** Entries oldest first, filtered. */
export async function listAudit(db: SqlExec, q: AuditQuery = {}): Promise<AuditEntry[]> {
  const where: string[] = ['seq > ?'];
  const params: unknown[] = [q.after ?? 0];
  if (q.target !== undefined) {
    where.push('target = ?');
    params.push(q.target);
  }
  if (q.actor !== undefined) {
    where.push('actor = ?');
    params.push(q.actor);
  }
  if (q.action !== undefined) {
    where.push('action = ?');
    params.push(q.action);
  }
  params.push(q.limit ?? 1000);
  const rows = await db.all<AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ?`, params);
  return rows.map(toEntry);
}

/** A page of the log (CONTRACT §4a): newest first unless asc, filtered as listAudit. */
export async function pageAudit(db: SqlExec, q: Omit<AuditQuery, 'after' | 'limit'>, req: PageRequest): Promise<Page<AuditEntry>> {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const k of ['target', 'actor', 'action'] as const) {
    if (q[k] !== undefined) {
      where.push(`${k} = ?`);
      params.push(q[k]);
    }
  }
  const total = await db.all<{ n: unknown }>(`SELECT COUNT(*) AS n FROM audit_log${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params);
  const k = keyset([{ sql: 'seq', kind: 'int' }], req);
  const all = k.where ? [...where, k.where] : where;
  // A page is bounded by its size too, not only by its count: entries naming the rows of a 10,000-subject import
  // made one page of 500 entries 48 MB (security re-review 3, MEDIUM-2). The entries' sizes are read first, and only
  // those that fit in MAX_AUDIT_PAGE_CHARS of details are read whole (one at least; the re-review 4 found the whole
  // 500 read, 71 MB, before the cut); `next` goes on from the last.
  const where2 = all.length ? ` WHERE ${all.join(' AND ')}` : '';
  const sizes = await db.all<{ seq: unknown; n: unknown }>(`SELECT seq, length(detail) AS n FROM audit_log${where2} ORDER BY ${k.orderBy} LIMIT ?`, [...params, ...k.params, req.limit + 1]);
  let chars = 0;
  let fit = 0;
  while (fit < Math.min(sizes.length, req.limit) && (fit === 0 || chars + Number(sizes[fit]!.n) <= MAX_AUDIT_PAGE_CHARS)) chars += Number(sizes[fit++]!.n);
  const cut = fit < Math.min(sizes.length, req.limit);
  const wanted = sizes.slice(0, cut ? fit : sizes.length).map((r) => Number(r.seq));
  const rows = wanted.length === 0 ? [] : await db.all<AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE seq IN (${wanted.map(() => '?').join(', ')}) ORDER BY ${k.orderBy}`, wanted);
  const n = Number(total[0]?.n ?? 0);
  // Cut short: the entries that fit, and the next page from the last of them (the one after it is not read).
  if (cut) return { items: rows.map(toEntry), total: n, next: encodeCursor([Number(rows[rows.length - 1]!.seq)]) };
  return pageOf(rows, req, n, (r) => [Number(r.seq)], toEntry);
}

/** The most characters of entries' details one page of the log holds (after its first entry). */
export const MAX_AUDIT_PAGE_CHARS = 4_000_000;

export interface VerifyResult {
  ok: boolean;
  entries: number;
  /** The seq of the first entry that fails (or of the first missing one). */
  firstBad?: number;
  problem?: string;
  /** Signed checkpoints checked against the chain (when a checkpoint file was given). */
  checkpoints?: number;
}

/** Where a walk of the chain starts: the genesis, or an entry already verified (a checkpoint). */
export interface ChainPoint {
  seq: number;
  hash: string;
  /**
   * The seq from which every entry carries a MAC (an entry not yet written when none does). A walk from
   * this point demands a MAC of every entry from there on; a walk returns it for its head, to be signed.
   */
  macFrom?: number;
}

export interface ChainWalkOptions {
  /** Check each entry's MAC (with the deployment's secret). */
  macs?: boolean;
  /** Demand a valid MAC of every entry from this seq on (a signed checkpoint said so), and why. */
  macFrom?: { seq: number; why: string };
}

/**
 * Walk the chain: each seq follows the one before, each prevHash is the previous hash, each hash
 * recomputes; the head row names the last entry (a deleted tail is a break too). `visit` sees every entry
 * that holds (the cross-check collects what the log says of accounts and alerts). `from` starts after an
 * entry already verified (the server's periodic checkpoint walks only what is new).
 */
export async function verifyChain(driver: SqlExec, visit?: (e: AuditEntry) => void, from: ChainPoint = { seq: 0, hash: GENESIS_HASH }, opts: ChainWalkOptions = {}): Promise<VerifyResult & { head?: ChainPoint }> {
  try {
    return await walkChain(driver, visit, from, opts);
  } catch (e) {
    // A table gone (dropped, or never created) is a broken log, not a fault of the verifier. A database the
    // service never opened (the ledger commands alone keep no log) is told apart in words, but it is still
    // not "intact": nothing in it was verified, and a log dropped with its migration rows looks the same.
    if (!(await hasArea(driver, 'service').catch(() => true))) {
      return { ok: false, entries: 0, problem: 'this database holds no audit log: the service has never opened it (the ledger and vessels commands alone keep none), so nothing in it can be verified' };
    }
    return { ok: false, entries: 0, firstBad: 1, problem: `the audit log cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

async function readHead(driver: SqlExec): Promise<ChainPoint | undefined> {
  const head = await driver.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1');
  return head[0] === undefined ? undefined : { seq: Number(head[0].seq), hash: head[0].hash };
}

async function walkChain(driver: SqlExec, visit: ((e: AuditEntry) => void) | undefined, from: ChainPoint, opts: ChainWalkOptions): Promise<VerifyResult & { head?: ChainPoint }> {
  // No code of the tables' owner may run in this session while the log is read (it moved a reader's search path
  // to a rolled-back copy, and verify said intact: the eighth security re-review).
  await refuseForeignCode(driver);
  // The head is read before and after the walk: appends by others while it runs are not a break.
  const before = await readHead(driver);
  const macs = opts.macs === true;
  const macKey = macs ? auditMacKey(false) : undefined;
  // Entries written before MACs existed carry none; once one entry carries a MAC, every later one must.
  // The MAC is not in the hash, so "carries one" alone would let whoever can rewrite rows take every MAC
  // away and append entries with none: so MACs are also demanded from a seq that cannot be taken away
  // so easily, the first of: the entry that says in its hashed content that MACs begin with it, a signed
  // checkpoint's `macFrom`, the point a walk resumes from.
  let demand: { seq: number; why: string } | undefined = opts.macFrom;
  const demandFrom = (seq: number, why: string): void => {
    if (demand === undefined || seq < demand.seq) demand = { seq, why };
  };
  if (from.macFrom !== undefined) demandFrom(from.macFrom, `entries from ${from.macFrom} on carried MACs when entry ${from.seq} was verified`);
  if (macs) {
    const outside = await macStartOutside(driver);
    if (outside !== undefined) demandFrom(outside, pinReason(outside));
  }
  let firstMac = from.macFrom !== undefined && from.macFrom <= from.seq ? from.macFrom : undefined;
  let macSeen = firstMac !== undefined;
  let hashAtBefore: string | undefined;
  let prev = from.hash;
  let expected = from.seq + 1;
  let entries = from.seq;
  const PAGE = 5000;
  const slices = sliceTimer();
  // The chain starts at 1: an entry numbered below it was added to the database directly (the walk below never reaches it).
  const early = await driver.all<{ seq: unknown }>('SELECT seq FROM audit_log WHERE seq < 1 ORDER BY seq LIMIT 1');
  if (early[0] !== undefined) return { ok: false, entries: 0, firstBad: Number(early[0].seq), problem: `entry ${String(early[0].seq)} is numbered before the chain's first entry: it was added to the database directly, not by Interdict` };
  for (;;) {
    const rows = await driver.all<AuditRow>(`SELECT ${COLUMNS}${macs ? ', mac' : ''} FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?`, [expected, PAGE]);
    for (const r of rows) {
      const e = toEntry(r);
      const bad = (problem: string): VerifyResult => ({ ok: false, entries, firstBad: expected, problem });
      if (e.seq !== expected) return bad(`entry ${expected} is missing (the next entry is ${e.seq})`);
      if (e.prevHash !== prev) return bad(`entry ${e.seq}'s prevHash does not match the hash of entry ${e.seq - 1}`);
      if (canonicalize(e.detail) !== r.detail || entryHash(e) !== e.hash) return bad(`entry ${e.seq}'s content does not match its hash (it was altered)`);
      if (macs) {
        // The entry's own word is the more telling reason where it names the same start as the pin.
        if (e.detail[MAC_FROM] === e.seq && (demand === undefined || e.seq <= demand.seq)) demand = { seq: e.seq, why: `entry ${e.seq} says in its hashed content that every entry from it on carries a MAC` };
        if (r.mac === null || r.mac === undefined || r.mac === '') {
          if (macSeen) return bad(`entry ${e.seq} carries no MAC: it was not written by Interdict (it was added to the database directly)`);
          if (demand !== undefined && e.seq >= demand.seq) return bad(`entry ${e.seq} carries no MAC, though ${demand.why}: its MAC was taken away, or it was added to the database directly`);
        } else {
          macSeen = true;
          firstMac ??= e.seq;
          if (macKey === undefined) return bad(`entry ${e.seq} carries a MAC, and the audit MAC key (${auditMacSource()}) is not here to check it: give this deployment's key`);
          if (!macMatches(macKey, e.hash, r.mac)) return bad(`entry ${e.seq}'s MAC does not match: it was not written by Interdict with this deployment's key (a forged or rewritten entry)`);
        }
      }
      visit?.(e);
      prev = e.hash;
      if (e.seq === before?.seq) hashAtBefore = e.hash;
      expected++;
      entries++;
      // Hashing and MACs of a page take long (a second for a few thousand entries): the server answers
      // others (its health check first) in between (security review 19, LOW-9).
      if (slices.due()) await slices.rest();
    }
    if (rows.length < PAGE) break;
    // A long log is walked a page at a time, letting other requests run in between (SQLite's reads block).
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const after = await readHead(driver);
  const headSeq = before?.seq ?? 0;
  if (headSeq > entries) return { ok: false, entries, firstBad: entries + 1, problem: `entries ${entries + 1} to ${headSeq} are missing (the log ends early)` };
  if ((after?.seq ?? 0) < entries) return { ok: false, entries, firstBad: (after?.seq ?? 0) + 1, problem: `entries after ${after?.seq ?? 0} were added outside the chain's head` };
  if (before !== undefined && before.seq < from.seq) return { ok: false, entries, firstBad: before.seq + 1, problem: `the chain's head names entry ${before.seq}, before entry ${from.seq} already verified` };
  // The head must name the entry walked at its seq: the newest, or (appends came after the walk) the first head's.
  let recorded: string | undefined;
  let walked: string | undefined;
  if (after !== undefined && after.seq === entries) [recorded, walked] = [after.hash, prev];
  else if (before !== undefined) [recorded, walked] = [before.hash, before.seq === from.seq ? from.hash : hashAtBefore];
  if (recorded !== undefined && recorded !== walked) {
    const at = after !== undefined && after.seq === entries ? entries : before!.seq;
    return { ok: false, entries, firstBad: at, problem: `entry ${at} is not the entry the chain's head recorded` };
  }
  // Every account was added by an audited change: accounts with no entry at all mean the log was emptied.
  if (entries === 0) {
    const users = await driver.all<{ n: unknown }>('SELECT count(*) AS n FROM service_users').catch(() => [{ n: 0 }]);
    if (Number(users[0]?.n ?? 0) > 0) return { ok: false, entries, firstBad: 1, problem: 'the log is empty, yet accounts exist: its entries were removed' };
  }
  // The head to sign says from which entry on MACs are in use: the first entry with one, or (none yet)
  // the next entry, since every writer now makes one.
  return { ok: true, entries, head: { seq: entries, hash: prev, ...(macs && { macFrom: firstMac ?? entries + 1 }) } };
}

/** Run `fn` and its audit entry in one transaction. */
export async function withAudit<T>(driver: SqlDriver, fn: (tx: SqlTx) => Promise<{ result: T; audit: AuditInput[] }>): Promise<T> {
  return driver.transaction(async (tx) => {
    const { result, audit } = await fn(tx);
    for (const a of audit) await appendAudit(tx, a);
    return result;
  });
}

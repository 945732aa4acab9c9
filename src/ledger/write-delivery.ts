/**
 * The write path, run inside one transaction: claim the reference, add to the period's total (which
 * locks it), store the record, issue the threshold notices the new total reaches. Because the period's
 * totals row is locked (Postgres) or the database is (SQLite BEGIN IMMEDIATE) when the total is read,
 * every writer to a period sees the total left by the one before it.
 */
import { InterdictError } from '../errors/index.ts';
import type { CapPeriod } from '../law/index.ts';
import { baselineWindow, type CapSource } from './cap-source.ts';
import { exceedsCap, percentOfCap, reachesThreshold } from './cap-math.ts';
import type { Commodity, DeliveryContent, DeliveryVersion, Notice, PeriodTotals, RecordResult } from './ledger-types.ts';
import { CORRECTION_COLUMNS, CURRENT_FROM, INSERT_VERSION, NOTICE_COLUMNS, toCorrection, toNotice, toTotals, toVersion, VERSION_COLUMNS, VERSION_FROM, versionParams } from './sql/rows.ts';
import type { SqlExec, SqlTx } from '../store/sql-driver.ts';
import { sameContent, type ValidDelivery } from './validate-delivery.ts';

export interface WriteCtx {
  /** The transaction, which knows how to lock a row it reads. */
  tx: SqlTx;
  caps: CapSource;
  now: string; // ISO timestamp of this transaction
}

/**
 * Take the period's lock and read its totals: the upsert creates the zero row the first time and
 * otherwise "updates" it to itself, which row-locks it on Postgres (SQLite holds the database lock).
 */
export async function lockPeriod(ctx: WriteCtx, commodity: Commodity, period: string): Promise<PeriodTotals> {
  const rows = await ctx.tx.all(
    'INSERT INTO period_totals (commodity, period, barrels_milli, tonnes_milli, records) VALUES (?, ?, 0, 0, 0) ' +
      'ON CONFLICT (commodity, period) DO UPDATE SET records = period_totals.records ' +
      'RETURNING commodity, period, barrels_milli, tonnes_milli, records',
    [commodity, period],
  );
  return toTotals(rows[0]!);
}

export async function saveTotals(ctx: WriteCtx, t: PeriodTotals): Promise<void> {
  await ctx.tx.run('UPDATE period_totals SET barrels_milli = ?, tonnes_milli = ?, records = ? WHERE commodity = ? AND period = ?', [
    t.barrelsMilli, t.tonnesMilli, t.records, t.commodity, t.period,
  ]);
}

export async function loadVersion(tx: SqlExec, id: number, version: number): Promise<DeliveryVersion> {
  const rows = await tx.all(`SELECT ${VERSION_COLUMNS} FROM ${VERSION_FROM} WHERE d.id = ? AND v.version = ?`, [id, version]);
  return toVersion(rows[0]!);
}

/**
 * Issue every threshold notice the period's new total reaches that was not issued before.
 * INVARIANT: exactly once per (commodity, period, threshold): the unique constraint refuses a second,
 * and the total is read under the period lock, so "not yet issued" cannot be stale.
 */
export async function issueNotices(ctx: WriteCtx, cap: CapPeriod, totals: PeriodTotals, rec: DeliveryVersion): Promise<Notice[]> {
  const reached = cap.thresholds.filter((t) => reachesThreshold(cap, totals, t));
  if (reached.length === 0) return [];
  const issuedRows = await ctx.tx.all<{ threshold: unknown }>('SELECT threshold FROM notices WHERE commodity = ? AND period = ?', [cap.commodity, cap.period]);
  const issued = new Set(issuedRows.map((r) => Number(r.threshold)));
  const last = Math.max(...cap.thresholds);
  const out: Notice[] = [];
  for (const threshold of reached) {
    if (issued.has(threshold)) continue;
    const ids = await ctx.tx.all<{ id: unknown }>(
      'INSERT INTO notices (commodity, period, threshold, cease, total_barrels_milli, total_tonnes_milli, percent, delivery_id, version, issued_at) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (commodity, period, threshold) DO NOTHING RETURNING id',
      [cap.commodity, cap.period, threshold, threshold === last ? 1 : 0, totals.barrelsMilli, totals.tonnesMilli, percentOfCap(cap, totals), rec.id, rec.version, ctx.now],
    );
    if (ids.length === 0) continue;
    const rows = await ctx.tx.all(`SELECT ${NOTICE_COLUMNS} FROM notices n JOIN deliveries d ON d.id = n.delivery_id WHERE n.id = ?`, [Number(ids[0]!.id)]);
    out.push(toNotice(rows[0]!));
  }
  return out;
}

/**
 * Is a delivery dated `date` after the period's cease notice? The notice holds from the date of the
 * delivery that crossed the last threshold (as `check` reads it) until a correction withdraws it. A
 * report is a fact: it is stored all the same, and flagged. Only a total at the last threshold can have
 * a cease notice in force (an amendment below it issues the correction), so most writes ask nothing.
 */
export async function isAfterCease(ctx: WriteCtx, cap: CapPeriod, totals: PeriodTotals, date: string, selfId: number): Promise<boolean> {
  if (cap.thresholds.length === 0) return false;
  const last = Math.max(...cap.thresholds);
  if (!reachesThreshold(cap, totals, last)) return false;
  const rows = await ctx.tx.all<{ d: unknown }>(
    'SELECT v.delivery_date AS d FROM notices n JOIN deliveries d ON d.id = n.delivery_id JOIN delivery_versions v ON v.delivery_id = d.id AND v.version = d.current_version ' +
      'WHERE n.commodity = ? AND n.period = ? AND n.threshold = ? AND n.delivery_id <> ? AND NOT EXISTS (SELECT 1 FROM notice_corrections c WHERE c.notice_id = n.id)',
    [cap.commodity, cap.period, last, selfId],
  );
  const from = rows[0]?.d;
  return from !== undefined && String(from) <= date;
}

/**
 * After an amendment lowered a period's total: a correction notice for every threshold notice in force
 * whose threshold the total no longer reaches. INVARIANT: once per threshold notice (unique notice_id).
 */
export async function issueCorrections(ctx: WriteCtx, cap: CapPeriod, totals: PeriodTotals, rec: DeliveryVersion): Promise<Notice[]> {
  const open = await ctx.tx.all<{ id: unknown; threshold: unknown }>(
    'SELECT n.id, n.threshold FROM notices n WHERE n.commodity = ? AND n.period = ? AND NOT EXISTS (SELECT 1 FROM notice_corrections c WHERE c.notice_id = n.id) ORDER BY n.threshold DESC',
    [cap.commodity, cap.period],
  );
  const out: Notice[] = [];
  for (const n of open) {
    if (reachesThreshold(cap, totals, Number(n.threshold))) continue;
    const ids = await ctx.tx.all<{ id: unknown }>(
      'INSERT INTO notice_corrections (notice_id, commodity, period, threshold, total_barrels_milli, total_tonnes_milli, percent, delivery_id, version, issued_at) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (notice_id) DO NOTHING RETURNING id',
      [Number(n.id), cap.commodity, cap.period, Number(n.threshold), totals.barrelsMilli, totals.tonnesMilli, percentOfCap(cap, totals), rec.id, rec.version, ctx.now],
    );
    if (ids.length === 0) continue;
    const rows = await ctx.tx.all(`SELECT ${CORRECTION_COLUMNS} FROM notice_corrections c JOIN deliveries d ON d.id = c.delivery_id WHERE c.id = ?`, [Number(ids[0]!.id)]);
    out.push(toCorrection(rows[0]!));
  }
  return out;
}

/** 2375 para 15: does the State's crude oil in the 12-month window of this delivery pass its baseline? */
export async function passesBaseline(ctx: WriteCtx, c: DeliveryContent, excludeId: number | null): Promise<boolean> {
  if (c.commodity !== 'crude-oil' || ctx.caps.baselineAnchor === undefined) return false;
  const window = baselineWindow(ctx.caps.baselineAnchor, c.date, ctx.caps.baselineEnd);
  if (!window) return false;
  const b = await ctx.tx.all('SELECT barrels_milli, tonnes_milli FROM baselines WHERE state = ? ORDER BY version DESC LIMIT 1', [c.state]);
  const base = b[0];
  if (!base) return false;
  const sums = await ctx.tx.all<{ b: unknown; t: unknown }>(
    `SELECT COALESCE(SUM(v.barrels_milli), 0) AS b, COALESCE(SUM(v.tonnes_milli), 0) AS t FROM ${CURRENT_FROM} ` +
      "WHERE d.state = ? AND v.commodity = 'crude-oil' AND v.delivery_date >= ? AND v.delivery_date <= ? AND d.id <> ?",
    [c.state, window.start, window.end, excludeId ?? -1],
  );
  const barrels = Number(sums[0]?.b ?? 0) + c.barrelsMilli;
  const tonnes = Number(sums[0]?.t ?? 0) + c.tonnesMilli;
  return (
    (base.barrels_milli !== null && barrels > Number(base.barrels_milli)) || (base.tonnes_milli !== null && tonnes > Number(base.tonnes_milli))
  );
}

async function existing(ctx: WriteCtx, state: string, ref: string): Promise<DeliveryVersion | undefined> {
  const rows = await ctx.tx.all<{ id: unknown; current_version: unknown }>('SELECT id, current_version FROM deliveries WHERE state = ? AND ref = ?', [state, ref]);
  const r = rows[0];
  return r ? loadVersion(ctx.tx, Number(r.id), Number(r.current_version)) : undefined;
}

function sameOrConflict(prev: DeliveryVersion, valid: ValidDelivery, totals: PeriodTotals, now: string): RecordResult {
  // INVARIANT: a reference counts once. The same report again is a no-op; a different one must be an amendment.
  if (sameContent(prev, valid.content, valid.reportedGiven)) return { created: false, record: prev, totals, notices: [] };
  // Written in this same transaction: the reference is given twice in one import, nothing of which is stored
  // (hostile new user 34: it read as a report stored before).
  const here = prev.version === 1 && prev.recordedAt === now;
  throw new InterdictError(
    'LEDGER_REF_CONFLICT',
    here
      ? `state ${prev.state} ref "${prev.ref}" is given twice in this input with different content; nothing was stored: give each report once (a change is an amendment: "interdict ledger amend")`
      : `state ${prev.state} already reported ref "${prev.ref}" with different content (version ${prev.version}); use "interdict ledger amend" to change it`,
    { record: prev.ref, field: 'ref' },
  );
}

/**
 * Add a record's quantities to its period in one statement that also takes the period's row lock
 * (Postgres) and returns the new total: the lock is held only from here to COMMIT.
 */
async function addToPeriod(ctx: WriteCtx, c: DeliveryContent): Promise<PeriodTotals> {
  const rows = await ctx.tx.all(
    'INSERT INTO period_totals (commodity, period, barrels_milli, tonnes_milli, records) VALUES (?, ?, ?, ?, 1) ' +
      'ON CONFLICT (commodity, period) DO UPDATE SET barrels_milli = period_totals.barrels_milli + excluded.barrels_milli, ' +
      'tonnes_milli = period_totals.tonnes_milli + excluded.tonnes_milli, records = period_totals.records + 1 ' +
      'RETURNING commodity, period, barrels_milli, tonnes_milli, records',
    [c.commodity, c.period, c.barrelsMilli, c.tonnesMilli],
  );
  return toTotals(rows[0]!);
}

/** The advisory lock class of the ledger's per-State reference locks (the first key of the two-key form). */
const DELIVERY_REF_LOCKS = 17_180;

/** Write one checked delivery in the store's transaction (the use case that records one is recordDelivery in src/app/ledger). */
export async function writeDelivery(ctx: WriteCtx, valid: ValidDelivery): Promise<RecordResult> {
  const c = valid.content;
  // Writers of one State's references take turns (Postgres: a transaction lock on the State; SQLite's BEGIN
  // IMMEDIATE already holds the database): without it two writers of RU-R1 and ru-r1 at once each miss the other's
  // uncommitted row below and both count. One lock per State, not per reference: a transaction holds each lock
  // it takes to its end, and an import of 16,000 references ran PostgreSQL out of lock slots.
  if (ctx.tx.forUpdate !== '') await ctx.tx.all('SELECT pg_advisory_xact_lock(?, hashtext(?))', [DELIVERY_REF_LOCKS, c.state]);
  // The unique (state, ref) decides first: a second writer of the same reference waits here for the
  // first to commit, then sees its row.
  const inserted = await ctx.tx.all<{ id: unknown }>(
    'INSERT INTO deliveries (state, ref, current_version, created_at) VALUES (?, ?, 1, ?) ON CONFLICT (state, ref) DO NOTHING RETURNING id',
    [c.state, valid.ref, ctx.now],
  );
  if (inserted.length === 0) {
    const prev = (await existing(ctx, c.state, valid.ref))!;
    return sameOrConflict(prev, valid, await currentTotals(ctx, prev), ctx.now);
  }
  // A reference differing from a stored one in case only is that one written otherwise (RU-R1, ru-r1: counted
  // twice before; hostile new user 34): refused, naming the stored one, and nothing of this one is kept.
  // SQLite, without statistics, reads the State's whole (state, ref) index instead of the case index: an import of n
  // rows cost n² row reads (16,000 rows: 11 of 12 s). Told which index to use; PostgreSQL plans by its statistics.
  const caseIndex = ctx.tx.forUpdate === '' ? ' INDEXED BY deliveries_ref_case' : '';
  const other = await ctx.tx.all<{ ref: string }>(`SELECT ref FROM deliveries${caseIndex} WHERE state = ? AND upper(ref) = upper(?) AND ref <> ?`, [c.state, valid.ref, valid.ref]);
  if (other[0] !== undefined) {
    throw new InterdictError('LEDGER_REF_CONFLICT', `state ${c.state} already reported ref "${other[0].ref}", which "${valid.ref}" differs from in case only: a reference counts once; give it as stored (an amendment: "interdict ledger amend")`, { record: valid.ref, field: 'ref' });
  }
  const rec: DeliveryVersion = {
    ...c,
    id: Number(inserted[0]!.id),
    ref: valid.ref,
    version: 1,
    late: valid.late,
    exceedsCap: false,
    exceedsBaseline: false,
    afterCease: false,
    recordedAt: ctx.now,
    amendedBy: null,
    reason: null,
  };
  // Store the version before taking the period's lock (shorter lock hold); its flags, which depend on
  // the locked total, are set just after in the same transaction when they apply.
  await ctx.tx.run(INSERT_VERSION, versionParams(rec));
  const next = await addToPeriod(ctx, c);
  rec.exceedsCap = exceedsCap(valid.period, next);
  rec.exceedsBaseline = await passesBaseline(ctx, c, rec.id);
  rec.afterCease = await isAfterCease(ctx, valid.period, next, c.date, rec.id);
  if (rec.exceedsCap || rec.exceedsBaseline || rec.afterCease) {
    await ctx.tx.run('UPDATE delivery_versions SET exceeds_cap = ?, exceeds_baseline = ?, after_cease = ? WHERE delivery_id = ? AND version = 1', [
      rec.exceedsCap ? 1 : 0, rec.exceedsBaseline ? 1 : 0, rec.afterCease ? 1 : 0, rec.id,
    ]);
  }
  const notices = await issueNotices(ctx, valid.period, next, rec);
  return { created: true, record: rec, totals: next, notices };
}

async function currentTotals(ctx: WriteCtx, v: DeliveryVersion): Promise<PeriodTotals> {
  const rows = await ctx.tx.all('SELECT commodity, period, barrels_milli, tonnes_milli, records FROM period_totals WHERE commodity = ? AND period = ?', [v.commodity, v.period]);
  return rows[0] ? toTotals(rows[0]) : { commodity: v.commodity, period: v.period, barrelsMilli: 0, tonnesMilli: 0, records: 0 };
}

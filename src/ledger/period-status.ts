/**
 * A period's status: cap, total, percent, remaining, the thresholds and notices, and the Committee's
 * table (by month and by reporting State, with running totals). For crude oil, each State's total
 * against its configured 2375 para 15 baseline in the 12-month windows the period overlaps.
 */
import { InterdictError } from '../errors/index.ts';
import { isValidDate, type CapPeriod } from '../law/index.ts';
import { percentOfCap, remaining } from './cap-math.ts';
import { baselineWindow, type CapSource } from './cap-source.ts';
import type { LedgerStore } from './ledger-store.ts';
import type { Commodity } from './ledger-types.ts';
import { fromMilli } from './quantity.ts';

export interface TableRow {
  month: string;
  state: string;
  barrels: number;
  tonnes: number;
  records: number;
  runningBarrels: number;
  runningTonnes: number;
  runningPercent: number;
}

export interface BaselineLine {
  state: string;
  windowStart: string;
  windowEnd: string;
  baselineBarrels: number | null;
  baselineTonnes: number | null;
  totalBarrels: number;
  totalTonnes: number;
  /** Percent of the baseline (the fuller unit), or null when no baseline is configured. */
  percent: number | null;
  exceeds: boolean;
}

export interface PeriodStatus {
  commodity: Commodity;
  period: string;
  start: string;
  end: string;
  measure: string;
  resolution: number;
  paragraph: string;
  confidence: string;
  capBarrels: number | null;
  capTonnes: number | null;
  totalBarrels: number;
  totalTonnes: number;
  records: number;
  percent: number;
  /** What remains under the cap, never negative: over the cap it is 0 and `over*` says by how much. */
  remainingBarrels: number | null;
  remainingTonnes: number | null;
  overBarrels: number | null;
  overTonnes: number | null;
  thresholds: {
    threshold: number; issued: boolean; issuedAt: string | null; state: string | null; ref: string | null; totalBarrels: number | null;
    corrected: boolean; correctedAt: string | null; correctedTotalBarrels: number | null;
  }[];
  ceaseIssued: boolean;
  byMonth: { month: string; barrels: number; tonnes: number; records: number; runningBarrels: number; runningTonnes: number; runningPercent: number }[];
  byState: { state: string; barrels: number; tonnes: number; records: number }[];
  table: TableRow[];
  /** Deliveries dated on or after the cease notice took hold (stored: a report is a fact; flagged). */
  afterCease: { state: string; ref: string; date: string; barrels: number; tonnes: number }[];
  baselines: BaselineLine[];
}

/**
 * `--period`: a period key ("2018", "2017-Q4", "2017-12-22/2018-12-21"), a date inside it, or a year:
 * the periods overlapping that year, oldest first (crude oil's 2017 holds two: 2375 para 15's and
 * 2397 para 4's first). Never empty: a year or date no period covers is refused, naming the span.
 */
export function resolvePeriods(caps: CapSource, commodity: Commodity, spec: string | undefined, today: string): CapPeriod[] {
  const all = caps.periods(commodity);
  const key = spec?.trim() || today;
  const exact = all.find((p) => p.period === key);
  if (exact) return [exact];
  if (/^\d{4}$/.test(key)) {
    const overlapping = all.filter((p) => p.start <= `${key}-12-31` && p.end >= `${key}-01-01`);
    if (overlapping.length > 0) return overlapping;
    const span = all.length > 0 ? ` (the defined periods run from ${all[0]!.start} to ${all[all.length - 1]!.end})` : '';
    throw new InterdictError('LEDGER_NO_PERIOD', `no ${commodity} cap period overlaps ${key}${span}`, { field: 'period' });
  }
  if (!isValidDate(key)) {
    throw new InterdictError('LEDGER_BAD_INPUT', `period "${key}" is not a period key, a year or a date (e.g. ${all[1]?.period ?? all[0]?.period ?? '2018'})`, { field: 'period' });
  }
  try {
    return [caps.periodFor(commodity, key)];
  } catch (e) {
    if (e instanceof InterdictError) throw e.at({ field: 'period' });
    throw e;
  }
}

/** One period for a caller that shows one: the only one, else refused naming the keys to choose from. */
export function resolvePeriod(caps: CapSource, commodity: Commodity, spec: string | undefined, today: string): CapPeriod {
  const found = resolvePeriods(caps, commodity, spec, today);
  if (found.length === 1) return found[0]!;
  throw new InterdictError('LEDGER_BAD_INPUT', `${spec ?? ''} overlaps ${found.length} ${commodity} periods: ${found.map((p) => `${p.period} (${p.start} to ${p.end})`).join(', ')}; name one`, { field: 'period' });
}

export async function periodStatus(store: LedgerStore, caps: CapSource, cap: CapPeriod): Promise<PeriodStatus> {
  const commodity = cap.commodity;
  // One after the other: the store may be one connection (a snapshot, a transaction), which runs one query at a time.
  const rows = await store.monthStateRows(commodity, cap.period);
  const notices = await store.notices();
  const records = await store.records(commodity, cap.period);
  let b = 0;
  let t = 0;
  let n = 0;
  const table: TableRow[] = [];
  // Accumulate in thousandths (exact); convert once for output.
  const byState = new Map<string, { b: number; t: number; n: number }>();
  const byMonth = new Map<string, { b: number; t: number; n: number; rb: number; rt: number; rp: number }>();
  for (const r of rows) {
    b += r.barrelsMilli;
    t += r.tonnesMilli;
    n += r.records;
    const runningPercent = percentOfCap(cap, { barrelsMilli: b, tonnesMilli: t });
    table.push({ month: r.month, state: r.state, barrels: fromMilli(r.barrelsMilli), tonnes: fromMilli(r.tonnesMilli), records: r.records, runningBarrels: fromMilli(b), runningTonnes: fromMilli(t), runningPercent });
    const s = byState.get(r.state) ?? { b: 0, t: 0, n: 0 };
    byState.set(r.state, { b: s.b + r.barrelsMilli, t: s.t + r.tonnesMilli, n: s.n + r.records });
    const m = byMonth.get(r.month) ?? { b: 0, t: 0, n: 0, rb: 0, rt: 0, rp: 0 };
    byMonth.set(r.month, { b: m.b + r.barrelsMilli, t: m.t + r.tonnesMilli, n: m.n + r.records, rb: b, rt: t, rp: runningPercent });
  }
  const totals = { barrelsMilli: b, tonnesMilli: t };
  const rem = remaining(cap, totals);
  const mine = notices.filter((x) => x.commodity === commodity && x.period === cap.period);
  const last = Math.max(...cap.thresholds);
  return {
    commodity,
    period: cap.period,
    start: cap.start,
    end: cap.end,
    measure: cap.measure,
    resolution: cap.resolution,
    paragraph: cap.paragraph,
    confidence: cap.confidence,
    capBarrels: cap.capBarrels ?? null,
    capTonnes: cap.capTonnes ?? null,
    totalBarrels: fromMilli(b),
    totalTonnes: fromMilli(t),
    records: n,
    percent: percentOfCap(cap, totals),
    remainingBarrels: rem.barrelsMilli === undefined ? null : fromMilli(Math.max(0, rem.barrelsMilli)),
    remainingTonnes: rem.tonnesMilli === undefined ? null : fromMilli(Math.max(0, rem.tonnesMilli)),
    overBarrels: rem.barrelsMilli !== undefined && rem.barrelsMilli < 0 ? fromMilli(-rem.barrelsMilli) : null,
    overTonnes: rem.tonnesMilli !== undefined && rem.tonnesMilli < 0 ? fromMilli(-rem.tonnesMilli) : null,
    thresholds: cap.thresholds.map((threshold) => {
      const x = mine.find((m) => m.kind === 'threshold' && m.threshold === threshold);
      const c = x && mine.find((m) => m.kind === 'correction' && m.corrects === x.id);
      return {
        threshold, issued: x !== undefined, issuedAt: x?.issuedAt ?? null, state: x?.state ?? null, ref: x?.ref ?? null, totalBarrels: x ? fromMilli(x.totalBarrelsMilli) : null,
        corrected: c !== undefined, correctedAt: c?.issuedAt ?? null, correctedTotalBarrels: c ? fromMilli(c.totalBarrelsMilli) : null,
      };
    }),
    // A cease notice a correction withdrew no longer holds; both stay in `thresholds` (the history).
    ceaseIssued: mine.some((m) => m.kind === 'threshold' && m.threshold === last && !mine.some((c) => c.kind === 'correction' && c.corrects === m.id)),
    byMonth: [...byMonth].map(([month, m]) => ({
      month, barrels: fromMilli(m.b), tonnes: fromMilli(m.t), records: m.n, runningBarrels: fromMilli(m.rb), runningTonnes: fromMilli(m.rt), runningPercent: m.rp,
    })),
    byState: [...byState]
      .sort(([sa, a], [sb, bb]) => bb.b - a.b || sa.localeCompare(sb))
      .map(([state, x]) => ({ state, barrels: fromMilli(x.b), tonnes: fromMilli(x.t), records: x.n })),
    table,
    afterCease: records.filter((r) => r.afterCease).map((r) => ({ state: r.state, ref: r.ref, date: r.date, barrels: fromMilli(r.barrelsMilli), tonnes: fromMilli(r.tonnesMilli) })),
    baselines: commodity === 'crude-oil' ? await baselineLines(store, caps, cap, [...byState.keys()]) : [],
  };
}

async function baselineLines(store: LedgerStore, caps: CapSource, cap: CapPeriod, statesWithDeliveries: string[]): Promise<BaselineLine[]> {
  const anchor = caps.baselineAnchor;
  if (anchor === undefined) return [];
  const windows = [baselineWindow(anchor, cap.start, caps.baselineEnd), baselineWindow(anchor, cap.end, caps.baselineEnd)].filter((w) => w !== undefined);
  const unique = windows.filter((w, i) => windows.findIndex((x) => x.start === w.start) === i);
  const baselines = await store.baselines();
  const states = [...new Set([...baselines.map((x) => x.state), ...statesWithDeliveries])].sort();
  const out: BaselineLine[] = [];
  for (const state of states) {
    const base = baselines.find((x) => x.state === state);
    for (const w of unique) {
      const tot = await store.stateCrudeTotal(state, w.start, w.end);
      const pcts: number[] = [];
      if (base?.barrelsMilli != null && base.barrelsMilli > 0) pcts.push((tot.barrelsMilli * 100) / base.barrelsMilli);
      if (base?.tonnesMilli != null && base.tonnesMilli > 0) pcts.push((tot.tonnesMilli * 100) / base.tonnesMilli);
      const exceeds = (base?.barrelsMilli != null && tot.barrelsMilli > base.barrelsMilli) || (base?.tonnesMilli != null && tot.tonnesMilli > base.tonnesMilli);
      out.push({
        state,
        windowStart: w.start,
        windowEnd: w.end,
        baselineBarrels: base?.barrelsMilli != null ? fromMilli(base.barrelsMilli) : null,
        baselineTonnes: base?.tonnesMilli != null ? fromMilli(base.tonnesMilli) : null,
        totalBarrels: fromMilli(tot.barrelsMilli),
        totalTonnes: fromMilli(tot.tonnesMilli),
        percent: base ? Math.round(Math.max(0, ...pcts) * 1000) / 1000 : null,
        exceeds,
      });
    }
  }
  return out;
}

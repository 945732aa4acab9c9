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
  remainingBarrels: number | null;
  remainingTonnes: number | null;
  thresholds: { threshold: number; issued: boolean; issuedAt: string | null; state: string | null; ref: string | null; totalBarrels: number | null }[];
  ceaseIssued: boolean;
  byMonth: { month: string; barrels: number; tonnes: number; records: number; runningBarrels: number; runningTonnes: number; runningPercent: number }[];
  byState: { state: string; barrels: number; tonnes: number; records: number }[];
  table: TableRow[];
  baselines: BaselineLine[];
}

/** `--period`: a period key ("2018", "2017-Q4", "2017-12-22/2018-12-21"), a date inside it, or a year. */
export function resolvePeriod(caps: CapSource, commodity: Commodity, spec: string | undefined, today: string): CapPeriod {
  const all = caps.periods(commodity);
  const key = spec?.trim() || today;
  const exact = all.find((p) => p.period === key);
  if (exact) return exact;
  // A bare year means the period holding the middle of that year (crude oil periods start on 22 December).
  const date = /^\d{4}$/.test(key) ? `${key}-07-01` : key;
  if (!isValidDate(date)) {
    throw new InterdictError('LEDGER_BAD_INPUT', `period "${key}" is not a period key, a year or a date (e.g. ${all[1]?.period ?? all[0]?.period ?? '2018'})`, { field: 'period' });
  }
  return caps.periodFor(commodity, date);
}

export async function periodStatus(store: LedgerStore, caps: CapSource, cap: CapPeriod): Promise<PeriodStatus> {
  const commodity = cap.commodity;
  const [rows, notices] = await Promise.all([store.monthStateRows(commodity, cap.period), store.notices()]);
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
    remainingBarrels: rem.barrelsMilli === undefined ? null : fromMilli(rem.barrelsMilli),
    remainingTonnes: rem.tonnesMilli === undefined ? null : fromMilli(rem.tonnesMilli),
    thresholds: cap.thresholds.map((threshold) => {
      const x = mine.find((m) => m.threshold === threshold);
      return { threshold, issued: x !== undefined, issuedAt: x?.issuedAt ?? null, state: x?.state ?? null, ref: x?.ref ?? null, totalBarrels: x ? fromMilli(x.totalBarrelsMilli) : null };
    }),
    ceaseIssued: mine.some((m) => m.threshold === last),
    byMonth: [...byMonth].map(([month, m]) => ({
      month, barrels: fromMilli(m.b), tonnes: fromMilli(m.t), records: m.n, runningBarrels: fromMilli(m.rb), runningTonnes: fromMilli(m.rt), runningPercent: m.rp,
    })),
    byState: [...byState]
      .sort(([sa, a], [sb, bb]) => bb.b - a.b || sa.localeCompare(sb))
      .map(([state, x]) => ({ state, barrels: fromMilli(x.b), tonnes: fromMilli(x.t), records: x.n })),
    table,
    baselines: commodity === 'crude-oil' ? await baselineLines(store, caps, cap, [...byState.keys()]) : [],
  };
}

async function baselineLines(store: LedgerStore, caps: CapSource, cap: CapPeriod, statesWithDeliveries: string[]): Promise<BaselineLine[]> {
  const anchor = caps.baselineAnchor;
  if (anchor === undefined) return [];
  const windows = [baselineWindow(anchor, cap.start), baselineWindow(anchor, cap.end)].filter((w) => w !== undefined);
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

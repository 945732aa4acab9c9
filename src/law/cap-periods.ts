/**
 * Cap periods come from the law data (2375 para 14, 2397 paras 4-5), never from code: the ledger asks
 * for the period containing a delivery date. Periods are generated once at load (`buildCapPeriods`).
 */
import type { CappedCommodity } from './capped-commodity.ts';
import type { CapPeriod } from './cap-period.ts';
import { addDays, addMonths } from './dates.ts';
import type { Law, Measure } from './measure.ts';

/** Every period a measure's cap defines, in date order. */
export function periodsOfMeasure(m: Measure): CapPeriod[] {
  const cap = m.cap;
  // Coal (2321 para 26) was tallied by the Committee itself: the ledger keeps no coal periods.
  if (!cap || cap.commodity === 'coal') return [];
  const commodity: CappedCommodity = cap.commodity;
  const base = {
    commodity,
    measure: m.id,
    resolution: m.resolution,
    paragraph: m.paragraph,
    thresholds: [...cap.thresholds],
    reportWithinDays: cap.reportWithinDays,
    confidence: m.confidence,
    ...(cap.barrels !== undefined ? { capBarrels: cap.barrels } : {}),
    ...(cap.tonnes !== undefined ? { capTonnes: cap.tonnes } : {}),
  };
  const out: CapPeriod[] = [];
  for (const p of cap.periods ?? []) out.push({ ...base, period: p.period, start: p.start, end: p.end });
  const r = cap.recurring;
  if (r) {
    for (let i = 0; ; i++) {
      const start = addMonths(r.firstStart, i * r.months);
      if (start > r.through) break;
      const end = addDays(addMonths(r.firstStart, (i + 1) * r.months), -1);
      const period = r.key === 'year' && r.months === 12 && start.endsWith('-01-01') ? start.slice(0, 4) : `${start}/${end}`;
      out.push({ ...base, period, start, end });
    }
  }
  return out;
}

/** All periods per commodity, of the measures that were ever in force, sorted by start. */
export function buildCapPeriods(measures: readonly Measure[]): Record<CappedCommodity, CapPeriod[]> {
  const all: Record<CappedCommodity, CapPeriod[]> = { 'refined-petroleum': [], 'crude-oil': [] };
  for (const m of measures) {
    if (!m.cap || m.cap.commodity === 'coal') continue;
    // A cap superseded before it took effect (2375's 2,000,000 bbl for 2018) defines no period.
    for (const p of periodsOfMeasure(m)) {
      if (m.lastDay !== undefined && p.start > m.lastDay) continue;
      if (p.start < m.effective) continue;
      all[p.commodity].push(p);
    }
  }
  for (const list of Object.values(all)) list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return all;
}

/** All defined periods for a commodity, oldest first (for listing). */
export function capPeriods(law: Law, commodity: CappedCommodity): CapPeriod[] {
  return law.capPeriods[commodity].map((p) => ({ ...p, thresholds: [...p.thresholds] }));
}

/** The period containing `date`, or undefined when the date lies outside every period (or the
 *  commodity has none): the caller decides whether that is an error in its own terms. */
export function capPeriodFor(law: Law, commodity: CappedCommodity, date: string): CapPeriod | undefined {
  const list = law.capPeriods[commodity];
  if (list === undefined) return undefined;
  // Binary search: periods are sorted and (validated at load) do not overlap.
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = list[mid]!;
    if (date < p.start) hi = mid - 1;
    else if (date > p.end) lo = mid + 1;
    else return { ...p, thresholds: [...p.thresholds] };
  }
  return undefined;
}

/** The first and last day covered by a commodity's periods (for messages), or undefined if none. */
export function capPeriodSpan(law: Law, commodity: CappedCommodity): { start: string; end: string } | undefined {
  const list = law.capPeriods[commodity];
  const first = list?.[0];
  const last = list?.[list.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/**
 * A synchronous view of the ledger for `check`, as of each transaction's date. Every period's current
 * deliveries and its notices are read once; a lookup then answers for one date: the deliveries dated
 * up to that date, and only the notices crossed by then. A notice is dated by the delivery that
 * crossed it (not by the day it was recorded), so a check of a May delivery never sees the cease
 * notice a September delivery later triggered.
 */
import { lastOnOrBefore, type CapPeriod, type CapState, type CapStateLookup, type Law } from '../law/index.ts';
import { percentOfCap, remaining } from './cap-math.ts';
import { capSourceFromLaw } from './cap-source.ts';
import type { LedgerStore } from './ledger-store.ts';
import type { Commodity } from './ledger-types.ts';
import { fromMilli } from './quantity.ts';

/** One period's history: running totals after each delivery date, and each notice's crossing date. */
interface PeriodHistory {
  cap: CapPeriod;
  dates: string[]; // distinct delivery dates, ascending
  barrelsMilli: number[]; // running total through dates[i]
  tonnesMilli: number[];
  notices: { date: string; threshold: number; correctedOn?: string; correctedTotal?: { barrelsMilli: number; tonnesMilli: number } }[];
  byDate: Map<string, CapState | undefined>;
}

const key = (c: Commodity, p: string): string => `${c}\u0000${p}`;

export async function loadCapStateLookup(store: LedgerStore, law: Law): Promise<CapStateLookup> {
  const caps = capSourceFromLaw(law);
  // One after the other: the store may be one connection (a snapshot), which runs one query at a time.
  const totals = await store.periodTotals();
  const notices = await store.notices();
  const histories = new Map<string, PeriodHistory>();
  for (const t of totals) {
    const cap = caps.periods(t.commodity).find((p) => p.period === t.period);
    if (!cap) continue; // a period the current law no longer defines: nothing to say about it
    const records = await store.records(t.commodity, t.period); // by date, then id
    const h: PeriodHistory = { cap, dates: [], barrelsMilli: [], tonnesMilli: [], notices: [], byDate: new Map() };
    const dateOf = new Map<number, string>();
    let b = 0;
    let tn = 0;
    for (const r of records) {
      dateOf.set(r.id, r.date);
      b += r.barrelsMilli;
      tn += r.tonnesMilli;
      if (h.dates[h.dates.length - 1] === r.date) {
        h.barrelsMilli[h.dates.length - 1] = b;
        h.tonnesMilli[h.dates.length - 1] = tn;
      } else {
        h.dates.push(r.date);
        h.barrelsMilli.push(b);
        h.tonnesMilli.push(tn);
      }
    }
    const mine = notices.filter((n) => n.commodity === t.commodity && n.period === t.period);
    for (const n of mine) {
      if (n.kind !== 'threshold') continue;
      // The crossing delivery's current date; a notice whose delivery is gone counts from the period's start.
      // A correction withdraws it from the day the correction was issued.
      const c = mine.find((x) => x.kind === 'correction' && x.corrects === n.id);
      h.notices.push({
        date: dateOf.get(n.deliveryId) ?? cap.start, threshold: n.threshold,
        ...(c && { correctedOn: c.issuedAt.slice(0, 10), correctedTotal: { barrelsMilli: c.totalBarrelsMilli, tonnesMilli: c.totalTonnesMilli } }),
      });
    }
    histories.set(key(t.commodity, t.period), h);
  }
  return (commodity, date) => {
    const cap = caps.findPeriod(commodity, date);
    if (!cap) return undefined;
    const h = histories.get(key(commodity, cap.period));
    if (!h) return undefined;
    if (h.byDate.has(date)) return h.byDate.get(date);
    const s = stateOn(h, commodity, date);
    if (h.byDate.size < 10_000) h.byDate.set(date, s);
    return s;
  };
}

function stateOn(h: PeriodHistory, commodity: Commodity, date: string): CapState | undefined {
  const i = lastOnOrBefore(h.dates, date);
  const crossed = h.notices.filter((n) => n.date <= date);
  const thresholds = crossed.filter((n) => n.correctedOn === undefined || n.correctedOn > date).map((n) => n.threshold).sort((a, b) => a - b);
  const corrected = crossed.filter((n) => n.correctedOn !== undefined && n.correctedOn <= date).map((n) => ({
    threshold: n.threshold, noticeFrom: n.date, correctedOn: n.correctedOn!, totalBarrels: fromMilli(n.correctedTotal!.barrelsMilli), totalTonnes: fromMilli(n.correctedTotal!.tonnesMilli),
  }));
  if (i < 0 && crossed.length === 0) return undefined; // nothing delivered in this period by then
  const t = { barrelsMilli: i < 0 ? 0 : h.barrelsMilli[i]!, tonnesMilli: i < 0 ? 0 : h.tonnesMilli[i]! };
  const cap = h.cap;
  const rem = remaining(cap, t);
  return Object.freeze({
    commodity,
    periodStart: cap.start,
    periodEnd: cap.end,
    measure: cap.measure,
    ...(cap.capBarrels !== undefined ? { capBarrels: cap.capBarrels } : {}),
    ...(cap.capTonnes !== undefined ? { capTonnes: cap.capTonnes } : {}),
    totalBarrels: fromMilli(t.barrelsMilli),
    totalTonnes: fromMilli(t.tonnesMilli),
    percent: percentOfCap(cap, t),
    // Over the cap nothing remains (never a negative remainder); a transaction is then more than remains.
    ...(rem.barrelsMilli !== undefined ? { remainingBarrels: fromMilli(Math.max(0, rem.barrelsMilli)) } : {}),
    ...(rem.tonnesMilli !== undefined ? { remainingTonnes: fromMilli(Math.max(0, rem.tonnesMilli)) } : {}),
    thresholdsIssued: thresholds,
    ceaseIssued: cap.thresholds.length > 0 && thresholds.includes(Math.max(...cap.thresholds)),
    ...(corrected.length > 0 && { corrected }),
  });
}

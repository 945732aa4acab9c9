/**
 * A synchronous view of the ledger for `check`: every period's totals and notices are read once, so
 * evaluating a transaction stays a pure, fast function.
 */
import { isInterdictError } from '../errors/index.ts';
import type { CapState, CapStateLookup } from '../check/context.ts';
import type { Law } from '../law/index.ts';
import { percentOfCap, remaining } from './cap-math.ts';
import { capSourceFromLaw } from './cap-source.ts';
import type { LedgerStore } from './ledger-store.ts';
import type { Commodity } from './ledger-types.ts';
import { fromMilli } from './quantity.ts';

export async function loadCapStateLookup(store: LedgerStore, law: Law): Promise<CapStateLookup> {
  const caps = capSourceFromLaw(law);
  const [totals, notices] = await Promise.all([store.periodTotals(), store.notices()]);
  const key = (c: Commodity, p: string): string => `${c}\u0000${p}`;
  const issued = new Map<string, number[]>();
  for (const n of notices) issued.set(key(n.commodity, n.period), [...(issued.get(key(n.commodity, n.period)) ?? []), n.threshold]);
  const amounts = new Map(totals.map((t) => [key(t.commodity, t.period), t]));
  const states = new Map<string, CapState>();
  for (const k of new Set([...amounts.keys(), ...issued.keys()])) {
    const [commodity, period] = k.split('\u0000') as [Commodity, string];
    const cap = caps.periods(commodity).find((p) => p.period === period);
    if (!cap) continue; // a period the current law no longer defines: nothing to say about it
    const t = amounts.get(k) ?? { barrelsMilli: 0, tonnesMilli: 0 };
    const rem = remaining(cap, t);
    const thresholds = (issued.get(k) ?? []).sort((a, b) => a - b);
    states.set(k, Object.freeze({
      commodity,
      periodStart: cap.start,
      periodEnd: cap.end,
      measure: cap.measure,
      ...(cap.capBarrels !== undefined ? { capBarrels: cap.capBarrels } : {}),
      ...(cap.capTonnes !== undefined ? { capTonnes: cap.capTonnes } : {}),
      totalBarrels: fromMilli(t.barrelsMilli),
      totalTonnes: fromMilli(t.tonnesMilli),
      percent: percentOfCap(cap, t),
      ...(rem.barrelsMilli !== undefined ? { remainingBarrels: fromMilli(rem.barrelsMilli) } : {}),
      ...(rem.tonnesMilli !== undefined ? { remainingTonnes: fromMilli(rem.tonnesMilli) } : {}),
      thresholdsIssued: thresholds,
      ceaseIssued: thresholds.includes(Math.max(...cap.thresholds)),
    }));
  }
  return (commodity, date) => {
    let period: string;
    try {
      period = caps.periodFor(commodity, date).period;
    } catch (e) {
      // Outside every period: nothing to report. Anything else is a bug and must not read as "no deliveries".
      if (isInterdictError(e) && e.code === 'LEDGER_NO_PERIOD') return undefined;
      throw e;
    }
    return states.get(key(commodity, period));
  };
}

/**
 * Percent of a cap, thresholds and remaining quantities, in exact integer arithmetic on thousandths.
 * A period with two bounds (crude oil: barrels OR tonnes, 2397 para 4) is as full as its fuller bound:
 * the percent is the larger of the two.
 */
import type { CapPeriod } from '../law/index.ts';

export interface Amount {
  barrelsMilli: number;
  tonnesMilli: number;
}

function bounds(period: CapPeriod, a: Amount): { used: number; cap: number }[] {
  const out: { used: number; cap: number }[] = [];
  if (period.capBarrels !== undefined) out.push({ used: a.barrelsMilli, cap: period.capBarrels * 1000 });
  if (period.capTonnes !== undefined) out.push({ used: a.tonnesMilli, cap: period.capTonnes * 1000 });
  return out;
}

/** Percent of the binding (fuller) bound, rounded to 3 decimals for display. */
export function percentOfCap(period: CapPeriod, a: Amount): number {
  let p = 0;
  for (const b of bounds(period, a)) p = Math.max(p, b.cap > 0 ? (b.used * 100) / b.cap : Infinity);
  return Math.round(p * 1000) / 1000;
}

/** True when the total has reached `threshold` percent of a bound (exact: used*100 >= threshold*cap). */
export function reachesThreshold(period: CapPeriod, a: Amount, threshold: number): boolean {
  return bounds(period, a).some((b) => b.used * 100 >= threshold * b.cap);
}

/** True when a bound is passed (reaching the cap exactly is still inside it). */
export function exceedsCap(period: CapPeriod, a: Amount): boolean {
  return bounds(period, a).some((b) => b.used > b.cap);
}

export function remaining(period: CapPeriod, a: Amount): { barrelsMilli?: number; tonnesMilli?: number } {
  return {
    ...(period.capBarrels !== undefined ? { barrelsMilli: period.capBarrels * 1000 - a.barrelsMilli } : {}),
    ...(period.capTonnes !== undefined ? { tonnesMilli: period.capTonnes * 1000 - a.tonnesMilli } : {}),
  };
}

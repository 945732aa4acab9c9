import type { Law, Measure } from './measure.ts';

/** True when the measure is in force on `date` (inclusive of its first and last day). */
export function isInForce(m: Measure, date: string): boolean {
  return m.effective <= date && (m.lastDay === undefined || date <= m.lastDay);
}

/** The measures in force on `date`, in law-file order. */
export function inForce(law: Law, date: string): Measure[] {
  return law.measures.filter((m) => isInForce(m, date));
}

/**
 * Where the ledger gets its caps: the law data, through one small interface (so the store and its
 * tests see the same periods the check engine does). Nothing here states a cap figure.
 */
import { InterdictError } from '../errors/index.ts';
import { addDays, capPeriodFor, capPeriods, capPeriodSpan, type CapPeriod, type Law } from '../law/index.ts';
import type { Commodity } from './ledger-types.ts';

export interface CapSource {
  /** The period containing `date`; throws LEDGER_NO_PERIOD outside every period. */
  periodFor(commodity: Commodity, date: string): CapPeriod;
  /** The period containing `date`, or undefined outside every period. */
  findPeriod(commodity: Commodity, date: string): CapPeriod | undefined;
  periods(commodity: Commodity): readonly CapPeriod[];
  /**
   * First day of the first "12 months after adoption" window of 2375 para 15 (the per-State crude
   * ceiling), or undefined if the law data does not carry it.
   */
  baselineAnchor: string | undefined;
  /** The last day 2375 para 15 was in force (2397 para 4 replaced it): no window runs past it. */
  baselineEnd: string | undefined;
}

export function capSourceFromLaw(law: Law): CapSource {
  const para15 = law.measures.find((m) => m.resolution === 2375 && m.paragraph === '15');
  const adopted = law.resolutions.find((r) => r.resolution === 2375)?.adopted;
  return {
    periodFor: (commodity, date) => {
      const p = capPeriodFor(law, commodity, date);
      if (p) return p;
      if (law.capPeriods[commodity] === undefined) {
        throw new InterdictError('LEDGER_NO_PERIOD', `"${String(commodity)}" is not a capped commodity`, { field: 'commodity' });
      }
      const span = capPeriodSpan(law, commodity);
      const within = span ? ` (the defined periods run from ${span.start} to ${span.end})` : '';
      throw new InterdictError('LEDGER_NO_PERIOD', `the date ${date} is outside every ${commodity} cap period in the law data${within}`, { field: 'date' });
    },
    findPeriod: (commodity, date) => capPeriodFor(law, commodity, date),
    periods: (commodity) => capPeriods(law, commodity),
    baselineAnchor: para15?.effective ?? adopted,
    baselineEnd: para15?.lastDay,
  };
}

/**
 * The 12-month 2375 para 15 window containing `date` (windows start on the anchor's anniversaries),
 * cut at `lastDay` when the law ends the measure there; undefined outside the measure.
 */
export function baselineWindow(anchor: string, date: string, lastDay?: string): { start: string; end: string } | undefined {
  if (date < anchor || (lastDay !== undefined && date > lastDay)) return undefined;
  let year = Number(date.slice(0, 4)) - Number(anchor.slice(0, 4));
  const startOf = (k: number): string => `${String(Number(anchor.slice(0, 4)) + k).padStart(4, '0')}${anchor.slice(4)}`;
  if (startOf(year) > date) year -= 1;
  const end = addDays(startOf(year + 1), -1);
  return { start: startOf(year), end: lastDay !== undefined && lastDay < end ? lastDay : end };
}

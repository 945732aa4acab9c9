import type { CappedCommodity } from './capped-commodity.ts';

/**
 * A cap period as the law data defines it (2375 para 14, 2397 paras 4-5). The ledger never hard-codes
 * a cap: it asks the law for the period containing a delivery date.
 */
export interface CapPeriod {
  commodity: CappedCommodity;
  measure: string; // id of the measure that sets this cap, e.g. unscr-2397-refined-petroleum-cap
  resolution: number;
  paragraph: string;
  /** A stable key for the period, e.g. "2018" or "2017-Q4" or "2017-12-22/2018-12-21". */
  period: string;
  start: string; // YYYY-MM-DD
  end: string; // YYYY-MM-DD inclusive
  capBarrels?: number;
  capTonnes?: number;
  /** Percentages at which the Committee notifies all States; the last one means cease. */
  thresholds: number[]; // [75, 90, 95]
  /** Days after a delivery by which the supplying State must report it (30 refined, 90 crude). */
  reportWithinDays: number;
  confidence: 'T' | 'S' | 'N' | 'U';
}

/**
 * Barrels per tonne, per commodity, to compare or record a figure given in the other unit. 7.33 bbl/t is
 * the usual crude oil factor. Published refined-product figures imply 7.5 to 8.33 bbl/t; we take the top
 * (China converted the 500,000 bbl cap as 60,000 t = 8.33 bbl/t) because the refined cap is counted in
 * barrels, and a higher factor never under-counts a tonnes-only figure against it (fail closed).
 */
export const DEFAULT_BARRELS_PER_TONNE = { 'refined-petroleum': 8.33, 'crude-oil': 7.33 } as const satisfies Record<CappedCommodity, number>;

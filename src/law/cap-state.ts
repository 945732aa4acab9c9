/**
 * The ledger's view of one cap period as of a date: the interface `check` consults and the ledger
 * implements. It lives with the law (the lowest layer) so that neither area imports the other.
 */
import type { CappedCommodity } from './capped-commodity.ts';

export interface CapState {
  commodity: CappedCommodity;
  periodStart: string; // YYYY-MM-DD
  periodEnd: string; // YYYY-MM-DD, inclusive
  measure: string; // law measure id the cap comes from
  capBarrels?: number;
  capTonnes?: number;
  totalBarrels: number;
  totalTonnes: number;
  percent: number; // of the binding cap, 0..100+
  remainingBarrels?: number;
  remainingTonnes?: number;
  thresholdsIssued: number[]; // e.g. [75, 90]
  /** The 95 % notice had been issued by the date asked about: States must cease supplying. */
  ceaseIssued: boolean;
  /**
   * Threshold notices a correction notice withdrew by the date asked about (an amendment took the total
   * back below them): from the correction's date the threshold no longer holds, and a decision cites both.
   */
  corrected?: { threshold: number; noticeFrom: string; correctedOn: string; totalBarrels: number; totalTonnes: number }[];
}

/**
 * The cap state for the period containing `date`, as it stood on `date` (deliveries dated up to it, and
 * only the notices crossed by then), or undefined if the ledger holds nothing for that period by then.
 */
export type CapStateLookup = (commodity: CappedCommodity, date: string) => CapState | undefined;

/**
 * The ledger's records. Quantities are kept as integer thousandths ("milli" barrels and tonnes) so that
 * totals are exact sums: a running total that is maintained by additions and amendments must equal the
 * sum recomputed from the records, which floating point cannot promise.
 */
import type { CappedCommodity } from '../law/capped-commodity.ts';
import type { Derivation, Product } from './products.ts';

export type Commodity = CappedCommodity;
export const COMMODITIES: readonly Commodity[] = ['refined-petroleum', 'crude-oil'];

/** The figures of a delivery as a user gives them (CLI flags, a CSV row, a request): a report and an
 *  amendment share them. Strings and numbers, unchecked. */
export interface DeliveryFigures {
  date?: string;
  barrels?: string | number;
  tonnes?: string | number;
  /** Barrels per tonne used to derive the figure that was not reported. */
  factor?: string | number;
  reported?: string;
  vessel?: string;
  parties?: readonly string[];
  /** Refined petroleum product (CONTRACT §3a): its barrels-per-tonne factor converts a tonnage. */
  product?: string;
  /** A single delivery above 10x the period's cap is refused as a typing error unless confirmed. */
  confirmLarge?: boolean;
  /** Each party's screening result at recording time (the app layer screens; the ledger stores it). */
  screening?: readonly PartyScreening[];
}

/** A delivery report as a user gives it: which record (commodity, State, reference) and its figures. */
export interface DeliveryInput extends DeliveryFigures {
  commodity?: string;
  state?: string;
  ref?: string;
}

/** One party's screening against the UN list when the delivery was recorded. */
export interface PartyScreening {
  name: string;
  /**
   * `match` / `possible` as screening bands them; `clear` when nothing came near; `unscreened` (a vessel
   * only) when there was nothing to screen it against: `reason` says why, and it is listed for review.
   */
  result: 'match' | 'possible' | 'clear' | 'unscreened';
  /** Why it was not screened (`unscreened`). */
  reason?: string;
  matches: { ref: string; name: string; score: number; band: 'match' | 'possible' }[];
  listVersion: string;
  /** 'vessel': the delivery's vessel screened against the 1718 Designated Vessels List (security review 17,
   *  R17-23); absent: a party screened against the UN list. */
  of?: 'vessel';
}

/** What a record says, once validated: everything that makes two reports "the same report". */
export interface DeliveryContent {
  commodity: Commodity;
  state: string; // ISO 3166 alpha-2
  date: string; // YYYY-MM-DD, the delivery date
  period: string; // the law's period key
  barrelsMilli: number;
  tonnesMilli: number;
  /** Which figure was derived (not reported), if any, and with which factor (barrels per tonne). */
  derived: 'barrels' | 'tonnes' | null;
  factor: number | null;
  reportedAt: string; // YYYY-MM-DD
  vessel: string | null;
  parties: string[];
  product: Product | null;
  /** How the barrels were obtained: as reported, or by which factor (CONTRACT §3a). */
  derivation: Derivation;
  screening: PartyScreening[] | null;
}

/** One stored version of a record. Version 1 is the report; later versions are amendments. */
export interface DeliveryVersion extends DeliveryContent {
  id: number; // the record's id (stable across versions)
  ref: string;
  version: number;
  late: boolean;
  exceedsCap: boolean;
  exceedsBaseline: boolean;
  /** Dated on or after the day the period's cease (last threshold) notice took hold. */
  afterCease: boolean;
  recordedAt: string; // ISO timestamp of this version
  amendedBy: string | null;
  reason: string | null;
}

export interface PeriodTotals {
  commodity: Commodity;
  period: string;
  barrelsMilli: number;
  tonnesMilli: number;
  records: number;
}

/**
 * A threshold notice (2375 para 14): issued once per commodity, period and threshold; or a correction
 * notice: an amendment took the total back below a threshold already notified (issued once per notice).
 * Notices are never deleted: they were sent.
 */
export interface Notice {
  id: number;
  kind: 'threshold' | 'correction';
  /** For a correction: the id of the threshold notice it corrects. */
  corrects: number | null;
  commodity: Commodity;
  period: string;
  threshold: number;
  /** The 95 % (last) threshold: States must cease supplying for the rest of the period. */
  cease: boolean;
  totalBarrelsMilli: number;
  totalTonnesMilli: number;
  percent: number;
  deliveryId: number;
  version: number;
  state: string;
  ref: string;
  issuedAt: string;
}

export interface RecordResult {
  /** False when the same report was already stored: nothing changed. */
  created: boolean;
  record: DeliveryVersion;
  totals: PeriodTotals;
  notices: Notice[];
}

/** An amendment as a user gives it: which record (State, reference), who amends and why, the figures that change. */
export interface AmendInput extends DeliveryFigures {
  state?: string;
  ref?: string;
  by?: string;
  reason?: string;
}

export interface AmendResult {
  before: DeliveryVersion;
  after: DeliveryVersion;
  totals: PeriodTotals;
  notices: Notice[];
}

/** A State's crude oil baseline for 2375 para 15 (its supply in the 12 months before adoption). */
export interface Baseline {
  state: string;
  version: number;
  barrelsMilli: number | null;
  tonnesMilli: number | null;
  setAt: string;
}

/** Rows of the Committee's table: one per month and reporting State. */
export interface MonthStateRow {
  month: string; // YYYY-MM
  state: string;
  barrelsMilli: number;
  tonnesMilli: number;
  records: number;
}

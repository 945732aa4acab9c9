/**
 * The law as the engine sees it: the shape of `law/*.yaml` after validation (see law/schema/). Every
 * field here is data; the check engine is generic over it, so a new measure is a YAML edit.
 */
import type { CapCommodity } from './capped-commodity.ts';
import type { CapPeriod } from './cap-period.ts';
import type { CappedCommodity } from './capped-commodity.ts';

export type Confidence = 'T' | 'S' | 'N' | 'U';
export type Effect = 'prohibits' | 'permits' | 'conditions' | 'requires-review';
export type TransactionType = 'goods' | 'work-authorization' | 'joint-venture' | 'vessel-transfer' | 'financial' | 'service';
export type DutyKind = 'notify-committee' | 'close-joint-venture' | 'repatriate-workers' | 'close-bank-office-or-account';

/** A duty the act creates: a fixed due date, a number of days after the act (negative: before it),
 *  or the first day of a fixed schedule (every `days` days from `from`) after the act. */
export interface Duty {
  kind: DutyKind;
  due?: string;
  daysAfter?: number;
  every?: { from: string; days: number };
  summary: string;
  confidence?: Confidence;
}

export interface GoodsScope {
  /** HS prefixes (chapter, heading or subheading) that decide on their own. */
  hs?: string[];
  /** HS prefixes that cover this and other things (HS 2709: crude or condensate): product or description decides. */
  ambiguousHs?: string[];
  products?: string[];
  /** Product kinds that cover this measure's goods and others ("arms": heavy or small): HS code or description decides. */
  ambiguousProducts?: string[];
  /** HS prefixes of other goods under which this measure's goods are also declared (natural gas liquids under
   *  HS 2711.19, "other liquefied gases"): there a description naming the measure's words decides for certain. */
  wordsHs?: string[];
  /** Well-known words in a description that identify the goods (used when the HS code alone cannot decide). */
  words?: string[];
  hsConfidence?: Confidence;
  /** The measure reaches an item only above this value in US dollars (2270 Annex V, 2321 Annex IV). */
  minValueUsd?: number;
  /** The measure reaches only new goods (2321 para 30): the description says new or used; neither asks for it. */
  newOnly?: boolean;
  /** The measure reaches a line only when no other measure of its direction does (HS chapter 27 to the DPRK). */
  fallback?: boolean;
}

/** The transaction fields a fact may read (docs/law-and-check.md: facts). */
export type FactField =
  | 'to' | 'from' | 'partner' | 'deliveredAt' | 'service.kind' | 'aircraft.type' | 'aircraft.use' | 'aircraft.operator'
  | 'banking.kind' | 'banking.act' | 'banking.bankCountry' | 'banking.location' | 'banking.holder' | 'banking.accounts'
  | 'worker.hostNational' | 'worker.repatriationBarred' | 'vessels.flag' | 'goods.hs' | 'goods.quantity' | 'goods.origin'
  /** The registry a vessel is entered in: `to` when given, else the vessel's own flag. */
  | 'registry'
  /** The country (else nationality) of the parties whose role names one of `roles` (owner, operator, lessee). */
  | 'parties.country'
  /** Whether a goods measure prohibits the transaction's goods (a vessel's cargo: 1874 para 17). */
  | 'goods.prohibited';

/**
 * One fact about a transaction, as the law data states it: the field equals (`is`), differs from (`not`),
 * is one of (`in`) or exceeds (`above`) a value, or is not given (`absent`); goods lines within HS
 * prefixes (`hs`) or at most a quantity (`atMost`). `says` is what the fact means, for the sentence when it does not hold.
 */
export interface Fact {
  field: FactField;
  is?: string | boolean | number;
  not?: string | boolean | number;
  in?: string[];
  above?: number;
  hs?: string[];
  atMost?: { bbl?: number; t?: number; kg?: number; l?: number };
  /** The fact holds when the field is not given at all (a payment is not a banking presence). */
  absent?: true;
  /** parties.country: the role words that pick the parties (a role containing "owner" picks "registered owner"). */
  roles?: string[];
  says: string;
}

export interface Applies {
  types: TransactionType[];
  direction?: 'to-dprk' | 'from-dprk' | 'either';
  goods?: GoodsScope;
  vesselFlag?: string;
  designatedParties?: boolean;
  workerNationality?: string;
  jointVenture?: boolean;
  /** The measure applies only to these purposes (e.g. trade-finance); a missing purpose asks for review. */
  purposes?: string[];
  /** Every fact must hold (a missing one asks for its field). */
  when?: Fact[];
  /** At least one fact must hold (none holding, one missing: asks for its field). */
  whenAny?: Fact[];
}

export interface Exemption {
  kind: 'approval' | 'purpose' | 'project' | 'grandfather' | 'fact';
  effect: Effect;
  summary: string;
  confidence?: Confidence;
  purposes?: string[];
  projects?: string[];
  /** grandfather: the date field that must be strictly before `before`; the act must be on or before `until`. */
  field?: 'contract.finalized' | 'jointVenture.established';
  before?: string;
  until?: string;
  duties?: Duty[];
  /** The facts the exception needs (where the supply happens, what the goods are, how much): a claim that
   *  does not fit them is review saying why. For kind `fact`, the first fact's field absent = not claimed. */
  requires?: Fact[];
  /** The goods the exception covers when the measure reaches more (2371 para 8: the Rajin exception is for
   *  coal, not iron): a line in question outside them keeps the measure's own effect. */
  goods?: { hs?: string[]; products?: string[]; words?: string[] };
}

export interface Cap {
  commodity: CapCommodity;
  barrels?: number;
  tonnes?: number;
  usd?: number;
  thresholds: number[];
  thresholdsConfidence?: Confidence;
  reportWithinDays: number;
  periods?: { period: string; start: string; end: string }[];
  recurring?: { firstStart: string; months: number; through: string; key: 'year' | 'range' };
}

export interface Measure {
  id: string;
  resolution: number;
  paragraph: string;
  /** How sure the paragraph number itself is, when less sure than the content ("S (number U)"). */
  paragraphConfidence?: Confidence;
  title: string;
  /** First day in force (inclusive). */
  effective: string;
  /** Last day in force (inclusive), if the measure has an end. */
  ends?: string;
  supersededBy?: { measure: string; from: string };
  related?: string[];
  confidence: Confidence;
  source: string;
  summary: string;
  /** What the measure does to an act in its scope; absent = listed for reference, not evaluated. */
  effect?: Effect;
  applies?: Applies;
  exemptions?: Exemption[];
  duties?: Duty[];
  cap?: Cap;
  /** The act is allowed only for these purposes (2375 para 14(c): exclusively for livelihood purposes);
   *  a stated purpose outside them is prohibited, while no purpose keeps the condition in the summary. */
  onlyForPurposes?: string[];
  /** With onlyForPurposes, when no purpose is stated: ask for one (`requires-review`: 2375 para 14(c),
   *  2397 para 5) or prohibit the act (`prohibits`: 2321 para 26(b) coal, iron and iron ore). */
  missingPurpose?: 'requires-review' | 'prohibits';
  /** The Committee's case-by-case power to exempt what an approval names: any measure, or humanitarian
   *  activities only (2321 para 46), from this measure's effective date. */
  exemptionPower?: 'any' | 'humanitarian';
  /** Derived at load: the last day in force, from `ends` and `supersededBy` (undefined = open-ended). */
  lastDay?: string;
  /** Derived at load: the file it came from, relative to the law folder. */
  file: string;
}

export interface Resolution {
  resolution: number;
  adopted: string;
  title: string;
  file: string;
}

/** The loaded, validated, deep-frozen law. */
export interface Law {
  /** A hash of the files' contents: decisions carry it as `lawVersion`. */
  version: string;
  dir: string;
  resolutions: readonly Resolution[];
  measures: readonly Measure[];
  byId: Readonly<Record<string, Measure>>;
  capPeriods: Readonly<Record<CappedCommodity, readonly CapPeriod[]>>;
}

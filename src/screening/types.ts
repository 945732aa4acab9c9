/** Public shapes of the screening engine. */
import type { NameKind, RecordKind } from './un-list/model.ts';

/** The default matcher. INVARIANT: results stored under a matcher's name are reproducible; a change in
 *  matching gets a new version beside the old ones (src/screening/profile.ts), never an edit in place. */
export const ALGORITHM = 'korean-v3';

/** Results at or above this score are matches (see docs/screening.md for why 0.85). */
export const DEFAULT_THRESHOLD = 0.85;

/** Results at or above this score, below the match threshold, are possible matches: a person looks at
 *  them (docs/screening.md says why 0.6: one different syllable of three scores 0.67, one of two 0.5). */
export const DEFAULT_REVIEW_THRESHOLD = 0.6;

/** `match`: at or above the threshold; `possible`: at or above the review threshold, below the threshold. */
export type Band = 'match' | 'possible';

/** One feature's contribution: `score` is what it added (name: the name similarity itself; others: a
 *  signed adjustment), `weight` the most it could add, `detail` the reason in plain words. */
export interface ExplanationEntry {
  feature: 'name' | 'name-kind' | 'generic-name' | 'other-business' | 'country-contradicts' | 'dob' | 'nationality' | 'country' | 'document' | 'type' | 'evidence-floor' | 'name-inside';
  score: number;
  weight: number;
  detail: string;
}

export interface ScreeningQuery {
  name: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  dob?: string;
  nationality?: string;
  /** The party's country (check's parties): korean-v2 takes it as corroboration of a generic entity name. */
  country?: string;
  type?: RecordKind;
  documents?: string[];
}

export interface ScreenOptions {
  /** A match at or above this (default DEFAULT_THRESHOLD). */
  threshold?: number;
  /** A possible match at or above this, below `threshold` (default DEFAULT_REVIEW_THRESHOLD for korean-v3;
   *  korean-v1 and korean-v2 default to `threshold`, i.e. matches only); at or above `threshold`, no
   *  possible matches are reported. */
  reviewThreshold?: number;
  /** Screen only these records (by reference), e.g. those changed since an older list. */
  refs?: ReadonlySet<string>;
  /** At most this many matches (best first); default all. */
  limit?: number;
}

export interface ScreeningMatch {
  ref: string;
  name: string; // the listed name that matched
  score: number; // 0..1, rounded to 3 decimals
  band: Band;
  regime: string;
  kind: NameKind;
  recordKind: RecordKind;
  explanation: ExplanationEntry[];
  algorithm: string;
  listVersion: string;
}

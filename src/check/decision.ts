/** What `check` returns: a record of why, never a bare boolean (CONTRACT §1). */
import type { Confidence, DutyKind, Effect } from '../law/measure.ts';

export type Outcome = 'prohibited' | 'review' | 'conditional' | 'permitted';

export interface Reason {
  measure: string;
  resolution: number;
  paragraph: string;
  effect: Effect;
  summary: string;
  confidence: Confidence;
  /** For requires-review: the input path whose value would decide (e.g. "goods[0].product"). */
  field?: string;
  /** "U" when the paragraph number itself is unconfirmed (the rule's content may be surer). */
  paragraphConfidence?: Confidence;
  /** The Committee approval's reference, on a reason an approval gave. */
  reference?: string;
  /** On a screening reason: the listed entry matched, its score, the matcher and the list it used. */
  matchedRef?: string;
  score?: number;
  algorithm?: string;
  listVersion?: string;
  /** On a screening reason: the day the matched record was listed, when the screener knows it. */
  listedOn?: string;
  /** On a screening reason for a formerly-listed record: the day of the first stored list without it. */
  listedUntil?: string;
  /** On a screening reason: `match` or `possible` (CONTRACT §2), and the record's regime (UN_LIST_TYPE). */
  band?: 'match' | 'possible';
  regime?: string;
}

/** Something that went wrong while evaluating (the decision is then at least `review`). */
export interface EvaluationError {
  message: string;
  /** The measure being applied, when there was one. */
  measure?: string;
}

export interface Obligation {
  kind: DutyKind;
  due: string;
  resolution: number;
  paragraph: string;
  measure: string;
  summary?: string;
  /** How sure the due date is (U: unconfirmed reading, shown as such). */
  confidence?: Confidence;
}

export interface Decision {
  id?: string;
  outcome: Outcome;
  reasons: Reason[];
  obligations: Obligation[];
  /** Present only when something went wrong while evaluating; the outcome is then at least review. */
  errors?: EvaluationError[];
  lawVersion: string;
  evaluatedFor: string;
}

const RANK: Record<Effect, number> = { permits: 0, conditions: 1, 'requires-review': 2, prohibits: 3 };
const OUTCOME_OF_RANK: readonly Outcome[] = ['permitted', 'conditional', 'review', 'prohibited'];

/** INVARIANT: the outcome is the strictest effect among the reasons (none = permitted). */
export function outcomeOf(reasons: readonly Reason[]): Outcome {
  let worst = 0;
  for (const r of reasons) {
    const k = RANK[r.effect];
    if (k > worst) worst = k;
  }
  return OUTCOME_OF_RANK[worst]!;
}

export function effectRank(e: Effect): number {
  return RANK[e];
}

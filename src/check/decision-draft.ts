/**
 * The per-call state of one evaluation (reasons, obligations, errors, which approvals were used) and
 * the two ways passes add to it. Duties become obligations with their due dates here.
 */
import { addDays } from '../law/dates.ts';
import type { Duty, Measure } from '../law/measure.ts';
import type { CompiledLaw } from './compile-law.ts';
import type { ReviewCause } from './compiled-measure.ts';
import type { EvaluationError, Obligation, Reason } from './decision.ts';

/** The decision being drawn up by one evaluation, before `decide` makes it a Decision. */
export interface DecisionDraft {
  reasons: Reason[];
  obligations: Obligation[];
  /** Allocated at the first error (most evaluations have none). */
  errors: EvaluationError[] | undefined;
  compiled: CompiledLaw;
  /** Per approval: whether some measure it names reached the transaction (allocated only with approvals). */
  approvalsSeen: boolean[] | undefined;
  /** The stated purpose as the law names it ("Livelihood" reads as livelihood), or as stated when unknown. */
  purpose: string | undefined;
  /** A purpose was stated that the engine cannot read (not in the law's vocabulary). */
  purposeUnknown: boolean;
  /** Set once the goods measures have run: whether one prohibits the goods (facts read it: `goods.prohibited`). */
  cargoProhibited?: boolean;
}

export interface Uncertainty {
  cause: ReviewCause;
  field: string;
  /** Words the review sentence needs (the purpose stated). */
  detail?: string;
}

/** Record what went wrong while evaluating (the decision becomes at least review). */
export function pushError(draft: DecisionDraft, e: EvaluationError): void {
  (draft.errors ??= []).push(e);
}

export function pushReason(draft: DecisionDraft, r: Reason): void {
  // Shared reason objects make duplicates (two textile lines) an identity check.
  if (!draft.reasons.includes(r)) draft.reasons.push(r);
}

const fixedDue = new WeakMap<Duty, Obligation>();
const relativeDue = new WeakMap<Duty, Map<string, Obligation>>();

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The due date of a relative duty: days after (or before) the act, or the schedule's next day after it. */
function dueOf(d: Duty, date: string): string {
  if (d.every) {
    const k = Math.max(0, Math.floor(daysBetween(d.every.from, date) / d.every.days)) + 1;
    return addDays(d.every.from, k * d.every.days);
  }
  return addDays(date, d.daysAfter ?? 0);
}

function obligationFor(m: Measure, d: Duty, date: string): Obligation {
  if (d.due !== undefined) {
    let o = fixedDue.get(d);
    if (!o) {
      o = Object.freeze({ kind: d.kind, due: d.due, resolution: m.resolution, paragraph: m.paragraph, measure: m.id, summary: d.summary, confidence: d.confidence ?? m.confidence });
      fixedDue.set(d, o);
    }
    return o;
  }
  let byDate = relativeDue.get(d);
  if (!byDate) {
    byDate = new Map();
    relativeDue.set(d, byDate);
  }
  let o = byDate.get(date);
  if (!o) {
    o = Object.freeze({ kind: d.kind, due: dueOf(d, date), resolution: m.resolution, paragraph: m.paragraph, measure: m.id, summary: d.summary, confidence: d.confidence ?? m.confidence });
    byDate.set(date, o);
  }
  return o;
}

export function pushDuties(draft: DecisionDraft, m: Measure, duties: readonly Duty[] | undefined, date: string): void {
  if (!duties) return;
  for (const d of duties) {
    const o = obligationFor(m, d, date);
    if (!draft.obligations.includes(o)) draft.obligations.push(o);
  }
}

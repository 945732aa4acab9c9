/**
 * decide: the outcome is the strictest effect among the reasons; errors make it at least `review`.
 * A prohibition cannot be undone by any field, so a prohibited decision drops the review lines that ask
 * for such a field, and the "permits" and "conditions" lines and the duties of the paths that would have
 * let the act go ahead (a notice due "within 30 days" beside a ban reads as if the delivery could
 * proceed); reviews of a Committee approval that could not apply stay, as the user relied on it.
 */
import type { Law } from '../law/measure.ts';
import type { DecisionDraft } from './decision-draft.ts';
import { outcomeOf, type Decision, type Reason } from './decision.ts';
import type { Transaction } from './transaction.ts';

/**
 * Beside a prohibition only what decides stays, and every reason about a Committee approval (it carries the
 * approval's reference): the user relied on it, so an approval that lifts one measure while another still
 * prohibits is said, never silently dropped (REGIME §1: a decision never ignores an approval).
 */
function keepBesideProhibition(r: Reason): boolean {
  if (r.effect === 'permits' || r.effect === 'conditions' || r.effect === 'requires-review') return r.reference !== undefined;
  return true;
}

export function decide(tx: Transaction, law: Law, draft: DecisionDraft): Decision {
  let reasons = draft.reasons;
  let outcome = outcomeOf(reasons);
  let obligations = draft.obligations;
  if (outcome === 'prohibited') {
    if (reasons.length > 1) reasons = reasons.filter(keepBesideProhibition);
    if (obligations.length > 0) obligations = [];
  }
  const errors = draft.errors;
  if (errors !== undefined && outcome !== 'prohibited') outcome = 'review';
  const d: Decision = tx.id !== undefined
    ? { id: tx.id, outcome, reasons, obligations, lawVersion: law.version, evaluatedFor: tx.date }
    : { outcome, reasons, obligations, lawVersion: law.version, evaluatedFor: tx.date };
  if (errors !== undefined) {
    // Key order as JSON shows it: errors after obligations.
    return tx.id !== undefined
      ? { id: tx.id, outcome, reasons, obligations, errors, lawVersion: law.version, evaluatedFor: tx.date }
      : { outcome, reasons, obligations, errors, lawVersion: law.version, evaluatedFor: tx.date };
  }
  return d;
}

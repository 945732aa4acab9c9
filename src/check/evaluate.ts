/**
 * evaluate(transaction, law, ctx) -> Decision: pure and deterministic. Time travel comes free: the
 * law is looked up for the transaction's own date. Fail closed: a measure that throws while being
 * evaluated turns into a review reason, never a silent pass.
 */
import type { Law } from '../law/measure.ts';
import type { CheckContext } from './context.ts';
import { compiledLaw, intervalFor } from './compile-law.ts';
import { reviewReason } from './compiled-measure.ts';
import { outcomeOf, type Decision, type Obligation, type Reason } from './decision.ts';
import { matchGoods } from './match-goods.ts';
import { matchOther, matchParties } from './match-other.ts';
import { screenVessels } from './screen-vessels.ts';
import type { Sink } from './apply-measure.ts';
import type { Transaction } from './transaction.ts';

export function evaluate(tx: Transaction, law: Law, ctx?: CheckContext): Decision {
  const cl = compiledLaw(law);
  const iv = intervalFor(cl, tx.date);
  const reasons: Reason[] = [];
  const obligations: Obligation[] = [];
  const sink: Sink = { reasons, obligations };
  try {
    if (tx.type === 'goods') matchGoods(tx, iv, cl, ctx, sink);
    const other = iv.byType[tx.type];
    if (other.length > 0) matchOther(tx, other, ctx, sink);
    if (iv.parties.length > 0) matchParties(tx, iv.parties, ctx, sink);
    screenVessels(tx, ctx, sink);
  } catch (e) {
    // INVARIANT: an evaluation error never yields `permitted`.
    const cm = iv.parties[0] ?? iv.goodsTo.all[0] ?? iv.goodsFrom.all[0];
    const detail = e instanceof Error ? e.message : String(e);
    if (cm) reasons.push(reviewReason(cm, 'error', 'type', detail));
    else reasons.push({ measure: 'unscr-1718-8d', resolution: 1718, paragraph: '8(d)', effect: 'requires-review', summary: `The transaction could not be evaluated (${detail}): review by hand.`, confidence: 'U', field: 'type' });
  }
  const outcome = outcomeOf(reasons);
  if (tx.id !== undefined) return { id: tx.id, outcome, reasons, obligations, lawVersion: law.version, evaluatedFor: tx.date };
  return { outcome, reasons, obligations, lawVersion: law.version, evaluatedFor: tx.date };
}

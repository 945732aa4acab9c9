/**
 * evaluate(transaction, law, ctx) -> Decision: pure, synchronous and deterministic. Time travel comes
 * free: the law is looked up for the transaction's own date. A pipeline of passes (docs/law-and-check.md):
 *  1. select — the goods measures reaching each line (whatever the transaction's type), the measures of
 *     the type (and the vessel-transfer measures where the record shows a ship-to-ship transfer),
 *     the designated-party check;
 *  2. group — goods hits by measure, so each measure sees all its lines (a cap is per transaction);
 *     approvals are matched to the measures they name;
 *  3. apply — each measure once: exemptions, approvals, grandfathering, caps, duties;
 *  4. decide — the strictest effect; evaluation errors collected in `errors`, never dressed up as a
 *     citation no measure gave. Fail closed: an error never yields `permitted`.
 */
import type { Law } from '../law/measure.ts';
import type { CheckContext } from './context.ts';
import { compiledLaw, intervalFor, readPurpose } from './compile-law.ts';
import { checkApprovals, unusedApproval } from './approvals.ts';
import { applyMeasure } from './apply-measure.ts';
import { pushError, pushReason, type DecisionDraft } from './decision-draft.ts';
import { decide } from './decide.ts';
import type { Decision } from './decision.ts';
import { selectGoods } from './select-goods.ts';
import { beforeFirstMeasure } from './before-measures.ts';
import { matchOther, matchParties } from './match-other.ts';
import { matchTextNames } from './match-text-names.ts';
import { screenVessels } from './screen-vessels.ts';
import { matchTransfer } from './sts-transfer.ts';
import { matchVesselsInText } from './vessels-in-text.ts';
import type { Transaction } from './transaction.ts';

export function evaluate(tx: Transaction, law: Law, ctx?: CheckContext): Decision {
  const compiled = compiledLaw(law);
  // Bad input, not a decision: an approval naming nothing in the law (exit 1, field named).
  if (tx.approvals) checkApprovals(tx, compiled);
  const interval = intervalFor(compiled, tx.date);
  const p = readPurpose(compiled, tx.purpose);
  const draft: DecisionDraft = { reasons: [], obligations: [], errors: undefined, compiled, approvalsSeen: tx.approvals ? [] : undefined, purpose: p.purpose, purposeUnknown: !p.known, cargoProhibited: false };
  try {
    if (tx.type === 'goods' || (tx.goods !== undefined && tx.goods.length > 0)) {
      const hits = selectGoods(tx, interval, compiled, draft);
      for (let k = 0; k < hits.length; k++) {
        const h = hits[k]!;
        // A goods measure scoped to purposes (a claimed exception that leaves another measure standing)
        // reaches only a transaction stating one of them.
        const only = h.measure.purposes;
        if (only !== undefined && (draft.purpose === undefined || !only.has(draft.purpose))) continue;
        if (h.lines.length > 0) applyMeasure(h.measure, tx, ctx, draft, undefined, h.lines);
        else applyMeasure(h.measure, tx, ctx, draft, h.uncertain);
      }
      // What the goods measures found is a fact for the measures of the type (1874 para 17: a vessel
      // believed to carry prohibited items): only goods reasons are in the draft yet.
      for (let k = 0; k < draft.reasons.length && !draft.cargoProhibited; k++) draft.cargoProhibited = draft.reasons[k]!.effect === 'prohibits';
    }
    const other = interval.byType[tx.type];
    if (other.length > 0) matchOther(tx, other, ctx, draft);
    // A ship-to-ship transfer the record shows on another type (goods carried, then transferred at sea).
    matchTransfer(tx, interval.byType['vessel-transfer'], ctx, draft);
    if (interval.parties.length > 0) matchParties(tx, interval.parties, ctx, draft);
    if (interval.parties.length > 0) matchTextNames(tx, interval.parties, ctx, draft);
    const seen = draft.approvalsSeen;
    if (seen) {
      for (let i = 0; i < tx.approvals!.length; i++) {
        if (seen[i]) continue;
        const r = unusedApproval(tx, i, compiled);
        if (r) pushReason(draft, r);
      }
    }
    screenVessels(tx, ctx, draft);
    matchVesselsInText(tx, ctx, draft);
    // No measure in force on the date: said, never an empty list of reasons.
    const none = beforeFirstMeasure(tx, compiled, ctx);
    if (none !== undefined) pushReason(draft, none);
  } catch (e) {
    // INVARIANT: an evaluation error never yields `permitted` (decide makes it at least review).
    pushError(draft, { message: e instanceof Error ? e.message : String(e) });
  }
  return decide(tx, law, draft);
}

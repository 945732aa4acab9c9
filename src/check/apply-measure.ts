/**
 * apply: one measure that reaches a transaction, once. Pick the most lenient exemption that holds
 * (Committee approval matched to the measure, purpose, carve-out project, grandfathering window),
 * else ask for the field a possible exemption needs, else the measure's own effect (with the cap,
 * summed over the transaction's lines, for capped commodities). Adds reasons and duties to the draft.
 */
import { applyCap } from './apply-cap.ts';
import { namesMeasure, useApproval, type ApprovalUse } from './approvals.ts';
import type { CheckContext } from './context.ts';
import { effectRank, type Reason } from './decision.ts';
import { reviewReason, type CompiledExemption, type CompiledMeasure } from './compiled-measure.ts';
import { checkFacts, type FactResult } from './facts.ts';
import { claimedProject } from './project-claim.ts';
import { pushDuties, pushError, pushReason, type DecisionDraft, type Uncertainty } from './decision-draft.ts';
import type { Transaction } from './transaction.ts';

/** Whether an exemption holds: yes, no, a grandfathering date is missing, or the exception is claimed
 *  (its purpose or project is stated) and the facts it needs do not fit or are not given. */
type Holds = boolean | 'missing' | { claim: FactResult & { ok: false } };

function claimed(ce: CompiledExemption, tx: Transaction, lines: readonly number[] | undefined): Holds {
  const req = ce.ex.requires;
  if (!req) return true;
  const r = checkFacts(req, tx, lines);
  return r.ok ? true : { claim: r };
}

/** Whether every line in question is among the goods the exception covers (2371 para 8: coal, not iron). */
function covered(ce: CompiledExemption, tx: Transaction, lines: readonly number[] | undefined): boolean {
  const covers = ce.covers;
  if (!covers) return true;
  const goods = tx.goods ?? [];
  if (lines === undefined) return goods.every(covers);
  for (const i of lines) if (!covers(goods[i]!)) return false;
  return true;
}

function holds(ce: CompiledExemption, tx: Transaction, draft: DecisionDraft, lines: readonly number[] | undefined): Holds {
  const ex = ce.ex;
  switch (ex.kind) {
    case 'approval':
      return false; // matched in approvals.ts
    case 'purpose':
      if (draft.purpose === undefined || ce.purposes === undefined || !ce.purposes.has(draft.purpose)) return false;
      if (!covered(ce, tx, lines)) return false;
      return claimed(ce, tx, lines);
    case 'project': {
      if (ce.projects === undefined) return false;
      const p = claimedProject(tx, ce.projects);
      if (p === undefined || !ce.projects.has(p)) return false;
      // Goods the exception does not cover are not lifted by claiming it (iron ore through Rajin).
      if (!covered(ce, tx, lines)) return false;
      if (ex.before !== undefined) {
        // A carve-out for existing projects only: the project must predate `before`.
        const est = tx.jointVenture?.established;
        if (est === undefined) return 'missing';
        if (est >= ex.before) return false;
      }
      return claimed(ce, tx, lines);
    }
    case 'grandfather': {
      if (ex.until !== undefined && tx.date > ex.until) return false;
      // Fail closed: without the date the engine cannot tell a grandfathered act from a banned one.
      const v = ex.field === 'contract.finalized' ? tx.contract?.finalized : tx.jointVenture?.established;
      if (v === undefined) return 'missing';
      return v < ex.before!;
    }
    case 'fact':
      // A fact-based exception (2397 para 8: the worker is a national of that State) holds only when every fact does.
      return ex.requires !== undefined && checkFacts(ex.requires, tx, lines).ok;
  }
}

function grandfatherDetail(ce: CompiledExemption): string {
  const ex = ce.ex;
  const what = ex.field === 'contract.finalized' ? 'the written contract was finalized' : 'the joint venture was established';
  const window = ex.until !== undefined ? ` (then it is allowed up to ${ex.until})` : '';
  return `${what} before ${ex.before}${window}`;
}

/** Fail closed: a measure that throws while being evaluated becomes a review reason and an error entry. */
export function applyMeasure(measure: CompiledMeasure, tx: Transaction, ctx: CheckContext | undefined, draft: DecisionDraft, uncertain?: Uncertainty, lines?: readonly number[]): void {
  try {
    applyUnchecked(measure, tx, ctx, draft, uncertain, lines);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    pushError(draft, { message, measure: measure.m.id });
    pushReason(draft, reviewReason(measure, 'error', uncertain?.field ?? 'type', message));
  }
}

/** The approvals naming this measure, each judged (lifts it, or why not). */
function approvalsFor(measure: CompiledMeasure, tx: Transaction, draft: DecisionDraft): ApprovalUse[] | undefined {
  const list = tx.approvals;
  if (!list) return undefined;
  let out: ApprovalUse[] | undefined;
  for (let i = 0; i < list.length; i++) {
    if (!namesMeasure(list[i]!.measure, measure.m.id)) continue;
    draft.approvalsSeen![i] = true;
    (out ??= []).push(useApproval(measure, tx, i, draft.compiled, draft.purpose));
  }
  return out;
}

/** An approval not needed because an exemption holds on the facts given: cited, never silently dropped (REGIME §1 "26"). */
function approvalNotNeeded(measure: CompiledMeasure, approved: ApprovalUse & { ok: true }, tx: Transaction): Reason {
  const m = measure.m;
  const ref = tx.approvals![approved.index]!.reference;
  const r: Reason = { measure: m.id, resolution: m.resolution, paragraph: m.paragraph, effect: 'permits', summary: `Committee approval "${ref}" is not needed for "${m.title}" (${m.resolution} para ${m.paragraph}): an exception holds on the facts given.`, confidence: m.confidence, reference: ref };
  if (m.paragraphConfidence !== undefined) r.paragraphConfidence = m.paragraphConfidence;
  return r;
}

/** A measure that reaches only what no other measure reaches (HS chapter 27 to the DPRK): one review per line. */
function applyFallback(measure: CompiledMeasure, tx: Transaction, draft: DecisionDraft, lines: readonly number[]): void {
  const goods = tx.goods ?? [];
  for (const i of lines) {
    const line = goods[i]!;
    const field = line.hs !== undefined ? `goods[${i}].hs` : `goods[${i}].product`;
    const what = line.hs !== undefined ? `HS ${line.hs}` : `product "${line.product ?? 'unstated'}"`;
    const desc = line.description !== undefined ? ` ("${line.description.length > 80 ? `${line.description.slice(0, 80)}…` : line.description}")` : '';
    pushReason(draft, reviewReason(measure, 'fallback', field, `goods[${i}], ${what}${desc},`));
  }
}

function applyUnchecked(measure: CompiledMeasure, tx: Transaction, ctx: CheckContext | undefined, draft: DecisionDraft, uncertain?: Uncertainty, lines?: readonly number[]): void {
  if (measure.applies.goods?.fallback === true && !uncertain) {
    applyFallback(measure, tx, draft, lines ?? []);
    return;
  }
  let best: CompiledExemption | undefined;
  let missing: CompiledExemption | undefined;
  let claim: { ce: CompiledExemption; r: FactResult & { ok: false } } | undefined;
  for (const ce of measure.exemptions) {
    const h = holds(ce, tx, draft, lines);
    if (h === true) {
      if (!best || effectRank(ce.ex.effect) < effectRank(best.ex.effect)) best = ce;
    } else if (h === 'missing') {
      missing ??= ce;
    } else if (h !== false) {
      claim ??= { ce, r: h.claim };
    }
  }
  const own = effectRank(measure.effect);
  const approvals = approvalsFor(measure, tx, draft);
  let approved: (ApprovalUse & { ok: true }) | undefined;
  if (approvals) {
    for (const u of approvals) {
      if (!u.ok) pushReason(draft, u.reason);
      else if (!approved || effectRank(u.effect) < effectRank(approved.effect)) approved = u;
    }
  }
  // An approval (or exemption) as strict as the measure still replaces it: it carries its own conditions.
  // An approval is conditional on its being real (approvals.ts), so an exemption that permits on the facts
  // given goes first; the approval is then said beside it, not dropped.
  if (approved && effectRank(approved.effect) <= own && (!best || effectRank(approved.effect) <= effectRank(best.ex.effect)) && (!uncertain || approved.lifts === 'permits')) {
    for (const r of approved.reasons) pushReason(draft, r);
    if (approved.lifts === 'conditions') pushDuties(draft, measure.m, approved.clause?.ex.duties ?? measure.m.duties, tx.date);
    return;
  }
  if (best && effectRank(best.ex.effect) <= own && (!uncertain || best.ex.effect === 'permits')) {
    pushReason(draft, best.reason);
    if (approved) pushReason(draft, approvalNotNeeded(measure, approved, tx));
    if (best.ex.effect !== 'requires-review') pushDuties(draft, measure.m, best.ex.duties, tx.date);
    return;
  }
  if (uncertain) {
    pushReason(draft, reviewReason(measure, uncertain.cause, uncertain.field, uncertain.detail));
    return;
  }
  if (claim && effectRank(claim.ce.ex.effect) < own) {
    // An exception claimed (its purpose or project stated) must fit the facts; one that does not is not
    // silently dropped to the ban, nor taken on trust: review, saying what does not fit.
    const r = claim.r;
    const said = `"${claim.ce.ex.summary.replace(/\.$/, '')}"`;
    if ('missing' in r) pushReason(draft, reviewReason(measure, 'claim-missing', r.missing, `the exception (${said}) turns on it`));
    else pushReason(draft, reviewReason(measure, 'claim', r.field, `${r.fails} (the exception: ${said})`));
    return;
  }
  // Free text where the measure turns on the purpose: neither the exception nor the ban is safe to apply.
  const unreadable = draft.purposeUnknown && measure.purposeValues !== undefined ? reviewReason(measure, 'purpose-unknown', 'purpose', JSON.stringify(tx.purpose)) : undefined;
  if (unreadable && !measure.onlyFor) {
    pushReason(draft, unreadable);
    return;
  }
  if (missing && effectRank(missing.ex.effect) < own) {
    pushReason(draft, reviewReason(measure, 'grandfather', missing.ex.field!, grandfatherDetail(missing)));
    return;
  }
  let owed: Reason | undefined = unreadable;
  if (measure.onlyFor && !unreadable) {
    if (draft.purpose !== undefined && !measure.onlyFor.purposes.has(draft.purpose)) {
      pushReason(draft, measure.onlyFor.reason);
      return;
    }
    const none = draft.purpose === undefined ? measure.onlyFor.none : undefined;
    if (none?.effect === 'prohibits') {
      pushReason(draft, none);
      return;
    }
    owed = none;
  }
  if (measure.m.cap && measure.effect === 'conditions') {
    applyCap(measure, tx, ctx, draft, lines, owed);
    return;
  }
  if (owed) {
    pushReason(draft, owed);
    return;
  }
  pushReason(draft, measure.own);
  if (measure.effect === 'conditions' || measure.effect === 'permits') pushDuties(draft, measure.m, measure.m.duties, tx.date);
}

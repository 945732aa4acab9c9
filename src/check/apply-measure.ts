/**
 * apply: one measure that reaches a transaction, once. Pick the most lenient exemption that holds
 * (Committee approval matched to the measure, purpose, carve-out project, grandfathering window),
 * else ask for the field a possible exemption needs, else the measure's own effect (with the cap,
 * summed over the transaction's lines, for capped commodities). Adds reasons and duties to the sink.
 */
import { applyCap } from './apply-cap.ts';
import { namesMeasure, useApproval, type ApprovalUse } from './approvals.ts';
import type { CheckContext } from './context.ts';
import { effectRank, type Reason } from './decision.ts';
import { reviewReason, type CompiledExemption, type CompiledMeasure } from './compiled-measure.ts';
import { pushDuties, pushError, pushReason, type Sink, type Uncertainty } from './sink.ts';
import type { Transaction } from './transaction.ts';

function holds(ce: CompiledExemption, tx: Transaction): boolean | 'missing' {
  const ex = ce.ex;
  switch (ex.kind) {
    case 'approval':
      return false; // matched in approvals.ts
    case 'purpose':
      return tx.purpose !== undefined && ce.purposes !== undefined && ce.purposes.has(tx.purpose);
    case 'project': {
      const p = tx.jointVenture?.project;
      if (p === undefined || ce.projects === undefined || !ce.projects.has(p)) return false;
      if (ex.before === undefined) return true;
      // A carve-out for existing projects only: the project must predate `before`.
      const est = tx.jointVenture?.established;
      return est === undefined ? 'missing' : est < ex.before;
    }
    case 'grandfather': {
      if (ex.until !== undefined && tx.date > ex.until) return false;
      // Fail closed: without the date the engine cannot tell a grandfathered act from a banned one.
      const v = ex.field === 'contract.finalized' ? tx.contract?.finalized : tx.jointVenture?.established;
      if (v === undefined) return 'missing';
      return v < ex.before!;
    }
  }
}

function grandfatherDetail(ce: CompiledExemption): string {
  const ex = ce.ex;
  const what = ex.field === 'contract.finalized' ? 'the written contract was finalized' : 'the joint venture was established';
  const window = ex.until !== undefined ? ` (then it is allowed up to ${ex.until})` : '';
  return `${what} before ${ex.before}${window}`;
}

/** Fail closed: a measure that throws while being evaluated becomes a review reason and an error entry. */
export function applyMeasure(cm: CompiledMeasure, tx: Transaction, ctx: CheckContext | undefined, sink: Sink, uncertain?: Uncertainty, lines?: readonly number[]): void {
  try {
    applyUnchecked(cm, tx, ctx, sink, uncertain, lines);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    pushError(sink, { message, measure: cm.m.id });
    pushReason(sink, reviewReason(cm, 'error', uncertain?.field ?? 'type', message));
  }
}

/** The approvals naming this measure, each judged (lifts it, or why not). */
function approvalsFor(cm: CompiledMeasure, tx: Transaction, sink: Sink): ApprovalUse[] | undefined {
  const list = tx.approvals;
  if (!list) return undefined;
  let out: ApprovalUse[] | undefined;
  for (let i = 0; i < list.length; i++) {
    if (!namesMeasure(list[i]!.measure, cm.m.id)) continue;
    sink.approvalsSeen![i] = true;
    (out ??= []).push(useApproval(cm, tx, i, sink.cl));
  }
  return out;
}

function applyUnchecked(cm: CompiledMeasure, tx: Transaction, ctx: CheckContext | undefined, sink: Sink, uncertain?: Uncertainty, lines?: readonly number[]): void {
  let best: CompiledExemption | undefined;
  let missing: CompiledExemption | undefined;
  for (const ce of cm.exemptions) {
    const h = holds(ce, tx);
    if (h === true) {
      if (!best || effectRank(ce.ex.effect) < effectRank(best.ex.effect)) best = ce;
    } else if (h === 'missing' && !missing) {
      missing = ce;
    }
  }
  const own = effectRank(cm.effect);
  const approvals = approvalsFor(cm, tx, sink);
  let approved: (ApprovalUse & { ok: true }) | undefined;
  if (approvals) {
    for (const u of approvals) {
      if (!u.ok) pushReason(sink, u.reason);
      else if (!approved || effectRank(u.effect) < effectRank(approved.effect)) approved = u;
    }
  }
  // An approval (or exemption) as strict as the measure still replaces it: it carries its own conditions.
  if (approved && effectRank(approved.effect) <= own && (!best || effectRank(approved.effect) <= effectRank(best.ex.effect)) && (!uncertain || approved.effect === 'permits')) {
    for (const r of approved.reasons) pushReason(sink, r);
    if (approved.effect === 'conditions') pushDuties(sink, cm.m, approved.clause?.ex.duties ?? cm.m.duties, tx.date);
    return;
  }
  if (best && effectRank(best.ex.effect) <= own && (!uncertain || best.ex.effect === 'permits')) {
    pushReason(sink, best.reason);
    if (best.ex.effect !== 'requires-review') pushDuties(sink, cm.m, best.ex.duties, tx.date);
    return;
  }
  if (uncertain) {
    pushReason(sink, reviewReason(cm, uncertain.cause, uncertain.field));
    return;
  }
  if (missing && effectRank(missing.ex.effect) < own) {
    pushReason(sink, reviewReason(cm, 'grandfather', missing.ex.field!, grandfatherDetail(missing)));
    return;
  }
  let owed: Reason | undefined;
  if (cm.onlyFor) {
    if (tx.purpose !== undefined && !cm.onlyFor.purposes.has(tx.purpose)) {
      pushReason(sink, cm.onlyFor.reason);
      return;
    }
    const none = tx.purpose === undefined ? cm.onlyFor.none : undefined;
    if (none?.effect === 'prohibits') {
      pushReason(sink, none);
      return;
    }
    owed = none;
  }
  if (cm.m.cap && cm.effect === 'conditions') {
    applyCap(cm, tx, ctx, sink, lines, owed);
    return;
  }
  if (owed) {
    pushReason(sink, owed);
    return;
  }
  pushReason(sink, cm.own);
  if (cm.effect === 'conditions' || cm.effect === 'permits') pushDuties(sink, cm.m, cm.m.duties, tx.date);
}

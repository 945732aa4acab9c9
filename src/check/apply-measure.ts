/**
 * Apply one measure that reaches a transaction: pick the most lenient exemption that holds (Committee
 * approval, purpose, carve-out project, grandfathering window), else ask for the field a possible
 * exemption needs, else the measure's own effect (with the cap ledger for capped commodities). Adds
 * the reason and any duties to the sink.
 */
import { DEFAULT_BARRELS_PER_TONNE } from '../law/cap-period.ts';
import { addDays } from '../law/dates.ts';
import type { Duty, Measure } from '../law/measure.ts';
import type { CheckContext } from './context.ts';
import type { Obligation, Reason } from './decision.ts';
import { effectRank } from './decision.ts';
import { reviewReason, type CompiledExemption, type CompiledMeasure, type ReviewCause } from './compiled-measure.ts';
import type { GoodsLine, Transaction } from './transaction.ts';

export interface Sink {
  reasons: Reason[];
  obligations: Obligation[];
}

export interface Uncertainty {
  cause: ReviewCause;
  field: string;
}

export function pushReason(sink: Sink, r: Reason): void {
  // Shared reason objects make duplicates (two textile lines) an identity check.
  if (!sink.reasons.includes(r)) sink.reasons.push(r);
}

const fixedDue = new WeakMap<Duty, Obligation>();
const relativeDue = new WeakMap<Duty, Map<string, Obligation>>();

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
    o = Object.freeze({ kind: d.kind, due: addDays(date, d.daysAfter ?? 0), resolution: m.resolution, paragraph: m.paragraph, measure: m.id, summary: d.summary, confidence: d.confidence ?? m.confidence });
    byDate.set(date, o);
  }
  return o;
}

function pushDuties(sink: Sink, m: Measure, duties: readonly Duty[] | undefined, date: string): void {
  if (!duties) return;
  for (const d of duties) {
    const o = obligationFor(m, d, date);
    if (!sink.obligations.includes(o)) sink.obligations.push(o);
  }
}

function approves(tx: Transaction, id: string): boolean {
  const list = tx.approvals;
  if (!list) return false;
  for (const a of list) {
    // An approval for "unscr-2375-17" covers "unscr-2375-17" and "unscr-2375-17-…".
    if (a.measure === id || (id.startsWith(a.measure) && id.charCodeAt(a.measure.length) === 45)) return true;
  }
  return false;
}

function holds(ce: CompiledExemption, tx: Transaction, id: string): boolean | 'missing' {
  const ex = ce.ex;
  switch (ex.kind) {
    case 'approval':
      return approves(tx, id);
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

/** Fail closed: a measure that throws while being evaluated becomes a review reason naming the error. */
export function applyMeasure(cm: CompiledMeasure, tx: Transaction, ctx: CheckContext | undefined, sink: Sink, uncertain?: Uncertainty, line?: GoodsLine): void {
  try {
    applyUnchecked(cm, tx, ctx, sink, uncertain, line);
  } catch (e) {
    pushReason(sink, reviewReason(cm, 'error', uncertain?.field ?? 'type', e instanceof Error ? e.message : String(e)));
  }
}

function applyUnchecked(cm: CompiledMeasure, tx: Transaction, ctx: CheckContext | undefined, sink: Sink, uncertain?: Uncertainty, line?: GoodsLine): void {
  const id = cm.m.id;
  let best: CompiledExemption | undefined;
  let missing: CompiledExemption | undefined;
  for (const ce of cm.exemptions) {
    const h = holds(ce, tx, id);
    if (h === true) {
      if (!best || effectRank(ce.ex.effect) < effectRank(best.ex.effect)) best = ce;
    } else if (h === 'missing' && !missing) {
      missing = ce;
    }
  }
  const own = effectRank(cm.effect);
  if (best && effectRank(best.ex.effect) < own && (!uncertain || best.ex.effect === 'permits')) {
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
  if (cm.onlyFor && tx.purpose !== undefined && !cm.onlyFor.purposes.has(tx.purpose)) {
    pushReason(sink, cm.onlyFor.reason);
    return;
  }
  if (cm.m.cap && cm.effect === 'conditions') {
    applyCap(cm, tx, ctx, sink, line);
    return;
  }
  pushReason(sink, cm.own);
  if (cm.effect === 'conditions' || cm.effect === 'permits') pushDuties(sink, cm.m, cm.m.duties, tx.date);
}

function fmt(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

/** Percent to one decimal, so 99.6 % never reads as a full 100 %. */
function pct(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

interface CapAmount {
  bbl: number;
  t: number;
}

/**
 * A goods line's quantity in both cap units (kg -> t; the other unit derived at the commodity's default
 * factor, as the ledger does). undefined: no quantity given; 'unit': a quantity whose unit cannot be
 * compared with a cap kept in barrels and tonnes.
 */
function capAmount(commodity: keyof typeof DEFAULT_BARRELS_PER_TONNE, line: GoodsLine | undefined): CapAmount | 'unit' | undefined {
  const q = line?.quantity;
  if (q === undefined) return undefined;
  const f = DEFAULT_BARRELS_PER_TONNE[commodity];
  switch (line?.unit) {
    case 'bbl':
      return { bbl: q, t: q / f };
    case 't':
      return { bbl: q * f, t: q };
    case 'kg':
      return { bbl: (q / 1000) * f, t: q / 1000 };
    default:
      return 'unit';
  }
}

/** The unit in which `a` passes what is left (barrels first), or undefined when it fits. */
function passes(a: CapAmount, leftBbl: number | undefined, leftT: number | undefined): 'bbl' | 't' | undefined {
  if (leftBbl !== undefined && a.bbl > leftBbl) return 'bbl';
  if (leftT !== undefined && a.t > leftT) return 't';
  return undefined;
}

/** A capped commodity inside an open period: conditional, unless the ledger says the cap is spent. */
function applyCap(cm: CompiledMeasure, tx: Transaction, ctx: CheckContext | undefined, sink: Sink, line?: GoodsLine): void {
  const m = cm.m;
  const cap = m.cap!;
  // Same key order as the shared reasons (measure, resolution, paragraph, effect, summary, confidence).
  const reason = (effect: Reason['effect'], summary: string, field?: string): Reason => ({
    measure: m.id, resolution: m.resolution, paragraph: m.paragraph, effect, summary, confidence: m.confidence,
    ...(m.paragraphConfidence !== undefined ? { paragraphConfidence: m.paragraphConfidence } : {}),
    ...(field !== undefined ? { field } : {}),
  });
  const amount = capAmount(cap.commodity, line);
  if (amount === 'unit') {
    // Fail closed: a quantity that cannot be compared with the cap could be more than what is left.
    const field = `goods[${tx.goods?.indexOf(line!) ?? 0}].unit`;
    pushReason(sink, reason('requires-review', `The quantity's unit (${JSON.stringify(line?.unit ?? null)}) cannot be compared with the ${cap.commodity} cap, kept in barrels and tonnes: give "${field}" as bbl, t or kg.`, field));
    return;
  }
  const shown = (unit: 'bbl' | 't'): string => `${fmt(unit === 'bbl' ? amount!.bbl : amount!.t)} ${unit}${line?.unit === unit ? '' : ' (converted)'}`;
  if (!ctx?.capState) {
    // One delivery larger than the whole period's cap is prohibited whatever the ledger holds.
    const over = amount && passes(amount, cap.barrels, cap.tonnes);
    if (over) {
      pushReason(sink, reason('prohibits', `This delivery of ${shown(over)} is more than the whole ${cap.commodity} cap for the period (${fmt((over === 'bbl' ? cap.barrels : cap.tonnes)!)} ${over}).`));
      return;
    }
    pushReason(sink, cm.ownNoLedger ?? cm.own);
    pushDuties(sink, m, m.duties, tx.date);
    return;
  }
  const st = ctx.capState(cap.commodity, tx.date);
  if (st?.ceaseIssued) {
    pushReason(sink, reason('prohibits', `The ${cap.commodity} cap for ${st.periodStart} to ${st.periodEnd} has reached its last threshold (${pct(st.percent)} % used) and States were told to cease supplying for the rest of the period.`));
    return;
  }
  const remBbl = st ? st.remainingBarrels : cap.barrels;
  const remT = st ? st.remainingTonnes : cap.tonnes;
  const over = amount && passes(amount, remBbl, remT);
  if (over) {
    pushReason(sink, reason('prohibits', `This delivery of ${shown(over)} exceeds what remains under the ${cap.commodity} cap (${fmt((over === 'bbl' ? remBbl : remT)!)} ${over}, per the ledger).`));
    return;
  }
  const parts: string[] = [];
  if (remBbl !== undefined) parts.push(`${fmt(remBbl)} bbl`);
  if (remT !== undefined) parts.push(`${fmt(remT)} t`);
  const state = st ? `the ledger shows ${pct(st.percent)} % used` : 'the ledger holds no deliveries for this period';
  // A period without an aggregate bound (2375 para 15: each State's own baseline) has nothing "remaining".
  const remainder = parts.length > 0 ? ` Remaining under the cap: ${parts.join(' or ')} (${state}).` : ' No aggregate cap applies in this period; the ledger tracks each State against its own baseline.';
  pushReason(sink, reason('conditions', `${m.summary}${remainder}`));
  pushDuties(sink, m, m.duties, tx.date);
}

/**
 * Non-goods measures (work authorizations, joint ventures, vessel transfers, financial support) and
 * the designated-party check. Each measure's `applies` conditions are gates: a gate that fails drops
 * the measure; a gate whose input is missing makes it a review naming that input.
 */
import type { CheckContext, PartyToScreen } from './context.ts';
import { notHeldReasons, partyReasons } from './party-reasons.ts';
import { applyMeasure } from './apply-measure.ts';
import { pushError, pushReason, type DecisionDraft, type Uncertainty } from './decision-draft.ts';
import { dprkLink, type DprkLink } from './dprk-link.ts';
import { checkFact, type Findings } from './facts.ts';
import type { Fact } from '../law/measure.ts';
import { reviewReason, type CompiledMeasure } from './compiled-measure.ts';
import type { Reason } from './decision.ts';
import type { Transaction } from './transaction.ts';
import { disguisedWord } from '../io/look-alikes.ts';

/** A gate's answer: the measure does not apply. */
export const NO = 0;

/** The first fact of `when` that fails (NO) or is missing (its field); undefined when all hold. */
function allFacts(facts: readonly Fact[], tx: Transaction, found: Findings): string | typeof NO | undefined {
  let review: string | undefined;
  for (const f of facts) {
    const r = checkFact(f, tx, undefined, found);
    if (r.ok) continue;
    if ('missing' in r) review ??= r.missing;
    else return NO;
  }
  return review;
}

/** At least one fact of `whenAny` holds (undefined); else the first missing field; else NO. */
function anyFact(facts: readonly Fact[], tx: Transaction, found: Findings): string | typeof NO | undefined {
  let review: string | undefined;
  for (const f of facts) {
    const r = checkFact(f, tx, undefined, found);
    if (r.ok) return undefined;
    if ('missing' in r) review ??= r.missing;
  }
  return review ?? NO;
}

/** undefined = the measure applies; NO = it does not; an uncertainty = the missing (or unreadable) input that would decide. */
export function gate(measure: CompiledMeasure, tx: Transaction, draft: DecisionDraft): Uncertainty | typeof NO | undefined {
  const a = measure.applies;
  let review: string | undefined;
  let link: DprkLink | undefined;
  if (a.direction) {
    const to = tx.to === 'KP';
    const from = tx.from === 'KP';
    const ok = a.direction === 'to-dprk' ? to : a.direction === 'from-dprk' ? from : to || from;
    if (!ok) {
      if (tx.from === undefined && a.direction !== 'to-dprk') review ??= 'from';
      else if (tx.to === undefined && a.direction !== 'from-dprk') review ??= 'to';
      // from/to name other countries, but a party, vessel or text ties the act to the DPRK: review, never
      // pass — where the rest of the measure's scope is shown (below: any other input missing drops it).
      else if ((link = dprkLink(tx)) === undefined) return NO;
    }
  }
  if (a.vesselFlag !== undefined) {
    const vessels = tx.vessels;
    // A service to an aircraft alone: a vessel's measure has nothing to reach.
    if ((!vessels || vessels.length === 0) && tx.aircraft !== undefined) return NO;
    if (!vessels || vessels.length === 0) review ??= 'vessels';
    else {
      let hit = false;
      let missing: string | undefined;
      for (let i = 0; i < vessels.length; i++) {
        const f = vessels[i]!.flag;
        if (f === a.vesselFlag) hit = true;
        else if (f === undefined) missing ??= `vessels[${i}].flag`;
      }
      if (!hit) {
        if (missing === undefined) return NO;
        review ??= missing;
      }
    }
  }
  if (a.workerNationality !== undefined) {
    const n = tx.worker?.nationality;
    if (n === undefined) review ??= 'worker.nationality';
    // Another nationality, yet a party of the DPRK (the worker named among the parties?): review, not pass.
    else if (n !== a.workerNationality && (link ??= dprkLink(tx)) === undefined) return NO;
  }
  if (a.when) {
    const g = allFacts(a.when, tx, draft);
    if (g === NO) return NO;
    review ??= g;
  }
  if (a.whenAny) {
    const g = anyFact(a.whenAny, tx, draft);
    // None of the ties the measure names holds (flag, owner, recipient), yet the record ties the act to the
    // DPRK otherwise (a party of the DPRK in another role, text naming it): review naming that, not pass.
    if (g === NO && (link ??= dprkLink(tx)) === undefined) return NO;
    if (g !== NO) review ??= g;
  }
  if (measure.purposes) {
    const p = draft.purpose;
    if (p === undefined) review ??= 'purpose';
    else if (draft.purposeUnknown) return review === undefined ? { cause: 'purpose-unknown', field: 'purpose', detail: JSON.stringify(tx.purpose) } : { cause: 'gate', field: review };
    else if (!measure.purposes.has(p)) return NO;
  }
  if (link !== undefined) {
    // Only the direction is in doubt: review naming the link. With another input missing too (no purpose
    // stated, no flag) the measure may still reach the act: the link is not cleared by what the record leaves
    // out (a payment to "ACME LTD, DPRK" with no purpose stated is not permitted), so review naming the link
    // and asking for the missing input. A stated input that rules the measure out (a purpose it does not
    // reach) has dropped it above.
    return review === undefined ? { cause: 'dprk-link', field: link.field, detail: link.says } : { cause: 'dprk-link-missing', field: link.field, detail: `${link.says}|${review}` };
  }
  if (review === undefined) return undefined;
  return { cause: review === 'banking' ? 'banking-text' : 'gate', field: review };
}

export function matchOther(tx: Transaction, measures: readonly CompiledMeasure[], ctx: CheckContext | undefined, draft: DecisionDraft): void {
  for (const measure of measures) {
    const g = gate(measure, tx, draft);
    if (g === NO) continue;
    applyMeasure(measure, tx, ctx, draft, g);
  }
}

/** Screen every party against the designated list (1718 para 8(d) and the list's other regimes); never a
 *  silent pass: a possible match, a regime not known, a screener that fails are all reviews. */
export function matchParties(tx: Transaction, measures: readonly CompiledMeasure[], ctx: CheckContext | undefined, draft: DecisionDraft): void {
  const parties = tx.parties;
  if (!parties || parties.length === 0) return;
  const screen = ctx?.screenParty;
  if (!screen) {
    for (const measure of measures) pushReason(draft, notScreened(measure));
    return;
  }
  for (let i = 0; i < parties.length; i++) {
    const p = parties[i]!;
    const q: PartyToScreen = { name: p.name };
    if (p.type) q.type = p.type;
    if (p.dob) q.dob = p.dob;
    if (p.nationality) q.nationality = p.nationality;
    if (p.country) q.country = p.country;
    let matches: ReturnType<typeof screen>;
    try {
      matches = screen(q);
    } catch (e) {
      const message = `screening failed: ${e instanceof Error ? e.message : String(e)}`;
      for (const measure of measures) {
        pushError(draft, { message, measure: measure.m.id });
        pushReason(draft, reviewReason(measure, 'error', `parties[${i}]`, message));
      }
      continue;
    }
    for (const r of partyReasons(p, i, matches, tx.date, measures)) pushReason(draft, r);
    // A word mixing Latin with another script's letters ("CHОL" with a Cyrillic О) is how look-alikes hide a
    // listed name: graded evidence, reviewed whatever the screener found (no table of look-alikes is complete).
    // A name in a script screening does not read (a Cyrillic КОМИД) cannot be cleared either.
    const hidden = disguisedWord(p.name);
    if (hidden !== undefined) for (const measure of measures) pushReason(draft, reviewReason(measure, hidden.why === 'mixed' ? 'mixed-script' : 'unread-script', `parties[${i}].name`, hidden.word));
  }
  for (const r of notHeldReasons(screen.listsNotHeld ?? [], tx.date, measures)) pushReason(draft, r);
}

const notScreenedCache = new WeakMap<CompiledMeasure, Reason>();
function notScreened(measure: CompiledMeasure): Reason {
  let r = notScreenedCache.get(measure);
  if (!r) {
    r = Object.freeze({
      measure: measure.m.id,
      resolution: measure.m.resolution,
      paragraph: measure.m.paragraph,
      effect: 'requires-review' as const,
      summary: 'The parties were not screened against the UN designated list (no screener was available), so the asset freeze cannot be ruled out.',
      confidence: measure.m.confidence,
      field: 'parties',
    });
    notScreenedCache.set(measure, r);
  }
  return r;
}

export { reviewReason };

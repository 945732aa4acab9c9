/**
 * Committee approvals, matched to the measures they name (REGIME §1 "26"). An approval lifts a measure
 * whose own text provides for Committee approval; from 5 Aug 2017 (2371, then 2375 para 26 and 2397
 * para 25) the Committee's general power lets it lift any measure it names; before that, from 30 Nov
 * 2016, 2321 para 46 lets it exempt humanitarian activities. An approval that cannot apply is reported
 * with the reason why, never dropped.
 *
 * An approval is a claim the engine cannot verify: the record gives a reference (and perhaps a date), and
 * nothing here can tell whether the Committee gave it, whether it covers this transaction, or, without a
 * date, whether it was given in advance. So an approval that could lift a measure never makes it `permitted`
 * (CONTRACT §1: `permitted` is what the law allows on the facts given). It gives `conditional` — allowed only if
 * the listed conditions are met — naming the reference and the conditions: the approval exists under it,
 * covers this transaction, and predates it. Not `review`: no field of the record would decide what is
 * missing (that is checked against the Committee's records, as a grandfathered import's contract is), and
 * the engine has weighed everything the record gives. This is how the other claimed exceptions that rest on
 * something outside the record already read (a grandfathered import, a livelihood shipment: `conditional`);
 * the Committee's humanitarian exemptions (2321 para 46, and approval clauses limited to humanitarian
 * supplies) are approvals too and read the same. An approval whose clause itself carries conditions (a crude
 * oil shipment for livelihood) keeps them and its duties. One that cannot apply (dated after the transaction,
 * outside the purposes its clause covers, before any power) is a review reason saying why, and the measure
 * applies as if it were not there.
 */
import { InterdictError } from '../errors/index.ts';
import type { Measure } from '../law/measure.ts';
import type { CompiledLaw } from './compile-law.ts';
import type { CompiledExemption, CompiledMeasure } from './compiled-measure.ts';
import type { Reason } from './decision.ts';
import type { Transaction } from './transaction.ts';

/** An approval for "unscr-2375-17" covers "unscr-2375-17" and "unscr-2375-17-…". */
export function namesMeasure(named: string, id: string): boolean {
  return named === id || (id.startsWith(named) && id.charCodeAt(named.length) === 45);
}

/**
 * Bad input, not a decision: an approval must name a measure id or a paragraph-level prefix that exists
 * in the law data ("unscr-2375-14" for every part of para 14), never a whole resolution or "unscr".
 */
export function checkApprovals(tx: Transaction, compiled: CompiledLaw): void {
  const list = tx.approvals;
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!.measure;
    if (!compiled.approvalTargets.has(m)) {
      throw new InterdictError(
        'CHECK_BAD_INPUT',
        `approvals[${i}].measure is ${JSON.stringify(m)}, which names no measure or paragraph in the law data (give a measure id such as "unscr-2375-16" or a paragraph prefix such as "unscr-2375-14"; \`interdict law list --all\` shows them)`,
        { ...(tx.id !== undefined ? { record: tx.id } : {}), field: `approvals[${i}].measure` },
      );
    }
  }
}

/** Every id and paragraph-level prefix ("unscr-RES-PARA") an approval may name. */
export function approvalTargets(measures: readonly Measure[]): Set<string> {
  const out = new Set<string>();
  for (const m of measures) {
    out.add(m.id);
    const parts = m.id.split('-');
    if (parts.length > 3) out.add(parts.slice(0, 3).join('-'));
  }
  return out;
}

export type ApprovalUse =
  /** `effect`: what the approval gives (never `permits`: see above); `lifts`: what the clause or power gives
   *  once the approval is shown to hold (`conditions` carries the clause's own duties). */
  | { ok: true; index: number; effect: Reason['effect']; lifts: Reason['effect']; reasons: Reason[]; clause?: CompiledExemption }
  | { ok: false; index: number; reason: Reason };

function reasonOf(m: Measure, effect: Reason['effect'], summary: string, reference: string, field?: string): Reason {
  const r: Reason = { measure: m.id, resolution: m.resolution, paragraph: m.paragraph, effect, summary, confidence: m.confidence };
  if (field !== undefined) r.field = field;
  if (m.paragraphConfidence !== undefined) r.paragraphConfidence = m.paragraphConfidence;
  r.reference = reference;
  return r;
}

function cite(m: Measure): string {
  return `${m.resolution} para ${m.paragraph}`;
}

/** The latest exemption power of a kind in force on `date` (2375 para 26 over 2371's, …). */
function powerOn(compiled: CompiledLaw, kind: 'any' | 'humanitarian', date: string): Measure | undefined {
  let best: Measure | undefined;
  for (const m of compiled.powers) {
    if (m.exemptionPower !== kind || m.effective > date || (m.lastDay !== undefined && m.lastDay < date)) continue;
    if (!best || m.effective > best.effective) best = m;
  }
  return best;
}

/** The conditions the engine cannot check, said with the reference: the approval exists, covers this, came first. */
function unverified(ref: string, index: number, date: string | undefined, txDate: string): string {
  const when = date !== undefined ? `on ${date} as the record says, not after the transaction (${txDate})` : `before the transaction (${txDate}); the record gives no date (approvals[${index}].date)`;
  return `Conditional on Committee approval "${ref}", which the engine cannot verify: it must exist under that reference, cover this transaction, and have been given ${when}.`;
}

/** A reason an approval gives: never `permits` (it rests on the unverified approval), `conditions` at least. */
function claimedEffect(e: Reason['effect']): Reason['effect'] {
  return e === 'permits' ? 'conditions' : e;
}

/** Whether approval `index` (which names `measure`) lifts it on the transaction's date, and through what. */
export function useApproval(measure: CompiledMeasure, tx: Transaction, index: number, compiled: CompiledLaw, purpose: string | undefined): ApprovalUse {
  const a = tx.approvals![index]!;
  const m = measure.m;
  const ref = a.reference;
  const no = (why: string, field: string): ApprovalUse => ({
    ok: false,
    index,
    reason: reasonOf(m, 'requires-review', `Committee approval "${ref}" cannot lift "${m.title}" (${cite(m)}): ${why}.`, ref, field),
  });
  if (a.date !== undefined && a.date > tx.date) return no(`it is dated ${a.date}, after the transaction (${tx.date}), and an approval must be given in advance`, `approvals[${index}].date`);
  const clause = measure.approval;
  if (clause) {
    const p = purpose;
    if (clause.purposes && p !== undefined && !clause.purposes.has(p)) {
      return no(`the paragraph lets the Committee approve only ${[...clause.purposes].join(' or ')} shipments, and the stated purpose is "${tx.purpose}"`, 'purpose');
    }
    const lifts = clause.ex.effect;
    const effect = claimedEffect(lifts);
    return { ok: true, index, effect, lifts, clause, reasons: [reasonOf(m, effect, `Committee approval "${ref}" would lift this measure under its own approval clause (${cite(m)}): ${clause.ex.summary} ${unverified(ref, index, a.date, tx.date)}`, ref)] };
  }
  const general = powerOn(compiled, 'any', tx.date);
  const humanitarian = general ? undefined : powerOn(compiled, 'humanitarian', tx.date);
  const power = general ?? (humanitarian && purpose === 'humanitarian' ? humanitarian : undefined);
  if (power) {
    const how = power === general ? 'the Committee\'s power to exempt, case by case, any activity from the measures' : 'the Committee\'s power to exempt, case by case, activities needed for humanitarian purposes';
    const effect = claimedEffect('permits');
    return {
      ok: true,
      index,
      effect,
      lifts: 'permits',
      reasons: [
        reasonOf(m, effect, `Committee approval "${ref}" would exempt this activity from "${m.title}" (${cite(m)}) under ${how} (${cite(power)}). ${unverified(ref, index, a.date, tx.date)}`, ref),
        reasonOf(power, effect, `${how[0]!.toUpperCase()}${how.slice(1)} (${cite(power)}) lets Committee approval "${ref}" apply to ${cite(m)}, if the Committee gave it.`, ref),
      ],
    };
  }
  const from = compiled.powers.find((x) => x.exemptionPower === 'any')?.effective;
  const hum = humanitarian ? `; 2321 para 46 lets it exempt humanitarian activities, but the stated purpose is ${tx.purpose === undefined ? 'missing' : `"${tx.purpose}"`}` : '';
  return no(`on ${tx.date}, before the Committee's general power to exempt any activity${from ? ` (from ${from})` : ''}, only a measure whose own text provides for Committee approval could be lifted, and this one has no such clause${hum}`, `approvals[${index}].measure`);
}

/** An approval that named no measure reaching this transaction: said so, citing the first measure it names. */
export function unusedApproval(tx: Transaction, index: number, compiled: CompiledLaw): Reason | undefined {
  const a = tx.approvals![index]!;
  const m = compiled.law.measures.find((x) => namesMeasure(a.measure, x.id));
  if (!m) return undefined;
  return reasonOf(m, 'requires-review', `Committee approval "${a.reference}" names ${a.measure}, which does not reach this transaction on ${tx.date} (not in force then, or the transaction is outside its scope): check that the approval is the one meant.`, a.reference, `approvals[${index}].measure`);
}

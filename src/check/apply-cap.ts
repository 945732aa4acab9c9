/**
 * A capped commodity inside an open period (refined petroleum, crude oil, 2016-2017 coal): the
 * transaction's capped lines are summed — a cap is a cap per transaction, so splitting a shipment into
 * lines changes nothing — and compared with the whole period's cap and with what the ledger says is
 * left on the transaction's date. A figure is compared in its own unit where the cap has a bound in it
 * (crude in tonnes against 525,000 t); a conversion, where a sum or a barrels-only cap needs one, is
 * named with its factor.
 */
import { parseHs } from '../hs/index.ts';
import { barrelsPerTonne } from '../law/product-factor.ts';
import { reviewReason, type CompiledMeasure } from './compiled-measure.ts';
import type { CheckContext } from './context.ts';
import type { Reason } from './decision.ts';
import { capUnit, lineValue, LITRES_PER_BARREL, litresPerUnit } from './goods-value.ts';
import { pushDuties, pushReason, type DecisionDraft } from './decision-draft.ts';
import type { Transaction } from './transaction.ts';

function fmt(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

/** Percent to one decimal, so 99.6 % never reads as a full 100 %. */
function pct(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** The transaction's quantity of the capped commodity, in one unit the cap has a bound in. */
interface Summed {
  unit: 'bbl' | 't';
  amount: number;
  usd: number | undefined;
  /** How the figure was converted, if it was ("62,000 t converted to 465,000 bbl at 7.5 bbl/t, ..."). */
  note: string;
  lines: number;
  /** The first line the cap needs a figure from and that has none: its quantity, or (coal) its value. */
  noQuantity: number | undefined;
  noValue: number | undefined;
}

type SumResult = Summed | { badUnit: number; unit: string | undefined };

function sumLines(measure: CompiledMeasure, tx: Transaction, lines: readonly number[] | undefined): SumResult {
  const cap = measure.m.cap!;
  const goods = tx.goods ?? [];
  const needValue = cap.usd !== undefined;
  let bbl = 0;
  let t = 0;
  let usd: number | undefined;
  let nB = 0;
  let nT = 0;
  let noQuantity: number | undefined;
  let noValue: number | undefined;
  // Volumes become barrels exactly (no density needed); said with the factor, like a tonnage's conversion.
  const volumeNotes: string[] = [];
  for (const i of lines ?? []) {
    const line = goods[i]!;
    const v = lineValue(line);
    if (v !== undefined) usd = (usd ?? 0) + v;
    else if (needValue) noValue ??= i;
    const q = line.quantity;
    const u = q === undefined ? undefined : capUnit(line.unit);
    if (q === undefined || u === 'usd') {
      // A value is no quantity: a cap in barrels or tonnes needs the amount (fail closed).
      noQuantity ??= i;
      continue;
    }
    if (u === 'bbl') {
      bbl += q;
      nB++;
    } else if (u === 't' || u === 'kg') {
      t += u === 'kg' ? q / 1000 : q;
      nT++;
    } else {
      const perUnit = litresPerUnit(line.unit);
      // A volume of coal (a cap in tonnes or dollars only) would need a density: not guessed.
      if (perUnit === undefined || cap.barrels === undefined) return { badUnit: i, unit: line.unit };
      const b = (q * perUnit) / LITRES_PER_BARREL;
      bbl += b;
      nB++;
      const on = (lines ?? []).length > 1 ? `goods[${i}]: ` : '';
      volumeNotes.push(`${on}${fmt(q)} ${line.unit!.trim()} converted to ${fmt(b)} bbl at ${LITRES_PER_BARREL} litres per barrel`);
    }
  }
  const base = { usd, noQuantity, noValue };
  if (nB === 0 && nT === 0) return { unit: cap.tonnes !== undefined ? 't' : 'bbl', amount: 0, note: '', lines: 0, ...base };
  const oil = cap.commodity === 'coal' ? undefined : cap.commodity;
  const volumeNote = volumeNotes.length > 0 ? ` (${volumeNotes.join('; ')})` : '';
  // One unit given, and the cap has a bound in it: compare directly, no conversion.
  if (nT === 0 && (cap.barrels !== undefined || oil === undefined)) return { unit: 'bbl', amount: bbl, note: volumeNote, lines: nB, ...base };
  if (nB === 0 && (cap.tonnes !== undefined || oil === undefined)) return { unit: 't', amount: t, note: '', lines: nT, ...base };
  if (oil === undefined) return { badUnit: (lines ?? [0])[0]!, unit: 'bbl' };
  // Convert line by line, each at its product's factor (the Committee converts a tonnage by product).
  const into: 'bbl' | 't' = cap.barrels !== undefined ? 'bbl' : 't';
  let amount = into === 'bbl' ? bbl : t;
  const notes: string[] = [...volumeNotes];
  for (const i of lines ?? []) {
    const line = goods[i]!;
    const u = line.quantity === undefined ? undefined : capUnit(line.unit);
    const from = into === 'bbl' ? (u === 't' || u === 'kg') : u === 'bbl';
    if (!from) continue;
    const q = u === 'kg' ? line.quantity! / 1000 : line.quantity!;
    const f = barrelsPerTonne(oil, line.hs !== undefined ? parseHs(line.hs) : undefined, line.description, line.product);
    const converted = into === 'bbl' ? q * f.factor : q / f.factor;
    amount += converted;
    const on = lines!.length > 1 ? `goods[${i}]: ` : '';
    notes.push(into === 'bbl'
      ? `${on}${fmt(q)} t converted to ${fmt(converted)} bbl at ${f.factor} bbl/t, ${f.why}`
      : `${on}${fmt(q)} bbl converted to ${fmt(converted)} t at ${f.factor} bbl/t, ${f.why}`);
  }
  return { unit: into, amount, note: notes.length > 0 ? ` (${notes.join('; ')})` : '', lines: nB + nT, ...base };
}

function capUnitsText(measure: CompiledMeasure): string {
  const cap = measure.m.cap!;
  const parts: string[] = [];
  if (cap.barrels !== undefined) parts.push('barrels');
  if (cap.tonnes !== undefined) parts.push('tonnes');
  return parts.length > 0 ? parts.join(' or ') : 'barrels or tonnes';
}

/**
 * `owed`: a review already owed by the measure (no purpose stated): the cap can still prohibit (a delivery
 * above the whole cap is banned whatever its purpose), but then never conditions.
 */
export function applyCap(measure: CompiledMeasure, tx: Transaction, ctx: CheckContext | undefined, draft: DecisionDraft, lines: readonly number[] | undefined, owed?: Reason): void {
  const m = measure.m;
  const cap = m.cap!;
  // Same key order as the shared reasons (measure, resolution, paragraph, effect, summary, confidence).
  const reason = (effect: Reason['effect'], summary: string, field?: string): Reason => ({
    measure: m.id, resolution: m.resolution, paragraph: m.paragraph, effect, summary, confidence: m.confidence,
    ...(m.paragraphConfidence !== undefined ? { paragraphConfidence: m.paragraphConfidence } : {}),
    ...(field !== undefined ? { field } : {}),
  });
  const what = cap.commodity.replace('-', ' ');
  const sum = sumLines(measure, tx, lines);
  if ('badUnit' in sum) {
    // Fail closed: a quantity that cannot be compared with the cap could be more than what is left.
    const field = `goods[${sum.badUnit}].unit`;
    const said = sum.unit === undefined ? 'a quantity without a unit' : `the unit '${sum.unit}'`;
    pushReason(draft, reason('requires-review', `On goods[${sum.badUnit}], ${said} cannot be compared with a cap in ${capUnitsText(measure)}: give "${field}" as bbl (barrels), t (tonnes) or kg${cap.barrels !== undefined ? ', or a volume in l or m3' : ''}.`, field));
    return;
  }
  // Text built only when a reason says it (toLocaleString is slow on the hot path).
  const shown = (): string => (sum.lines > 0 ? `${fmt(sum.amount)} ${sum.unit}${sum.note}` : '');
  const across = sum.lines > 1 ? ` across ${sum.lines} lines` : '';
  const bound = (unit: 'bbl' | 't'): number | undefined => (unit === 'bbl' ? cap.barrels : cap.tonnes);
  // One transaction larger than the whole period's cap is prohibited whatever the ledger holds.
  const whole = bound(sum.unit);
  if (sum.lines > 0 && whole !== undefined && sum.amount > whole) {
    pushReason(draft, reason('prohibits', `This transaction's ${what} totals ${shown()}${across}, more than the whole ${what} cap for the period (${fmt(whole)} ${sum.unit}).`));
    return;
  }
  if (sum.usd !== undefined && cap.usd !== undefined && sum.usd > cap.usd) {
    pushReason(draft, reason('prohibits', `This transaction's ${what} is worth US$${fmt(sum.usd)}, more than the whole ${what} cap for the period (US$${fmt(cap.usd)}).`));
    return;
  }
  // Fail closed: without the figure the cap is counted in, one delivery could exceed the whole cap.
  if (owed !== undefined || sum.noQuantity !== undefined || sum.noValue !== undefined) {
    if (owed !== undefined) pushReason(draft, owed);
    if (sum.noQuantity !== undefined) pushReason(draft, reviewReason(measure, 'quantity', `goods[${sum.noQuantity}].quantity`));
    if (sum.noValue !== undefined) pushReason(draft, reviewReason(measure, 'cap-value', `goods[${sum.noValue}].value`));
    return;
  }
  if (cap.barrels === undefined && cap.tonnes === undefined && cap.usd === undefined) {
    // 2375 para 15: each State's ceiling is its own baseline, which check is not given.
    pushReason(draft, reviewReason(measure, 'baseline', 'from'));
    return;
  }
  // Said only when it adds something: a sum over lines, or a conversion.
  const amountNote = sum.lines > 0 && (sum.note !== '' || sum.lines > 1) ? ` This transaction: ${shown()}${across}.` : '';
  if (cap.commodity === 'coal') {
    // The Committee tallied coal itself: the ledger keeps no coal figures.
    pushReason(draft, reason('conditions', `${m.summary}${amountNote} The Committee keeps the tally of this cap: confirm with it what remains.`));
    pushDuties(draft, m, m.duties, tx.date);
    return;
  }
  const commodity = cap.commodity;
  if (!ctx?.capState) {
    pushReason(draft, amountNote ? reason('conditions', `${(measure.ownNoLedger ?? measure.own).summary}${amountNote}`) : (measure.ownNoLedger ?? measure.own));
    pushDuties(draft, m, m.duties, tx.date);
    return;
  }
  const st = ctx.capState(commodity, tx.date);
  if (st?.ceaseIssued) {
    pushReason(draft, reason('prohibits', `The ${what} cap for ${st.periodStart} to ${st.periodEnd} had reached its last threshold by ${tx.date} (${pct(st.percent)} % used), and States were told to cease supplying for the rest of the period.`));
    return;
  }
  const remBbl = st ? st.remainingBarrels : cap.barrels;
  const remT = st ? st.remainingTonnes : cap.tonnes;
  const left = sum.unit === 'bbl' ? remBbl : remT;
  if (sum.lines > 0 && left !== undefined && sum.amount > left) {
    pushReason(draft, reason('prohibits', `This transaction's ${what} totals ${shown()}${across}, more than remains under the ${what} cap on ${tx.date} (${fmt(left)} ${sum.unit}, per the ledger).`));
    return;
  }
  const parts: string[] = [];
  if (remBbl !== undefined) parts.push(`${fmt(remBbl)} bbl`);
  if (remT !== undefined) parts.push(`${fmt(remT)} t`);
  const state = st ? `the ledger shows ${pct(st.percent)} % used by ${tx.date}` : 'the ledger holds no deliveries for this period by then';
  const remainder = ` Remaining under the cap: ${parts.join(' or ')} (${state}).`;
  // A withdrawn notice is cited with its correction: the reader sees why it no longer holds.
  const corrections = (st?.corrected ?? []).map((c) => ` The ${c.threshold} % notice (from ${c.noticeFrom}) was withdrawn by a correction notice on ${c.correctedOn}: an amended report took the total back to ${fmt(c.totalBarrels)} bbl.`).join('');
  pushReason(draft, reason('conditions', `${m.summary}${remainder}${corrections}${amountNote}`));
  pushDuties(draft, m, m.duties, tx.date);
}


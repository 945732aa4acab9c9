/**
 * select + group, for goods: which goods measures reach which lines of a transaction, whatever its
 * type (a vessel-transfer of coal is still coal). Lines reach a measure by HS prefix (decisive), by an
 * HS prefix that needs the product to decide (HS 2709 crude or condensate; HS 2710 aviation fuel or
 * other refined products), by explicit product kind, or — when neither code nor kind is given — by
 * well-known description words. Direction comes from `to`/`from`; a missing one that could matter
 * makes the hit uncertain. The result groups hits by measure, so each measure is applied once to all
 * the lines it reaches (a cap is then a cap per transaction, not per line).
 * Hot path: per-call arrays only, no closures.
 */
import { hsNational, parseHs } from '../hs/index.ts';
import { isWordChar, readDescription } from '../law/word-senses.ts';
import { pushReason, type DecisionDraft, type Uncertainty } from './decision-draft.ts';
import type { CompiledLaw, GoodsTable, Interval } from './compile-law.ts';
import { reviewReason, type CompiledMeasure } from './compiled-measure.ts';
import { dprkLink } from './dprk-link.ts';
import { descriptionText, hiddenGoodsWord } from './goods-description.ts';
import { leavesDprk } from './goods-origin.ts';
import { foldText, throughDprk } from './dprk-names.ts';
import { itemValue, otherCurrency } from './goods-value.ts';
import type { GoodsLine, Transaction } from './transaction.ts';

/** One measure reached by a transaction's goods: the lines that surely reach it, or why it may. */
export interface GoodsHit {
  measure: CompiledMeasure;
  /** Indexes of the lines that reach the measure for certain. */
  lines: number[];
  /** Why the measure may reach a line (missing direction, product or value), when no line surely does. */
  uncertain: Uncertainty | undefined;
}

const fieldCache: { product: Uncertainty[]; hs: Uncertainty[]; value: Uncertainty[]; condition: Uncertainty[]; words: Uncertainty[]; range: Map<string, Uncertainty>[] } = { product: [], hs: [], value: [], condition: [], words: [], range: [] };
/** The line's code is coarser than codes a measure lists: the code (digits) is the detail the sentence needs. */
function rangeUnknown(i: number, digits: string): Uncertainty {
  const byCode = (fieldCache.range[i] ??= new Map());
  let u = byCode.get(digits);
  if (u === undefined) {
    u = { cause: 'hs-range', field: `goods[${i}].hs`, detail: digits };
    // Codes come from transactions: keep only a bounded number per line index.
    if (byCode.size < 256) byCode.set(digits, u);
  }
  return u;
}
function wordsBesideHs(i: number): Uncertainty {
  return (fieldCache.words[i] ??= { cause: 'hs-words', field: `goods[${i}].hs`, detail: `goods[${i}]` });
}
function productUnknown(i: number): Uncertainty {
  return (fieldCache.product[i] ??= { cause: 'product', field: `goods[${i}].product` });
}
function goodsUnknown(i: number): Uncertainty {
  return (fieldCache.hs[i] ??= { cause: 'goods', field: `goods[${i}].hs` });
}
function valueUnknown(i: number): Uncertainty {
  return (fieldCache.value[i] ??= { cause: 'value', field: `goods[${i}].value` });
}

function conditionUnknown(i: number): Uncertainty {
  return (fieldCache.condition[i] ??= { cause: 'condition', field: `goods[${i}].description` });
}

const USED = /(?:^|[^a-z0-9])(?:used|second-hand|secondhand|second hand|pre-owned|preowned)(?![a-z0-9])/;
const NEW = /(?:^|[^a-z0-9])(?:new|brand-new|newly built|newly-built|new-build|newbuild|newbuilding)(?![a-z0-9])/;

/** Whether a line's description says the item is new or used; undefined when it says neither (or both). */
function newOrUsed(line: GoodsLine): 'new' | 'used' | undefined {
  const d = line.description?.toLowerCase();
  if (d === undefined) return undefined;
  const used = USED.test(d);
  const isNew = NEW.test(d);
  return used === isNew ? undefined : used ? 'used' : 'new';
}

const NONE: readonly CompiledMeasure[] = [];

const DIRECTION_TO: Uncertainty = { cause: 'direction', field: 'to' };
const DIRECTION_FROM: Uncertainty = { cause: 'direction', field: 'from' };

/**
 * How a table of one direction applies to the lines: for certain (undefined), possibly (why: a missing
 * `to`/`from`, or a DPRK link beside them), or not at all (null: only lines of DPRK origin reach it).
 */
type Direction = Uncertainty | undefined | null;

/** The goods hits of `tx`, grouped by measure, in the order measures were first reached. */
export function selectGoods(tx: Transaction, interval: Interval, compiled: CompiledLaw, draft: DecisionDraft): readonly GoodsHit[] {
  const hits: GoodsHit[] = [];
  const toKP = tx.to === 'KP';
  const fromKP = tx.from === 'KP';
  // from/to name other countries, yet a party, a vessel or the purpose ties the goods to the DPRK: each
  // direction is then possible (indirect supply, or "using its flag vessels"), so review, never pass.
  let link: Uncertainty | undefined;
  if (!toKP && !fromKP) {
    const l = dprkLink(tx, false);
    if (l) link = { cause: 'dprk-link', field: l.field, detail: l.says };
  }
  const to: Direction = toKP ? undefined : tx.to === undefined && !fromKP ? DIRECTION_TO : !fromKP && link ? link : null;
  const from: Direction = fromKP ? undefined : tx.from === undefined && !toKP ? DIRECTION_FROM : !toKP && link ? link : null;
  // Goods of DPRK origin leave the DPRK whatever country they are shipped from (transhipped coal), unless a
  // goods transaction takes them to the DPRK; on a service the goods are the cargo, and from/to the service's.
  const byOrigin = !toKP || tx.type === 'service';
  const runFrom = from !== null || byOrigin;
  if (to === null || !runFrom) {
    if (to !== null) selectDirection(tx, interval.goodsTo, compiled, draft, to, hits, false, undefined);
    if (runFrom) selectDirection(tx, interval.goodsFrom, compiled, draft, from, hits, byOrigin, undefined);
    return hits;
  }
  // Both directions possible: a line is unidentified only if neither table knows it ("diesel" is not a
  // DPRK export, but it is identified all the same), so those reviews wait for both tables.
  const pending: Pending = { known: [], lines: [], tables: [] };
  selectDirection(tx, interval.goodsTo, compiled, draft, to, hits, false, pending);
  selectDirection(tx, interval.goodsFrom, compiled, draft, from, hits, byOrigin, pending);
  for (let k = 0; k < pending.lines.length; k++) {
    const i = pending.lines[k]!;
    if (!pending.known[i]) pushReason(draft, reviewReason(pending.tables[k]!.all[0]!, 'goods', goodsUnknown(i).field));
  }
  return hits;
}

/** Lines some table identified, and the unidentified lines with the table that would cite them. */
interface Pending {
  known: boolean[];
  lines: number[];
  tables: GoodsTable[];
}

function selectDirection(tx: Transaction, t: GoodsTable, compiled: CompiledLaw, draft: DecisionDraft, dir: Direction, hits: GoodsHit[], byOrigin: boolean, pending: Pending | undefined): void {
  if (t.all.length === 0) return;
  const goods = tx.goods;
  if (!goods || goods.length === 0) {
    // Only a goods transaction must say what it carries; other types may carry nothing.
    if (tx.type === 'goods' && dir !== null) pushReason(draft, reviewReason(t.all[0]!, 'goods', 'goods'));
    return;
  }
  // The purpose may say the goods pass through a DPRK port ("transit via Rajin"): read once, only where it can matter.
  const purposeThrough = dir !== undefined && byOrigin && tx.purpose !== undefined && throughDprk(foldText(tx.purpose)) !== undefined;
  for (let i = 0; i < goods.length; i++) {
    const line = goods[i]!;
    const d = dir !== undefined && byOrigin && leavesDprk(line, purposeThrough) ? undefined : dir;
    if (d === null) continue;
    // A word the readings could not show (mixed scripts, a symbol inside a word, an unread script) may name
    // banned goods no measure then sees, beside any HS code: review naming the description (R17-10).
    const hidden = line.description !== undefined ? hiddenGoodsWord(line.description) : undefined;
    if (hidden !== undefined) pushReason(draft, reviewReason(t.all[0]!, hidden.why === 'mixed' ? 'goods-mixed' : 'goods-unread', `goods[${i}].description`, hidden.word));
    const r = selectLine(line, i, t, compiled, d, hits);
    if (r === UNIDENTIFIED) {
      if (pending === undefined) pushReason(draft, reviewReason(t.all[0]!, 'goods', goodsUnknown(i).field));
      else {
        pending.lines.push(i);
        pending.tables.push(t);
      }
    } else {
      if (pending !== undefined) pending.known[i] = true;
      if (r === NOT_LOOKED && t.hasFallback) selectFallback(line, i, t, d, hits);
      if (line.hs !== undefined && line.description !== undefined && t.withWords.length > 0) selectWordsBesideHs(line, i, t, d, hits);
    }
  }
}

/**
 * A line whose HS code decided, but whose description names goods a measure reaches that the code does not
 * ("missile launchers" under HS 8479): a misdeclared code is how banned goods travel, so each such measure
 * is review naming the HS code, never passed on the code's word. Apart from selectLine (kept small).
 */
function selectWordsBesideHs(line: GoodsLine, i: number, t: GoodsTable, dir: Uncertainty | undefined, hits: GoodsHit[]): void {
  // Word by word: only a word that starts one of the table's words costs more than a map lookup.
  const d = descriptionText(line.description!).toLowerCase();
  const n = d.length;
  let digits: string | undefined;
  let desc: string | undefined;
  let k = 0;
  while (k < n) {
    while (k < n && !isWordChar(d.charCodeAt(k))) k++;
    const start = k;
    while (k < n && isWordChar(d.charCodeAt(k))) k++;
    if (k === start) break;
    const list = t.wordStarts.get(d.slice(start, k));
    if (list === undefined) continue;
    if (digits === undefined && (digits = parseHs(line.hs!)) === undefined) return;
    for (let j = 0; j < list.length; j++) {
      const measure = list[j]!;
      // A measure the code (or product) already reached needs no reading of the words.
      if (t.decisive.lookup(digits).includes(measure) || t.ambiguous.lookup(digits).includes(measure) || (line.product !== undefined && t.byProduct.get(line.product)?.includes(measure) === true)) continue;
      desc ??= readDescription(descriptionText(line.description!));
      // Under a code the measure's goods are also declared under (NGL as HS 2711.19), the words decide.
      if (measure.words!.test(desc)) hit(hits, measure, i, line, dir ?? (declaredUnder(measure, digits) ? undefined : wordsBesideHs(i)));
    }
  }
}

/** Whether `digits` falls under a code the measure's goods are also declared under (`goods.wordsHs`). */
function declaredUnder(measure: CompiledMeasure, digits: string): boolean {
  const list = measure.wordsHs;
  if (list === undefined) return false;
  for (let k = 0; k < list.length; k++) if (digits.startsWith(list[k]!)) return true;
  return false;
}

/**
 * A line no measure looked at, in a table with fallback measures (HS chapter 27 to the DPRK): those whose
 * HS prefix or product kind covers it. Apart from selectLine, whose size decides what V8 inlines there.
 */
function selectFallback(line: GoodsLine, i: number, t: GoodsTable, dir: Uncertainty | undefined, hits: GoodsHit[]): void {
  const digits = goodsDigits(line.hs);
  const fb = digits !== undefined ? t.fallback.lookup(digits) : line.product !== undefined ? t.fallbackByProduct.get(line.product) : undefined;
  if (fb) for (let k = 0; k < fb.length; k++) hit(hits, fb[k]!, i, line, dir);
}

/**
 * A line whose code is coarser than codes measures list (HS 27 over 2701 coal, 2616 over 2616.10 silver
 * ore), when no product kind is given: the code may or may not be their goods, as with an ambiguous code.
 * The description decides when it names their goods or other goods identified under the code; else review
 * naming the HS code. It does not count as having looked at the line: the code itself identified nothing
 * (the chapter-27 fallback stays). Apart from selectLine (kept small), which pays one map miss for a code
 * nothing is listed under.
 */
function selectRange(range: readonly CompiledMeasure[], digits: string, line: GoodsLine, i: number, compiled: CompiledLaw, dir: Uncertainty | undefined, hits: GoodsHit[]): void {
  const desc = line.description !== undefined ? readDescription(descriptionText(line.description)) : undefined;
  const named = desc !== undefined ? compiled.rangeWords.get(digits) : undefined;
  for (let k = 0; k < range.length; k++) {
    const measure = range[k]!;
    if (desc !== undefined && measure.words?.test(desc)) hit(hits, measure, i, line, dir);
    else if (named?.test(desc!)) continue; // the description names other goods under the code
    else hit(hits, measure, i, line, dir ?? rangeUnknown(i, digits));
  }
}

/** Record that line `i` reaches `measure` (certainly when `u` is undefined); true if this is a new hit for the line. */
function hit(hits: GoodsHit[], measure: CompiledMeasure, i: number, line: GoodsLine, u: Uncertainty | undefined): boolean {
  const g = measure.applies.goods;
  const min = g?.minValueUsd;
  if (min !== undefined && u === undefined) {
    // A value threshold (2270 Annex V, 2321 Annex IV): only items worth more reach the measure.
    const v = itemValue(line);
    if (v === undefined) u = valueUnknown(i);
    else if (v <= min) {
      // Identified, and below the threshold: not caught — unless the description prices it in another
      // currency, when the figure read as US dollars may understate it: review, never a silent pass.
      const c = otherCurrency(line);
      if (c === undefined) return true;
      u = { cause: 'currency', field: `goods[${i}].value`, detail: c };
    }
  }
  if (g?.newOnly === true && u === undefined) {
    // 2321 para 30 reaches new vessels and helicopters only (2397 para 14 adds used vessels later).
    const c = newOrUsed(line);
    if (c === 'used') return true; // identified, and used: not caught
    if (c === undefined) u = conditionUnknown(i);
  }
  let h: GoodsHit | undefined;
  for (let k = 0; k < hits.length; k++) {
    if (hits[k]!.measure === measure) {
      h = hits[k];
      break;
    }
  }
  if (!h) {
    hits.push(u === undefined ? { measure, lines: [i], uncertain: undefined } : { measure, lines: [], uncertain: u });
    return true;
  }
  if (u === undefined) {
    if (h.lines[h.lines.length - 1] === i) return false; // an HS hit and a product hit on one line
    h.lines.push(i);
  } else {
    h.uncertain ??= u;
  }
  return true;
}

const NOT_LOOKED = 0;
const LOOKED = 1;
/** The digits of a line's HS code where they say what the goods are: a national chapter (98, 99) does not. */
function goodsDigits(hs: string | undefined): string | undefined {
  const digits = hs !== undefined ? parseHs(hs) : undefined;
  return digits !== undefined && !hsNational(digits) ? digits : undefined;
}

/** No HS code, no product kind (or "other") and no word any measure of the table knows. */
const UNIDENTIFIED = 2;

/** Select the measures reaching one line: whether some measure looked at it (caught it, or identified it and let it pass), or nothing identifies it. */
function selectLine(line: GoodsLine, i: number, t: GoodsTable, compiled: CompiledLaw, dir: Uncertainty | undefined, hits: GoodsHit[]): number {
  let found = 0;
  // Whether any measure looked at the line: a fallback measure (HS chapter 27 to the DPRK) reaches only
  // lines nothing else did.
  let looked = false;
  // A measure with a value threshold that identified the line (by HS code or words): its annex defines
  // the item, so a broad product kind of the same paragraph ("luxury-goods") does not override it.
  let annexed: CompiledMeasure | undefined;
  const digits = goodsDigits(line.hs);
  const product = line.product;
  // An HS prefix where the product or description decides (2709, 2710), when no product kind is given.
  const ambHs = digits !== undefined && product === undefined ? t.ambiguous.lookup(digits) : NONE;
  // The description as the measures read it (lower case, words in another sense blanked: "rail tank
  // cars"), read only where words can decide: no HS code, or an HS code that needs them.
  const desc = line.description !== undefined && (digits === undefined || ambHs.length > 0) ? readDescription(descriptionText(line.description)) : undefined;
  if (digits !== undefined) {
    const decisive = t.decisive.lookup(digits);
    for (let k = 0; k < decisive.length; k++) {
      const measure = decisive[k]!;
      if (measure.applies.goods?.minValueUsd !== undefined) annexed = measure;
      looked = true;
      if (hit(hits, measure, i, line, dir)) found++;
    }
    if (product === undefined) {
      if (ambHs.length > 0) {
        for (let k = 0; k < ambHs.length; k++) {
          const measure = ambHs[k]!;
          if (desc !== undefined && measure.words?.test(desc)) hit(hits, measure, i, line, dir);
          else if (desc !== undefined && compiled.knownWords.get(measure)?.test(desc)) continue; // the description names something else
          else hit(hits, measure, i, line, dir ?? productUnknown(i));
          looked = true;
        }
      }
      const range = t.range.get(digits);
      if (range !== undefined) selectRange(range, digits, line, i, compiled, dir, hits);
    }
  }
  if (digits === undefined) {
    // Without an HS code the description's well-known words count too, even beside a product kind:
    // "Mercedes-Benz sedan" as transport-vehicles is still a luxury car (fail closed).
    if (desc !== undefined) {
      for (const measure of t.withWords) {
        if (!measure.words!.test(desc)) continue;
        if (measure.applies.goods?.minValueUsd !== undefined) annexed = measure;
        looked = true;
        if (hit(hits, measure, i, line, dir)) found++;
      }
    }
  }
  if (product !== undefined) {
    const list = t.byProduct.get(product);
    if (list) {
      for (let k = 0; k < list.length; k++) {
        const measure = list[k]!;
        if (annexed !== undefined && measure !== annexed && measure.applies.goods?.minValueUsd === undefined && measure.m.resolution === annexed.m.resolution && measure.m.paragraph === annexed.m.paragraph) continue;
        looked = true;
        hit(hits, measure, i, line, dir);
      }
    }
    const amb = digits === undefined ? t.byAmbiguousProduct.get(product) : undefined;
    if (amb) {
      // e.g. "arms" without an HS code: heavy arms or small arms? The description may say.
      const named = desc !== undefined ? compiled.productWords.get(product) : undefined;
      for (const measure of amb) {
        if (desc !== undefined && measure.words?.test(desc)) hit(hits, measure, i, line, dir);
        else if (named?.test(desc!)) continue; // the description names another kind ("pistols" are not heavy arms)
        else hit(hits, measure, i, line, dir ?? goodsUnknown(i));
        looked = true;
      }
    }
  }
  // A product kind of "other" says what the goods are not, not what they are: the words must still identify
  // them. Nothing identifies the goods: the caller fails closed rather than pass them.
  if (digits === undefined && (product === undefined || product === 'other') && found === 0) return UNIDENTIFIED;
  return looked ? LOOKED : NOT_LOOKED;
}

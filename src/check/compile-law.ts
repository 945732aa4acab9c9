/**
 * Precompile the law once per Law object into per-date-interval tables: the dates where any measure
 * starts or stops cut time into intervals, and each interval holds, per transaction type and goods
 * direction, the measures in force indexed by HS prefix and product. Evaluating a transaction is then
 * a binary search on its date and a few map probes per goods line.
 */
import { HsPrefixIndex, parseHs } from '../hs/index.ts';
import { addDays, lastOnOrBefore } from '../law/dates.ts';
import type { Law, Measure, TransactionType } from '../law/measure.ts';
import { firstWordForms } from '../law/word-forms.ts';
import { approvalTargets } from './approvals.ts';
import { compileMeasure, wordsPattern, type CompiledMeasure } from './compiled-measure.ts';
import { GENERAL_PURPOSES } from './transaction.ts';

export interface GoodsTable {
  decisive: HsPrefixIndex<CompiledMeasure>;
  /** Measures that reach a line only when no other measure of the direction does (`fallback`). */
  fallback: HsPrefixIndex<CompiledMeasure>;
  fallbackByProduct: Map<string, CompiledMeasure[]>;
  /** Whether the table has any fallback measure (most do not: the hot path skips the lookup). */
  hasFallback: boolean;
  ambiguous: HsPrefixIndex<CompiledMeasure>;
  /** Per code coarser than one a measure lists (chapter 27 over heading 2701, heading 2616 over subheading
   *  2616.10): the measures listing a finer code under it. Such a code may or may not be the listed goods,
   *  so a finer code, product kind or description decides; exactly the codes to look up, so a code no
   *  measure lists anything under costs one map miss. */
  range: Map<string, CompiledMeasure[]>;
  byProduct: Map<string, CompiledMeasure[]>;
  /** Product kinds that cover a measure's goods and more: only an HS code or description decides. */
  byAmbiguousProduct: Map<string, CompiledMeasure[]>;
  /** Measures that may be identified by description words alone. */
  withWords: CompiledMeasure[];
  /** The first word of each of their words ("jet" of "jet fuel") to the measures: a description with none
   *  of these names nothing they reach, found by a lookup per word rather than a pattern per measure. */
  wordStarts: Map<string, CompiledMeasure[]>;
  /** Every goods measure of this direction (for lines that identify nothing). */
  all: CompiledMeasure[];
}

export interface Interval {
  start: string;
  goodsTo: GoodsTable;
  goodsFrom: GoodsTable;
  /** Non-goods measures by transaction type (goods measures without a goods scope included). */
  byType: Record<TransactionType, CompiledMeasure[]>;
  parties: CompiledMeasure[];
}

export interface CompiledLaw {
  law: Law;
  starts: string[];
  intervals: Interval[];
  empty: Interval;
  /** Per measure with ambiguous HS prefixes: every word (of any measure sharing a prefix, in force or not)
   *  that identifies goods under those prefixes, so "diesel" under HS 2710 is known not to be jet fuel. */
  knownWords: Map<CompiledMeasure, RegExp>;
  /** Per code coarser than one a measure lists: every word (of any measure listing a code under it, in force
   *  or not) that identifies goods there, so "copper ore" under HS 26 is known not to be iron ore. */
  rangeWords: Map<string, RegExp>;
  /** Per ambiguous product kind ("arms"): every word of the measures sharing it, so "pistols" is known
   *  not to be heavy arms. */
  productWords: Map<string, RegExp>;
  /** The Committee's exemption powers (2321 para 46, 2371, 2375 para 26), by effective date. */
  powers: Measure[];
  /** Every measure id and paragraph-level prefix an approval may name. */
  approvalTargets: Set<string>;
  /** The purposes the engine reads: every one the law data names, and the general ones (commercial, ...). */
  purposes: ReadonlySet<string>;
}

const cache = new WeakMap<Law, CompiledLaw>();

export function compiledLaw(law: Law): CompiledLaw {
  let c = cache.get(law);
  if (!c) {
    c = compile(law);
    cache.set(law, c);
  }
  return c;
}

function emptyGoods(): GoodsTable {
  return { decisive: new HsPrefixIndex(), fallback: new HsPrefixIndex(), fallbackByProduct: new Map(), hasFallback: false, ambiguous: new HsPrefixIndex(), range: new Map(), byProduct: new Map(), byAmbiguousProduct: new Map(), withWords: [], wordStarts: new Map(), all: [] };
}

function emptyInterval(start: string): Interval {
  return {
    start,
    goodsTo: emptyGoods(),
    goodsFrom: emptyGoods(),
    byType: { goods: [], 'work-authorization': [], 'joint-venture': [], 'vessel-transfer': [], financial: [], service: [] },
    parties: [],
  };
}

/** Every code strictly coarser than `digits` that a user may write (its chapter, its heading, ...). */
function coarserCodes(digits: string): string[] {
  const out: string[] = [];
  for (let len = 2; len < digits.length; len += 2) out.push(digits.slice(0, len));
  return out;
}

/** A measure's HS codes of every kind (decisive, ambiguous, fallback), as digits. */
function measureCodes(measure: CompiledMeasure): string[] {
  const g = measure.applies.goods;
  return [...(g?.hs ?? []), ...(g?.ambiguousHs ?? [])].map((h) => parseHs(h)!);
}

function addGoods(t: GoodsTable, measure: CompiledMeasure): void {
  const g = measure.applies.goods!;
  // Whatever kind of code it lists, a coarser code may be its goods: record it under each coarser code.
  for (const code of measureCodes(measure)) {
    for (const c of coarserCodes(code)) {
      const list = t.range.get(c) ?? [];
      if (!list.includes(measure)) list.push(measure);
      t.range.set(c, list);
    }
  }
  if (g.fallback === true) {
    // Kept out of every other table but `range`: it never reaches a line another measure reaches.
    t.hasFallback = true;
    for (const h of g.hs ?? []) t.fallback.add(parseHs(h)!, measure);
    for (const p of g.products ?? []) t.fallbackByProduct.set(p, [...(t.fallbackByProduct.get(p) ?? []), measure]);
    return;
  }
  for (const h of g.hs ?? []) t.decisive.add(parseHs(h)!, measure);
  for (const h of g.ambiguousHs ?? []) t.ambiguous.add(parseHs(h)!, measure);
  for (const p of g.products ?? []) {
    const list = t.byProduct.get(p) ?? [];
    list.push(measure);
    t.byProduct.set(p, list);
  }
  for (const p of g.ambiguousProducts ?? []) {
    const list = t.byAmbiguousProduct.get(p) ?? [];
    list.push(measure);
    t.byAmbiguousProduct.set(p, list);
  }
  if (measure.words) {
    t.withWords.push(measure);
    for (const w of g.words ?? []) {
      for (const first of firstWordForms(w)) {
        const list = t.wordStarts.get(first) ?? [];
        if (!list.includes(measure)) list.push(measure);
        t.wordStarts.set(first, list);
      }
    }
  }
  t.all.push(measure);
}

function compile(law: Law): CompiledLaw {
  const compiled = law.measures.map(compileMeasure).filter((x): x is CompiledMeasure => x !== undefined);
  const cuts = new Set<string>();
  for (const measure of compiled) {
    cuts.add(measure.m.effective);
    if (measure.m.lastDay !== undefined) cuts.add(addDays(measure.m.lastDay, 1));
  }
  const starts = [...cuts].sort();
  const intervals = starts.map((start) => {
    const interval = emptyInterval(start);
    for (const measure of compiled) {
      const m = measure.m;
      // INVARIANT: a measure is in an interval iff it is in force on every day of it (cuts include its edges).
      if (m.effective > start || (m.lastDay !== undefined && m.lastDay < start)) continue;
      if (measure.applies.designatedParties) {
        interval.parties.push(measure);
        continue;
      }
      for (const type of measure.types) {
        if (type === 'goods' && measure.applies.goods) {
          const d = measure.applies.direction ?? 'either';
          if (d === 'to-dprk' || d === 'either') addGoods(interval.goodsTo, measure);
          if (d === 'from-dprk' || d === 'either') addGoods(interval.goodsFrom, measure);
        } else {
          interval.byType[type].push(measure);
        }
      }
    }
    return interval;
  });
  const wordsByPrefix = new Map<string, string[]>();
  for (const measure of compiled) {
    const g = measure.applies.goods;
    for (const h of g?.ambiguousHs ?? []) {
      const key = parseHs(h)!;
      wordsByPrefix.set(key, [...(wordsByPrefix.get(key) ?? []), ...(g?.words ?? [])]);
    }
  }
  const knownWords = new Map<CompiledMeasure, RegExp>();
  for (const measure of compiled) {
    const words = (measure.applies.goods?.ambiguousHs ?? []).flatMap((h) => wordsByPrefix.get(parseHs(h)!) ?? []);
    const re = wordsPattern(words);
    if (re) knownWords.set(measure, re);
  }
  const wordsByRange = new Map<string, Set<string>>();
  for (const measure of compiled) {
    const codes = measureCodes(measure);
    // The coarser codes of this measure's codes, and the codes themselves: a description naming goods of
    // a measure at that level (textiles under 58, beside tapestries under 5805) names something identified.
    const keys = new Set(codes.flatMap((c) => [...coarserCodes(c), c]));
    for (const key of keys) {
      const set = wordsByRange.get(key) ?? new Set<string>();
      for (const w of measure.applies.goods?.words ?? []) set.add(w);
      wordsByRange.set(key, set);
    }
  }
  const rangeWords = new Map<string, RegExp>();
  for (const [key, words] of wordsByRange) {
    const re = wordsPattern([...words]);
    if (re) rangeWords.set(key, re);
  }
  const byProduct = new Map<string, string[]>();
  for (const measure of compiled) {
    for (const p of measure.applies.goods?.ambiguousProducts ?? []) byProduct.set(p, [...(byProduct.get(p) ?? []), ...(measure.applies.goods?.words ?? [])]);
  }
  const productWords = new Map<string, RegExp>();
  for (const [p, words] of byProduct) {
    const re = wordsPattern(words);
    if (re) productWords.set(p, re);
  }
  const powers = law.measures.filter((m) => m.exemptionPower !== undefined);
  return { law, starts, intervals, empty: emptyInterval('0000-00-00'), knownWords, rangeWords, productWords, powers, approvalTargets: approvalTargets(law.measures), purposes: purposesOf(law) };
}

/** Every purpose the law data names, and the general ones the contract lists. */
function purposesOf(law: Law): Set<string> {
  const out = new Set<string>(GENERAL_PURPOSES);
  for (const m of law.measures) {
    for (const p of m.onlyForPurposes ?? []) out.add(p);
    for (const p of m.applies?.purposes ?? []) out.add(p);
    for (const ex of m.exemptions ?? []) for (const p of ex.purposes ?? []) out.add(p);
  }
  return out;
}

const NO_PURPOSE: { purpose: undefined; known: true } = Object.freeze({ purpose: undefined, known: true });

/**
 * The stated purpose as the law names it: exactly, or once case, spaces and underscores are folded
 * ("Livelihood", "civil aviation return flight"); `known` is false for free text the engine cannot read.
 */
export function readPurpose(c: CompiledLaw, stated: string | undefined): { purpose: string | undefined; known: boolean } {
  // Hot path: no purpose, or one the law names exactly, costs no allocation beyond one small object.
  if (stated === undefined) return NO_PURPOSE;
  if (c.purposes.has(stated)) return { purpose: stated, known: true };
  const folded = stated.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (c.purposes.has(folded)) return { purpose: folded, known: true };
  // "livelihood purposes", "for humanitarian purpose": the word "purpose(s)" and a leading "for" add nothing.
  const bare = folded.replace(/^(?:for-|exclusively-for-)/, '').replace(/-purposes?$/, '');
  return c.purposes.has(bare) ? { purpose: bare, known: true } : { purpose: stated, known: false };
}
/** The interval containing `date` (binary search over the cut dates). */
export function intervalFor(c: CompiledLaw, date: string): Interval {
  const found = lastOnOrBefore(c.starts, date);
  return found < 0 ? c.empty : c.intervals[found]!;
}

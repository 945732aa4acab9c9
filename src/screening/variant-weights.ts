/**
 * What a name's variants weigh, for the bounds compareNames tests before pairing any word: the lightest
 * variant, the heaviest k words, and what the qualifier discounts may take off (korean-v2's query
 * qualifiers, korean-v3's listed places). Kept apart from the pairing itself (name-score.ts).
 */
import type { Variant } from './name-form.ts';
import { qualifierMask } from './weak-words.ts';
import type { Word } from './words.ts';

/** korean-v2: what an unmatched query qualifier word (branch, office, a place, a legal form) still weighs. */
export const QUALIFIER_WEIGHT = 0.05;

/** The most words a name is compared by: the size of the scratch tables here and in name-score.ts. */
export const MAX_WORDS = 32;

/** The smallest weight of a name's variants. */
export function lightestVariant(vs: readonly Variant[]): number {
  let least = Infinity;
  for (const v of vs) if (v.weight < least) least = v.weight;
  return least;
}

/** Whether some pair of variants passes the loop's first bound: (heaviest k of each) / total > floor. */
export function weightsCanReach(qs: readonly Variant[], cs: readonly Variant[], floor: number, qualifiers: boolean, strict: boolean): boolean {
  for (const qv of qs) {
    for (const cv of cs) {
      const k = Math.min(qv.words.length, cv.words.length);
      const total = qv.weight - (qualifiers ? discountable(qv, strict) : 0) + cv.weight - (qualifiers && strict ? listedDiscountable(cv) : 0);
      if (!((heaviest(qv, k) + heaviest(cv, k)) / total <= floor)) return true;
    }
  }
  return false;
}

const masks = new WeakMap<Variant, boolean[]>();
/** Which words of a query variant qualify it (computed once per variant). */
export function maskOf(v: Variant, strict: boolean): boolean[] {
  let m = masks.get(v);
  if (m === undefined) {
    m = qualifierMask(v.words.map((w) => w.text), strict);
    masks.set(v, m);
  }
  return m;
}

/** The most the qualifier discount can take off a query variant's weight. */
export function discountable(v: Variant, strict: boolean): number {
  const mask = maskOf(v, strict);
  let d = 0;
  v.words.forEach((w, i) => {
    if (mask[i] === true) d += Math.max(0, w.weight - QUALIFIER_WEIGHT);
  });
  return d;
}

/** korean-v3: a listed entity's own place, from each word alone (listed variants are decoded per
 *  comparison, so no mask is kept for them). */
export function listedPlace(w: Word): boolean {
  return w.qualifier && w.text !== 'hong' && w.text !== 'kong';
}

/** The most the listed-place discount can take off a listed variant's weight. */
export function listedDiscountable(v: Variant): number {
  let d = 0;
  for (const w of v.words) if (listedPlace(w)) d += Math.max(0, w.weight - QUALIFIER_WEIGHT);
  return d;
}

const top = new Float64Array(MAX_WORDS);

/** Sum of the k heaviest word weights of a variant (all of it when k covers every word). */
export function heaviest(v: Variant, k: number): number {
  const n = v.words.length;
  if (k >= n) return v.weight;
  let filled = 0;
  for (let i = 0; i < n; i++) {
    const w = (v.words[i] as Word).weight;
    // insertion into the descending top-k list
    let p = Math.min(filled, k);
    if (p === k && w <= (top[k - 1] as number)) continue;
    if (p === k) p = k - 1;
    while (p > 0 && (top[p - 1] as number) < w) {
      top[p] = top[p - 1] as number;
      p--;
    }
    top[p] = w;
    if (filled < k) filled++;
  }
  let sum = 0;
  for (let i = 0; i < filled; i++) sum += top[i] as number;
  return sum;
}

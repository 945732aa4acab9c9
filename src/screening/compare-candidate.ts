/**
 * One listed name compared with a prepared query (`screenName`'s loop): how exact-only names (initialisms, low
 * aliases) are compared, and which comparisons stand for a listed name held whole among other words.
 */
import type { ScreeningIndex } from './build-index.ts';
import { GENERIC_CAP } from './generic-entity.ts';
import type { NameForm } from './name-form.ts';
import { compareNames, EXACT_BOUNDS, storedScoreBound, type NameComparison } from './name-score.ts';
import { isWeakWord, qualifierMask } from './weak-words.ts';

function sameWords(a: Pick<NameForm, 'variants'>, b: Pick<NameForm, 'variants'>): boolean {
  const x = (a.variants[0]?.words ?? []).map((w) => w.text).sort().join(' ');
  const y = (b.variants[0]?.words ?? []).map((w) => w.text).sort().join(' ');
  return x === y;
}

/** A listed name standing whole, word for word, inside a longer query name is reported as possible at most
 *  (security review 15, R15-5), beside at most this many other words. */
const MAX_OTHER_WORDS = 2;

/** Comparisons of an initialism found among other words, held at GENERIC_CAP by compareCandidate. */
export const insideComparisons = new WeakSet<NameComparison>();

/** Whether a comparison holds the listed name whole, word for word, beside other query words. */
export function listedInside(cmp: NameComparison): boolean {
  return cmp.pairs.length > 0 && cmp.pairs.every((p) => p.relation === 'exact') && cmp.unmatchedListed.length === 0
    && cmp.unmatchedQuery.length > 0 && cmp.unmatchedQuery.length <= MAX_OTHER_WORDS;
}

/** Low-quality aliases match only exactly (after folding): common practice, they are too weak otherwise.
 *  korean-v3's short initialisms (KNIC) match only word for word, a branch, place or legal form aside
 *  ("KOMID, Lagos branch"): KNOC is another initialism. */
export function compareCandidate(form: NameForm, index: ScreeningIndex, id: number, floor: number, qualifiers: boolean, strict: boolean): NameComparison | undefined {
  // A name that cannot reach the floor by `storedScoreBound` would compare to nothing (compareNames keeps only a
  // score above floor - 1e-9; the margin covers the bound's own rounding): not decoded nor compared.
  if (EXACT_BOUNDS.storedNames && floor > 0 && !index.names.exactOnly(id) && storedScoreBound(form, index.names, id, qualifiers, strict) + 1e-6 <= floor - 1e-9) return undefined;
  const candForm = index.names.form(id);
  if (strict && index.names.exactOnly(id) && index.names.kindOf(id) !== 'low') {
    // No floor: an initialism among other words scores low as a Dice (KORYO NCG against NCG) and is then
    // held at GENERIC_CAP, above the floor; a floor here dropped it at 0.6 and kept it at 0.3 (H17-9).
    const cmp = compareNames(form, candForm, 0, qualifiers, strict);
    const qualifierOnly = qualifierMask(cmp.unmatchedQuery, true);
    const exact = cmp.pairs.length > 0 && cmp.pairs.every((p) => p.relation === 'exact') && cmp.unmatchedListed.length === 0;
    const whole = exact && cmp.unmatchedQuery.every((w, i) => qualifierOnly[i] === true || isWeakWord(w));
    if (cmp.score > 0 && whole) return cmp;
    // The initialism standing whole among other words (KOMID SHIPPING, NEW OMM, KOMID KOMID): a front named
    // after the listed body, or another body; held at the possible band (`inside`).
    if (!exact || cmp.unmatchedQuery.filter((w, i) => qualifierOnly[i] !== true && !isWeakWord(w)).length > MAX_OTHER_WORDS) return undefined;
    const inside = { ...cmp, score: GENERIC_CAP };
    insideComparisons.add(inside);
    return inside;
  }
  if (index.names.exactOnly(id)) {
    if (form.compact !== index.names.get(id).compact && !sameWords(form, candForm)) return undefined;
    const words = (candForm.variants[0]?.words ?? []).map((w) => w.text);
    return { score: 1, pairs: words.map((w) => ({ query: w, listed: w, relation: 'exact' })), unmatchedQuery: [], unmatchedListed: [], reordered: false };
  }
  const cmp = compareNames(form, candForm, floor, qualifiers, strict);
  return cmp.score > 0 ? cmp : undefined;
}

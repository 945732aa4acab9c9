/**
 * Name similarity between two prepared names: the best pairing of their words over every pair of variants,
 * scored as a weighted Dice coefficient (matched weight on both sides over the total weight of both names),
 * so a missing or extra given-name syllable costs as much as a wrong one.
 */
import type { Variant } from './name-form.ts';
import { DIFFERENT, keepRelationsFor, keptCodes, memoColumn, memoNear, RELATIONS, SCORES, storedScoreBound, type NamePair } from './score-bound.ts';
import { discountable, heaviest, lightestVariant, listedDiscountable, listedPlace, maskOf, MAX_WORDS, QUALIFIER_WEIGHT, weightsCanReach } from './variant-weights.ts';
import { describeCorrection, type Word, type WordRelation } from './words.ts';

export interface WordPair {
  query: string;
  listed: string;
  relation: WordRelation;
  /** korean-v2: the typing error corrected, for a 'corrected' pair. */
  edit?: string;
}

export { QUALIFIER_WEIGHT };

export interface NameComparison {
  score: number; // 0..1
  pairs: WordPair[];
  unmatchedQuery: string[];
  unmatchedListed: string[];
  /** Words matched, but not in the listed order nor in a rotation of it (family name moved to the end). */
  reordered: boolean;
  /** korean-v3: some syllables matched, but not where they stand in the listed name (KIM IL MI against
   *  KIM KYONG IL: IL is the last syllable here, the second there). */
  misplaced?: boolean;
}

/** Subtracted when matched single syllables appear in another order: RI SON JE is not RI JE SON. */
export const SYLLABLE_ORDER_PENALTY = 0.25;
/** Subtracted when other words are shuffled beyond a rotation: names are often reordered, so little. */
export const WORD_ORDER_PENALTY = 0.03;
/** korean-v3: subtracted when a name's syllables agree only in part and not in their places: two syllables
 *  of three in other places (0.67) fall below the review threshold; in their places they stay possible. */
export const MISPLACED_PENALTY = 0.25;

/**
 * Bounds that only skip work whose result could not count (each proved exact by a property test comparing
 * results with and without it: test/screening-exact-bounds.test.ts). Switched off only by that test.
 */
export const EXACT_BOUNDS = {
  /** compareNames: a query variant none of whose pairs can beat the best so far is not paired at all. */
  rows: true,
  /** screenName: a record's best name score so far is the floor for its other names. */
  recordFloor: true,
  /** compareCandidate: a listed name whose `storedScoreBound` cannot reach the floor is not decoded nor compared. */
  storedNames: true,
};

export type { NamePair };
export { storedScoreBound };

const EMPTY: NameComparison = { score: 0, pairs: [], unmatchedQuery: [], unmatchedListed: [], reordered: false };
const rel = new Float64Array(MAX_WORDS * MAX_WORDS);
/** Relations between the distinct words of the two names, computed once per comparison, and their scores
 *  (WORD_SCORE of each: the bounds and the pairing read numbers, not a table keyed by the relation's name). */
let wordRel = new Array<WordRelation>(256);
let wordScore = new Float64Array(256);
/** Per distinct query word, its best value against any listed word (see `rowCannotWin`). */
let rowMax = new Float64Array(32);

/** Discount unmatched query qualifiers (korean-v2, against a listed entity) in the comparison in progress. */
let discountQualifiers = false;
/** korean-v3: hong and kong alone are not places (see qualifierMask). */
let strictPlaces = false;

/** Compares two names; variant pairs that cannot reach `minScore` are skipped (EMPTY when none can).
 *  `qualifiers`: a query word that only says which branch, office, place or legal form is meant weighs
 *  QUALIFIER_WEIGHT when the listed name lacks it (korean-v2, listed entities); `strict`: korean-v3's
 *  places. */
export function compareNames(q: NamePair, c: NamePair, minScore = 0, qualifiers = false, strict = false): NameComparison {
  discountQualifiers = qualifiers;
  strictPlaces = strict;
  const nq = q.words.length;
  const nc = c.words.length;
  // The word-count bound of the loop below, before any word is compared: when no pair of variants can reach
  // the floor by the weights of its heaviest words alone, every pair would be skipped (the same test, the
  // same floor), so the answer is EMPTY without comparing a word.
  if (minScore > 0 && !weightsCanReach(q.variants, c.variants, Math.max(0, minScore - 1e-9), qualifiers, strict)) return EMPTY;
  if (wordRel.length < nq * nc) {
    wordRel = new Array<WordRelation>(nq * nc);
    wordScore = new Float64Array(nq * nc);
  }
  if (rowMax.length < nq) rowMax = new Float64Array(nq);
  // korean-v3: two organisations' names: a long word one typing error off still counts (see nearWord).
  const near = q.organisational === true && c.organisational === true;
  keepRelationsFor(q);
  for (let j = 0; j < nc; j++) {
    const cw = c.words[j] as Word;
    const base = memoColumn(q, cw);
    const codes = keptCodes();
    for (let i = 0; i < nq; i++) {
      let code = codes[base + i] as number;
      if (code === DIFFERENT && near) code = memoNear(q, cw, base, i);
      wordRel[i * nc + j] = RELATIONS[code] as WordRelation;
      wordScore[i * nc + j] = SCORES[code] as number;
    }
  }
  let any = false;
  for (let i = 0; i < nq; i++) {
    const wq = (q.words[i] as Word).weight;
    let top = 0;
    for (let j = 0; j < nc; j++) {
      const s = wordScore[i * nc + j] as number;
      if (s === 0) continue;
      any = true;
      // The most this query word can add to `pairedBound` against any variant (the same expression).
      const v = s * (wq + (c.words[j] as Word).weight);
      if (v > top) top = v;
    }
    rowMax[i] = top;
  }
  if (!any) return EMPTY;
  let best = Math.max(0, minScore - 1e-9);
  let bestQ: Variant | undefined;
  let bestC: Variant | undefined;
  // The pair `assign` last paired (its pairing is still in matchQ/usedC).
  let lastQ: Variant | undefined;
  let lastC: Variant | undefined;
  // The row bound's smallest listed total, where no listed place is discounted: the same for every row.
  const lightest = qualifiers && strict ? -1 : lightestVariant(c.variants);
  for (const qv of q.variants) {
    // The row's bound, before any pair of it: `pairedBound` of this query variant against any listed
    // variant is at most the sum of its words' best values over all listed words, and its total at least
    // the smallest total of the row. When even that cannot win, every pair of the row would be skipped by
    // the second test below (the same floor), so none is tried. Exact: each term and each operation is
    // monotone in floating point as in the test it stands for.
    if (EXACT_BOUNDS.rows && rowCannotWin(qv, c.variants, qualifiers, strict, best, lightest)) continue;
    for (const cv of c.variants) {
      // At most min(n, m) words pair up: the heaviest of each side bound the matched weight. Skip pairs
      // that cannot win.
      const k = Math.min(qv.words.length, cv.words.length);
      const total = qv.weight - (qualifiers ? discountable(qv, strictPlaces) : 0) + cv.weight - (qualifiers && strict ? listedDiscountable(cv) : 0);
      if ((heaviest(qv, k) + heaviest(cv, k)) / total <= best) continue;
      // Each query word paired with its best listed word (a listed word may count twice): a bound on the
      // matched weight that knows which words agree, far cheaper than the pairing itself.
      if (pairedBound(qv, cv, nc) / total <= best) continue;
      const score = assign(qv, cv, nc);
      lastQ = qv;
      lastC = cv;
      if (score > best) {
        best = score;
        bestQ = qv;
        bestC = cv;
      }
      if (best >= 1) break;
    }
    if (best >= 1) break;
  }
  if (bestQ === undefined || bestC === undefined) return EMPTY;
  // The best pair's pairing, for its description (still there when it was the last pair tried).
  if (bestQ !== lastQ || bestC !== lastC) assign(bestQ, bestC, nc);
  return describe(bestQ, bestC, best, nc);
}

/** See the row bound in `compareNames`: the row's best sum of `rowMax` over its smallest total.
 *  `lightest`: the smallest listed variant weight when no listed place is discounted (else -1): the
 *  smallest total is then the row's own part plus it, the same number the loop over the variants finds
 *  (rounding is monotone), without the loop. */
function rowCannotWin(qv: Variant, cs: readonly Variant[], qualifiers: boolean, strict: boolean, best: number, lightest: number): boolean {
  let sum = 0;
  for (let i = 0; i < qv.words.length; i++) sum += rowMax[qv.at[i] as number] as number;
  const qd = qualifiers ? discountable(qv, strictPlaces) : 0;
  let least = Infinity;
  if (lightest >= 0) {
    least = qv.weight - qd + lightest;
  } else {
    for (const cv of cs) {
      const total = qv.weight - qd + cv.weight - listedDiscountable(cv);
      if (total < least) least = total;
    }
  }
  return least > 0 && sum / least <= best;
}

function pairedBound(qv: Variant, cv: Variant, nc: number): number {
  let sum = 0;
  const m = cv.words.length;
  for (let i = 0; i < qv.words.length; i++) {
    const row = (qv.at[i] as number) * nc;
    const wq = (qv.words[i] as Word).weight;
    let top = 0;
    for (let j = 0; j < m; j++) {
      const s = wordScore[row + (cv.at[j] as number)] as number;
      if (s === 0) continue;
      const v = s * (wq + (cv.words[j] as Word).weight);
      if (v > top) top = v;
    }
    sum += top;
  }
  return sum;
}

const matchQ = new Int32Array(MAX_WORDS);
const usedC = new Uint8Array(MAX_WORDS);

/**
 * Pairs the words of two variants (greedy, best pair first; ties: the pair nearest the diagonal, which is
 * exact enough for names this short) and returns the score; the pairing is left in matchQ/usedC.
 */
function assign(qv: Variant, cv: Variant, nc: number): number {
  const n = Math.min(qv.words.length, MAX_WORDS);
  const m = Math.min(cv.words.length, MAX_WORDS);
  let any = false;
  for (let i = 0; i < n; i++) {
    const row = (qv.at[i] as number) * nc;
    for (let j = 0; j < m; j++) {
      const r = wordScore[row + (cv.at[j] as number)] as number;
      rel[i * m + j] = r;
      if (r !== 0) any = true;
    }
  }
  if (!any) return 0;
  matchQ.fill(-1, 0, n);
  usedC.fill(0, 0, m);
  let matched = 0;
  for (;;) {
    let bi = -1;
    let bj = -1;
    let bs = 0;
    let bd = Infinity;
    for (let i = 0; i < n; i++) {
      if (matchQ[i] !== -1) continue;
      for (let j = 0; j < m; j++) {
        if (usedC[j] === 1) continue;
        const s = rel[i * m + j] as number;
        const d = Math.abs(i - j);
        if (s > bs || (s === bs && s > 0 && d < bd)) [bi, bj, bs, bd] = [i, j, s, d];
      }
    }
    if (bi < 0) break;
    matchQ[bi] = bj;
    usedC[bj] = 1;
    matched += ((qv.words[bi] as Word).weight + (cv.words[bj] as Word).weight) * bs;
  }
  let qWeight = qv.weight;
  let cWeight = cv.weight;
  if (discountQualifiers) {
    const mask = maskOf(qv, strictPlaces);
    for (let i = 0; i < n; i++) {
      const w = qv.words[i] as Word;
      if (matchQ[i] === -1 && mask[i] === true) qWeight -= Math.max(0, w.weight - QUALIFIER_WEIGHT);
    }
    if (strictPlaces) {
      // korean-v3: a listed entity's own place (LEADER (HONG KONG) INTERNATIONAL, HUAXIN SHIPPING
      // HONGKONG) weighs as little, unmatched, as a query's.
      for (let j = 0; j < m; j++) {
        const w = cv.words[j] as Word;
        if (usedC[j] === 0 && listedPlace(w)) cWeight -= Math.max(0, w.weight - QUALIFIER_WEIGHT);
      }
    }
  }
  let score = matched / (qWeight + cWeight);
  const order: number[] = [];
  let syllablesOnly = true;
  for (let i = 0; i < n; i++) {
    const j = matchQ[i] as number;
    if (j < 0) continue;
    order.push(j);
    if (((cv.words[j] as Word).segs[0]?.length ?? 0) !== 1) syllablesOnly = false;
  }
  if (!isRotation(order)) score -= syllablesOnly ? SYLLABLE_ORDER_PENALTY : WORD_ORDER_PENALTY;
  else if (strictPlaces && syllablesOnly && misplaced(qv, cv, n, m)) score -= MISPLACED_PENALTY;
  return Math.max(0, Math.min(1, score));
}

/**
 * korean-v3: the pairing `assign` left in matchQ is partial (a word unmatched on either side) and its
 * syllables are not where they stand in the listed name: not in place (a shorter query may be shifted as
 * a whole: YONG CHOL against KIM YONG CHOL) nor with the family name moved to the end.
 */
function misplaced(qv: Variant, cv: Variant, n: number, m: number): boolean {
  // Positions count the name's own words only: a title or filler (Mr, of) shifts nothing.
  const qPos = positions(qv, n, posQ);
  const cPos = positions(cv, m, posC);
  const nq = qPos[n] as number;
  const nc = cPos[m] as number;
  let pairs = 0;
  let offset: number | undefined;
  let sameOffset = true;
  let rotated = true;
  for (let k = 0; k < n; k++) {
    const j0 = matchQ[k] as number;
    if (j0 < 0 || qPos[k] === qPos[k + 1]) continue;
    const i = qPos[k] as number;
    const j = cPos[j0] as number;
    pairs++;
    offset ??= i - j;
    if (i - j !== offset) sameOffset = false;
    if (j === 0 ? i !== nq - 1 : i !== j - 1) rotated = false;
  }
  if (pairs === 0 || (pairs === nq && pairs === nc)) return false;
  const inPlace = sameOffset && (offset === 0 || nq < nc);
  return !inPlace && !rotated;
}

const posQ = new Int32Array(MAX_WORDS + 1);
const posC = new Int32Array(MAX_WORDS + 1);

/** For each word, the number of informative words (weight 0.5 or more) before it; [len] is their count. */
function positions(v: Variant, len: number, out: Int32Array): Int32Array {
  let k = 0;
  for (let i = 0; i < len; i++) {
    out[i] = k;
    if ((v.words[i] as Word).weight >= 0.5) k++;
  }
  out[len] = k;
  return out;
}

/** The comparison in words, from the pairing `assign` just made. */
function describe(qv: Variant, cv: Variant, score: number, nc: number): NameComparison {
  const n = Math.min(qv.words.length, MAX_WORDS);
  const m = Math.min(cv.words.length, MAX_WORDS);
  const pairs: WordPair[] = [];
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const j = matchQ[i] as number;
    if (j < 0) continue;
    order.push(j);
    const relation = wordRel[(qv.at[i] as number) * nc + (cv.at[j] as number)] as WordRelation;
    const pair: WordPair = { query: (qv.words[i] as Word).text, listed: (cv.words[j] as Word).text, relation };
    if (relation === 'corrected') {
      const edit = describeCorrection(qv.words[i] as Word, cv.words[j] as Word);
      if (edit !== undefined) pair.edit = edit;
    }
    pairs.push(pair);
  }
  const syllablesOnly = order.every((j) => ((cv.words[j] as Word).segs[0]?.length ?? 0) === 1);
  return {
    score,
    pairs,
    unmatchedQuery: qv.words.slice(0, n).filter((_w, i) => matchQ[i] === -1).map((w) => w.text),
    unmatchedListed: cv.words.slice(0, m).filter((_w, j) => usedC[j] === 0).map((w) => w.text),
    reordered: !isRotation(order),
    ...(strictPlaces && isRotation(order) && syllablesOnly && misplaced(qv, cv, n, m) && { misplaced: true }),
  };
}

/** True when the sequence is increasing, or increasing after one rotation (2 3 1, 3 1 2). */
function isRotation(seq: readonly number[]): boolean {
  let drops = 0;
  for (let k = 1; k < seq.length; k++) if ((seq[k] as number) < (seq[k - 1] as number)) drops++;
  if (drops === 0) return true;
  return drops === 1 && (seq[seq.length - 1] as number) < (seq[0] as number);
}

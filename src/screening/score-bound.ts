/**
 * The bound a listed name's stored words give its score before it is decoded (`storedScoreBound`), and the
 * relations of a query's words to the listed words, kept while one query name is compared with its
 * candidates (read by the bound and by `compareNames` alike).
 */
import type { NameForm } from './name-form.ts';
import type { NameStore } from './name-store.ts';
import { discountable, listedPlace, QUALIFIER_WEIGHT } from './variant-weights.ts';
import { compareWords, differentByMask, nearWord, WORD_SCORE, type Word, type WordRelation } from './words.ts';

/** The parts of a prepared name compared (`organisational`: korean-v3's organisation names, see nearWord). */
export type NamePair = Pick<NameForm, 'words' | 'variants'> & Partial<Pick<NameForm, 'organisational'>>;

/**
 * The relations of the query's words to each listed word, kept while one query name is compared with its
 * candidates: recall brings dozens of listed names sharing the query's syllables, so the same listed words
 * (KIM, YONG, CHOL) come back in name after name. Keyed by the listed word's id and checked by identity (a
 * word of another table may carry the same id); computed exactly as before (the mask test, then
 * `compareWords`; `nearWord` for two organisations' names only, kept apart since it applies to those only).
 * A relation depends on the two words alone, so a kept one is the one the comparison would compute.
 */
export const RELATIONS: readonly WordRelation[] = ['exact', 'romanization', 'spelling', 'typo', 'corrected', 'abbreviation', 'near', 'different'];
export const DIFFERENT = RELATIONS.indexOf('different');
const CODE = new Map<WordRelation, number>(RELATIONS.map((r, i) => [r, i]));
export const SCORES = Float64Array.from(RELATIONS, (r) => WORD_SCORE[r]);
/** Not yet computed (`memoNearCodes`). */
const UNKNOWN = 255;
let memoQuery: NamePair | undefined;
let memoStamp = 0;
/** Per listed word id: the stamp it was kept under, where its column starts, and the word itself. */
let memoStampOf = new Int32Array(1024);
let memoBaseOf = new Int32Array(1024);
const memoWordOf: (Word | undefined)[] = new Array<Word | undefined>(1024).fill(undefined);
/** Per kept column, one code per query word (an index of RELATIONS); `memoNearCodes` the same after nearWord. */
let memoCodes = new Uint8Array(4096);
let memoNearCodes = new Uint8Array(4096);
/** Per kept column (at its start), its column value (see `columnValue`), plain and between organisations; -1 unknown. */
let memoValue = new Float64Array(4096);
let memoNearValue = new Float64Array(4096);
let memoUsed = 0;
/** The query's smallest total (its lightest variant less what it may discount), by qualifiers and strict (see
 *  `storedScoreBound`); NaN until computed. */
const memoLeast = new Float64Array(4).fill(NaN);
/** A column store grown past this is started afresh (a batch of long names cannot grow it without end). */
const MAX_MEMO = 1 << 20;

function startMemo(q: NamePair): void {
  memoQuery = q;
  memoUsed = 0;
  memoLeast.fill(NaN);
  if (++memoStamp > 2_000_000_000) {
    memoStamp = 1;
    memoStampOf.fill(0);
  }
}

/** `to` holding the first `used` entries of `from`: a kept column grown without losing what it holds. */
function grown<T extends Uint8Array | Float64Array>(from: T, to: T, used: number): T {
  to.set(from.subarray(0, used));
  return to;
}

/** Where the listed word's column of relations starts, computed now if it is not kept. */
export function memoColumn(q: NamePair, cw: Word): number {
  const id = cw.id;
  if (id >= 0 && id < memoStampOf.length && memoStampOf[id] === memoStamp && memoWordOf[id] === cw) return memoBaseOf[id] as number;
  const nq = q.words.length;
  if (memoUsed + nq > MAX_MEMO) startMemo(q);
  if (memoUsed + nq > memoCodes.length) {
    const size = Math.max(memoCodes.length * 2, memoUsed + nq);
    memoCodes = grown(memoCodes, new Uint8Array(size), memoUsed);
    memoNearCodes = grown(memoNearCodes, new Uint8Array(size), memoUsed);
    memoValue = grown(memoValue, new Float64Array(size), memoUsed);
    memoNearValue = grown(memoNearValue, new Float64Array(size), memoUsed);
  }
  const base = memoUsed;
  memoUsed += nq;
  memoValue[base] = -1;
  memoNearValue[base] = -1;
  for (let i = 0; i < nq; i++) {
    const qw = q.words[i] as Word;
    // Most pairs are two Korean words with no first or no last syllable in common: answered without the call.
    memoCodes[base + i] = differentByMask(qw, cw) ? DIFFERENT : CODE.get(compareWords(qw, cw)) as number;
    memoNearCodes[base + i] = UNKNOWN;
  }
  if (id >= 0 && id < MAX_MEMO) {
    if (id >= memoStampOf.length) {
      const size = Math.max(memoStampOf.length * 2, id + 1);
      const stamps = new Int32Array(size);
      stamps.set(memoStampOf);
      const bases = new Int32Array(size);
      bases.set(memoBaseOf);
      memoStampOf = stamps;
      memoBaseOf = bases;
      while (memoWordOf.length < size) memoWordOf.push(undefined);
    }
    memoStampOf[id] = memoStamp;
    memoBaseOf[id] = base;
    memoWordOf[id] = cw;
  }
  return base;
}

/** A pair found different, read between two organisations' names (nearWord), kept like the rest. */
export function memoNear(q: NamePair, cw: Word, base: number, i: number): number {
  let code = memoNearCodes[base + i] as number;
  if (code === UNKNOWN) {
    const r = nearWord(q.words[i] as Word, cw);
    code = r === undefined ? DIFFERENT : CODE.get(r) as number;
    memoNearCodes[base + i] = code;
  }
  return code;
}

/**
 * An upper bound of `compareNames(q, c, …).score` for the listed name `id` of `names` (c its decoded form),
 * read from its stored word ids before it is decoded: recall brings every listed name sharing one syllable
 * with the query (it recalls as for the lowest review threshold, H17-9), and most of them cannot reach the
 * floor. Exact: a pairing pairs each listed word once, with a value s·(query weight + listed weight) no more
 * than that word's best against every query word (its column value); the query's side of the total is at
 * least its lightest variant less all it may discount, the listed side at least its weight less every place
 * (the discounts take off only unmatched words); the penalties only lower a score. So for each listed
 * variant, the sum of its words' column values over that smallest total bounds every pair it is in.
 * `qualifiers`, `strict`: as given to compareNames.
 */
export function storedScoreBound(q: NamePair, names: NameStore, id: number, qualifiers: boolean, strict: boolean): number {
  if (q !== memoQuery) startMemo(q);
  const near = q.organisational === true && names.isOrganisation(id);
  const slot = (qualifiers ? 2 : 0) + (strict ? 1 : 0);
  let least = memoLeast[slot] as number;
  if (Number.isNaN(least)) {
    least = Infinity;
    for (const qv of q.variants) {
      const t = qv.weight - (qualifiers ? discountable(qv, strict) : 0);
      if (t < least) least = t;
    }
    memoLeast[slot] = least;
  }
  const pool = names.wordPool;
  let at = names.poolStart(id);
  const count = pool[at++] as number;
  let bound = 0;
  for (let v = 0; v < count; v++) {
    const len = pool[at++] as number;
    let matched = 0;
    let weight = 0;
    let places = 0;
    for (let k = 0; k < len; k++) {
      const w = names.word(pool[at++] as number);
      weight += w.weight;
      if (qualifiers && strict && listedPlace(w)) places += Math.max(0, w.weight - QUALIFIER_WEIGHT);
      matched += columnValue(q, w, near);
    }
    if (matched === 0) continue;
    const total = least + weight - places;
    if (!(total > 0)) return Infinity;
    const b = matched / total;
    if (b > bound) bound = b;
  }
  return bound;
}

/** A listed word's best value against any query word: max of WORD_SCORE · (query weight + its weight). */
function columnValue(q: NamePair, w: Word, near: boolean): number {
  const base = memoColumn(q, w);
  const kept = near ? memoNearValue : memoValue;
  const known = kept[base] as number;
  if (known >= 0) return known;
  let top = 0;
  for (let i = 0; i < q.words.length; i++) {
    let code = memoCodes[base + i] as number;
    if (code === DIFFERENT && near) code = memoNear(q, w, base, i);
    const s = SCORES[code] as number;
    if (s === 0) continue;
    const value = s * ((q.words[i] as Word).weight + w.weight);
    if (value > top) top = value;
  }
  kept[base] = top;
  return top;
}

/** The kept relations are those of this query name from now on (started afresh when it is another). */
export function keepRelationsFor(q: NamePair): void {
  if (q !== memoQuery) startMemo(q);
}

/** The kept relation codes (an index of RELATIONS per query word, from a column's start `memoColumn` gave);
 *  read again after each `memoColumn`, which may grow them. */
export function keptCodes(): Uint8Array {
  return memoCodes;
}

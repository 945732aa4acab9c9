/**
 * The keys a prepared name is indexed and recalled by (build-index.ts, recall): syllable readings for
 * Korean-looking names, spellings for others, and a query word's recall units. Kept apart from the
 * preparing of names (name-form.ts), which only asks for a word's units.
 */
import { isWeakWord } from './weak-words.ts';
import { clearSegmentTexts, type Word } from './words.ts';
import type { NameForm } from './name-form.ts';

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const ASCII_LETTERS = /^[a-z]+$/;

/**
 * Index keys. A Korean-looking name is indexed by its syllables' readings (and its words' spellings, and for
 * long words their first and last three letters, so that a typo that makes a word unreadable as Korean still
 * finds it). Any other name is indexed by spelling, spelling-variant key and first/last three letters (any
 * single edit leaves one of them intact): Western words that happen to read as Korean syllables (Ali = a+li)
 * would otherwise crowd the syllable lists.
 */
let syllableKeyCache = new WeakMap<Word, string[]>();
let spellingKeyCache = new WeakMap<Word, string[]>();
let unitCache = new WeakMap<Word, string[][]>();

/** Drop the key caches of words: an index needs them while it is built, not afterwards. */
export function clearKeyCaches(): void {
  syllableKeyCache = new WeakMap();
  spellingKeyCache = new WeakMap();
  unitCache = new WeakMap();
  orgUnitCache = new WeakMap();
  typoKeyCache = new WeakMap();
  clearSegmentTexts();
}

export function nameKeys(form: Pick<NameForm, 'variants' | 'korean'> & Partial<Pick<NameForm, 'organisational'>>): Set<string> {
  const keys = new Set<string>();
  for (const v of form.variants) {
    for (const w of v.words) {
      // Weak words are never recall units of a query, so indexing them would only cost memory.
      if (w.weight < 0.5) continue;
      for (const k of form.korean && w.segs.length > 0 ? syllableKeys(w) : spellingKeys(w)) keys.add(k);
      if (form.organisational === true) for (const k of typoKeys(w)) keys.add(k);
    }
  }
  return keys;
}

/**
 * korean-v3, organisations' names: a word of four to twelve letters (no organisation word: those are read
 * through their typing errors before) is also indexed by itself and by every spelling with one letter
 * left out, and a query word of an organisation's name is recalled by the same keys. Two words share one
 * exactly when they are one typing error apart (a letter dropped, doubled, struck for another, two
 * swapped): ACHIM and AHCIM share ACIM. First and last three letters do that only from six letters on,
 * and a swap in the middle of a five-letter word (ANASN) changes both.
 */
export function typoKeys(w: Word): readonly string[] {
  if (w.organisation || w.hangul || w.text.length < 4 || w.text.length > 12 || !ASCII_LETTERS.test(w.text)) return NO_KEYS;
  let keys = typoKeyCache.get(w);
  if (keys === undefined) {
    const t = w.text;
    const set = new Set<string>([`d${t}`]);
    for (let i = 0; i < t.length; i++) set.add(`d${t.slice(0, i)}${t.slice(i + 1)}`);
    keys = [...set];
    typoKeyCache.set(w, keys);
  }
  return keys;
}
const NO_KEYS: readonly string[] = [];
let typoKeyCache = new WeakMap<Word, string[]>();

function syllableKeys(w: Word): string[] {
  let keys = syllableKeyCache.get(w);
  if (keys === undefined) {
    // No exact-spelling keys: a Korean query word reaches this name by its syllables already, and the
    // duplicate lists would double recall's work. First/last letters stay, for typos (Yongsikk).
    const set = new Set<string>();
    if (w.text.length >= 6) set.add(`a${w.text.slice(0, 3)}`).add(`z${w.text.slice(-3)}`);
    for (const seg of w.segs) for (const syl of seg) for (const k of syl) set.add(`k${k}`);
    keys = [...set];
    syllableKeyCache.set(w, keys);
  }
  return keys;
}

function spellingKeys(w: Word): string[] {
  let keys = spellingKeyCache.get(w);
  if (keys === undefined) {
    keys = [`w${w.text}`];
    if (w.text.length >= 4) keys.push(`f${w.phon}`);
    if (w.text.length >= 6) keys.push(`a${w.text.slice(0, 3)}`, `z${w.text.slice(-3)}`);
    spellingKeyCache.set(w, keys);
  }
  return keys;
}

/** Recall units: one per syllable position of each Korean word (readings of every segmentation at that
 *  position pooled), one per other word; weak words are not units. */
export function recallUnits(words: readonly Word[], organisational = false): string[][] {
  const units: string[][] = [];
  for (const w of words) {
    let u = unitCache.get(w);
    if (u === undefined) {
      u = wordUnits(w);
      unitCache.set(w, u);
    }
    if (organisational && u.length > 0 && typoKeys(w).length > 0) {
      // korean-v3: in an organisation's name a word's first unit also holds its typing-error keys.
      let o = orgUnitCache.get(w);
      if (o === undefined) {
        o = [[...(u[0] as string[]), ...typoKeys(w)], ...u.slice(1)];
        orgUnitCache.set(w, o);
      }
      u = o;
    }
    units.push(...u);
  }
  return units;
}
let orgUnitCache = new WeakMap<Word, string[][]>();

/** A query word's units. A Korean word's syllable units also carry the word's exact spelling, so that it
 *  still finds a listed name indexed by spelling (Ali in a non-Korean name). */
function wordUnits(w: Word): string[][] {
  if (isWeakWord(w.text) || w.weight < 0.5) return [];
  // korean-v3: a short form also finds the long words it may be a cut of (their first three letters).
  const shortKeys = w.shortForm && w.text.length >= 3 ? [...spellingKeys(w), `a${w.text.slice(0, 3)}`] : undefined;
  if (shortKeys !== undefined && (w.segs[0]?.length ?? 0) !== 1) return [shortKeys];
  if (w.segs.length === 0) return [spellingKeys(w)];
  const units: string[][] = [];
  const n = w.segs[0]?.length ?? 0;
  for (let i = 0; i < n; i++) {
    // Only the exact spelling: first/last letters (…ong) are far too common among Korean words.
    const keys = new Set<string>([`w${w.text}`]);
    for (const seg of w.segs) {
      // korean-v3: a mistyped token's corrections in one syllable more (Dochn: dohn, or do+chun with a
      // vowel put back) count where they stand too (korean-v2's are all in as many syllables).
      const syl = seg.length === n || w.corrections !== undefined ? seg[i] : undefined;
      for (const k of syl ?? []) keys.add(`k${k}`);
    }
    // korean-v3: a correction's syllables count where they stand (Jiin: ji or jin, then in).
    for (const seg of w.typoSegs ?? []) for (const k of seg[i] ?? []) keys.add(`k${k}`);
    // A short form that is a syllable too (Min., Gen.): found as either, one unit per syllable as ever.
    if (i === 0) for (const k of shortKeys ?? []) keys.add(k);
    units.push([...keys]);
  }
  return units;
}

/**
 * korean-v2: a romanized token that is no Korean syllable run ("Yonh", "Yongg", "Sn", "Yogn") cannot be a
 * different Korean name; it can only be mistyped. Its corrections are the tokens one typing error away
 * that do read as Korean: two neighbouring letters swapped back, a doubled or extra letter removed, a
 * dropped letter put back, a neighbouring key replaced by the one meant. A token that reads as Korean is
 * never corrected (a valid different syllable is a different name).
 */
import { MAX_SYLLABLES, segmentSyllables } from './syllables.ts';

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const ASCII_LETTERS = /^[a-z]+$/;
const DOUBLED_LETTER = /([a-z])\1/;

export type TypingError = 'transposed letters' | 'doubled letter' | 'extra letter' | 'dropped letter' | 'neighbouring key';

export interface Correction {
  /** The corrected spelling. */
  text: string;
  /** Its Korean syllables (the fewest-syllable segmentation). */
  syllables: string[];
  /** The typing error it undoes. */
  error: TypingError;
}

/** Tokens longer than this are not corrected: no name word is, and the candidates grow with the length. */
export const MAX_CORRECTED_LENGTH = 16;

/** QWERTY rows, staggered by about half a key. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, string>();
for (let r = 0; r < ROWS.length; r++) {
  const row = ROWS[r] as string;
  for (let c = 0; c < row.length; c++) {
    const near = new Set<string>();
    const at = (rr: number, cc: number): void => {
      const k = ROWS[rr]?.[cc];
      if (k !== undefined) near.add(k);
    };
    at(r, c - 1);
    at(r, c + 1);
    at(r - 1, c);
    at(r - 1, c + 1);
    at(r + 1, c - 1);
    at(r + 1, c);
    NEIGHBOURS.set(row[c] as string, [...near].join(''));
  }
}
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** True when two letters are neighbouring keys (QWERTY, as the corrections read them). */
export function neighbouringKeys(a: string, b: string): boolean {
  return (NEIGHBOURS.get(a) ?? '').includes(b);
}

const cache = new Map<string, readonly Correction[]>();
const CACHE_LIMIT = 50_000;

/**
 * The corrections of a token that does not read as Korean: every spelling one typing error away that does,
 * keeping only those with the fewest syllables (a dropped letter put back at the end must not turn a
 * two-syllable word into three). Empty when the token reads as Korean or has no such neighbour.
 */
export function typoCorrections(token: string): readonly Correction[] {
  // A lone consonant (RI J SON) is a syllable with its vowel dropped: only putting a letter back reads it.
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  const out = compute(token);
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(token, out);
  return out;
}

function compute(token: string): Correction[] {
  const n = token.length;
  if (n < 1 || n > MAX_CORRECTED_LENGTH || !ASCII_LETTERS.test(token) || segmentSyllables(token).length > 0) return [];
  const all = readings(token, () => true);
  const least = Math.min(...all.map((c) => c.syllables.length));
  return all.filter((c) => c.syllables.length === least);
}

/** Every spelling one typing error away from `token` that reads as Korean and that `accept` keeps. */
function readings(token: string, accept: (c: Correction) => boolean): Correction[] {
  const found = new Map<string, Correction>();
  forEachEdit(token, (text, error) => {
    if (found.has(text)) return;
    const segs = segmentSyllables(text).filter((s) => s.length <= MAX_SYLLABLES);
    if (segs.length === 0) return;
    const fewest = segs.reduce((a, b) => (b.length < a.length ? b : a));
    const c = { text, syllables: fewest, error };
    if (accept(c)) found.set(text, c);
  });
  return [...found.values()];
}

/** Each spelling one typing error away, with the error it undoes, in a fixed order. */
function forEachEdit(token: string, consider: (text: string, error: TypingError) => void): void {
  const n = token.length;
  for (let i = 0; i + 1 < n; i++) {
    if (token[i] !== token[i + 1]) consider(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2), 'transposed letters');
  }
  for (let i = 0; i < n; i++) {
    const doubled = token[i] === token[i + 1] || token[i] === token[i - 1];
    consider(token.slice(0, i) + token.slice(i + 1), doubled ? 'doubled letter' : 'extra letter');
  }
  for (let i = 0; i < n; i++) {
    for (const k of NEIGHBOURS.get(token[i] as string) ?? '') consider(token.slice(0, i) + k + token.slice(i + 1), 'neighbouring key');
  }
  for (let i = 0; i <= n; i++) {
    for (const k of LETTERS) consider(token.slice(0, i) + k + token.slice(i), 'dropped letter');
  }
}

/**
 * korean-v3: a letter dropped inside a word is most often a vowel between two consonants (Mnil for Munil,
 * Djun for Dojun, Dochn for Dochun). `typoCorrections` keeps only the spellings in the fewest syllables,
 * which reads such a token by striking out a consonant instead (Mnil as Nil, Djun as Jun, Dochn as Dohn)
 * and loses the name. For a token that reads as no syllable run: those corrections, and beside them each
 * spelling with a vowel put back between two of its consonants that reads in one syllable more. A vowel
 * put back at either end is not one of them (it would add a syllable to a whole word).
 */
export function droppedVowelCorrections(token: string): readonly Correction[] {
  const base = typoCorrections(token);
  if (base.length === 0) return base;
  return cached(vowelCache, token, () => {
    const most = Math.min(...base.map((c) => c.syllables.length)) + 1;
    const out = [...base];
    for (let i = 1; i < token.length; i++) {
      if (VOWEL.test(token[i - 1] as string) || VOWEL.test(token[i] as string)) continue;
      for (const v of 'aeiou') {
        const text = token.slice(0, i) + v + token.slice(i);
        if (out.some((c) => c.text === text)) continue;
        const segs = segmentSyllables(text).filter((x) => x.length <= MAX_SYLLABLES);
        if (segs.length === 0) continue;
        const fewest = segs.reduce((a, b) => (b.length < a.length ? b : a));
        if (fewest.length <= most) out.push({ text, syllables: fewest, error: 'dropped letter' });
      }
    }
    return out;
  });
}

const vowelCache = new Map<string, readonly Correction[]>();

/**
 * korean-v3: a token that reads as Korean only because a letter was doubled ("Jiin" as ji+in, "Naam" as
 * na+am, "Goon" as 군, "Hyook"): the spellings with one of its doubled letters removed that read as Korean.
 * Empty when no letter is doubled. The token keeps its own readings; these are tried after them.
 */
export function doubledLetterCorrections(token: string): readonly Correction[] {
  if (token.length > MAX_CORRECTED_LENGTH || !DOUBLED_LETTER.test(token)) return [];
  return cached(doubledCache, token, () => doubled(token));
}

function doubled(token: string): Correction[] {
  const out: Correction[] = [];
  for (let i = 0; i + 1 < token.length; i++) {
    if (token[i] !== token[i + 1]) continue;
    const text = token.slice(0, i) + token.slice(i + 1);
    if (out.some((c) => c.text === text)) continue;
    const segs = segmentSyllables(text).filter((s) => s.length <= MAX_SYLLABLES);
    if (segs.length === 0) continue;
    out.push({ text, syllables: segs.reduce((a, b) => (b.length < a.length ? b : a)), error: 'doubled letter' });
  }
  return out;
}

/**
 * korean-v3: a token that reads as Korean only in more syllables than one typing error away: two letters
 * swapped or a vowel struck beside another can make one syllable read as two ("Apek" a+pek for Paek, "Ate"
 * a+te for Tae, "Pake" pa+ke for Paek, "Oang" o+ang for Ang or Ong). The spellings one typing error away that read
 * in fewer syllables (the fewest found). A token read in one syllable has none: a valid syllable changed
 * into another is another name, never corrected.
 */
export function syllableCountCorrections(token: string): readonly Correction[] {
  if (token.length > 8 || !ASCII_LETTERS.test(token)) return [];
  return cached(countCache, token, () => {
    const segs = segmentSyllables(token);
    if (segs.length === 0) return [];
    const n = Math.min(...segs.map((s) => s.length));
    if (n < 2) return [];
    // Only the errors that can make one syllable two: letters swapped, a vowel struck beside another or
    // in place of a glide. Striking out a consonant is not one: it merges two real syllables (Jeson, Jeon).
    const fewer = readings(token, (c) => c.syllables.length < n && (c.error === 'transposed letters' || struckVowel(token, c)));
    const least = Math.min(...fewer.map((c) => c.syllables.length));
    return fewer.filter((c) => c.syllables.length === least);
  });
}

const countCache = new Map<string, readonly Correction[]>();

const VOWEL = /[aeiou]/;

/** Whether a correction undoes a vowel typed in excess, or a vowel struck for a neighbouring key (Uen for Yen). */
function struckVowel(token: string, c: Correction): boolean {
  let i = 0;
  while (i < token.length && token[i] === c.text[i]) i++;
  if (c.error === 'extra letter' || c.error === 'doubled letter') return c.text.length === token.length - 1 && VOWEL.test(token[i] ?? '');
  return c.error === 'neighbouring key' && VOWEL.test(token[i] ?? '');
}

/**
 * korean-v3: a family name written the English way with a typing error ("Dohn" for Sohn, "Rhe" for Rhee):
 * the spellings one typing error away that read as a family name (`isFamilyName` decides). Only a token
 * marked as an English spelling (an h after a vowel, rh, a doubled letter) that is itself no family name
 * is corrected: MR and RR syllables (Jo, Son, Tong) are never read as another.
 */
export function familyNameCorrections(token: string, isFamilyName: (syllable: string) => boolean): readonly Correction[] {
  if (token.length > 8 || !ASCII_LETTERS.test(token) || !ENGLISH_SPELLING.test(token) || isFamilyName(token)) return [];
  return cached(familyCache, token, () => readings(token, (c) => c.syllables.length === 1 && isFamilyName(c.text)));
}

/**
 * Spellings of a syllable that no romanization in use writes but the segmentation reads (it reads every
 * spelling it may meet): kh and ph at a word's start, yi and wu after a consonant, oi at a word's start. A
 * neighbouring key struck for a letter of a common spelling makes them (Mying for Myong, Khu for Kyu, Hwu
 * for Hwi, Phong for Pyong, Oim for Kim).
 */
const RARE_SPELLING = /^(?:kh|ph|oi)|[b-df-hj-np-tv-z](?:yi|wu)/;

/**
 * korean-v3: a token that reads as Korean only through a rare spelling (`RARE_SPELLING`): the spellings one
 * neighbouring key away, in as many syllables, that read as Korean without one. The token keeps its own
 * readings; these are tried after them. Empty for any other token.
 */
export function rareSpellingCorrections(token: string): readonly Correction[] {
  if (token.length > 8 || !ASCII_LETTERS.test(token) || !RARE_SPELLING.test(token)) return [];
  return cached(rareCache, token, () => {
    const segs = segmentSyllables(token);
    if (segs.length === 0) return [];
    const n = Math.min(...segs.map((s) => s.length));
    return readings(token, (c) => c.error === 'neighbouring key' && c.syllables.length === n && !RARE_SPELLING.test(c.text));
  });
}

const rareCache = new Map<string, readonly Correction[]>();
const doubledCache = new Map<string, readonly Correction[]>();
const familyCache = new Map<string, readonly Correction[]>();

function cached(store: Map<string, readonly Correction[]>, token: string, make: () => readonly Correction[]): readonly Correction[] {
  let hit = store.get(token);
  if (hit === undefined) {
    hit = make();
    if (store.size > CACHE_LIMIT) store.clear();
    store.set(token, hit);
  }
  return hit;
}

/**
 * korean-v3: the English spellings, with a doubled vowel, of syllables common in Korean names (Sook 숙, Soon 순,
 * Joon 준, Doo 두, Choong 충, Hoon 훈, Yoon 윤, Moon 문, Oong 웅, Hee 희, Lee 이). Each is a real name's syllable,
 * written as its bearer writes it, and never read as a typing error of another: the held-back evaluation 9127 found
 * Kim Jin-sook a match for KIM JIN SOK (a doubled letter), Kang Joon-kil for KANG MUN KIL (a neighbouring key), Pak
 * Oong-nam for PAK BONG NAM and Moo Kyung-Hwan for MUN KYONG HWAN (a dropped letter), where one syllable changed is
 * another person, possible at most. Spellings no name uses (Goon, Hyook, Naam, Jiin, Chaang), and those few names use
 * (Hoo, as HO-JIN doubled in every word writes it), are still corrected.
 */
export const ENGLISH_NAME_SYLLABLES: ReadonlySet<string> = new Set([
  'chee', 'chool', 'choon', 'choong', 'doo', 'goo', 'hee', 'hoon', 'jee', 'joo', 'joon', 'joong', 'koo', 'lee', 'moo',
  'moon', 'oon', 'oong', 'soo', 'sook', 'soon', 'woo', 'yoo', 'yoon', 'yoong',
]);

/** Spellings only English habit writes: an h after a vowel (Sohn, Ahn), rh (Rhee), a doubled letter. */
const ENGLISH_SPELLING = /[aeiou]h|rh|([a-z])\1/;

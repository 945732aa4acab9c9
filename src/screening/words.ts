/**
 * Words, interned once per index: a word's Korean segmentations (as reading-key sets), its spelling-variant
 * key and its weight are computed when it is first seen, never per comparison.
 */
import { hangulReadings, isHangulSyllable } from './normalize/hangul.ts';
import { phoneticKey, withinOneEdit } from './normalize/phonetic.ts';
import { MAX_SYLLABLES, readingsOverlap, segmentSyllables, syllableReadings } from './normalize/syllables.ts';
import type { Correction } from './normalize/typo-correction.ts';
import { abbreviates, isOrganisationWord, isShortForm } from './entity-vocabulary.ts';
import { oneTypoApart } from '../io/typing-errors.ts';
import { PROFILES, type MatcherProfile } from './profile.ts';
import { isQualifierWord, wordWeight } from './weak-words.ts';

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const ASCII_LETTERS = /^[a-z]+$/;

/** One syllable: its reading keys, sorted. */
export type Syllable = readonly number[];

export interface Word {
  id: number;
  text: string; // folded, no hyphens
  /** Korean segmentations (each a syllable sequence); empty when the word does not read as Korean. */
  segs: readonly (readonly Syllable[])[];
  phon: string;
  weight: number;
  hangul: boolean;
  /** korean-v2: a branch, office, place or legal-form word (an unmatched one barely counts in a query). */
  qualifier: boolean;
  /** korean-v2: a mistyped query token, read through these corrections (its `segs` are theirs). */
  corrections: readonly Correction[] | undefined;
  /** korean-v2: this word as read inside a name (itself when that reads the same), once looked up.
   *  (Every word has every field from the start: one object shape keeps the scoring loops fast.) */
  inside: Word | undefined;
  /** korean-v3: a word that may be a short form of an organisation word (Dev, Mgmt, Comm). */
  shortForm: boolean;
  /** korean-v3: a word of organisation names that a short form may stand for (development, bank). */
  organisation: boolean;
  /** korean-v3: a spelling variant (same consonant key) must also be close in its letters (ALI KHAN is no ALI KONY). */
  strictSpelling: boolean;
  /** korean-v3: a query token that reads as Korean but holds a typing error too (Jiin, Goon, Dohn): the
   *  readings of its corrections, tried when its own readings do not agree. */
  typoSegs: readonly (readonly Syllable[])[] | undefined;
  /** korean-v3: the corrections `typoSegs` were read from (for the explanation). */
  typoFixes: readonly Correction[] | undefined;
  /** The reading keys of the first syllable of every segmentation, as bits (key mod 32): two words whose
   *  masks share no bit share no first syllable, so they read alike in no way (a cheap exact test). */
  firstMask: number;
  /** The same for `typoSegs` (0 without them). */
  typoMask: number;
  /** The same for the last syllable of every segmentation: two words that read alike agree in their last
   *  syllables as well, and most Korean word pairs whose first masks share a bit (a 32-bit mask of about
   *  two keys a syllable often does) share none here. */
  lastMask: number;
}

/** The bits of the first syllables' reading keys of some segmentations (see `Word.firstMask`). */
export function firstSyllableMask(segs: readonly (readonly Syllable[])[] | undefined): number {
  let m = 0;
  for (const seg of segs ?? []) for (const k of seg[0] ?? []) m |= 1 << (k & 31);
  return m;
}

/** The bits of the last syllables' reading keys of some segmentations (see `Word.lastMask`). */
export function lastSyllableMask(segs: readonly (readonly Syllable[])[]): number {
  let m = 0;
  for (const seg of segs) for (const k of seg[seg.length - 1] ?? []) m |= 1 << (k & 31);
  return m;
}

/** Where a word stands in a name, for korean-v2's initial sound rule. */
export type Position = 'initial' | 'inside';

/** How two words compare, with the reason in plain words. */
export type WordRelation = 'exact' | 'romanization' | 'spelling' | 'typo' | 'corrected' | 'abbreviation' | 'near' | 'different';

export const WORD_SCORE: Record<WordRelation, number> = {
  exact: 1,
  romanization: 0.96,
  spelling: 0.9,
  typo: 0.88,
  // korean-v2: a token that is no Korean syllable, read through its correction: below any real reading.
  corrected: 0.85,
  // korean-v3: a short form of an organisation word (Dev. for DEVELOPMENT): as good as the word itself
  // in documents that shorten every word, a shade below so the word in full still ranks first.
  abbreviation: 0.95,
  // korean-v3, between two organisations' names: a long word one typing error from the listed one that reads
  // as other Korean syllables (RYONGBONG for RYONBONG). A valid different syllable is another name, so it
  // never makes a match by itself; it weighs enough that a name whose other words all agree is possible.
  near: 0.6,
  different: 0,
};

/**
 * Interned words. A query gets a table layered over the index's (`new WordTable(index.table)`): it reuses the
 * index's words and keeps its own new ones, so screening many names never grows the index.
 */
export class WordTable {
  private readonly byText = new Map<string, Word>();
  private readonly list: Word[] = [];
  private readonly base: WordTable | undefined;
  private nextId: number;
  readonly profile: MatcherProfile;

  constructor(base?: WordTable, profile: MatcherProfile = base?.profile ?? PROFILES['korean-v1']) {
    this.base = base;
    this.profile = profile;
    this.nextId = base !== undefined ? base.nextId + 1_000_000_000 : 0;
  }

  get(text: string): Word | undefined {
    return this.base?.get(text) ?? this.byText.get(text);
  }

  /**
   * The word for a text. korean-v1 reads every syllable with the initial sound rule. korean-v2 reads it
   * only on a word's first syllable, and not even there for a word `inside` a given name; such a word is
   * a word of its own only when that changes its readings (R/N initials).
   */
  intern(text: string, position: Position = 'initial'): Word {
    const inside = position === 'inside' && !this.profile.initialRuleEverywhere;
    if (inside) {
      const outer = this.intern(text);
      if (outer.inside === undefined) outer.inside = this.internInside(text, outer);
      return outer.inside;
    }
    const found = this.get(text);
    if (found !== undefined) return found;
    const word = makeWord(this.nextId++, text, this.profile.initialRuleEverywhere ? 'everywhere' : 'first', this.profile.entityVocabulary);
    this.put(text, word);
    return word;
  }

  /** Layered over an index's table, whose words no longer change (what `isListed` says is then fixed). */
  get layered(): boolean {
    return this.base !== undefined;
  }

  /** Whether the index (the base table) holds this word: a word of some listed name. */
  isListed(text: string): boolean {
    return (this.base ?? this).byText.has(text);
  }

  private internInside(text: string, outer: Word): Word {
    const key = `${text}\u0000inside`;
    const found = this.get(key);
    if (found !== undefined) return found;
    const word = makeWord(this.nextId, text, 'nowhere', this.profile.entityVocabulary);
    if (sameSegs(outer, word)) return outer;
    word.id = this.nextId++;
    this.put(key, word);
    return word;
  }

  /** korean-v2: a mistyped query token read through its corrections (never part of an index). */
  internCorrected(text: string, corrections: readonly Correction[], position: Position): Word {
    const key = `${text}\u0000typo\u0000${position}`;
    const found = this.get(key);
    if (found !== undefined) return found;
    const rule = position === 'initial' ? 'first' : 'nowhere';
    const segs = corrections.map((c) => c.syllables.map((syl, i) => syllableReadings(syl, i === 0 && rule === 'first') ?? []));
    const n = segs[0]?.length ?? 1;
    const word: Word = {
      id: this.nextId++, text, segs, phon: phoneticKey(text), weight: Math.min(3, n), hangul: false, qualifier: false, corrections, inside: undefined,
      shortForm: false, organisation: false, strictSpelling: this.profile.entityVocabulary, typoSegs: undefined, typoFixes: undefined, firstMask: firstSyllableMask(segs), typoMask: 0,
      lastMask: lastSyllableMask(segs),
    };
    this.put(key, word);
    return word;
  }

  /** korean-v3: a query token that reads as Korean, also read through its typing-error corrections. */
  internReadableTypo(word: Word, corrections: readonly Correction[], position: Position): Word {
    const key = `${word.text}\u0000readable\u0000${position}`;
    const found = this.get(key);
    if (found !== undefined) return found;
    const rule = position === 'initial' ? 'first' : 'nowhere';
    const typoSegs = corrections.map((c) => c.syllables.map((syl, i) => syllableReadings(syl, i === 0 && rule === 'first') ?? []));
    const out: Word = { ...word, id: this.nextId++, corrections: undefined, inside: undefined, typoSegs, typoFixes: corrections, typoMask: firstSyllableMask(typoSegs) };
    this.put(key, out);
    return out;
  }

  private put(key: string, word: Word): void {
    this.byText.set(key, word);
    if (this.base === undefined) this.list.push(word);
  }

  /** A word of this (base) table by its id. */
  byId(id: number): Word {
    const w = this.list[id];
    if (w === undefined) throw new Error(`no word ${id}`);
    return w;
  }

  get size(): number {
    return this.byText.size;
  }

  /** Forget this table's own words (the base's stay). */
  clear(): void {
    this.byText.clear();
    this.list.length = 0;
  }
}

/** Which syllables of a word get the initial sound rule's readings. */
type Rule = 'everywhere' | 'first' | 'nowhere';

function makeWord(id: number, text: string, rule: Rule, v3: boolean): Word {
  let segs: Syllable[][] = [];
  const chars = [...text];
  const hangul = chars.length > 0 && chars.every(isHangulSyllable);
  // Hangul is usually written without spaces: 김영철 holds the family name and the given name's first syllable.
  const ruled = (i: number, hangulWord: boolean): boolean => rule === 'everywhere' || (rule === 'first' && (i === 0 || (hangulWord && i === 1)));
  if (hangul) {
    segs = [chars.map((ch, i) => hangulReadings(ch, ruled(i, true)))];
  } else if (ASCII_LETTERS.test(text) && !(v3 && isOrganisationWord(text))) {
    // korean-v3: an organisation word is English, whatever syllables it happens to spell (MA-CHI-NE).
    segs = segmentSyllables(text).map((seg) => seg.map((s, i) => syllableReadings(s, ruled(i, false)) ?? []));
  }
  if (segs.some((s) => s.length > MAX_SYLLABLES)) segs = [];
  return {
    id,
    text,
    segs,
    phon: ASCII_LETTERS.test(text) ? phoneticKey(text) : text,
    // A Korean word weighs one per syllable, so that a joined given name (yongsik) and the same syllables
    // spaced (yong sik) score alike.
    weight: segs.length > 0 && wordWeight(text) === 1 ? Math.min(3, segs[0]?.length ?? 1) : wordWeight(text),
    hangul,
    qualifier: isQualifierWord(text),
    corrections: undefined,
    inside: undefined,
    shortForm: v3 && isShortForm(text),
    organisation: v3 && isOrganisationWord(text),
    strictSpelling: v3,
    typoSegs: undefined,
    typoFixes: undefined,
    firstMask: firstSyllableMask(segs),
    typoMask: 0,
    lastMask: lastSyllableMask(segs),
  };
}

function sameSegs(a: Word, b: Word): boolean {
  return a.segs.length === b.segs.length && a.segs.every((s, i) => {
    const t = b.segs[i] as readonly Syllable[];
    return s.length === t.length && s.every((syl, j) => syl.length === (t[j] as Syllable).length && syl.every((k, x) => k === (t[j] as Syllable)[x]));
  });
}

/** The syllable texts of each segmentation (Hangul: one character each), parallel to `segs`. Computed on
 *  demand rather than kept on every word: only splitting a name into syllable words needs them. */
export function segmentTexts(w: Word): string[][] {
  if (w.segs.length === 0) return [];
  if (w.corrections !== undefined) return w.corrections.map((c) => c.syllables);
  let texts = segTextCache.get(w);
  if (texts === undefined) {
    texts = w.hangul ? [[...w.text]] : segmentSyllables(w.text);
    segTextCache.set(w, texts);
  }
  return texts;
}

let segTextCache = new WeakMap<Word, string[][]>();

/** Forget cached segmentation texts (kept while an index is built and for words queried since). */
export function clearSegmentTexts(): void {
  segTextCache = new WeakMap();
}

/** korean-v3: a readable query token whose correction (not its own reading) agrees with the listed word. */
function typoReading(a: Word, b: Word): boolean {
  for (const sa of a.typoSegs ?? []) if (segMatches(sa, b)) return true;
  return false;
}

function sameReading(a: Word, b: Word): boolean {
  for (const sa of a.segs) if (segMatches(sa, b)) return true;
  return false;
}

function segMatches(sa: readonly Syllable[], b: Word): boolean {
  for (const sb of b.segs) {
    if (sa.length !== sb.length) continue;
    let all = true;
    for (let i = 0; i < sa.length && all; i++) all = readingsOverlap(sa[i] as Syllable, sb[i] as Syllable);
    if (all) return true;
  }
  return false;
}

/** The correction of a mistyped word that reads as the other word, in words: "yonh → yong, neighbouring key". */
export function describeCorrection(a: Word, b: Word): string | undefined {
  const [typo, other] = a.corrections !== undefined || a.typoSegs !== undefined ? [a, b] : [b, a];
  const list = typo.corrections ?? typo.typoFixes;
  if (list === undefined) return undefined;
  const i = (typo.typoSegs ?? typo.segs).findIndex((seg) => segMatches(seg, other));
  const c = list[i];
  return c === undefined ? undefined : `${typo.text} read as ${c.text}, ${c.error}`;
}

/**
 * The commonest answer of `compareWords`, from fields alone: two distinct Korean words, no short form beside
 * an organisation word, no typing-error reading, no first or no last syllable in common are 'different' (the same
 * steps `compareWords` takes to that answer, small enough to be inlined where every word pair is compared).
 */
export function differentByMask(a: Word, b: Word): boolean {
  return ((a.firstMask & b.firstMask) === 0 || (a.lastMask & b.lastMask) === 0) && a.typoSegs === undefined && a.segs.length > 0 && b.segs.length > 0
    && !(a.shortForm && b.organisation) && !(b.shortForm && a.organisation) && a.id !== b.id && a.text !== b.text;
}

/**
 * korean-v3, between two organisations' names only (see compareNames): two words of four letters or more
 * (five when both read as Korean), one typing error apart (a letter dropped, doubled, struck for its neighbour, two letters swapped), that
 * compareWords finds different. One that reads as no Korean syllable is a typing error (`typo`: KWAGNSONG
 * for KWANGSONG, the swap that withinOneEdit does not count); two that both read as Korean are `near`
 * (RYONGBONG for RYONBONG: possible at most). Undefined otherwise.
 */
export function nearWord(a: Word, b: Word): WordRelation | undefined {
  const x = a.text;
  const y = b.text;
  // Organisation words are read through their typing errors before (FORCES is no typo of FORCE: another word).
  if (x.length < 4 || y.length < 4 || a.hangul || b.hangul || a.organisation || b.organisation || !oneTypoApart(x, y) || !ASCII_LETTERS.test(x) || !ASCII_LETTERS.test(y)) return undefined;
  if (a.segs.length === 0 || b.segs.length === 0) return 'typo';
  // Two short words that both read as Korean are one syllable apart (HONG, KONG): another name.
  return x.length >= 5 && y.length >= 5 ? 'near' : undefined;
}

/**
 * INVARIANT: two words that both read as Korean are compared only by their syllable readings. A different
 * syllable (YONG vs TONG) is a different name, so no typo or spelling tolerance applies between them.
 */
export function compareWords(a: Word, b: Word): WordRelation {
  if (a.id === b.id || a.text === b.text) return 'exact';
  // korean-v3 (both flags are false in earlier versions): a short form of a listed organisation word.
  if ((a.shortForm && b.organisation && abbreviates(a.text, b.text)) || (b.shortForm && a.organisation && abbreviates(b.text, a.text))) return 'abbreviation';
  const aKorean = a.segs.length > 0;
  const bKorean = b.segs.length > 0;
  if (aKorean && bKorean) {
    // No first or no last syllable in common (masks sharing no bit): the readings cannot agree (the
    // correction's have their own mask).
    if ((a.firstMask & b.firstMask) === 0 || (a.lastMask & b.lastMask) === 0 || !sameReading(a, b)) return a.typoSegs !== undefined && (a.typoMask & b.firstMask) !== 0 && typoReading(a, b) ? 'corrected' : 'different';
    return a.corrections !== undefined || b.corrections !== undefined ? 'corrected' : 'romanization';
  }
  if (a.hangul || b.hangul) return 'different';
  // korean-v3: an organisation word has one spelling (KORYO is no spelling of KOREA); a typing error in a
  // long one still counts below.
  // korean-v3: the consonant key alone joins words far apart in their letters (KHAN and KONY both key "kn"): a
  // spelling variant also differs in at most two letters of five (MOHAMMED / MUHAMMAD, HUSSEIN / HUSAIN stay one;
  // hostile-user test, M2).
  if (a.text.length >= 4 && b.text.length >= 4 && a.phon === b.phon && !a.organisation && !b.organisation && (!a.strictSpelling || closeInLetters(a.text, b.text))) return 'spelling';
  if (a.text.length >= 6 && b.text.length >= 6 && withinOneEdit(a.text, b.text)) return 'typo';
  return 'different';
}

/** Whether two words differ in at most two letters of five of the longer, rounded up (Levenshtein distance, bounded). */
function closeInLetters(a: string, b: string): boolean {
  const limit = Math.ceil(Math.max(a.length, b.length) * 0.4);
  if (Math.abs(a.length - b.length) > limit) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return false;
    prev = cur;
  }
  return prev[b.length]! <= limit;
}

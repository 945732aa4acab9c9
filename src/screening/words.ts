/**
 * Words, interned once per index: a word's Korean segmentations (as reading-key sets), its spelling-variant
 * key and its weight are computed when it is first seen, never per comparison.
 */
import { hangulReadings, isHangulSyllable } from './normalize/hangul.ts';
import { phoneticKey, withinOneEdit } from './normalize/phonetic.ts';
import { MAX_SYLLABLES, readingsOverlap, segmentSyllables, syllableReadings } from './normalize/syllables.ts';
import { wordWeight } from './weak-words.ts';

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
}

/** How two words compare, with the reason in plain words. */
export type WordRelation = 'exact' | 'romanization' | 'spelling' | 'typo' | 'different';

export const WORD_SCORE: Record<WordRelation, number> = {
  exact: 1,
  romanization: 0.96,
  spelling: 0.9,
  typo: 0.88,
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

  constructor(base?: WordTable) {
    this.base = base;
    this.nextId = base !== undefined ? base.nextId + 1_000_000_000 : 0;
  }

  get(text: string): Word | undefined {
    return this.base?.get(text) ?? this.byText.get(text);
  }

  intern(text: string): Word {
    const found = this.get(text);
    if (found !== undefined) return found;
    const word = makeWord(this.nextId++, text);
    this.byText.set(text, word);
    if (this.base === undefined) this.list.push(word);
    return word;
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

function makeWord(id: number, text: string): Word {
  let segs: Syllable[][] = [];
  const chars = [...text];
  const hangul = chars.length > 0 && chars.every(isHangulSyllable);
  if (hangul) {
    segs = [chars.map(hangulReadings)];
  } else if (/^[a-z]+$/.test(text)) {
    segs = segmentSyllables(text).map((seg) => seg.map((s) => syllableReadings(s) ?? []));
  }
  if (segs.some((s) => s.length > MAX_SYLLABLES)) segs = [];
  return {
    id,
    text,
    segs,
    phon: /^[a-z]+$/.test(text) ? phoneticKey(text) : text,
    // A Korean word weighs one per syllable, so that a joined given name (yongsik) and the same syllables
    // spaced (yong sik) score alike.
    weight: segs.length > 0 && wordWeight(text) === 1 ? Math.min(3, segs[0]?.length ?? 1) : wordWeight(text),
    hangul,
  };
}

/** The syllable texts of each segmentation (Hangul: one character each), parallel to `segs`. Computed on
 *  demand rather than kept on every word: only splitting a name into syllable words needs them. */
export function segmentTexts(w: Word): string[][] {
  if (w.segs.length === 0) return [];
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

function sameReading(a: Word, b: Word): boolean {
  for (const sa of a.segs) {
    for (const sb of b.segs) {
      if (sa.length !== sb.length) continue;
      let all = true;
      for (let i = 0; i < sa.length && all; i++) all = readingsOverlap(sa[i] as Syllable, sb[i] as Syllable);
      if (all) return true;
    }
  }
  return false;
}

/**
 * INVARIANT: two words that both read as Korean are compared only by their syllable readings. A different
 * syllable (YONG vs TONG) is a different name, so no typo or spelling tolerance applies between them.
 */
export function compareWords(a: Word, b: Word): WordRelation {
  if (a.id === b.id || a.text === b.text) return 'exact';
  const aKorean = a.segs.length > 0;
  const bKorean = b.segs.length > 0;
  if (aKorean && bKorean) return sameReading(a, b) ? 'romanization' : 'different';
  if (a.hangul || b.hangul) return 'different';
  if (a.text.length >= 4 && b.text.length >= 4 && a.phon === b.phon) return 'spelling';
  if (a.text.length >= 6 && b.text.length >= 6 && withinOneEdit(a.text, b.text)) return 'typo';
  return 'different';
}

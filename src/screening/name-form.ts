/**
 * A name prepared for matching: its word sequences ("variants") and its recall units.
 *
 * Variants make hyphen, space and joined forms equal without guessing which form a user will type:
 * - as written, hyphens joined (RI JE-SON → ri jeson), and hyphens as spaces (ABBASI-DAVANI → abbasi davani);
 * - split into syllables (ri je son), once per way a joined word can be segmented;
 * - for Korean-only names, given name joined after the first word (ri jeson) and before the last word
 *   (jeson ri, for family-name-last input).
 * Two names are compared over every pair of variants and the best pair wins.
 */
import { isFamilyName } from './normalize/family-names.ts';
import { chineseOnlySyllable } from './chinese-syllables.ts';
import { doubledLetterCorrections, droppedVowelCorrections, ENGLISH_NAME_SYLLABLES, familyNameCorrections, rareSpellingCorrections, syllableCountCorrections, typoCorrections, type Correction } from './normalize/typo-correction.ts';
import { canonicalWord, isQualifierAlone, isWeakWord, qualifierMask, wordWeight } from './weak-words.ts';
import { segmentTexts, type Position, type Word, type WordTable } from './words.ts';
import { segmentSyllables } from './normalize/syllables.ts';
import { recallUnits } from './name-keys.ts';
import { canonicalV3, foldName } from './name-folding.ts';

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const ASCII_LETTERS = /^[a-z]+$/;
const HYPHENS = /-/g;

export interface Variant {
  words: readonly Word[];
  /** Position of each word in the form's `words` (distinct words of all variants). */
  at: readonly number[];
  /** Sum of the words' weights. */
  weight: number;
}

export interface NameForm {
  /** The distinct words of all variants: compared once per pair of names, whatever the variants. */
  words: readonly Word[];
  /** Word sequences; variants[0] is the name as written. */
  variants: readonly Variant[];
  /** Recall units (of the hyphens-as-spaces form): each a list of index keys; any hit counts the unit once. */
  units: readonly (readonly string[])[];
  /** Letters and digits only, for exact comparison. */
  compact: string;
  /** Every informative word reads as Korean: the name is indexed by syllable readings. */
  korean: boolean;
  /** Recall units that come from qualifier words (branch, office, a place: see isQualifierWord). */
  qualifierUnits: number;
  /** korean-v3: every word a Korean name syllable run (no organisation word): a person's name, in which a
   *  word that also names a place (Ri Hong Mu) is part of the name. */
  personLike: boolean;
  /** korean-v3: the name holds an organisation's word (Corporation, Trading, Bank): no person's name. */
  organisational: boolean;
  /** korean-v3 queries: words were joined, cut again or split (`foldName`): read otherwise than the list reads its own. */
  reshaped?: true;
}

const MAX_SPLIT_VARIANTS = 3;

export interface PrepareOptions {
  /** korean-v2 queries: read a mistyped token through its typo corrections. */
  correct?: boolean;
  /** korean-v3 queries: split a token that is listed words run together, join tokens that are one listed word. */
  rejoin?: boolean;
  /** korean-v3 queries: words read as written, not as a legal form or a place (CO, HK in a person's name:
   *  see `personReading`). */
  literal?: ReadonlySet<string>;
  /** korean-v3 queries: words read with a doubled letter once (`doubledLettersReading`), each with the word as
   *  written: scored as a typing error corrected, never as written word for word. */
  undoubled?: ReadonlyMap<string, string>;
  /** korean-v3 queries: a name of two words or more, every one mistyped, read through its corrections (a guess:
   *  the reading is held at possible, `queryForms`). */
  everyWordMistyped?: boolean;
}

export function prepareName(text: string, table: WordTable, opts: PrepareOptions = {}): NameForm {
  const v3 = table.profile.entityVocabulary;
  const { folded, organisation, reshaped } = foldName(text, table, opts);
  const literal = opts.literal;
  const canonical = literal !== undefined
    ? (w: string): string => (literal.has(w) ? w : (organisation ? canonicalV3 : canonicalWord)(w))
    : organisation ? canonicalV3 : canonicalWord;
  const raw = folded.map((w) => canonical(w.replace(HYPHENS, ''))).filter((w) => w.length > 0);
  // Each hyphen part with where it stands: the first part of a written word, or inside one (JE-SON: son).
  const hyphenParts: { text: string; inside: boolean; word: number }[] = [];
  folded.forEach((w, wi) => {
    let first = true;
    for (const part of w.split('-').map(canonical)) {
      if (part.length === 0) continue;
      hyphenParts.push({ text: part, inside: !first, word: wi });
      first = false;
    }
  });
  let written = raw.map((w) => table.intern(w));
  let parts = hyphenParts.map((p) => table.intern(p.text));
  let positions: Position[] = parts.map(() => 'initial');
  if (opts.correct === true || !table.profile.initialRuleEverywhere) {
    // korean-v2: typing errors corrected, and the initial sound rule kept to the start of the family name
    // and of the given name (the first two written words; a written word's later syllables never).
    const fixes = opts.correct === true && parts.some((w) => w.segs.length === 0 && w.weight >= 1 && !(organisation && w.shortForm)) ? corrections(parts, organisation, table.profile.readableTypos, opts.everyWordMistyped === true) : undefined;
    if (looksKorean(parts, fixes)) {
      positions = hyphenParts.map((p) => positionAt(p.word, p.inside));
      // Words were interned as name starts; only mistyped words and words inside the name change.
      written = written.map((w, i) => placed(w, positionAt(i, false), fixes, table));
      parts = parts.map((w, i) => placed(w, positions[i] as Position, fixes, table));
      if (opts.correct === true && table.profile.readableTypos) {
        // korean-v3: the family name is the first written word, or the last (family name last).
        const lastWord = folded.length - 1;
        written = written.map((w, i) => readableTypo(w, positionAt(i, false), i === 0 || i === lastWord, table));
        parts = parts.map((w, i) => {
          const word = hyphenParts[i]?.word ?? -1;
          return readableTypo(w, positions[i] as Position, !(hyphenParts[i]?.inside ?? true) && (word === 0 || word === lastWord), table);
        });
      }
    }
  }
  // A person's syllables read once from doubled letters are scored as typing errors corrected; an organisation's
  // words are compared by their letters, read once (BANKK as BANK).
  const undoubled = organisation ? undefined : opts.undoubled;
  if (undoubled !== undefined) {
    written = written.map((w, i) => asDoubledTypo(w, undoubled, positionAt(i, false), table));
    parts = parts.map((w, i) => asDoubledTypo(w, undoubled, positions[i] as Position, table));
  }
  const acc: Variants = { seen: new Set<string>(), variants: [], distinct: [], position: new Map<Word, number>() };
  const { variants, distinct } = acc;
  addVariant(acc, written);
  addVariant(acc, parts); // hyphens as spaces: ABBASI-DAVANI = ABBASI DAVANI
  // INVARIANT: only Korean-looking names (every informative word reads as Korean) get split and joined forms.
  const korean = parts.some((w) => w.weight >= 1) && parts.every((w) => w.weight < 1 || w.segs.length > 0);
  // A person's name is a family name and a given name: two written words at least, or Hangul. One word
  // (KOTI, K.O.T.I.) may as well be an organisation's name or initialism.
  const personLike = v3 && korean && (raw.length >= 2 || parts.some((w) => w.hangul)) && parts.every((w) => (w.weight >= 1 && w.segs.length > 0 && !isQualifierAlone(w.text)) || w.weight <= 0.05);
  const organisational = organisation;
  const mask = qualifierMask(parts.map((w) => w.text), v3);
  const qualifierUnits = personLike ? 0 : recallUnits(parts.filter((_w, i) => mask[i] === true)).length;
  const shape = reshaped === true ? { reshaped } : {};
  if (!korean) return { words: distinct, variants, units: recallUnits(parts, v3 && organisation), compact: raw.join(''), korean, qualifierUnits, personLike, organisational, ...shape };
  for (const split of splitVariants(parts, positions, table)) {
    addVariant(acc, split);
    // A corrected word is never joined: the join would be read as a word of its own, typo and all.
    if (split.length >= 3 && split.every((w) => w.segs.length > 0 && w.corrections === undefined)) {
      addVariant(acc, [split[0] as Word, joinWords(split.slice(1), table)]);
      addVariant(acc, [joinWords(split.slice(0, -1), table), split[split.length - 1] as Word]);
    }
  }
  return { words: distinct, variants, units: recallUnits(parts, v3 && organisation), compact: raw.join(''), korean, qualifierUnits, personLike, organisational, ...shape };
}

/** The variants of a name being prepared: each word sequence once, and the distinct words of all. */
interface Variants {
  seen: Set<string>;
  variants: Variant[];
  distinct: Word[];
  position: Map<Word, number>;
}

/** Adds a word sequence to the variants unless it is there already (a module function: a closure made per
 *  name would be made again for every query). */
function addVariant(acc: Variants, words: readonly Word[]): void {
  if (words.length === 0) return;
  let key = (words[0] as Word).text;
  for (let i = 1; i < words.length; i++) key += ` ${(words[i] as Word).text}`;
  if (acc.seen.has(key)) return;
  acc.seen.add(key);
  const at = new Array<number>(words.length);
  let weight = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    let p = acc.position.get(w);
    if (p === undefined) {
      p = acc.distinct.length;
      acc.distinct.push(w);
      acc.position.set(w, p);
    }
    at[i] = p;
    weight += w.weight;
  }
  acc.variants.push({ words: words.slice(), at, weight });
}

/**
 * korean-v3: a word that reads as Korean but may hold a typing error: a doubled letter (Jiin, Naam, Goon),
 * or, as the family name, an English spelling one typing error from a family name (Dohn, Rhe). It keeps its
 * own readings and is also read through the corrections.
 */
function readableTypo(w: Word, pos: Position, family: boolean, table: WordTable): Word {
  if (w.segs.length === 0 || w.corrections !== undefined || w.hangul || w.weight < 1) return w;
  // The same word in the same place is read the same way every time (kept per word of the table).
  const slot = (pos === 'initial' ? 0 : 2) + (family ? 1 : 0);
  let seen = readableTypos.get(w);
  if (seen === undefined) {
    seen = [undefined, undefined, undefined, undefined];
    readableTypos.set(w, seen);
  }
  const known = seen[slot];
  if (known !== undefined) return known;
  const read = readTypo(w, pos, family, table);
  seen[slot] = read;
  return read;
}
const readableTypos = new WeakMap<Word, (Word | undefined)[]>();

function readTypo(w: Word, pos: Position, family: boolean, table: WordTable): Word {
  if (!ASCII_LETTERS.test(w.text)) return w;
  // A family name written as one (Yoon 윤, Moon 문, Koo 구) is that family, never another with a letter fewer (YON,
  // MON, KO): a held-back evaluation found YOON CHONG NAM a match for YO'N CHO'NG NAM as a doubled letter. In a
  // given name a doubled letter is still read as a typing error (Hyook, Goon), as the issue asks.
  if (chineseOnlySyllable(w.text)) return w;
  // A name's syllable in its English spelling (Sook, Joon, Hee) is that syllable, no typing error of another.
  if (ENGLISH_NAME_SYLLABLES.has(w.text.toLowerCase())) return w;
  const fixes: Correction[] = family && isFamilyName(w.text) ? [] : [...doubledLetterCorrections(w.text)];
  const done = (): Word => {
    // ...and so inside a given name written as one (Jin-sook read as jinsook): no correction falls in it.
    const span = englishSyllableSpan(w.text.toLowerCase());
    const kept = span === undefined ? fixes : fixes.filter((c) => !within(firstDifference(w.text.toLowerCase(), c.text), span));
    return kept.length === 0 ? w : table.internReadableTypo(w, kept, pos);
  };
  const more = (list: readonly Correction[]): void => {
    for (const c of list) if (!fixes.some((d) => d.text === c.text)) fixes.push(c);
  };
  if (family) more(familyNameCorrections(w.text, isFamilyName));
  // One syllable read as two through a swapped or struck letter (Apek for Paek, Uon for Won).
  more(syllableCountCorrections(w.text));
  // A rare spelling made by a neighbouring key (Mying for Myong, Khu for Kyu).
  more(rareSpellingCorrections(w.text));
  return done();
}

/**
 * Where a word written as one begins or ends with a name's syllable in its English spelling, the rest reading as
 * syllables (jin+sook, sook+ja): that syllable's letters, [start, end); undefined when it has none.
 */
function englishSyllableSpan(text: string): [number, number] | undefined {
  for (let n = 3; n <= 6 && n < text.length; n++) {
    if (ENGLISH_NAME_SYLLABLES.has(text.slice(text.length - n)) && segmentSyllables(text.slice(0, text.length - n)).length > 0) return [text.length - n, text.length];
    if (ENGLISH_NAME_SYLLABLES.has(text.slice(0, n)) && segmentSyllables(text.slice(n)).length > 0) return [0, n];
  }
  return undefined;
}
const firstDifference = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};
const within = (i: number, [start, end]: [number, number]): boolean => i >= start && i < end;

/** korean-v2: the start of the family name and of the given name are the first two written words. */
function positionAt(wordIndex: number, inside: boolean): Position {
  return inside || wordIndex >= 2 ? 'inside' : 'initial';
}

function looksKorean(ws: readonly Word[], fixes: ReadonlyMap<string, unknown> | undefined): boolean {
  return ws.some((w) => w.weight >= 1) && ws.every((w) => w.weight < 1 || w.segs.length > 0 || fixes?.has(w.text) === true);
}

/** A word read with its doubled letter once, as the typing error corrected: the written word carrying its
 *  reading (KIMM read as KIM), as the typing-error reading of korean-v2 makes it. */
function asDoubledTypo(w: Word, undoubled: ReadonlyMap<string, string>, pos: Position, table: WordTable): Word {
  const written = undoubled.get(w.text);
  const syllables = written !== undefined ? segmentSyllables(w.text) : [];
  if (written === undefined || syllables.length === 0) return w;
  const fewest = syllables.reduce((a, b) => (b.length < a.length ? b : a));
  return table.internCorrected(written, [{ text: w.text, syllables: fewest, error: 'doubled letter' }], pos);
}

/** A word interned at a name start, re-read where it stands: corrected when mistyped, without the rule inside. */
function placed(w: Word, pos: Position, fixes: ReadonlyMap<string, readonly Correction[]> | undefined, table: WordTable): Word {
  if (w.segs.length === 0 && fixes !== undefined) {
    const fix = fixes.get(w.text) ?? correctionsOf(w.text, table.profile.readableTypos);
    if (fix.length > 0) return table.internCorrected(w.text, fix, pos);
  }
  return pos === 'inside' ? table.intern(w.text, pos) : w;
}

/**
 * korean-v2: the corrections of a name's mistyped tokens, when the rest of the name reads as Korean: at
 * least one informative word does, every other one is mistyped, and there are no more mistyped words than
 * Korean ones (a Western name is not "corrected" into Korean). korean-v3's reading of a name mistyped in every
 * word or most (`everyWord`: PKA YNOG SKI, YNU HO-JNI) takes the mistyped words' corrections; held at possible.
 */
function corrections(parts: readonly Word[], organisation: boolean, readable: boolean, everyWord = false): Map<string, readonly Correction[]> | undefined {
  let valid = 0;
  const fixes = new Map<string, readonly Correction[]>();
  for (const w of parts) {
    // korean-v3: in an organisation's name a short form (Tech., Mgmt) is no mistyped syllable.
    if (w.weight < 1 || (organisation && w.shortForm)) continue;
    if (w.segs.length > 0) {
      valid++;
      continue;
    }
    const c = correctionsOf(w.text, readable);
    if (c.length === 0) return undefined;
    fixes.set(w.text, c);
  }
  if (everyWord) return fixes.size >= 2 && fixes.size > valid ? fixes : undefined;
  return valid > 0 && fixes.size > 0 && fixes.size <= valid ? fixes : undefined;
}

/** A mistyped token's corrections; korean-v3 (`readable`) also puts back a vowel dropped inside it. */
function correctionsOf(text: string, readable: boolean): readonly Correction[] {
  if (!ASCII_LETTERS.test(text) || isWeakWord(text) || wordWeight(text) !== 1) return [];
  if (!readable) return typoCorrections(text);
  return chineseOnlySyllable(text) || ENGLISH_NAME_SYLLABLES.has(text.toLowerCase()) ? [] : droppedVowelCorrections(text);
}

function joinWords(words: readonly Word[], table: WordTable): Word {
  // Read as one word: reading it only in the syllables it was written in (CHO HYON is not CHO YON) lost typing
  // errors that move a syllable's letters (RI MNGON, Co Yon Chun); left for a reading that keeps both.
  return table.intern(words.map((w) => w.text).join(''));
}

/** A word sequence as a persistent list (last word first): extending a shared prefix copies nothing, so
 *  building the variants costs time linear in the name's length. */
interface Chain {
  word: Word;
  prev: Chain | undefined;
}

/** Split every Korean word into syllable words; one variant per segmentation of an ambiguous word (bounded:
 *  the first MAX_SPLIT_VARIANTS of the combinations, in order). */
function splitVariants(parts: readonly Word[], positions: readonly Position[], table: WordTable): Word[][] {
  let out: (Chain | undefined)[] = [undefined];
  for (let k = 0; k < parts.length; k++) {
    const w = parts[k] as Word;
    const options: Word[][] = [];
    if (w.segs.length > 0 && (w.segs[0]?.length ?? 0) > 1 && w.weight >= 1 && w.corrections === undefined) {
      // The syllables after a word's first stand inside the name (korean-v2 reads them without the rule).
      for (const texts of segmentTexts(w)) options.push(texts.map((t, i) => table.intern(t, i === 0 ? (positions[k] ?? 'initial') : 'inside')));
    } else {
      options.push([w]);
    }
    const next: (Chain | undefined)[] = [];
    for (const prefix of out) {
      for (const o of options) {
        if (next.length >= MAX_SPLIT_VARIANTS) break;
        let c = prefix;
        for (const x of o) c = { word: x, prev: c };
        next.push(c);
      }
    }
    out = next;
  }
  return out.map((c) => {
    const words: Word[] = [];
    for (let at = c; at !== undefined; at = at.prev) words.push(at.word);
    return words.reverse();
  });
}

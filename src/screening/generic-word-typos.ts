/**
 * korean-v3 queries: a generic word mistyped beside a listed front's own word (held-back evaluation 19: Huaxin
 * Shiping, Chang An Shiping for HUAXIN SHIPPING and CHANG AN SHIPPING). `correctVocabularyTypos` reads a token one
 * typing error from an organisation word as that word, but a token that reads as Korean syllables (SHI PING) only
 * from nine letters on, or where the name's other words make it an organisation's: a person's CHOOL is no SCHOOL,
 * and Shiping is a Chinese given name as well. Here the name is also read with such a token corrected, beside the
 * name as written (which keeps the person's reading), where another word of the name is a listed word of an
 * organisation's name that is none of the common words: the rule, not the examples (Chang An Tradng, Kangbong
 * Corportion, Huaxin Shippin read alike).
 */
import type { ScreeningIndex } from './build-index.ts';
import { isOrganisationWord, readsKorean, v3Canonical } from './entity-vocabulary.ts';
import { vocabularyTypo } from './vocabulary-typos.ts';
import { isCommonWord, isDprkWord } from './generic-entity.ts';
import { foldWords } from './normalize/fold.ts';
import { canonicalWord, isQualifierWord, isWeakWord } from './weak-words.ts';

/** Shortest organisation word read from a token that reads as Korean (BANK, UNIT stay syllables: BAMK aside). */
const MIN_WORD = 6;

/**
 * The name's words with each token that reads as Korean syllables and is one typing error from an organisation
 * word of six letters or more read as that word; undefined when there is none, or when no other word is a listed
 * word that is no organisation word, weak word or the DPRK's name. `isListed`: a word of some listed name;
 * `isListedOrganisationWord`: a word of some listed organisation's name.
 */
export function genericTypoReading(words: readonly string[], isListed: (w: string) => boolean, isListedOrganisationWord: (w: string) => boolean): string[] | undefined {
  let out: string[] | undefined;
  const fixed = new Set<number>();
  words.forEach((w, i) => {
    if (w.length < MIN_WORD - 1 || !readsKorean(w) || isListed(w)) return;
    const fix = vocabularyTypo(w, isListed);
    if (fix === undefined || fix.length < MIN_WORD) return;
    (out ??= [...words])[i] = fix;
    fixed.add(i);
  });
  if (out === undefined) return undefined;
  const beside = words.some((w, i) => {
    if (fixed.has(i)) return false;
    const c = v3Canonical(canonicalWord(w));
    return !isOrganisationWord(c) && !isWeakWord(w) && !isCommonWord(c) && !isDprkWord(c) && !isQualifierWord(c) && isListedOrganisationWord(c);
  });
  return beside ? out : undefined;
}

/** Shortest distinctive word read from a token one typing error off (LEADER of LEEDER). */
const MIN_DISTINCTIVE = 5;

/**
 * The mirror reading, in an organisation's name (it holds an organisation word): a token that is no listed word,
 * one typing error (any letter struck for another, dropped, doubled, two swapped) from exactly one listed
 * organisation's word that is none of the common words (Leeder International for LEADER INTERNATIONAL), read as
 * that word; not where both read as Korean syllables (Daesang, Tongyang: another syllable is another name). What it finds is held at the possible band (held-readings.ts): a word one letter off is another
 * company's as often. Undefined when no token is so read.
 */
export function distinctiveTypoReading(words: readonly string[], isListed: (w: string) => boolean, isListedOrganisationWord: (w: string) => boolean): string[] | undefined {
  let out: string[] | undefined;
  words.forEach((w, i) => {
    if (w.length < MIN_DISTINCTIVE || !/^[a-z]+$/u.test(w) || isListed(v3Canonical(canonicalWord(w))) || isOrganisationWord(v3Canonical(w))) return;
    // Two words that both read as Korean are one syllable apart: another name (DAESANG is not DAESONG).
    const korean = readsKorean(w);
    const near = new Set<string>();
    for (const v of oneTypoSpellings(w)) {
      if (v.length >= MIN_DISTINCTIVE && isListedOrganisationWord(v) && !isOrganisationWord(v) && !isCommonWord(v) && !isDprkWord(v) && !isQualifierWord(v) && !(korean && readsKorean(v))) near.add(v);
      if (near.size > 1) return;
    }
    if (near.size === 1) (out ??= [...words])[i] = [...near][0]!;
  });
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every spelling one typing error from a token: a letter dropped, added, struck for another, two neighbours swapped. */
function oneTypoSpellings(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    out.add(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) out.add(w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2));
    for (const c of LETTERS) out.add(w.slice(0, i) + c + w.slice(i + 1));
  }
  for (let i = 0; i <= w.length; i++) for (const c of LETTERS) out.add(w.slice(0, i) + c + w.slice(i));
  out.delete(w);
  return out;
}

const organisationWords = new WeakMap<ScreeningIndex, Set<string>>();

/** The words of the listed organisations' names (one spelling each), made once per index. */
export function listedOrganisationWords(index: ScreeningIndex): ReadonlySet<string> {
  let words = organisationWords.get(index);
  if (words === undefined) {
    words = new Set();
    for (let id = 0; id < index.names.length; id++) {
      if (index.records[index.names.recordOf(id)]?.kind !== 'entity') continue;
      for (const w of foldWords(index.names.get(id).full)) words.add(v3Canonical(canonicalWord(w)));
    }
    organisationWords.set(index, words);
  }
  return words;
}

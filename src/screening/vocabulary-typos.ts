/**
 * korean-v3 queries: the words organisation names are made of, read through one typing error (COPORATION,
 * DEFEENCE, BAMK, HONG KON): the reader of `entity-vocabulary.ts`' words, apart from its tables.
 */
import { oneTypoApart } from '../io/typing-errors.ts';
import { AMBIGUOUS, CANONICAL, ORGANISATION_WORDS, readsKorean } from './entity-vocabulary.ts';

const ASCII_LETTERS = /^[a-z]+$/;

/**
 * korean-v3 queries: typing errors in the words organisation names are made of. One letter dropped,
 * doubled, struck for another or two swapped (COPORATION, CROPORATION, DEFEENCE, RCEONNAISSANCE) left a
 * token that is no word and was read as Korean syllables (co po ra ti on), and a listed entity was lost by
 * one typing error in its legal form. A query token one such error away from an organisation word (or a
 * long spelling the table reads as one: INDUSTRIAL, SERVICES) is read as that word when:
 * - it is no word of any listed name (a listed token is read as written, whatever it is near), no
 *   organisation word, tabled short form or start of one itself (CORP., SHIPP., MACHIN. are read as above);
 * - it is five letters or more (four for a word of five: OREA; a word of four, BANK, only from a token
 *   that reads as no Korean syllable: BAMK), and one error from one word only (counted by the word's one spelling:
 *   SERVICEE is SERVICE or SERVICES, both SERVICE);
 * - the word is of six letters or more (nine when the token reads as Korean syllables: a person's CHOOL is
 *   no SCHOOL), or else the name is an organisation's by its other words (KORAE RYONBONG GENERAL
 *   CORPORATION, KOREA KUMSAN TRADING COPORATION; a person's MOREA stays a name).
 * Returns the words with such tokens replaced (the same array when none is).
 */
export function correctVocabularyTypos(words: readonly string[], isListed: (w: string) => boolean, organisation: (words: readonly string[]) => boolean): readonly string[] {
  let out: string[] | undefined;
  let short: number[] | undefined;
  words.forEach((w, i) => {
    const fix = vocabularyTypo(w, isListed);
    if (fix === undefined) return;
    // A token that reads as Korean may be a person's syllables (CHOOL is no SCHOOL in KIM SOK CHO0L).
    if (fix.length >= (readsKorean(w) ? 9 : 6)) (out ??= [...words])[i] = fix;
    else (short ??= []).push(i);
  });
  if (short !== undefined) {
    const others = out ?? words;
    for (const i of short) {
      if (organisation(others.filter((_, k) => k !== i))) (out ??= [...words])[i] = vocabularyTypo(words[i] as string, isListed) as string;
    }
  }
  // Hong Kong with one of its words mistyped (HONG KON, HOGN KONG) beside an organisation's words: the place.
  const fixed = out ?? words;
  for (let i = 0; i + 1 < fixed.length; i++) {
    const a = fixed[i] as string;
    const b = fixed[i + 1] as string;
    if (!((a === 'hong' && nearPlaceWord(b, 'kong')) || (b === 'kong' && nearPlaceWord(a, 'hong')))) continue;
    if (!organisation([...fixed.slice(0, i), ...fixed.slice(i + 2)])) continue;
    out ??= [...words];
    out[i] = 'hong';
    out[i + 1] = 'kong';
  }
  return out ?? words;
}

/** One typing error from a word of Hong Kong (a module function: a closure named inside the loop is made
 *  again for every pair of words of every query). */
function nearPlaceWord(x: string, y: string): boolean {
  return x.length >= 3 && oneTypoApart(x, y);
}

/** Words a mistyped query token may be read as (organisation words, and long spellings tabled as one). */
const TYPO_TARGETS: readonly string[] = [...new Set([
  'bank', 'army', 'navy', 'unit',
  ...ORGANISATION_WORDS, ...[...CANONICAL.keys()].filter((f) => f.length >= 7), 'korean', 'mining', 'space',
])].filter((w) => w.length >= 4 && ASCII_LETTERS.test(w));

/** The organisation word a token is one typing error from, when it is one of a single word (see above). */
export function vocabularyTypo(token: string, isListed: (w: string) => boolean): string | undefined {
  if (token.length < 4 || token.length > 15 || !ASCII_LETTERS.test(token)) return undefined;
  let fix = vocabularyTypos.get(token);
  if (fix === undefined) {
    fix = '';
    if (!ORGANISATION_WORDS.has(token) && !CANONICAL.has(token) && AMBIGUOUS[token] === undefined && !isCutStart(token)) {
      let one: string | undefined;
      let ambiguous = false;
      for (const w of TYPO_TARGETS) {
        if (Math.abs(w.length - token.length) > 1 || !oneTypoApart(token, w)) continue;
        if (one !== undefined && (CANONICAL.get(one) ?? one) !== (CANONICAL.get(w) ?? w)) ambiguous = true;
        one ??= w;
      }
      // A token of four letters only for a word of five (OREA for KOREA), in an organisation's name (see above).
      if (one !== undefined && !ambiguous && (token.length >= 5 || one.length === 5)) fix = one;
      // A word of four letters (BANK: BAMK, BANO) from a token that reads as no Korean syllable.
      else if (one !== undefined && !ambiguous && one.length === 4 && !readsKorean(token)) fix = one;
    }
    if (vocabularyTypos.size > 100_000) vocabularyTypos.clear();
    vocabularyTypos.set(token, fix);
  }
  // Whether the index holds the token depends on the index: asked every time (a set lookup).
  return fix === '' || isListed(token) ? undefined : fix;
}
const vocabularyTypos = new Map<string, string>();

/** The start of a longer organisation word (MACHIN., KORE, CORPORATIO): read as a short form, not a typo. */
function isCutStart(token: string): boolean {
  for (const w of ORGANISATION_WORDS) if (w.length > token.length && w.startsWith(token)) return true;
  return false;
}

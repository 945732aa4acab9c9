/**
 * Letters drawn like Latin ones (a Cyrillic О in "CHОL", a Cherokee Ꮶ in "ᏦOMID", a Lisu ꓗ), shared by every
 * reader that compares Latin words: the screener's name folding, the check's reader of the DPRK's names in free
 * text and the vessels list's names. Which letters: Unicode's confusables data (`confusables.ts`). A word made
 * only of Latin letters and these is read as the Latin word it shows.
 *
 * A word wholly of another script whose every letter is drawn like a Latin one (a Cyrillic "РАК") is read as
 * Latin too: no real word of that script is lost that a reading of its own would find (both sides of every
 * comparison, the list and the name asked about, are folded alike), and a name spelt entirely in look-alikes
 * is the disguise to catch. A word with one letter that is not drawn so (the П of "Пак", the Д of "КНДР") is a
 * real word of its script and stays as it is. Letters are read in their own case ("Н" is H, "η" is n): callers
 * unmask before they lower the case.
 */
import { lookAlikeTable } from './confusables.ts';

const ASCII = /^[^\u0080-\uffff]*$/;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const MARKS = /\p{M}/gu;

/** One word as the Latin word it shows (lower-case letters where look-alikes stood), where it is Latin
 *  letters (compatibility forms included: callers NFKD-fold them) and look-alikes only; else as it is. */
export function unmaskLookAlikes(word: string): string {
  if (ASCII.test(word)) return word; // most words: nothing to read
  const table = lookAlikeTable();
  let out = '';
  let changed = false;
  for (const ch of word) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    const latin = table.get(ch) ?? table.get(ch.normalize('NFD').replace(MARKS, ''));
    if (latin !== undefined) {
      out += latin;
      changed = true;
    } else if (LETTER.test(ch) && !LATIN.test(ch) && !/^[a-z]+$/i.test(ch.normalize('NFKD').replace(MARKS, ''))) return word; // a real word of its script
    else out += ch;
  }
  return changed ? out : word;
}

/**
 * The Hangul fillers (choseong, jungseong, compatibility, half-width) count as letters yet show as blank; the
 * spacing modifier letters (ˑ ˍ ˈ …), the Arabic and N'Ko stretching letters, the katakana long-vowel mark and
 * a few other modifier letters (U+0559, U+1843, U+A788) count as letters yet show as marks between letters:
 * put between the words of a name, each would join them into one no listed name has. Read as a space. (The
 * modifier apostrophes ʻ ʼ ʹ are the callers' apostrophes, taken before this.)
 */
export const BLANK_LETTERS = /[\u115f\u1160\u3164\uffa0\u02b0-\u02b8\u02bd-\u02ff\u0640\u07fa\u0559\u1843\u30fc\uff70\ua788]/gu;

/** Invisible characters: Unicode's Default_Ignorable_Code_Point (soft hyphen, zero-width characters, joiners,
 *  bidi controls, variation selectors, the combining grapheme joiner, Mongolian selectors, tags, …) and every
 *  other format character (\p{Cf}). The Hangul fillers among them show as blank: taken first, as spaces. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/** Text as it shows: the letters that show as blank or as marks between letters read as spaces, invisible
 *  characters removed. Callers take their apostrophes first (the modifier apostrophes are not among
 *  BLANK_LETTERS). */
export function showLetters(text: string): string {
  return text.replace(BLANK_LETTERS, ' ').replace(INVISIBLE, '');
}

/** Scripts that may share a word with Latin letters in real names: Korean and Chinese company names join a
 *  Latin acronym to Hangul, Han or kana ("LG전자", "SK하이닉스", "CJ제일제당", "TCL集团"), and none of their
 *  letters is drawn like a Latin one. Common and Inherited are no script of their own (marks, signs). */
const MAY_JOIN_LATIN = /[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The first word of a name that mixes Latin letters with letters of another script ("CHОL" with a Cyrillic О,
 * "ᏦOMID" with a Cherokee Ꮶ), or undefined. In names this is deliberate: no person's or company's name mixes
 * Latin with Cyrillic, Greek, Cherokee or Lisu inside a word, and look-alike letters can hide a listed name from
 * any table of them. A table-free backstop: graded evidence, for review.
 */
export function mixedScriptWord(name: string): string | undefined {
  if (ASCII.test(name)) return undefined;
  for (const w of showLetters(name).match(WORDS) ?? []) {
    let latin = false;
    let other = false;
    for (const ch of w) {
      if (!LETTER.test(ch)) continue;
      if (LATIN.test(ch)) latin = true;
      else if (!MAY_JOIN_LATIN.test(ch)) other = true;
    }
    if (latin && other) return w;
  }
  return undefined;
}

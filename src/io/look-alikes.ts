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
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

const KEEP = 0; // a Latin letter (or a compatibility form callers fold), a digit, a mark: kept
const FOREIGN = 1; // a letter of another script not drawn like a Latin one: the word is a real word of its script
const BREAK = 2; // neither letter, mark nor digit: between words
type Kind = string | typeof KEEP | typeof FOREIGN | typeof BREAK;
/** What each non-ASCII character seen is, memoised: one lookup per character after the first (the characters
 *  of the world's scripts are finite, so the memo is bounded). */
const kinds = new Map<string, Kind>();

function kindOf(ch: string): Kind {
  if (!WORD_CHAR.test(ch)) return BREAK;
  const table = lookAlikeTable();
  const latin = table.get(ch) ?? table.get(ch.normalize('NFD').replace(MARKS, ''));
  if (latin !== undefined) return latin;
  if (!LETTER.test(ch) || LATIN.test(ch) || /^[a-z]+$/i.test(ch.normalize('NFKD').replace(MARKS, ''))) return KEEP;
  return FOREIGN;
}

function nonAsciiKind(ch: string): Kind {
  let kind = kinds.get(ch);
  if (kind === undefined) kinds.set(ch, (kind = kindOf(ch)));
  return kind;
}

let anyLookAlike: RegExp | undefined;

/** Whether the text holds a look-alike (in its NFD form too: a Cyrillic ё is е and a mark): a native scan,
 *  far cheaper than reading each character, for the names that have none. */
function hasLookAlike(text: string): boolean {
  anyLookAlike ??= new RegExp(`[${[...lookAlikeTable().keys()].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'u');
  return anyLookAlike.test(text) || anyLookAlike.test(text.normalize('NFD'));
}

/**
 * Text with each word (a run of letters, marks, digits and hyphens) read as the Latin word it shows, where it is Latin
 * letters (compatibility forms included: callers NFKD-fold them) and look-alikes only (lower-case letters
 * where look-alikes stood); any other word as it is. One pass, a memo lookup per non-ASCII character.
 */
export function unmaskLookAlikes(text: string): string {
  if (ASCII.test(text)) return text; // most names: nothing to read
  if (!hasLookAlike(text)) return text; // most of the rest (diacritics, other scripts): nothing either
  let out = '';
  let word = ''; // the current word as written
  let read = ''; // the current word as read
  let foreign = false;
  let changed = false;
  const flush = (): void => {
    out += foreign ? word : read;
    word = read = '';
    foreign = false;
  };
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    let kind: Kind | undefined;
    if (c < 0x80) kind = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d ? KEEP : BREAK;
    else kind = nonAsciiKind(ch);
    if (kind === BREAK) {
      flush();
      out += ch;
      continue;
    }
    word += ch;
    if (kind === FOREIGN) foreign = true;
    else if (kind === KEEP) read += ch;
    else {
      read += kind;
      changed = true;
    }
  }
  flush();
  return changed ? out : text;
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
 * A Latin letter no reading takes to plain letters: neither NFKD folding (é, Ｋ) nor the look-alike table
 * (ø, ŋ, ɔ). Latin's extensions hold hundreds of letters with hooks, bars and tails drawn like plain ones;
 * one the table misses is counted as another script's would be.
 */
function unreadLatin(ch: string): boolean {
  if (!LATIN.test(ch) || /^[a-z]+$/i.test(ch.normalize('NFKD').replace(MARKS, ''))) return false;
  const table = lookAlikeTable();
  return table.get(ch) === undefined && table.get(ch.normalize('NFD').replace(MARKS, '')) === undefined;
}

/**
 * The first word of a name that mixes Latin letters with letters of another script ("CHОL" with a Cyrillic О,
 * "ᏦOMID" with a Cherokee Ꮶ), or with a Latin letter no reading takes to a plain one, or undefined. In names
 * this is deliberate: no person's or company's name mixes Latin with Cyrillic, Greek, Cherokee or Lisu inside
 * a word, and look-alike letters can hide a listed name from any table of them. A table-free backstop: graded
 * evidence, for review.
 */
export function mixedScriptWord(name: string): string | undefined {
  if (ASCII.test(name)) return undefined;
  for (const w of showLetters(name).match(WORDS) ?? []) {
    let latin = false;
    let other = false;
    for (const ch of w) {
      if (!LETTER.test(ch)) continue;
      if (unreadLatin(ch)) return w; // whatever else the word holds
      if (LATIN.test(ch)) latin = true;
      else if (!MAY_JOIN_LATIN.test(ch)) other = true;
    }
    if (latin && other) return w;
  }
  return undefined;
}

/**
 * korean-v3 queries: a word written with ASCII characters drawn like its letters, in any name (an
 * organisation's as much as a person's): a digit for a letter (TANCH0N, K0REA, P1NE, C0RP0RATI0N) or a
 * lower-case l for a capital I inside a word in capitals (MlNlNG, KOMlD). As written, such a word is no word
 * of the list and the name is not recalled: check would permit. The reading is an extra one, screened
 * beside the name as written (never replacing it).
 *
 * INVARIANT: a real number stays a number. Only a word with letters and single digits among them is read
 * (K0MID, P1NE, GR33N); a number standing alone (PETREL 8, OFFICE 39, 2.8 SEPTEMBER) or digits side by side
 * (UNIT586, B52) are left as written.
 */

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const LOWER_L = /l/g;
const A_DIGIT = /\d/;
const LOOK_ALIKE_DIGITS = /[013458]/g;

/** The letter each digit is drawn like (1 is an I more often than an l in the capitals lists are written in). */
const DIGIT_LETTER: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '8': 'b' };
const TOKEN = /[\p{L}\p{N}]+/gu;
/** Letters with look-alike digits among them (two side by side only between letters: GR33N), at least two
 *  letters: never 39, B52 or UNIT586. */
const MASKED = /^(?=(?:\P{L}*\p{L}){2})[013458]?\p{L}+(?:[013458]{1,2}\p{L}+)*[013458]?$/u;
/** A word in capitals (two capitals at least: never Il) with a lower-case l among them (MlNlNG, KOMlD, TRADlNG): the l is a capital I. */
const CAPITAL_I = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9]*l[A-Zl0-9]*$/;
const MAYBE = /\p{L}[013458|¦!]|[013458]\p{L}|[A-Z]l|l[A-Z]/u;
/** An upright stroke that is no letter (| ¦ !) between letters: an I (KOM|D). */
const STROKE_I = /(?<=\p{L})[|¦!](?=\p{L})/gu;

const capitalised = (word: string, letter: string): string => (word === word.toUpperCase() ? letter.toUpperCase() : letter);

/** The name with its look-alike characters read as letters, or undefined when it holds none. */
export function lookAlikeReading(text: string): string | undefined {
  if (!MAYBE.test(text)) return undefined;
  const read = text.replace(STROKE_I, 'I').replace(TOKEN, (token) => {
    let word = token;
    if (CAPITAL_I.test(word)) word = word.replace(LOWER_L, 'I');
    if (A_DIGIT.test(word) && MASKED.test(word)) word = word.replace(LOOK_ALIKE_DIGITS, (d) => capitalised(word, DIGIT_LETTER[d] ?? d));
    return word;
  });
  return read === text ? undefined : read;
}

/** Letters read two ways (hostile review N6): folding reads β and ß as ss, Ы as bl; each is drawn like a B
 *  (and Ы like bI) as much. */
const TWO_WAY = /[βßẞЫы]/u;
const TWO_WAY_ALL = /[βßẞЫы]/gu;
const OTHER_WAY: Readonly<Record<string, string>> = { β: 'B', ß: 'B', ẞ: 'B', Ы: 'BI', ы: 'bi' };

/**
 * korean-v3 queries: a name holding β, ß or Ы, read the other way: β and ß as B (KORYO βANK is KORYO BANK,
 * folding reads ssank), Ы as BI; every one of them, then (when that differs) only those that start a word
 * (RECONNAIßANCE GENERAL ßUREAU). The folded reading (ss, bl) stays as written; these are screened beside it,
 * so no reading is lost.
 */
export function twoWayLettersReadings(text: string): string[] {
  if (!TWO_WAY.test(text)) return [];
  const all = text.replace(TWO_WAY_ALL, (ch) => OTHER_WAY[ch] ?? ch);
  const starts = text.replace(TWO_WAY_ALL, (ch, at: number) => (at === 0 || !/\p{L}/u.test(text[at - 1] ?? '') ? OTHER_WAY[ch] ?? ch : ch));
  return starts !== all && starts !== text ? [all, starts] : [all];
}

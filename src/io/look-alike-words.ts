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
import { decodeWebText } from './web-encoding.ts';

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const LOWER_L = /l/g;
const A_DIGIT = /\d/;
const LOOK_ALIKE_DIGITS = /\d/g;

/**
 * The letters each digit is drawn like, the commoner first (1 is an I more often than an l in the capitals lists
 * are written in). 0 1 3 4 5 8 are read whatever they make; 2 (Z), 6 and 9 (G), 7 (T), and 1 as an l, only where
 * the word they make is a word of the list (6REEN, KWAN6SON, 7ANCHON; security review 16, R16-7): a word with
 * one of them that makes none (7ELEVEN, A4) stays as written.
 */
const DIGIT_LETTERS: Readonly<Record<string, readonly string[]>> = {
  '0': ['o'], '1': ['i', 'l'], '2': ['z'], '3': ['e'], '4': ['a'], '5': ['s'], '6': ['g'], '7': ['t'], '8': ['b'], '9': ['g'],
};
/** Digits read whatever word they make (the others only into a listed word). */
const ALWAYS_READ = /^[^2679]*$/;
const TOKEN = /[\p{L}\p{N}]+/gu;
/** Letters with look-alike digits among them (two side by side between letters, GR33N, or ending the word,
 *  CH01: re-test 32), at least two letters: never 39, B52 or UNIT586. */
const MASKED = /^(?=(?:\P{L}*\p{L}){2})\d?\p{L}+(?:\d{1,2}\p{L}+)*\d{0,2}$/u;
/** A word in capitals (two capitals at least: never Il) with a lower-case l among them (MlNlNG, KOMlD, TRADlNG): the l is a capital I. */
const CAPITAL_I = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9]*l[A-Zl0-9]*$/;
const MAYBE = /\p{L}[\d|¦!]|\d\p{L}|[A-Z]l|l[A-Z]/u;
const INNER_APOSTROPHE = /(?<=[\p{L}\d])['’‘`ʼ](?=[\p{L}\d])/gu;
/** A word of letters and digits, a letter at least and a digit at least. */
const MIXED = /^(?=.*\p{L})(?=.*\d)[\p{L}\d]+$/u;
const MIXED_TOKENS = /(?<![\p{L}\d])(?=[\p{L}\d]*\p{L})(?=[\p{L}\d]*\d)[\p{L}\d]+/gu;
/** An upright stroke that is no letter (| ¦ !) between letters: an I (KOM|D). */
const STROKE_I = /(?<=\p{L})[|¦!](?=\p{L})/gu;
/** At most this many ways of reading one word's digits are tried. */
const MAX_DIGIT_READINGS = 16;

const capitalised = (word: string, letter: string): string => (word === word.toUpperCase() ? letter.toUpperCase() : letter);

/** The word with its digits read as letters: the first reading that is a listed word, else (digits that are
 *  always read only, or `always`) the first, else the word as written. */
function digitReading(word: string, isListed: ((w: string) => boolean) | undefined, always = false): string {
  let readings = [''];
  for (const ch of word) {
    const options = DIGIT_LETTERS[ch]?.map((l) => capitalised(word, l)) ?? [ch];
    readings = readings.flatMap((r) => options.map((o) => r + o)).slice(0, MAX_DIGIT_READINGS);
  }
  const listed = isListed === undefined ? undefined : readings.find((r) => isListed(r.toLowerCase()));
  if (listed !== undefined) return listed;
  return always || ALWAYS_READ.test(word) ? word.replace(LOOK_ALIKE_DIGITS, (d) => capitalised(word, DIGIT_LETTERS[d]?.[0] ?? d)) : word;
}

/** The name with its look-alike characters read as letters, or undefined when it holds none. `isListed` tells a
 *  word of the list (lower case), to choose among readings and to read 2, 6, 7, 9. */
export function lookAlikeReading(text: string, isListed?: (w: string) => boolean): string | undefined {
  if (!MAYBE.test(text)) return undefined;
  // Digits for most letters in two words or more (K0R34 M1N1NG, CH03 50NG 1L: security review 30): the whole name
  // is written so, and a word of it with digits side by side or at its ends is read too. One such word alone
  // (UNIT586, B52) is a number's.
  const leet = (text.replace(INNER_APOSTROPHE, '').match(MIXED_TOKENS) ?? []).length >= 2;
  // An apostrophe inside a word so written is the romanization's (CH'03 50’K M1N): read out, as folding does.
  const read = (leet ? text.replace(INNER_APOSTROPHE, '') : text).replace(STROKE_I, 'I').replace(TOKEN, (token) => {
    let word = token;
    if (CAPITAL_I.test(word)) word = word.replace(LOWER_L, 'I');
    // In a name so written every digit is a letter (V3N7UR3), whatever word it makes.
    if (A_DIGIT.test(word) && (MASKED.test(word) || (leet && MIXED.test(word)))) word = digitReading(word, isListed, leet);
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

/**
 * Keyboard symbols standing for letters inside a word of letters (security review 15, R15-1): P@K, K°MID,
 * KOR€A, FO®EIGN, O©EAN, K()MID, PA|<, KOMI|), O(EAN. Each symbol may stand for more than one letter (£ is an
 * E in OC£AN, an L elsewhere): the first reading that makes a listed word is taken, else the first. Several
 * characters drawn together as one letter (() |< |) |\/|) are read before single ones.
 */
const SYMBOL_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  // Longer drawings first: |\/| before |\|, /\/\ before /\/ before /\, |_| before |_.
  ['|\\/|', ['m']], ['/\\/\\', ['m']], ['|v|', ['m']], ['|\\|', ['n']], ['/\\/', ['n']], ['\\/\\/', ['w']], ['|_|', ['u']], ['(_)', ['u']],
  ['|-|', ['h']], [']-[', ['h']], [')-(', ['h']], ['}{', ['h']], ['/-\\', ['a']], ['()', ['o']], ['[]', ['o']], ['{}', ['o']],
  ['|<', ['k']], ['|{', ['k']], ['|(', ['k']], ['|)', ['d']], ['[)', ['d']], ['|>', ['p', 'd']], ['|*', ['p']], ['|3', ['b']],
  ['|2', ['r']], ['|=', ['f']], ['|_', ['l']], ['_|', ['j']], ['><', ['x']], ['`/', ['y']], ['\'/', ['y']], ['/\\', ['a']], ['\\/', ['v']],
];
const SYMBOL_LETTERS: Readonly<Record<string, readonly string[]>> = {
  '@': ['a'], '^': ['a'], '∆': ['a'], '$': ['s'], '§': ['s'], '€': ['e'], '£': ['e', 'l'], '∑': ['e'], '®': ['r'], '©': ['c'], '¢': ['c'],
  '(': ['c'], '<': ['c', 'k'], '°': ['o'], 'º': ['o'], '¤': ['o'], '◯': ['o'], '○': ['o'], '●': ['o'], '¥': ['y'], '†': ['t'], '+': ['t'],
  '!': ['i'], '|': ['i', 'l'], '¦': ['i'], '¡': ['i'], 'ℹ': ['i'], '#': ['h'],
};
const escape = (x: string): string => x.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
const GROUP_PATTERN = SYMBOL_GROUPS.map(([g]) => escape(g)).join('|');
/** A run of letters, digits, the symbols above and the drawings of several characters: a word as it shows. */
const SYMBOL_WORD = new RegExp(`(?:${GROUP_PATTERN}|[\\p{L}\\p{N}@^∆$§€£∑®©¢(<°º¤◯○●¥†+!|¦¡ℹ#)\\\\/[\\]{}])+`, 'gu');
const ANY_SYMBOL = new RegExp(`[@^∆$§€£∑®©¢(<°º¤◯○●¥†+!|¦¡ℹ#]|${GROUP_PATTERN}`, 'u');
const MAX_SYMBOL_READINGS = 16;

/** One word's readings with its symbols as letters (at most MAX_SYMBOL_READINGS), or undefined when it has none
 *  to read: a symbol counts only inside a word of two letters or more, and a lone ( or + only between letters
 *  or before them (never the brackets of "(FTB)", never "A+"). */
function symbolWordReadings(word: string, bracketed: boolean): string[] | undefined {
  const letters = word.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 2 || !ANY_SYMBOL.test(word)) return undefined;
  const upper = word === word.toUpperCase();
  const pieces: (readonly string[])[] = [];
  let symbols = 0;
  for (let i = 0; i < word.length;) {
    const group = SYMBOL_GROUPS.find(([g]) => word.startsWith(g, i));
    if (group !== undefined) {
      pieces.push(group[1]);
      symbols++;
      i += group[0].length;
      continue;
    }
    const ch = word[i]!;
    const options = SYMBOL_LETTERS[ch];
    const next = word[i + 1] ?? '';
    const prev = word[i - 1] ?? '';
    const loneBracket = (ch === '(' || ch === '+' || ch === '<') && (bracketed || !/\p{L}/u.test(next) || (ch === '+' && !/\p{L}/u.test(prev)));
    if (options !== undefined && !loneBracket) {
      pieces.push(options);
      symbols++;
    } else pieces.push([ch]);
    i++;
  }
  if (symbols === 0) return undefined;
  let out = [''];
  for (const p of pieces) {
    out = out.flatMap((o) => p.map((x) => o + x)).slice(0, MAX_SYMBOL_READINGS);
  }
  return out.map((w) => (upper ? w.toUpperCase() : w)).map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
}

/** The name with the keyboard symbols inside its words read as the letters they show (see SYMBOL_LETTERS), or
 *  undefined when it holds none. `isListed` tells a word of the list (lower case), to choose among readings. */
export function symbolReading(text: string, isListed: (w: string) => boolean): string | undefined {
  if (!ANY_SYMBOL.test(text)) return undefined;
  const bracketed = /\([^()]*\p{L}[^()]*\)/u.test(text);
  let changed = false;
  const read = text.replace(SYMBOL_WORD, (word) => {
    const readings = symbolWordReadings(word, bracketed);
    if (readings === undefined) return word;
    changed = true;
    return readings.find((r) => isListed(r.toLowerCase())) ?? readings[0]!;
  });
  return changed && read !== text ? read : undefined;
}

/**
 * Letters drawn as pairs of others (security review 15, R15-7): rn for m, cl for d, vv for w (KOrnID,
 * DEVELOPrnENT, KOMIcl). A folded word that is no word of the list and becomes one read so; the others as
 * written. Undefined when no word changes.
 */
const PAIRS: readonly (readonly [RegExp, string])[] = [[/rn/g, 'm'], [/cl/g, 'd'], [/vv/g, 'w']];
export function pairLettersReading(words: readonly string[], isListed: (w: string) => boolean): string[] | undefined {
  let changed = false;
  const out = words.map((w) => {
    if (w.length < 3 || !/rn|cl|vv/.test(w) || isListed(w)) return w;
    const tries = new Set<string>();
    let all = w;
    for (const [re, to] of PAIRS) {
      all = all.replace(re, to);
      tries.add(w.replace(re, to));
    }
    tries.add(all);
    for (const t of tries) {
      if (t !== w && isListed(t)) {
        changed = true;
        return t;
      }
    }
    return w;
  });
  return changed ? out : undefined;
}

/** A name encoded as on the web or in mail (PAK%20YONG%20SIK, security review 15, R15-6; PAK&nbsp;YONG&nbsp;SIK,
 *  RI&#32;MAN&#32;GON, KIM%2520YONG%2520CHOL, FOREIGN=20TRADE=20BANK, review 16, R16-2): see decodeWebText. */
export const percentReading = decodeWebText;

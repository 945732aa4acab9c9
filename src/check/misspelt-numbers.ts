/**
 * A number or an ordinal written as an English word with one typing error ("PETREL EIGTH", "PETREL EIGHTT",
 * "TONG SAN TOW", "KUM UN SAN THERE"; held-back evaluation 19). A ship's name carries its number as a word as
 * often as in digits, and a clerk's typing error in the word lost the listed ship: the word read as no number,
 * the name as no listed one. The rule, not a list of misspellings: a word of four letters or more one typing
 * error (a letter dropped, doubled or struck for another, two neighbours swapped) from exactly one number word
 * to twenty, or ordinal, is read as that number. Only a listed name standing whole is ever found by it (the
 * readers of vessel names compare runs of words with listed names word for word), so a word such as NONE read
 * as nine finds nothing unless a listed ship is named so.
 */

import { CARDINALS_TO_TWENTY, ORDINALS_TO_TWENTY } from '../io/english-numbers.ts';
import { oneTypoApart } from '../io/typing-errors.ts';

/** Numbers and ordinals written as English words, to twenty (the numbers ship names carry), with their digits. */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([...CARDINALS_TO_TWENTY, ...ORDINALS_TO_TWENTY]);

/** Shortest word read as a misspelt number (a word of three letters is as often another word: TOW, TNE). */
const MIN_MISSPELT = 4;
const LETTERS = /^[A-Z]+$/;

const misspelt = new Map<string, string | null>();

/** The digits a word stands for: a number word as written, or one typing error from exactly one number. */
export function numberWordDigits(word: string): string | undefined {
  const w = word.toUpperCase();
  const exact = NUMBER_WORDS.get(w);
  if (exact !== undefined) return exact;
  if (w.length < MIN_MISSPELT || !LETTERS.test(w)) return undefined;
  let hit = misspelt.get(w);
  if (hit === undefined) {
    const numbers = new Set<string>();
    for (const [n, digits] of NUMBER_WORDS) if (n.length >= MIN_MISSPELT - 1 && oneTypoApart(w, n)) numbers.add(digits);
    hit = numbers.size === 1 ? [...numbers][0]! : null;
    if (misspelt.size > 10_000) misspelt.clear();
    misspelt.set(w, hit);
  }
  return hit ?? undefined;
}

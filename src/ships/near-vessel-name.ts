/**
 * How near a name is to a listed one when no reading makes them the same: a retyped or repainted name
 * swaps two letters (PETERL 8), doubles or drops one (KOTTI, KOTI), changes one (KORI), or spells the same
 * Korean sounds another way (YOO SON for YU SON: 유 is written YU, YOO, YOU). Each is a possible match,
 * `review`, never a clean one, and never `permitted` unseen.
 *
 * Edits are counted as the optimal-string-alignment (Damerau) distance: a swap of two neighbouring letters
 * is one edit, as a typist makes it. How many edits still make a near miss grows with the name: one for
 * listed names of 4 to 9 letters, two from 10; listed names under 4 letters only as spelt (one letter from
 * a three-letter name is most three-letter names), and a name asked about of under 3 letters never. A name
 * with a typing error in each of its words is compared word by word (`nearInEveryWord`).
 */

/** The number of edits (insert, delete, change, swap of neighbours) between two strings. */
export function damerau(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1).fill(0);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

/** The edits a name of this many characters may be from a listed one and still be a near miss. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 10 ? 1 : 2;
}

/**
 * A name's sounds, spellings of one Korean (or Chinese) syllable made one: OO and OU as U (YOO, YOU = YU),
 * EO as O and EU as U (South Korean spellings of the list's O and U), voiced and plain consonants alike
 * (G/K, D/T, B/P, J/CH: the DPRK and Seoul write them differently), L as R, a doubled letter as one.
 */
export function soundKey(folded: string): string {
  return folded
    .replace(/OO|OU/g, 'U').replace(/EO/g, 'O').replace(/EU/g, 'U')
    .replace(/CH/g, 'J').replace(/G/g, 'K').replace(/D/g, 'T').replace(/B/g, 'P').replace(/L/g, 'R')
    .replace(/([A-Z])\1+/g, '$1');
}

/** What made a near miss, for the reviewer: the listed spelling and how the name differs from it. */
export function nearMissWhy(asked: string, listed: string): string | undefined {
  // Edits are allowed by the listed name's length (KOI, a letter dropped from KOTI, is near it), never for
  // a name asked about of under 3 characters.
  if (asked.length < 3) return undefined;
  const n = listed.length;
  const d = damerau(asked, listed);
  if (d > 0 && d <= allowedEdits(n)) return d === 1 ? `one letter changed, added, dropped or two swapped (${asked} for ${listed})` : `${d} letters changed, added, dropped or swapped (${asked} for ${listed})`;
  const sa = soundKey(asked);
  const sl = soundKey(listed);
  if (sa === sl) return `the same sounds spelt another way (${asked} for ${listed})`;
  const ds = damerau(sa, sl);
  if (ds <= allowedEdits(n) && n >= 4) return `spelt another way and ${ds === 1 ? 'one letter' : `${ds} letters`} apart (${asked} for ${listed})`;
  return undefined;
}

const MARKS = /\p{M}/gu;
const NOT_WORD = /[^A-Z0-9]+/;
const LETTERS = /^[A-Z]+$/;
/** Fewest letters in a name for a typing error in each word to make a near miss (SAM JONG 2 has seven). */
const MIN_EVERY_WORD_LETTERS = 6;

/** A name's words as compared: upper case, marks taken off, split at anything not a letter or digit. */
const wordsOf = (name: string): string[] => name.normalize('NFKD').replace(MARKS, '').toUpperCase().split(NOT_WORD).filter((w) => w !== '');

/**
 * A typing error in each word of a listed name (security review 28: HOA FNA 6 for HAO FAN 6, CHNO MA SNA for
 * CHON MA SAN, SMA JOGN 2 for SAM JONG 2): the whole name is more edits from the listed one than its length
 * allows, but word by word each is at most one edit (a swap of neighbours included) from the listed word in the
 * same place, numbers the same, two words at least, six letters at least. A possible match, never a clean one.
 */
export function nearInEveryWord(asked: string, listed: string): string | undefined {
  const a = wordsOf(asked);
  const l = wordsOf(listed);
  if (a.length < 2 || a.length !== l.length) return undefined;
  let letters = 0;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = l[i]!;
    if (x === y) { letters += LETTERS.test(x) ? x.length : 0; continue; }
    if (!LETTERS.test(x) || !LETTERS.test(y) || y.length < 2 || damerau(x, y) > 1) return undefined;
    letters += y.length;
    changed++;
  }
  if (changed < 2 || letters < MIN_EVERY_WORD_LETTERS) return undefined;
  return `a typing error in ${changed === a.length ? 'every word' : `${changed} of its ${a.length} words`} (${a.join(' ')} for ${l.join(' ')})`;
}

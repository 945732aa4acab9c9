/**
 * korean-v3: a listed name with a slip of the hand in two of its words or more, word by word in place (security
 * review 28: YUM HO-JIM for YUN HO-JIN; review 30: KOTYO BAMK for KORYO BANK, BAMK OF EADT LAMD for BANK OF EAST
 * LAND, DVB FINSNCE LIMOTED, CH'PE SP'K MON for CH'OE SO'K MIN; evaluation 31: SNO OJNG UYOK for SON JONG HYOK;
 * re-test 32: KI YONNG CHHOL, KORO BAN, OK TEA UHN). The whole name is more edits from the listed one than a name's
 * typing errors allow, and the readings that correct a word need words beside it that read right, so each of
 * these was permitted. Word by word against the listed names of as many words: each word the same, or one slip
 * from the listed word (a letter dropped, added, two side by side swapped, or struck for one its key touches: a
 * letter struck for another far from it is another spelling, NEAL for NIEL, no slip), into any word, so long as one
 * differing word is no listed word where a slip other than a neighbouring key is among them (HO CHOL SON, real
 * syllables each, is as likely another's name as JO CHOL SONG mistyped); two words differing at least, six
 * letters at least. A possible match (the whole-name typing-error score), for a
 * person to look at; one word differing is one syllable or one word changed, which the name score weighs already.
 * The innocent names measured (random Korean names, the bench's innocents and world negatives, a reviewer's 871
 * innocents with and without slips) gained nothing by it.
 */
import type { ScreeningIndex } from './build-index.ts';
import { neighbouringKeys } from './normalize/typo-correction.ts';
import { oneTypoApart } from '../io/typing-errors.ts';
import { v3Canonical } from './entity-vocabulary.ts';
import { canonicalWord } from './weak-words.ts';

/** A listed name in lower-case words, with its id, and which of its words are letters only (a number must be the same). */
interface Listed { id: number; words: string[]; letters: boolean[] }
const tables = new WeakMap<ScreeningIndex, Map<number, Listed[]>>();
const EMPTY: readonly Listed[] = [];
/** Apostrophes inside a word are no break (CH'OE, SO’K): read out, as a clerk drops them. */
const APOSTROPHES = /['’‘`ʼ]/gu;
const NOT_WORD = /[^a-z0-9]+/;
const LETTERS = /^[a-z]+$/;
/** Fewest words differing for a likeness this reading reports. */
const MIN_DIFFERING = 2;
/** Fewest letters in the listed name (KIM KYU has six). */
const MIN_LETTERS = 6;
/** Most words of a name compared so (a longer name's typing errors leave most words whole). */
const MAX_WORDS = 8;

const wordsOf = (name: string): string[] => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(APOSTROPHES, '').split(NOT_WORD).filter((w) => w !== '');

/** The table's key: the word count and the first two words' lengths. A slip changes a word's length by one at
 *  most, so a query looks in nine keys, not at every listed name of as many words (measured on the bench's mix:
 *  174 µs a query looking at every one). */
const keyOf = (count: number, first: number, second: number): number => (count * 64 + Math.min(first, 63)) * 64 + Math.min(second, 63);

function tableFor(index: ScreeningIndex): Map<number, Listed[]> {
  let t = tables.get(index);
  if (t !== undefined) return t;
  t = new Map();
  const names = index.names;
  for (let id = 0; id < names.length; id++) {
    if (names.kindOf(id) === 'low' || names.exactOnly(id)) continue;
    const words = wordsOf(names.get(id).full);
    if (words.length < MIN_DIFFERING || words.length > MAX_WORDS || words.join('').length < MIN_LETTERS) continue;
    const key = keyOf(words.length, words[0]!.length, words[1]!.length);
    const list = t.get(key);
    const entry = { id, words, letters: words.map((w) => LETTERS.test(w)) };
    if (list === undefined) t.set(key, [entry]);
    else list.push(entry);
  }
  tables.set(index, t);
  return t;
}

/** Whether `a` is `b` with one letter struck for a neighbouring key (same length). */
function oneNeighbourKey(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at >= 0 && neighbouringKeys(a[at]!, b[at]!);
}

/** A letter dropped, added or two swapped (`oneTypoApart`); a letter struck for another only where the keys touch
 *  (NEAL for NIEL is another spelling, no slip of the hand). */
function oneSlip(a: string, b: string): boolean {
  if (!oneTypoApart(a, b)) return false;
  if (a.length !== b.length) return true;
  let at = 0;
  while (a[at] === b[at]) at++;
  return a[at + 1] === b[at] && a[at] === b[at + 1] ? a.slice(at + 2) === b.slice(at + 2) : neighbouringKeys(a[at]!, b[at]!);
}

/** The listed names the name is, word by word, a typing error in two words or more from. */
export function everyWordTypoCandidates(index: ScreeningIndex, name: string): { id: number; query: string; listed: string; edit: string }[] {
  const words = wordsOf(name);
  if (words.length < MIN_DIFFERING || words.length > MAX_WORDS) return [];
  const out: { id: number; query: string; listed: string; edit: string }[] = [];
  const table = tableFor(index);
  const a = words[0]!.length;
  const b = words[1]!.length;
  const letters = words.map((w) => LETTERS.test(w));
  // Whether each query word is a word some listed name has: slips other than a neighbouring key must leave one
  // word that is no listed word, or the name is as likely another's (HO CHOL SON is no slip of JO CHOL SONG).
  const unlisted = words.map((w, i) => letters[i] === true && !index.table.isListed(v3Canonical(canonicalWord(w))));
  // Each query word's relation to a listed word, kept while the query is compared: the listed names share their
  // words (KIM, YONG, CHOL), and comparing the letters was most of this reading's cost.
  const relations = words.map(() => new Map<string, number>());
  const relation = (i: number, l: Listed): number => {
    const w = l.words[i]!;
    let r = relations[i]!.get(w);
    if (r === undefined) {
      const q = words[i]!;
      r = q === w ? SAME : oneNeighbourKey(q, w) ? KEY : letters[i] === true && l.letters[i] === true && oneSlip(q, w) ? SLIP : APART;
      relations[i]!.set(w, r);
    }
    return r;
  };
  for (let da = -1; da <= 1; da++) for (let db = -1; db <= 1; db++) compareWith(table.get(keyOf(words.length, a + da, b + db)) ?? EMPTY, words, unlisted, relation, out);
  return out;
}

const SAME = 0;
const KEY = 1;
const SLIP = 2;
const APART = 3;

function compareWith(listed: readonly Listed[], words: readonly string[], unlisted: readonly boolean[], relation: (i: number, l: Listed) => number, out: { id: number; query: string; listed: string; edit: string }[]): void {
  for (const l of listed) {
    let differing = 0;
    let keys = true;
    let noWord = false;
    for (let i = 0; i < words.length; i++) {
      const r = relation(i, l);
      if (r === SAME) continue;
      if (r === APART) { differing = -1; break; }
      differing++;
      if (r === SLIP) keys = false;
      if (unlisted[i] === true) noWord = true;
    }
    if (differing >= MIN_DIFFERING && (keys || noWord)) out.push({ id: l.id, query: words.join(' '), listed: l.words.join(' '), edit: keys ? `in each of ${differing} words, a neighbouring key struck` : `a typing error in each of ${differing} words` });
  }
}

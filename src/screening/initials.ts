/**
 * korean-v3: a person's name written with initials for some of its words, as forms and lists shorten it:
 * "Pak Y.S.", "Kim S. C.", "K. S. Chol", "Y.S. Pak" (hostile review, H17). The letters alone match no listed
 * name, so the name is read against each listed person's name of as many words, in the listed order or with
 * the family name moved last: every initial the first letter of the listed word at its place, every word
 * written out the listed word itself, at least one of each. Each such reading (the initials written out as the
 * listed words: "Pak Yong Sik") is screened as a part of its own, held at possible: initials agree with many
 * names, so a person decides (`mergePartMatches`).
 */
import type { ScreeningIndex } from './build-index.ts';
import type { NamePart } from './name-parts.ts';
import { segmentSyllables } from './normalize/syllables.ts';

/** The words of a name, lower case, split at spaces, dots and hyphens ("Y.S." is two initials). */
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[\s.\-\u2010-\u2015]+/u).filter((w) => w !== '');

const LATIN_WORD = /^[a-z]+$/;

/** The listed persons' names, as words, by their number of words (built once per index). */
const personNames = new WeakMap<ScreeningIndex, Map<number, string[][]>>();

function namesBySize(index: ScreeningIndex): Map<number, string[][]> {
  let by = personNames.get(index);
  if (by !== undefined) return by;
  by = new Map();
  const seen = new Set<string>();
  for (let id = 0; id < index.names.length; id++) {
    if (index.names.kindOf(id) === 'low') continue;
    const r = index.records[index.names.recordOf(id)];
    if (r === undefined || r.kind !== 'person') continue;
    const words = wordsOf(index.names.get(id).full);
    if (words.length < 2 || words.length > 5 || !words.every((w) => LATIN_WORD.test(w))) continue;
    const key = words.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const list = by.get(words.length);
    if (list === undefined) by.set(words.length, [words]);
    else list.push(words);
  }
  personNames.set(index, by);
  return by;
}

/** A cheap test for initials run together: a word of two or three letters ("Pak YS", "RI MG"). */
const RUN_TOGETHER = /(?:^|[\s.])\p{L}{2,3}(?:[\s.]|$)/u;

/** A word of two or three letters that reads as no Korean syllables (YS, MG, YC; not IL, OK, YO) is initials
 *  run together, spread into one letter each (security review 16, R16-5: "PAK YS" for PAK YONG SIK). */
function spreadInitials(w: string): string[] {
  return w.length >= 2 && w.length <= 3 && LATIN_WORD.test(w) && segmentSyllables(w).length === 0 ? [...w] : [w];
}

/** Whether the query's words agree with the listed words, place by place (an initial its word's first letter). */
function agrees(query: readonly string[], listed: readonly string[]): boolean {
  for (let i = 0; i < query.length; i++) {
    const q = query[i]!;
    const l = listed[i]!;
    if (q.length === 1 ? l[0] !== q : l !== q) return false;
  }
  return true;
}

/** `agrees` with the listed name's first word moved last, without making that order. */
function agreesFamilyLast(query: readonly string[], listed: readonly string[]): boolean {
  const n = listed.length;
  for (let i = 0; i < query.length; i++) {
    const q = query[i]!;
    const l = listed[(i + 1) % n]!;
    if (q.length === 1 ? l[0] !== q : l !== q) return false;
  }
  return true;
}

/** The readings of a name written with initials, one per listed person's name it agrees with (none when the
 *  name has no initial, or no word written out). */
export function initialsParts(index: ScreeningIndex, name: string): NamePart[] {
  if (!/(?:^|[\s.])\p{L}(?:[\s.]|$)/u.test(name) && !RUN_TOGETHER.test(name)) return [];
  const words = wordsOf(name).flatMap(spreadInitials);
  if (words.length < 2 || words.length > 5 || !words.every((w) => LATIN_WORD.test(w))) return [];
  if (!words.some((w) => w.length === 1) || !words.some((w) => w.length > 1)) return [];
  const out: NamePart[] = [];
  const seen = new Set<string>();
  for (const listed of namesBySize(index).get(words.length) ?? []) {
    // The listed order, or the family name (the listed first word) written last: "Y.S. Pak" (that order made
    // only for a listed name it agrees with: most agree in neither).
    const inOrder = agrees(words, listed);
    if (!inOrder && !agreesFamilyLast(words, listed)) continue;
    for (const order of [listed, [...listed.slice(1), listed[0]!]]) {
      if (!(order === listed ? inOrder : agrees(words, order))) continue;
      const text = order.join(' ');
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, oneWord: false, inferred: `"${name.trim()}" read with its initials as the listed name's words ("${text}")` });
    }
  }
  return out;
}

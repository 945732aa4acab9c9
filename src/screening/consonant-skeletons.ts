/**
 * korean-v3: a listed organisation's distinctive word written without its vowels (security review 16, R16-9):
 * "KOREA RYNBNG GENERAL CORPORATION", "KR RYNBNG GNRL CORP", "TNCHN COMMERCIAL BANK". Read as written RYNBNG is
 * no word of the list, and the name's other words are anyone's, so nothing tied it to KOREA RYONBONG GENERAL
 * CORPORATION. A word of four letters or more with no vowel (a, e, i, o, u; a y may stand or be dropped too) whose
 * consonants, in order, are those of a distinctive word of a listed DPRK entity's name (RYONBONG → RYNBNG, or RNBNG)
 * is read as that word.
 * Such consonants agree with more than one word now and then, and a name written so is a guess, so the reading
 * is held at possible by `screenWhole` (`isSkeletonForm`): a person decides.
 *
 * The short forms organisations write without vowels (MGMT, INTL, TRDG, SVCS, BLDG, HLDGS, PLC) keep their
 * meaning: a word the entity vocabulary reads, a listed word, or a weak word is never read here.
 */
import type { ScreeningIndex } from './build-index.ts';
import { isDistinctiveWord } from './distinctive-word.ts';
import { isOrganisationWord, v3Canonical } from './entity-vocabulary.ts';
import type { NameForm } from './name-form.ts';
import { foldWords } from './normalize/fold.ts';
import { canonicalWord, isWeakWord } from './weak-words.ts';

/** The shortest word read through its consonants (a three-letter one, PLC, KMD, is an abbreviation). */
export const MIN_SKELETON_WORD = 4;
/** At most this many readings per name (a skeleton shared by more listed words is read as the first few). */
const MAX_READINGS = 3;

const VOWELS = /[aeiou]/gu;
const VOWELS_AND_Y = /[aeiouy]/gu;
const LETTERS = /^[a-z]+$/u;
const HAS_VOWEL = /[aeiou]/u;

/** A word's consonants in order, the y kept (`withY`) or dropped. */
export function skeleton(word: string, withY: boolean): string {
  return word.replace(withY ? VOWELS : VOWELS_AND_Y, '');
}

interface Skeletons {
  withY: Map<string, string[]>;
  withoutY: Map<string, string[]>;
}

const byIndex = new WeakMap<ScreeningIndex, Skeletons>();

/** The listed DPRK entities' distinctive words by their consonants (built once per index). */
function skeletonsOf(index: ScreeningIndex): Skeletons {
  let s = byIndex.get(index);
  if (s !== undefined) return s;
  s = { withY: new Map(), withoutY: new Map() };
  const add = (map: Map<string, string[]>, key: string, word: string): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (let id = 0; id < index.names.length; id++) {
    const r = index.records[index.names.recordOf(id)];
    // The DPRK's entities only: other regimes' names hold English words (WESTERN, NETWORK, PRECISION) whose
    // consonants are what innocent companies abbreviate to (WSTRN, NTWRK, PRCSN).
    if (r === undefined || r.kind !== 'entity' || r.regime !== 'DPRK') continue;
    for (const raw of foldWords(index.names.get(id).full)) {
      for (const part of raw.split('-')) {
        const w = v3Canonical(canonicalWord(part));
        if (w.length < MIN_SKELETON_WORD + 1 || !LETTERS.test(w) || !HAS_VOWEL.test(w) || !isDistinctiveWord(w)) continue;
        const withY = skeleton(w, true);
        if (withY.length >= MIN_SKELETON_WORD) add(s.withY, withY, w);
        const withoutY = skeleton(w, false);
        if (withoutY.length >= MIN_SKELETON_WORD) add(s.withoutY, withoutY, w);
      }
    }
  }
  byIndex.set(index, s);
  return s;
}

/** The readings of a name's folded words with each vowel-less word read as the listed words of its consonants
 *  (none when it has no such word). `isListed`: a word of the list, read as itself. */
export function consonantSkeletonReadings(index: ScreeningIndex, words: readonly string[], isListed: (w: string) => boolean): string[][] {
  const choices: string[][] = [];
  let any = false;
  for (const w of words) {
    const c = v3Canonical(canonicalWord(w));
    if (w.length < MIN_SKELETON_WORD || !LETTERS.test(w) || HAS_VOWEL.test(w) || c !== w || isListed(c) || isWeakWord(c) || isOrganisationWord(c)) {
      choices.push([w]);
      continue;
    }
    const maps = skeletonsOf(index);
    const found = [...(maps.withY.get(w) ?? []), ...(maps.withoutY.get(skeleton(w, false)) ?? [])];
    const distinct = [...new Set(found)];
    if (distinct.length === 0) {
      choices.push([w]);
      continue;
    }
    any = true;
    choices.push(distinct);
  }
  if (!any) return [];
  const n = Math.min(MAX_READINGS, Math.max(...choices.map((c) => c.length)));
  const out: string[][] = [];
  for (let i = 0; i < n; i++) out.push(choices.map((c) => c[Math.min(i, c.length - 1)]!));
  return out;
}

/** The prepared names read through a word's consonants: `screenWhole` holds their comparisons at possible. */
const skeletonForms = new WeakSet<NameForm>();

/** Marks a prepared name as read through consonants, and returns it. */
export function markSkeletonForm(form: NameForm): NameForm {
  skeletonForms.add(form);
  return form;
}

/** Whether a prepared name was read through a word's consonants. */
export function isSkeletonForm(form: NameForm): boolean {
  return skeletonForms.has(form);
}

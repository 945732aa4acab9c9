/**
 * korean-v3 queries: an organisation's Korean word in the Revised Romanization, written as one word
 * (Dancheon, Gwangseong, Geumryong, Cheongcheongang for TANCHON, KWANGSONG, KUMRYONG, CHONGCHONGANG). Split
 * into syllables (Dan Cheon) each syllable is read in every romanization and the listed word is met; written
 * whole, the word differs from the listed one in two places and is lost. This reading splits a word that is no
 * listed word into its syllables (the segmentation with the fewest); screened beside the name as written.
 */
import { segmentSyllables } from './normalize/syllables.ts';

/** Written in the RR's own letters: eo, eu, or a voiced initial (d, g, b, j) the MR writes as t, k, p, ch. */
const RR_MARK = /eo|eu|^[dgbj]/;

/** The words with each RR-written Korean word split into syllables, or undefined when none is. */
export function rrSyllableReading(words: readonly string[], isKnown: (w: string) => boolean): string[] | undefined {
  let changed = false;
  const out = words.flatMap((w) => {
    if (w.length < 5 || !/^[a-z]+$/.test(w) || !RR_MARK.test(w) || isKnown(w)) return [w];
    const ways = segmentSyllables(w);
    if (ways.length === 0) return [w];
    const fewest = ways.reduce((a, b) => (b.length < a.length ? b : a));
    if (fewest.length < 2) return [w];
    changed = true;
    return fewest;
  });
  return changed ? out : undefined;
}

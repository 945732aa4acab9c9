/**
 * korean-v3 queries: an organisation's Korean word in the Revised Romanization, written as one word
 * (Dancheon, Gwangseong, Geumryong, Cheongcheongang for TANCHON, KWANGSONG, KUMRYONG, CHONGCHONGANG). Split
 * into syllables (Dan Cheon) each syllable is read in every romanization and the listed word is met; written
 * whole, the word differs from the listed one in two places and is lost. This reading splits a word that is no
 * listed word into its syllables (the segmentation with the fewest); screened beside the name as written.
 */
import { segmentSyllables } from './normalize/syllables.ts';

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const ASCII_LETTERS = /^[a-z]+$/;
const HANGUL_FOUR = /[\uac00-\ud7a3]{4}/u;

/** Written in the RR's own letters: eo, eu, or a voiced initial (d, g, b, j) the MR writes as t, k, p, ch. */
const RR_MARK = /eo|eu|^[dgbj]/;

/** The words with each RR-written Korean word split into syllables, or undefined when none is. */
export function rrSyllableReading(words: readonly string[], isKnown: (w: string) => boolean): string[] | undefined {
  let changed = false;
  const out = words.flatMap((w) => {
    if (w.length < 5 || !ASCII_LETTERS.test(w) || !RR_MARK.test(w) || isKnown(w)) return [w];
    const ways = segmentSyllables(w);
    if (ways.length === 0) return [w];
    const fewest = ways.reduce((a, b) => (b.length < a.length ? b : a));
    if (fewest.length < 2) return [w];
    changed = true;
    return fewest;
  });
  return changed ? out : undefined;
}

/** Four Hangul syllables or more in a row: a name written as Korean writes it, without spaces. */
const HANGUL_RUN = /[\uac00-\ud7a3]{4,}/gu;
/** Words that end an organisation's name in Hangul: (general) company, bank, corporation, trading. */
const HANGUL_SUFFIXES: readonly string[] = ['총회사', '회사', '은행', '공사', '상사', '무역'];

/**
 * korean-v3 queries: an organisation's name in Hangul written without spaces (조선대성은행, 조선자원개발투자회사):
 * read as two-syllable words (조선 대성 은행), the form most of its words have, where a whole run matches
 * nothing listed. Undefined when the name has no such run. A person's name (three syllables) is never one.
 */
export function hangulWordsReading(text: string): string | undefined {
  if (!HANGUL_FOUR.test(text)) return undefined;
  return text.replace(HANGUL_RUN, (run) => {
    // A legal form or line of business at the end is a word of its own (금해룡 회사); a name of three before it
    // stays whole.
    const suffix = HANGUL_SUFFIXES.find((x) => run.endsWith(x) && run.length - x.length >= 2);
    const syllables = [...(suffix === undefined ? run : run.slice(0, run.length - suffix.length))];
    const words: string[] = [];
    for (let i = 0; i < syllables.length;) {
      const size = syllables.length - i <= 3 ? syllables.length - i : 2;
      words.push(syllables.slice(i, i + size).join(''));
      i += size;
    }
    if (suffix !== undefined) words.push(suffix);
    return words.join(' ');
  });
}

/**
 * Cyrillic and Greek letters drawn like Latin ones ("CHОL" with a Cyrillic О, "DPRК" with a Cyrillic К), shared
 * by every reader that compares Latin words: the screener's name folding and the check's reader of the DPRK's
 * names in free text. A word made only of Latin letters and these is read as the Latin word it shows; a real
 * Cyrillic or Greek word is left alone. Lower case: callers fold case first.
 */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  α: 'a', β: 'b', ε: 'e', ζ: 'z', η: 'h', ι: 'i', κ: 'k', μ: 'm', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const NON_LATIN_LETTER = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]/u;

/** One lower-case word as the Latin word it shows, where it is Latin letters and look-alikes only; else as it is. */
export function unmaskLookAlikes(word: string): string {
  if (!NON_LATIN_LETTER.test(word)) return word;
  let out = '';
  for (const ch of word) {
    const latin = LOOK_ALIKE[ch];
    if (latin !== undefined) out += latin;
    else if (NON_LATIN_LETTER.test(ch)) return word; // a real Cyrillic or Greek word
    else out += ch;
  }
  return out;
}

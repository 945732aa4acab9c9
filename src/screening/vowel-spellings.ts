/**
 * korean-v3 queries: a word of an organisation's name with its vowel spelled another common way (hostile
 * review U-2, U-5): oo or ou for u (Mansoodae, Koomryong, Insoorance, Moonitions), eo for o (Eoil), u for o
 * (Secund, Kuti, Uil) or o for u. Korean syllables are read in every romanization already, but a listed
 * name with English words in it is found and compared by its spelling, so one changed vowel in its one
 * distinctive word lost it, and the generic words left (Korea, Trading) gave nothing. This reading puts the
 * listed word where a word that is no listed word becomes one by one such change (at one place, or at every
 * place); screened beside the name as written.
 */

/** Spellings of one vowel and the spelling the list may use instead. */
const SWAPS: readonly (readonly [string, string])[] = [
  ['oo', 'u'], ['ou', 'u'], ['ou', 'o'], ['eo', 'o'], ['eo', 'u'], ['u', 'o'], ['o', 'u'], ['u', 'oo'], ['eu', 'u'],
];

/** The words each read as the listed word one vowel spelling away, or undefined when none is. */
export function vowelSpellingReading(words: readonly string[], isListed: (w: string) => boolean, isKnown: (w: string) => boolean): string[] | undefined {
  let changed = false;
  const out = words.map((w) => {
    if (w.length < 3 || !/^[a-z]+$/.test(w) || isKnown(w)) return w;
    const fix = listedSpelling(w, isListed);
    if (fix === undefined) return w;
    changed = true;
    return fix;
  });
  return changed ? out : undefined;
}

function listedSpelling(w: string, isListed: (w: string) => boolean): string | undefined {
  for (const [from, to] of SWAPS) {
    const all = w.split(from).join(to);
    if (all !== w && isListed(all)) return all;
    for (let i = w.indexOf(from); i >= 0; i = w.indexOf(from, i + 1)) {
      const one = w.slice(0, i) + to + w.slice(i + from.length);
      if (isListed(one)) return one;
    }
  }
  return undefined;
}

/**
 * korean-v3: the letters Arabic and Persian names are written with in Latin script in more than one way: qaf as q,
 * gh, g or k (NAQDI / NAGHDI, ZOLQADR / ZOLGHADR, QADHAFI / GADDAFI / KADHAFI), dhal as dh, d or z, and a doubled
 * letter for a stressed one (GADDAFI). The consonant key joins none of these (q and gh key apart), so a listed person
 * written the other way was no match and `check` permitted it (security review 26). A word that is no listed word
 * is read in the other spellings, one letter group at a time, and kept where that makes a listed word.
 */

/** Each spelling of one letter, tried for the others (longest first, so "gh" is read before "g"). */
const GROUPS: readonly (readonly string[])[] = [
  ['gh', 'q', 'g', 'k'],
  ['dh', 'd', 'z', 'th'],
];

/** A word's other spellings: each occurrence of one group's spelling changed to another, alone and all at once. */
function respellings(word: string): string[] {
  const out = new Set<string>();
  for (const group of GROUPS) {
    for (const from of group) {
      if (!word.includes(from)) continue;
      for (const to of group) {
        if (to === from) continue;
        out.add(word.split(from).join(to));
        // One occurrence at a time too (ZOLGHADR: only the second g group is a qaf).
        for (let i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) out.add(word.slice(0, i) + to + word.slice(i + from.length));
      }
    }
  }
  // A doubled d, t, s or z before a vowel written once, or for its digraph (GADDAFI / QADHAFI: dd for dh; HOSSEINI /
  // HOSEINI); not a doubled letter at a word's end, which is a typing error (CHONGG) the Korean readings correct.
  out.add(word.replace(/([dtsz])\1(?=[aeiouy])/g, '$1'));
  out.add(word.replace(/([dtsz])\1(?=[aeiouy])/g, '$1h'));
  out.delete(word);
  return [...out];
}

/**
 * The name read with each unlisted word respelt where a respelling (or a respelling of it) is a listed word, or
 * undefined when no word changes. `isListed` says whether the index holds a word; a word that reads as Korean
 * syllables is never respelt.
 */
export function arabicPersianReading(words: readonly string[], isListed: (w: string) => boolean, readsKorean: (w: string) => boolean): string[] | undefined {
  if (words.length < 2 || words.length > 6) return undefined;
  let changed = false;
  const out = words.map((w) => {
    // A word that reads as Korean syllables is left to the Korean readings (CHONGG is a typing error of CHONG).
    if (w.length < 4 || isListed(w) || !/^[a-z]+$/.test(w) || readsKorean(w)) return w;
    const hit = listedRespelling(w, isListed);
    if (hit === undefined) return w;
    changed = true;
    return hit;
  });
  return changed ? out : undefined;
}

/** A listed word one or two respellings from `word` (the second tried only when no first is listed; stops at the first). */
function listedRespelling(word: string, isListed: (w: string) => boolean): string | undefined {
  const first = respellings(word);
  const hit = first.find(isListed);
  if (hit !== undefined) return hit;
  for (const f of first) {
    const second = respellings(f).find(isListed);
    if (second !== undefined) return second;
  }
  return undefined;
}

/**
 * Letters drawn like Latin ones (a Cyrillic О in "CHОL", a Cyrillic К in "DPRК", a small capital ᴀ in "Pᴀᴋ", a Lisu ꓗ,
 * an Armenian օ), shared by every reader that compares Latin words: the screener's name folding, the check's
 * reader of the DPRK's names in free text and the vessels list's names. A word made only of Latin letters and
 * these is read as the Latin word it shows; a real Cyrillic, Greek or Armenian word is left alone. Lower case:
 * callers fold case first.
 */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  α: 'a', β: 'b', ε: 'e', ζ: 'z', η: 'h', ι: 'i', κ: 'k', μ: 'm', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  // Small capitals (phonetic extensions): no case of their own, so lower case leaves them.
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  // Latin letters of the phonetic alphabet drawn like plain ones.
  ɑ: 'a', ɡ: 'g', ɩ: 'i', ȷ: 'j', ɒ: 'a',
  // Armenian.
  օ: 'o', ս: 'u', հ: 'h', ո: 'n', ց: 'g', զ: 'q',
  // Lisu capitals (the script has no case).
  ꓮ: 'a', ꓐ: 'b', ꓚ: 'c', ꓓ: 'd', ꓰ: 'e', ꓝ: 'f', ꓖ: 'g', ꓧ: 'h', ꓲ: 'i', ꓙ: 'j', ꓗ: 'k', ꓡ: 'l', ꓟ: 'm', ꓠ: 'n', ꓳ: 'o', ꓑ: 'p', ꓣ: 'r', ꓢ: 's', ꓔ: 't', ꓴ: 'u', ꓦ: 'v', ꓪ: 'w', ꓫ: 'x', ꓬ: 'y', ꓜ: 'z',
};
const NON_LATIN_LETTER = /[\u0250-\u02af\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0530-\u058f\u1d00-\u1d7f\ua4d0-\ua4ff\ua720-\ua7ff\u01eb\u0237]/u;

/**
 * The Hangul fillers (choseong, jungseong, compatibility, half-width) count as letters yet show as blank; the
 * spacing modifier letters (ˑ ˍ ˈ …) and the Arabic tatweel count as letters yet show as marks between letters:
 * put between the words of a name, each would join them into one no listed name has. Read as a space. (The
 * modifier apostrophes ʻ ʼ ʹ are the callers' apostrophes, taken before this.)
 */
export const BLANK_LETTERS = /[\u115f\u1160\u3164\uffa0\u02b0-\u02ff\u0640]/gu;

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

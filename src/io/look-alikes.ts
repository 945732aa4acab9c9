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
  // Latin kra, and Cyrillic letters beyond the basic look-alikes.
  ĸ: 'k', ү: 'y', ꙅ: 's', һ: 'h', ԍ: 'g', ӏ: 'l',
  // Coptic.
  ⲁ: 'a', ⲃ: 'b', ⲉ: 'e', ⲓ: 'i', ⲕ: 'k', ⲙ: 'm', ⲛ: 'n', ⲟ: 'o', ⲣ: 'p', ⲥ: 'c', ⲧ: 't', ⲩ: 'y', ⲭ: 'x',
  // Cherokee capitals (folded to lower case by callers: their small forms map the same).
  Ꭺ: 'a', Ᏼ: 'b', Ꮯ: 'c', Ꭰ: 'd', Ꭼ: 'e', Ꮐ: 'g', Ꮋ: 'h', Ꭵ: 'i', Ꭻ: 'j', Ꮶ: 'k', Ꮮ: 'l', Ꮇ: 'm', Ꮑ: 'n', Ꮎ: 'o', Ꮲ: 'p', Ꮢ: 'r', Ꮪ: 's', Ꭲ: 't', Ꮩ: 'v', Ꮃ: 'w', Ꮍ: 'y', Ꮓ: 'z',
  ꭺ: 'a', ᏼ: 'b', ꮯ: 'c', ꭰ: 'd', ꭼ: 'e', ꮐ: 'g', ꮋ: 'h', ꭵ: 'i', ꭻ: 'j', ꮶ: 'k', ꮮ: 'l', ꮇ: 'm', ꮑ: 'n', ꮎ: 'o', ꮲ: 'p', ꮢ: 'r', ꮪ: 's', ꭲ: 't', ꮩ: 'v', ꮃ: 'w', ꮍ: 'y', ꮓ: 'z',
  // Canadian syllabics and runes drawn like Latin capitals.
  ᗩ: 'a', ᗷ: 'b', ᑕ: 'c', ᗪ: 'd', ᕮ: 'e', ᖴ: 'f', ᘜ: 'g', ᕼ: 'h', ᒍ: 'j', ᒪ: 'l', ᗰ: 'm', ᑎ: 'n', ᗝ: 'o', ᑭ: 'p', ᖇ: 'r', ᔕ: 's', ᑌ: 'u', ᐯ: 'v', ᗯ: 'w', '᙭': 'x',
  ᛕ: 'k', ᛁ: 'i', ᛒ: 'b', ᛖ: 'm', ᚱ: 'r', ᛏ: 't', ᚺ: 'h',
  // Lisu capitals (the script has no case).
  ꓮ: 'a', ꓐ: 'b', ꓚ: 'c', ꓓ: 'd', ꓰ: 'e', ꓝ: 'f', ꓖ: 'g', ꓧ: 'h', ꓲ: 'i', ꓙ: 'j', ꓗ: 'k', ꓡ: 'l', ꓟ: 'm', ꓠ: 'n', ꓳ: 'o', ꓑ: 'p', ꓣ: 'r', ꓢ: 's', ꓔ: 't', ꓴ: 'u', ꓦ: 'v', ꓪ: 'w', ꓫ: 'x', ꓬ: 'y', ꓜ: 'z',
};
const NON_LATIN_LETTER = /[\u0138\u0250-\u02af\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0530-\u058f\u13a0-\u13ff\u1400-\u167f\u16a0-\u16ff\u1d00-\u1d7f\u2c80-\u2cff\ua640-\ua69f\ua4d0-\ua4ff\ua720-\ua7ff\uab70-\uabbf\u01eb\u0237]/u;

/**
 * The Hangul fillers (choseong, jungseong, compatibility, half-width) count as letters yet show as blank; the
 * spacing modifier letters (ˑ ˍ ˈ …), the Arabic and N'Ko stretching letters, the katakana long-vowel mark and
 * a few other modifier letters (U+0559, U+1843, U+A788) count as letters yet show as marks between letters:
 * put between the words of a name, each would join them into one no listed name has. Read as a space. (The
 * modifier apostrophes ʻ ʼ ʹ are the callers' apostrophes, taken before this.)
 */
export const BLANK_LETTERS = /[\u115f\u1160\u3164\uffa0\u02b0-\u02b8\u02bd-\u02ff\u0640\u07fa\u0559\u1843\u30fc\uff70\ua788]/gu;

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

/** Text as it shows: invisible format characters (every \p{Cf}) removed, the letters that show as blank or as
 *  marks between letters read as spaces. Callers take their apostrophes first (the modifier apostrophes are not
 *  among BLANK_LETTERS). */
export function showLetters(text: string): string {
  return text.replace(/\p{Cf}/gu, '').replace(BLANK_LETTERS, ' ');
}

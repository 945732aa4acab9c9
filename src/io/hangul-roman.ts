/**
 * Hangul written in Latin letters, one syllable a word, the way the DPRK and the 1718 list romanize names
 * (McCune-Reischauer without its breves: 천마산 -> CHON MA SAN, 동산 -> TONG SAN, 유선 -> YU SON, 정 -> JONG).
 * One spelling per syllable: where spellings differ (J or CH, K or G), the reader comparing names allows
 * for it. Shared plumbing, so an area that only needs a name's letters (vessel names) need not import the
 * screening area's reading classes.
 */

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/u;

const FIRST = 0xac00;
const LAST = 0xd7a3;

// ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
const INITIALS = ['K', 'KK', 'N', 'T', 'TT', 'R', 'M', 'P', 'PP', 'S', 'SS', '', 'J', 'JJ', 'CH', 'KH', 'TH', 'PH', 'H'];
// ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ (ㅓ and ㅗ both O, ㅜ and ㅡ both U, as the list writes them)
const MEDIALS = ['A', 'AE', 'YA', 'YAE', 'O', 'E', 'YO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WO', 'WE', 'WI', 'YU', 'U', 'UI', 'I'];
// Finals as said: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
const FINALS = ['', 'K', 'K', 'K', 'N', 'N', 'N', 'T', 'L', 'K', 'M', 'L', 'L', 'L', 'P', 'L', 'M', 'P', 'P', 'T', 'T', 'NG', 'T', 'T', 'K', 'T', 'P', 'T'];

/** One Hangul syllable in Latin letters; undefined for any other character. */
export function romanizeSyllable(ch: string): string | undefined {
  const c = ch.codePointAt(0) ?? 0;
  if (c < FIRST || c > LAST) return undefined;
  const o = c - FIRST;
  return INITIALS[Math.floor(o / 588)]! + MEDIALS[Math.floor((o % 588) / 28)]! + FINALS[o % 28]!;
}

/** The text with each Hangul syllable written in Latin letters as a word of its own ("동산 2호" -> " TONG  SAN  2 HO "). */
export function romanizeHangul(text: string): string {
  if (!HANGUL_SYLLABLE.test(text)) return text;
  return [...text].map((ch) => { const r = romanizeSyllable(ch); return r === undefined ? ch : ` ${r} `; }).join('');
}

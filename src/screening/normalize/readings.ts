/**
 * Korean syllable readings. A romanized or Hangul syllable is reduced to a set of reading keys, each a
 * (initial class, vowel class, final class) triple. Classes merge what the romanizations in use cannot tell
 * apart once apostrophes and breves are gone (McCune–Reischauer without diacritics writes ㄱ and ㅋ both as K,
 * ㅓ and ㅗ both as O), so two syllables "agree" exactly when their key sets overlap.
 */

/** Initial consonant classes. Z is the silent initial ㅇ. */
export const INITIAL = { Z: 0, K: 1, N: 2, T: 3, R: 4, M: 5, P: 6, S: 7, C: 8, H: 9 } as const;
/** Vowel classes. ㅐ (AE) and ㅔ (E) stay apart: every romanization in use writes them apart (Jae/Je, Sae/Se).
 *  YE merges ㅒ/ㅖ (rare, and spellings confuse them); WE merges ㅙ/ㅚ/ㅞ (Choe/Choi/Chwe). */
export const VOWEL = {
  A: 0, EO: 1, O: 2, U: 3, EU: 4, I: 5, E: 6, YA: 7, YEO: 8, YO: 9, YU: 10, YE: 11, WA: 12, WE: 13, WO: 14, WI: 15, UI: 16,
  AE: 17,
} as const;
/** Final consonant classes, by how the batchim is pronounced and therefore romanized. */
export const FINAL = { NONE: 0, K: 1, N: 2, T: 3, L: 4, M: 5, P: 6, NG: 7 } as const;

const { Z, K, N, T, R, M, P, S, C, H } = INITIAL;
const V = VOWEL;
const F = FINAL;

/** Vowels before which the South drops an initial ㄹ/ㄴ (리→이, 류→유, 녀→여). */
const I_LIKE: ReadonlySet<number> = new Set([V.I, V.YA, V.YEO, V.YO, V.YU, V.YE]);

export function readingKey(initial: number, vowel: number, final: number): number {
  return initial * 1000 + vowel * 10 + final;
}

/**
 * All keys a syllable may stand for, adding the initial sound rule: the North keeps ㄹ/ㄴ where the South
 * writes ㅇ before i/y (Ri = Yi = I, Ryu = Yu, Rim = Im) and ㄴ before other vowels (Ro = No). Applied to every
 * syllable, not only word-initial ones: the South applies it at the start of a given name too, and which
 * syllable starts the given name is unknown once a user has reordered or spaced the name.
 */
export function withInitialRule(initial: number, vowel: number, final: number, out: Set<number>): void {
  out.add(readingKey(initial, vowel, final));
  if (initial === R) out.add(readingKey(I_LIKE.has(vowel) ? Z : N, vowel, final));
  if (initial === N && I_LIKE.has(vowel)) out.add(readingKey(Z, vowel, final));
}

/** Romanized initials (DPRK/McCune–Reischauer without apostrophes, Revised Romanization, English habits).
 *  Doubled (tense) initials kk/ss/pp/tt/jj are left out: they are rare in personal names, and allowing them
 *  would read Western names such as Hassan as Korean. Hangul input still reads ㅆ, ㄲ … natively. */
export const ROMAN_INITIALS: ReadonlyMap<string, readonly number[]> = new Map<string, number[]>([
  ['', [Z]], ['g', [K]], ['k', [K]], ['kh', [K]],
  ['n', [N]], ['d', [T]], ['t', [T]], ['th', [T]],
  ['r', [R]], ['l', [R]], ['rh', [R]], ['m', [M]],
  ['b', [P]], ['p', [P]], ['ph', [P]],
  ['s', [S]], ['sh', [S]],
  ['j', [C]], ['ch', [C]], ['tch', [C]],
  ['h', [H]],
]);

/** Romanized vowels. MR without breves writes ㅓ as o and ㅡ as u; English habit writes ㅓ as u (Sung, Jung)
 *  and ㅕ as you/yu (Young, Hyun), but only in a closed syllable: an open Ku, Su, Yu is 구, 수, 유, never 거,
 *  서, 여 (see CLOSED_ONLY). Hee is 희 as often as 히. */
export const ROMAN_VOWELS: ReadonlyMap<string, readonly number[]> = new Map<string, number[]>([
  ['a', [V.A]], ['ar', [V.A]],
  ['eo', [V.EO]], ['o', [V.O, V.EO]], ['oh', [V.O]], ['uh', [V.EO]],
  ['u', [V.U, V.EU, V.EO]], ['oo', [V.U]], ['ou', [V.U, V.EO]], ['woo', [V.U]], ['wu', [V.U]],
  ['eu', [V.EU]],
  ['i', [V.I, V.UI]], ['ee', [V.I, V.UI]], ['yi', [V.I, V.UI]],
  ['ae', [V.AE]], ['ai', [V.AE]], ['e', [V.E]],
  ['ya', [V.YA]], ['yo', [V.YO, V.YEO]], ['yeo', [V.YEO]], ['you', [V.YEO, V.YU]], ['yu', [V.YU, V.YEO]],
  ['yoo', [V.YU]], ['yeu', [V.YEO]],
  ['ye', [V.YE]], ['yae', [V.YE]],
  ['wa', [V.WA]], ['wae', [V.WE]], ['oe', [V.WE]], ['oi', [V.WE]], ['oy', [V.WE]], ['we', [V.WE]], ['wo', [V.WO]], ['weo', [V.WO]],
  ['wi', [V.WI]], ['wee', [V.WI]], ['ui', [V.UI]], ['eui', [V.UI]],
]);

/** Vowel spellings only of an open syllable (no final consonant): Choy is Choe, but no Korean word is spelt
 *  with oy before a final (oyng is no syllable). */
export const OPEN_ONLY: ReadonlySet<string> = new Set(['oy']);

/** Readings a vowel spelling has only in a closed syllable (with a final consonant). */
export const CLOSED_ONLY: ReadonlyMap<string, number> = new Map([
  ['u', V.EO], ['ou', V.EO], ['you', V.YEO], ['yu', V.YEO],
]);

/** Romanized finals. Only the batchim found in given and family names: ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ. Leaving out s/t/d
 *  keeps Western words such as Muhammad out of Korean segmentation. */
export const ROMAN_FINALS: ReadonlyMap<string, readonly number[]> = new Map<string, number[]>([
  ['', [F.NONE]], ['k', [F.K]], ['n', [F.N]], ['ng', [F.NG]], ['l', [F.L]], ['m', [F.M]], ['p', [F.P]],
  ['hn', [F.N]], // Ahn, Hahn
]);

export const MAX_INITIAL_LEN = 3;
export const MAX_VOWEL_LEN = 3;
export const MAX_FINAL_LEN = 2;

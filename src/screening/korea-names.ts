/**
 * korean-v3 queries: Choson, Chosun, Joseon (조선, the DPRK's own name for Korea) or the French Corée, where an
 * organisation's name carries it in place of Korea ("Joseon Ryeonbong General Corp" for KOREA RYONBONG
 * GENERAL CORPORATION). As written the word is no word of the listed name, which falls to the possible band,
 * and a contradicting country then removes it. This reading puts Korea in its place; screened beside the name
 * as written, so a listed name that says Choson itself is still met as it is written.
 */
const KOREA_WORDS: ReadonlySet<string> = new Set(['choson', 'chosun', 'joseon', 'joson', 'coree']);

/** The folded words with each name of Korea read as korea, or undefined when there is none. */
export function koreaReading(words: readonly string[]): string[] | undefined {
  if (!words.some((w) => KOREA_WORDS.has(w))) return undefined;
  return words.map((w) => (KOREA_WORDS.has(w) ? 'korea' : w));
}

/**
 * Hangul syllables read natively: a precomposed syllable is 0xAC00 + (initial * 21 + medial) * 28 + final,
 * so its jamo come from plain arithmetic, and each jamo maps to the reading classes romanized input uses.
 */
import { FINAL, INITIAL, readingKey, VOWEL, withInitialRule } from './readings.ts';

const FIRST = 0xac00;
const LAST = 0xd7a3;

export interface Jamo {
  initial: number; // 0..18: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
  medial: number; // 0..20: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
  final: number; // 0..27: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
}

export function isHangulSyllable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= FIRST && c <= LAST;
}

export function decomposeHangul(ch: string): Jamo | undefined {
  const c = ch.codePointAt(0) ?? 0;
  if (c < FIRST || c > LAST) return undefined;
  const offset = c - FIRST;
  return { initial: Math.floor(offset / (21 * 28)), medial: Math.floor((offset % (21 * 28)) / 28), final: offset % 28 };
}

export function composeHangul(j: Jamo): string {
  return String.fromCodePoint(FIRST + (j.initial * 21 + j.medial) * 28 + j.final);
}

const I = INITIAL;
const V = VOWEL;
const F = FINAL;

const INITIAL_CLASS = [I.K, I.K, I.N, I.T, I.T, I.R, I.M, I.P, I.P, I.S, I.S, I.Z, I.C, I.C, I.C, I.K, I.T, I.P, I.H];
const MEDIAL_CLASS = [
  V.A, V.AE, V.YA, V.YE, V.EO, V.E, V.YEO, V.YE, V.O, V.WA, V.WE, V.WE, V.YO, V.U, V.WO, V.WE, V.WI, V.YU, V.EU, V.UI, V.I,
];
// Finals by pronunciation: ㅅ ㅆ ㄷ ㅈ ㅊ ㅌ ㅎ are all said (and romanized) t.
const FINAL_CLASS = [
  F.NONE, F.K, F.K, F.K, F.N, F.N, F.N, F.T, F.L, F.K, F.M, F.L, F.L, F.L, F.P, F.L, F.M, F.P, F.P, F.T, F.T, F.NG,
  F.T, F.T, F.K, F.T, F.P, F.T,
];

/** The reading keys of one Hangul syllable (with the North/South initial sound rule unless `rule` is false). */
export function hangulReadings(ch: string, rule = true): number[] {
  const j = decomposeHangul(ch);
  if (j === undefined) return [];
  const out = new Set<number>();
  const [a, b, c] = [INITIAL_CLASS[j.initial] ?? I.Z, MEDIAL_CLASS[j.medial] ?? V.A, FINAL_CLASS[j.final] ?? F.NONE];
  if (rule) withInitialRule(a, b, c, out);
  else out.add(readingKey(a, b, c));
  return [...out].sort((a, b) => a - b);
}

/**
 * korean-v3: Hangul names with their syllables set apart (security review 17, R17-7). "단 천 상 업 은 행",
 * "단-천-상-업-은-행", "조 선 광 업 개 발 무 역 회 사" were read as single syllables and found nothing, where the
 * Latin spaced letters (K O M I D) are read joined. And a listed body's distinctive word alone in Hangul
 * (련봉) reads as a person's name, so no organisation was compared: it is read romanized too, as the list
 * writes it (ryonbong), where that is a listed word.
 */
import { romanizeWord } from './hangul-vocabulary.ts';

const HANGUL_ONLY = /^[\uac00-\ud7a3]+$/u;
/** Spaces and the marks that set letters apart (as spaced-letters.ts reads them for Latin letters). */
const SEPARATORS = /[\s\-_./·•・*~+,|:]+/u;

/**
 * The name with its Hangul syllables joined, or undefined unless it is Hangul words only, two of them
 * single syllables set apart, four syllables at least (a person's name of three, 백 창 호, is read as written).
 */
export function spacedHangulReading(text: string): string | undefined {
  const tokens = text.split(SEPARATORS).filter((t) => t !== '');
  if (tokens.length < 3 || !tokens.every((t) => HANGUL_ONLY.test(t))) return undefined;
  if (tokens.filter((t) => t.length === 1).length < 2) return undefined;
  const joined = tokens.join('');
  return joined.length >= 4 ? joined : undefined;
}

/** The romanized word of a name that is one Hangul word of two or three syllables (련봉 -> ryonbong). */
export function loneHangulWordReading(text: string): string | undefined {
  const t = text.trim();
  if (!HANGUL_ONLY.test(t) || t.length < 2 || t.length > 3) return undefined;
  return romanizeWord(t);
}

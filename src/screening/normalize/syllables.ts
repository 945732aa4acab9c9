/**
 * Segmentation of a romanized token into Korean syllables, and each syllable's reading keys.
 * Joined given names (Yongsik, Jeson, Kwangil) are split here; a token may split in more than one way
 * (Kwangil = kwang+il or kwan+gil), so every segmentation is kept, the greedy longest-first one first.
 */
import {
  CLOSED_ONLY,
  MAX_FINAL_LEN, MAX_INITIAL_LEN, MAX_VOWEL_LEN, OPEN_ONLY, ROMAN_FINALS, ROMAN_INITIALS, ROMAN_VOWELS, readingKey, withInitialRule,
} from './readings.ts';

/** A token longer than this many syllables is not taken for a Korean name word. */
export const MAX_SYLLABLES = 5;
/** Enough for every real ambiguity; bounds the work on long tokens. */
export const MAX_SEGMENTATIONS = 6;

const ruledCache = new Map<string, readonly number[] | null>();
const plainCache = new Map<string, readonly number[] | null>();

/** Reading keys of one romanized syllable (lower-case letters), or null when it is not a Korean syllable.
 *  `rule`: add the initial sound rule's readings (the default; korean-v2 leaves them out inside a name). */
export function syllableReadings(syllable: string, rule = true): readonly number[] | null {
  const readingCache = rule ? ruledCache : plainCache;
  const cached = readingCache.get(syllable);
  if (cached !== undefined) return cached;
  const out = new Set<number>();
  for (let i = 0; i <= Math.min(MAX_INITIAL_LEN, syllable.length); i++) {
    const initials = ROMAN_INITIALS.get(syllable.slice(0, i));
    if (initials === undefined) continue;
    for (let v = 1; v <= MAX_VOWEL_LEN && i + v <= syllable.length; v++) {
      const vowelText = syllable.slice(i, i + v);
      const vowels = ROMAN_VOWELS.get(vowelText);
      if (vowels === undefined) continue;
      const finalText = syllable.slice(i + v);
      const finals = ROMAN_FINALS.get(finalText);
      if (finals === undefined) continue;
      // "ar" is only the English spelling of ㅏ in Park; elsewhere an r belongs to the next syllable.
      if ((vowelText === 'ar' && finalText !== 'k') || (finalText !== '' && OPEN_ONLY.has(vowelText))) continue;
      const closedOnly = finalText === '' ? CLOSED_ONLY.get(vowelText) : undefined;
      for (const a of initials) {
        for (const b of vowels) {
          if (b === closedOnly) continue;
          for (const c of finals) {
            if (rule) withInitialRule(a, b, c, out);
            else out.add(readingKey(a, b, c));
          }
        }
      }
    }
  }
  const result = out.size > 0 ? [...out].sort((x, y) => x - y) : null;
  readingCache.set(syllable, result);
  return result;
}

/** All segmentations of a lower-case letter token into Korean syllables (empty when there is none). */
export function segmentSyllables(token: string): string[][] {
  const n = token.length;
  if (n === 0 || n > MAX_SYLLABLES * 7) return [];
  // edges[i]: syllable end positions reachable from i, longest first. Built by walking initial, vowel and
  // final spellings (most positions fail at the first step), not by trying every substring.
  const edges: number[][] = [];
  for (let i = 0; i < n; i++) {
    const ends = new Set<number>();
    for (let il = 0; il <= MAX_INITIAL_LEN && i + il < n; il++) {
      if (!ROMAN_INITIALS.has(token.slice(i, i + il))) continue;
      for (let vl = 1; vl <= MAX_VOWEL_LEN && i + il + vl <= n; vl++) {
        const vowel = token.slice(i + il, i + il + vl);
        if (!ROMAN_VOWELS.has(vowel)) continue;
        for (let fl = 0; fl <= MAX_FINAL_LEN && i + il + vl + fl <= n; fl++) {
          const fin = token.slice(i + il + vl, i + il + vl + fl);
          if (!ROMAN_FINALS.has(fin) || (vowel === 'ar' && fin !== 'k') || (fin !== '' && OPEN_ONLY.has(vowel))) continue;
          ends.add(i + il + vl + fl);
        }
      }
    }
    edges.push([...ends].sort((a, b) => b - a));
  }
  // reachable[i]: a full segmentation exists from i to the end (prunes the search below).
  const reachable = new Array<boolean>(n + 1).fill(false);
  reachable[n] = true;
  for (let i = n - 1; i >= 0; i--) reachable[i] = (edges[i] ?? []).some((e) => reachable[e]);
  if (!reachable[0]) return [];
  const out: string[][] = [];
  const path: string[] = [];
  const walk = (i: number): void => {
    if (out.length >= MAX_SEGMENTATIONS || path.length > MAX_SYLLABLES) return;
    if (i === n) {
      out.push([...path]);
      return;
    }
    for (const e of edges[i] ?? []) {
      if (!reachable[e]) continue;
      path.push(token.slice(i, e));
      walk(e);
      path.pop();
    }
  };
  walk(0);
  return out;
}

/** Two syllables agree when their reading sets overlap (both sorted ascending). */
export function readingsOverlap(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

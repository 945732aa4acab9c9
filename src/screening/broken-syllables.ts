/**
 * korean-v3: a person's name a clerk's space cut a letter off its syllables (security review 24): see
 * `recutBrokenSyllables`. Apart from word-joins.ts, which joins and splits an organisation's words.
 */
import { readsKorean } from './entity-vocabulary.ts';

const ASCII_LETTERS = /^[a-z]+$/;

/**
 * A person's name with a token that cannot be Korean syllables beside another (KIM KWA NGIL: no Korean syllable
 * begins with ng; PAK YON GSIK), its two tokens cut again into two listed words that read as Korean (KWANG IL,
 * YONG SIK): a clerk's space fell a letter off, and no real name is written so (security review 24). The words
 * as they are when no pair is.
 */
export function recutBrokenSyllables(words: readonly string[], canonical: (w: string) => string, isListed: (w: string) => boolean): string[] {
  if (words.every((w) => readsKorean(w))) return words as string[];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1];
    const cut = b !== undefined && (!readsKorean(a) || !readsKorean(b)) && ASCII_LETTERS.test(a + b) ? recutPair(a, b, canonical, isListed) : undefined;
    if (cut === undefined) {
      out.push(a);
      continue;
    }
    out.push(...cut);
    i++;
  }
  return out;
}

function recutPair(a: string, b: string, canonical: (w: string) => string, isListed: (w: string) => boolean): string[] | undefined {
  const w = a + b;
  if (!readsKorean(w)) return undefined;
  for (let k = 2; k <= w.length - 2; k++) {
    if (k === a.length) continue;
    const head = w.slice(0, k);
    const tail = w.slice(k);
    if (readsKorean(head) && readsKorean(tail) && isListed(canonical(head)) && isListed(canonical(tail))) return [canonical(head), canonical(tail)];
  }
  return undefined;
}

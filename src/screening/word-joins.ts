/**
 * korean-v3 queries: words run together or cut apart. A payment's 35-character lines are joined again
 * without the space that fell at a line's end ("NAMCHONGANG TRADINGCORPORATION", "KOREAMINING"), and a
 * long word is cut where the line ends ("MOOYOK BANK" for the listed MOOYOKBANK). A query token that is no
 * listed word but two or three listed words run together is read as those words; two or three query
 * tokens that together are a listed word are read as that word. Only words of the index count, so a
 * token is never split into words no listed name has.
 */
import { isOrganisationWord } from './entity-vocabulary.ts';
import { segmentSyllables } from './normalize/syllables.ts';

/** Shortest piece a token is split into (a two-letter piece must be an organisation word: CO). */
const MIN_PIECE = 3;
const MIN_SPLIT = 6;

/**
 * The words of a query with joined words split and cut words joined. `canonical` gives a word's one
 * spelling (as the index holds it); `isListed` says whether some listed name has that word.
 */
export function rejoinWords(words: readonly string[], canonical: (w: string) => string, isListed: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const joined = joinAt(words, i, canonical, isListed);
    if (joined !== undefined) {
      out.push(joined.word);
      i += joined.count;
      continue;
    }
    const w = words[i++] as string;
    out.push(...(splitWord(w, canonical, isListed) ?? [w]));
  }
  return out;
}

/** Two or three tokens from `i` that together are a listed word (at least one of them no Korean syllable
 *  run: a Korean name's syllables are joined by its own variants). */
function joinAt(words: readonly string[], i: number, canonical: (w: string) => string, isListed: (w: string) => boolean): { word: string; count: number } | undefined {
  for (const count of [3, 2]) {
    const parts = words.slice(i, i + count);
    if (parts.length < count || parts.some((p) => !/^[a-z]+$/.test(p))) continue;
    const word = parts.join('');
    // Tokens that are listed words themselves, or all Korean syllables (joined by a name's own variants),
    // stay as they are.
    if (word.length < 5 || parts.every((p) => isListed(canonical(p))) || parts.every(readsKorean)) continue;
    if (isListed(word)) return { word, count };
  }
  return undefined;
}

/** A token that is no listed word, as two or three listed words (fewest pieces, longest first piece). */
function splitWord(w: string, canonical: (w: string) => string, isListed: (w: string) => boolean): string[] | undefined {
  if (w.length < MIN_SPLIT || !/^[a-z]+$/.test(w) || isListed(canonical(w))) return undefined;
  const piece = (p: string): string | undefined => {
    const c = canonical(p);
    return (p.length >= MIN_PIECE || isOrganisationWord(c)) && isListed(c) ? c : undefined;
  };
  const korean = readsKorean(w);
  const accept = (pieces: string[]): boolean => !korean || pieces.some(isOrganisationWord);
  for (let a = w.length - 2; a >= 2; a--) {
    const first = piece(w.slice(0, a));
    if (first === undefined) continue;
    const rest = piece(w.slice(a));
    if (rest !== undefined && accept([first, rest])) return [first, rest];
  }
  for (let a = w.length - 4; a >= 2; a--) {
    const first = piece(w.slice(0, a));
    if (first === undefined) continue;
    for (let b = w.length - 2; b >= a + 2; b--) {
      const second = piece(w.slice(a, b));
      const third = second === undefined ? undefined : piece(w.slice(b));
      if (second !== undefined && third !== undefined && accept([first, second, third])) return [first, second, third];
    }
  }
  return undefined;
}

function readsKorean(w: string): boolean {
  return segmentSyllables(w).length > 0;
}

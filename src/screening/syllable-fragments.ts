/**
 * korean-v3 queries: a syllable cut apart or masked inside a person's name. "Kim Tong Ch-ol", "Pak Yong-s-ik",
 * "Ch ol", "Ch.ol" write a syllable in pieces; "Ch0l" and "S1k" write a letter as the digit drawn like it.
 * Read as written, the pieces are recall units of their own (ch, ol), so the listed name loses the recall
 * bound before any comparison joins them again, and a screen says nothing: check would permit. They are
 * put back together here, before the name is prepared, so recall and scoring see the syllable itself.
 *
 * INVARIANT: only a piece that is no Korean syllable (ch, s, k, ng) is joined, and only where the join reads
 * as Korean: two valid syllables (Yong Sik) are never run together, and a name that reads as Korean as
 * written is left as it is.
 */
import { segmentSyllables } from './normalize/syllables.ts';

/** Digits drawn like letters, the first reading tried first (1 is an i or an l). */
const DIGIT_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'il', '3': 'e', '4': 'a', '5': 's' };
/** A token of letters with single digits among them, a letter first (Ch0l, S1k, Y0ng): never UNIT586. */
const MASKED = /^\p{L}+(?:[01345]\p{L}+)*[01345]?\p{L}*$/u;

const readsKorean = (text: string): boolean => /^[a-z]+$/.test(text) && segmentSyllables(text).length > 0;

/**
 * A name's digit-masked tokens with each digit read as the letter it is drawn like, where the token then
 * reads as Korean syllables (Ch0l → Chol, S1k → Sik); any other token as written.
 */
export function unmaskDigits(text: string): string {
  if (!/\p{L}[01345]/u.test(text)) return text;
  return text.replace(/[\p{L}\p{N}]+/gu, (token) => {
    if (!/\d/.test(token) || !/\p{L}/u.test(token) || !MASKED.test(token)) return token;
    for (const letters of readings(token)) if (readsKorean(letters.toLowerCase())) return letters;
    return token;
  });
}

/** Every letter reading of a masked token (at most two per digit; a handful of digits). */
function readings(token: string): string[] {
  let out = [''];
  for (const ch of token) {
    const options = DIGIT_LETTERS[ch] ?? ch;
    out = out.flatMap((prefix) => [...options].map((o) => prefix + o));
    if (out.length > 16) return [];
  }
  return out;
}

/** A piece of a written word: its text and whether a space (not a hyphen) comes before it. */
interface Piece {
  text: string;
  startsWord: boolean;
}

/** Longest piece taken for a fragment of a syllable (ch, ng, s, k, tch): a longer one is a word. */
const MAX_FRAGMENT = 3;

// Consonants only: a piece with a vowel that reads as no syllable (Ir for Ri) is a typing error, which the
// typo corrections read; joining it to a neighbour would make a new word of it.
const isFragment = (p: Piece): boolean => p.text.length <= MAX_FRAGMENT && /^[b-df-hj-np-tv-z]+$/.test(p.text) && !readsKorean(p.text);
const syllableCount = (text: string): number => Math.min(...segmentSyllables(text).map((s) => s.length));

/**
 * The folded words of a person's name (each may hold hyphens) with every fragment of a syllable joined to
 * the neighbour it completes: the next piece when the join reads as Korean, else the previous one (Si-k);
 * of two joins that both read, the one adding fewer syllables. Unchanged (the same array) when nothing joins.
 */
export function joinSyllableFragments(words: readonly string[]): string[] {
  const pieces: Piece[] = [];
  for (const w of words) w.split('-').forEach((text, i) => { if (text.length > 0) pieces.push({ text, startsWord: i === 0 }); });
  if (!pieces.some(isFragment)) return words as string[];
  let changed = false;
  for (let i = 0; i < pieces.length; ) {
    const p = pieces[i] as Piece;
    if (!isFragment(p)) {
      i++;
      continue;
    }
    const next = pieces[i + 1];
    const prev = pieces[i - 1];
    const forward = next !== undefined && /^[a-z]+$/.test(next.text) && readsKorean(p.text + next.text) ? syllableCount(p.text + next.text) - (readsKorean(next.text) ? syllableCount(next.text) : 0) : Infinity;
    const backward = prev !== undefined && /^[a-z]+$/.test(prev.text) && readsKorean(prev.text + p.text) ? syllableCount(prev.text + p.text) - (readsKorean(prev.text) ? syllableCount(prev.text) : 0) : Infinity;
    if (forward === Infinity && backward === Infinity) {
      i++;
      continue;
    }
    changed = true;
    if (forward <= backward) {
      pieces.splice(i, 2, { text: p.text + (next as Piece).text, startsWord: p.startsWord });
    } else {
      pieces.splice(i - 1, 2, { text: (prev as Piece).text + p.text, startsWord: (prev as Piece).startsWord });
      i--;
    }
  }
  if (!changed) return words as string[];
  const out: string[] = [];
  for (const p of pieces) {
    if (p.startsWord || out.length === 0) out.push(p.text);
    else out[out.length - 1] += `-${p.text}`;
  }
  return out;
}

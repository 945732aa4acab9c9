/**
 * korean-v3 queries: readings of a name in which a piece cut from a word is put back (a letter or two by a line's
 * end, "NAM CHON G ANG"; a word cut once into two listed words, "KO MID"), screened beside the name as written.
 * Apart from `word-joins.ts`, which reads words run together or cut apart into listed words as the name itself.
 */
import { readsKorean } from './entity-vocabulary.ts';
import { CONNECTORS } from './word-joins.ts';

const LETTER_END = /[a-z]$/;
const HYPHENS = /-/g;

/** cutLetterReading's tests, made once: it runs on most korean-v3 queries (almost every name has a short word). */
const ONE_OR_TWO = /^[a-z]{1,2}$/;
const ONE_LETTER = /^[a-z]$/;
const STARTS_WITH_LETTER = /^[a-z]/;

/**
 * korean-v3 queries: a reading of a name in which a letter or two cut from a word by a line's end or a
 * stray space is put back ("MINISTRY OF NATIONAL D EFENCE", "NAM CHON G ANG", "FIRST O IL", "OF EA ST LAND",
 * "DAE-DON G CREDIT", "BANK O F"), and single letters in a row are one initialism ("D C B FINANCE", "K O M I D"):
 * a token of one letter, or of two that is no listed word, joins the word after it, else the word before
 * it, where the join is a listed word. Screened beside the name as written (the better reading counts).
 * Undefined when nothing joins.
 */
export function cutLetterReading(words: readonly string[], canonical: (w: string) => string, isListed: (w: string) => boolean): string[] | undefined {
  if (!words.some((w) => isCut(w, canonical, isListed))) return undefined;
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // Single letters in a row: one initialism, where some listed name has it (D C B: DCB).
    if (ONE_LETTER.test(w) && ONE_LETTER.test(words[i + 1] ?? '')) {
      let j = i;
      while (ONE_LETTER.test(words[j] ?? '')) j++;
      const initials = words.slice(i, j).join('');
      if (joinsListed(initials, canonical, isListed)) {
        out.push(initials);
        changed = true;
        i = j - 1;
        continue;
      }
    }
    if (!isCut(w, canonical, isListed)) {
      out.push(w);
      continue;
    }
    const next = words[i + 1];
    if (next !== undefined && STARTS_WITH_LETTER.test(next) && joinsListed(w + (next.split('-')[0] as string), canonical, isListed)) {
      out.push(w + next);
      changed = true;
      i++;
      continue;
    }
    const prev = out[out.length - 1];
    const prevPart = prev?.split('-').pop();
    if (prev !== undefined && prevPart !== undefined && LETTER_END.test(prev) && (joinsListed(prevPart + w, canonical, isListed) || joinsListed(prev + w, canonical, isListed))) {
      out[out.length - 1] = prev + w;
      changed = true;
      continue;
    }
    out.push(w);
  }
  return changed ? out : undefined;
}

/** A token of one letter, or of two that is no listed word: a piece cut from a word. (This and the next are
 *  module functions, not closures: a named closure is made again, name and all, at every call.) */
function isCut(w: string, canonical: (w: string) => string, isListed: (w: string) => boolean): boolean {
  return ONE_OR_TWO.test(w) && (w.length === 1 || !isListed(canonical(w)));
}

/** A listed word of three letters or more, or a small word (O F for OF). */
function joinsListed(w: string, canonical: (w: string) => string, isListed: (w: string) => boolean): boolean {
  return CONNECTORS.has(w) || (w.length >= 3 && isListed(canonical(w.replace(HYPHENS, ''))));
}

/**
 * A word cut once by a space or a mark into pieces that are both listed words themselves (KO MID, KO.MID,
 * KOM-ID, BA-NK; security review 15, R15-4): `rejoinWords` keeps listed tokens as they are, so such a cut was
 * never joined. A hyphened token that is no listed word but is one without its hyphens, and two tokens one of
 * three letters or fewer that joined make a listed word of five letters or more, are read joined. Undefined
 * when nothing joins. In a name read as a person's, syllables that join into a Korean word stay apart (RI PYONG
 * is a person, not RIPYONG).
 */
export function cutOnceReading(words: readonly string[], canonical: (w: string) => string, isListed: (w: string) => boolean, person: boolean): string[] | undefined {
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const bare = w.replace(/-/g, '');
    if (bare !== w && bare.length >= 4 && !isListed(canonical(w)) && isListed(canonical(bare))) {
      out.push(bare);
      changed = true;
      continue;
    }
    const next = words[i + 1];
    if (next !== undefined && !w.includes('-') && !next.includes('-') && Math.min(w.length, next.length) <= 3 && w.length + next.length >= 5 && isListed(canonical(w + next))
      && !(person && readsKorean(w + next))) {
      out.push(w + next);
      changed = true;
      i++;
      continue;
    }
    out.push(w);
  }
  return changed ? out : undefined;
}

/**
 * korean-v3: a listed Korean word with stray letters or an unread short form run onto its end (Daedongxx
 * Bank, Taedongcr Bk: held-back evaluation 17, HB17-2). Such a token reads as no word and no Korean
 * syllables, so the listed name vanished. The listed word at its start is read out of it; what is left
 * stands as a word of its own (read as a short form where it is one). A reading that guesses where a word
 * ends is a lead, not an identification: screen-name holds what it finds at the possible band.
 */
import { isCommonWord } from './generic-entity.ts';
import { isOrganisationWord, readsKorean } from './entity-vocabulary.ts';
import { wordWeight } from './weak-words.ts';

/** The shortest listed word read out of a longer token: shorter starts are other words as often. */
export const MIN_PREFIX = 5;

/**
 * The words with each token that is no listed word and reads as no Korean syllables, but starts with a
 * listed distinctive Korean word of MIN_PREFIX letters or more, cut after that word (the longest such);
 * undefined when no token is. `listed`: whether a word (in its one spelling) is a word of a listed name.
 */
export function listedPrefixReading(words: readonly string[], listed: (w: string) => boolean): string[] | undefined {
  let changed = false;
  const out: string[] = [];
  for (const w of words) {
    const cut = w.length > MIN_PREFIX && /^[a-z]+$/.test(w) && !listed(w) && !readsKorean(w) ? prefixOf(w, listed) : undefined;
    if (cut === undefined) {
      out.push(w);
      continue;
    }
    out.push(cut, w.slice(cut.length));
    changed = true;
  }
  return changed ? out : undefined;
}

function prefixOf(w: string, listed: (w: string) => boolean): string | undefined {
  for (let n = w.length - 1; n >= MIN_PREFIX; n--) {
    const p = w.slice(0, n);
    if (listed(p) && readsKorean(p) && wordWeight(p) === 1 && !isCommonWord(p) && !isOrganisationWord(p)) return p;
  }
  return undefined;
}

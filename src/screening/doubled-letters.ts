/**
 * korean-v3: a name with a letter doubled in every word (PAKK YONGG SIKK, KIMM KWANG-ILL; security review 27).
 * The typing-error reading corrects a mistyped word only beside words that read as Korean (a Western name is not
 * "corrected" into Korean), so a name mistyped in every word was read as no Korean name at all: permitted.
 * A doubled letter is the commonest typing error and undoing it is no guess: each word that reads as no Korean
 * syllables and is no listed word, with a doubled letter, is read with it once where that gives Korean
 * syllables (an organisation's word or initialism is left to its own typing-error readings: KOMMID stays a
 * possible KOMID, as a short initialism one letter off is); the name is screened so as well as written, each such word scored as a typing
 * error corrected (name-form.ts). A word read as "Kimm" before a syllable ("Kimm Yong Chol") is read so too: its
 * m is no start of the next word (KIM MYONG CHOL).
 */
const DOUBLED = /([a-z])\1+/g;
const HAS_DOUBLED = /([a-z])\1/;

/** The words with their doubled letters undone where that reads, and each word so read with the word as
 *  written; undefined when no word changes. */
export function doubledLettersReading(words: readonly string[], readsKorean: (w: string) => boolean, isListed: (w: string) => boolean): { words: string[]; written: Map<string, string> } | undefined {
  const written = new Map<string, string>();
  const out = words.map((word) => word.split('-').map((w) => {
    if (!HAS_DOUBLED.test(w) || readsKorean(w) || isListed(w)) return w;
    const once = w.replace(DOUBLED, '$1');
    if (once === w || !readsKorean(once)) return w;
    written.set(once, w);
    return once;
  }).join('-'));
  return written.size > 0 ? { words: out, written } : undefined;
}

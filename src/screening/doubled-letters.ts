/**
 * korean-v3: a name with a letter doubled in every word (PAKK YONGG SIKK, KIMM KWANG-ILL; security review 27).
 * The typing-error reading corrects a mistyped word only beside words that read as Korean (a Western name is not
 * "corrected" into Korean), so a name mistyped in every word was read as no Korean name at all: permitted.
 * A doubled letter is the commonest typing error and undoing it is no guess: each word that reads as no Korean
 * syllables and is no listed word, with a doubled letter, is read with it once where that gives Korean
 * syllables, or a listed word of three letters or more beside other words (BANKK OFF EASTT LANDD, every letter
 * doubled in KOREA MINING…: review 28; a one-word name, KOMMID, stays a possible KOMID, as a short initialism one
 * letter off is); the name is screened so as well as written, each such word scored as a typing
 * error corrected (name-form.ts). A word read as "Kimm" before a syllable ("Kimm Yong Chol") is read so too: its
 * m is no start of the next word (KIM MYONG CHOL).
 */
const DOUBLED = /([a-z])\1+/g;
const HAS_DOUBLED = /([a-z])\1/;
/** A listed word read once from its doubled letters from this length, beside other words (DCBB FINANCE). */
const MIN_LISTED_WORD = 3;

/** The words with their doubled letters undone in every word that reads as no Korean and no listed word (read
 *  or not, for the typing-error readings to take further: YYNU HHO-JJNI, RRI JJE-SSNO), or in an `organisation`'s
 *  name only where that makes Korean syllables or a listed word; each word so read with the word as written;
 *  undefined when no word changes. */
export function doubledLettersReading(words: readonly string[], readsKorean: (w: string) => boolean, isListed: (w: string) => boolean, organisation = false): { words: string[]; written: Map<string, string> } | undefined {
  const written = new Map<string, string>();
  const out = words.map((word) => word.split('-').map((w) => {
    if (!HAS_DOUBLED.test(w) || readsKorean(w) || isListed(w)) return w;
    const once = w.replace(DOUBLED, '$1');
    const listedAlone = isListed(once) && !readsKorean(once) && words.length < 2;
    // In an organisation's name only a listed word is read so (Leeder is no LEADER: a guess, left to the
    // held reading of a distinctive word one typing error off).
    if (!organisation && once !== w && !listedAlone) {
      written.set(once, w);
      return once;
    }
    // An organisation's word doubled (BANKK, DEVELOPMENTT) beside other words; a one-word name (KOMMID) is left
    // to the initialism's own reading, possible at most.
    if (once === w || !(readsKorean(once) || (isListed(once) && once.length >= MIN_LISTED_WORD && words.length >= 2))) return w;
    written.set(once, w);
    return once;
  }).join('-'));
  return written.size > 0 ? { words: out, written } : undefined;
}

/**
 * Text folding for names: one canonical spelling before any comparison. Apostrophes and breves vanish
 * (CH'O'L = CHOL, KY'ONG = KYONG: they mark aspiration and vowel quality, never a word break); diacritics fold
 * (Müller = Muller); Hangul stays as it is (it is read natively); everything else that is not a letter or a
 * digit becomes a word break, except hyphens, which are kept so that callers can both join and split on them.
 */

import { showLetters, unmaskLookAlikes } from '../../io/look-alikes.ts';

export { showLetters };

const APOSTROPHES = /['’‘`´ʼʻ′"“”«»]/gu;
// Invisible format characters (soft hyphen, zero-width joiners and spaces, word joiner, byte-order mark,
// bidi marks) inside a word would split or hide it from the matcher ("KIM TO\u00adNG CHOL"): `showLetters`
// removes them, and reads the letters that show as blank as spaces.
// Letters of other scripts drawn like Latin ones ("CHОL" with a Cyrillic О, "ᏦOMID" with a Cherokee Ꮶ) are
// unmasked word by word (`unmaskLookAlikes`), in their own case; NFKD then reads the compatibility forms
// (fullwidth Ｋ, mathematical 𝐊, circled Ⓚ).
const MARKS = /\p{M}/gu;
const HANGUL = /[\uac00-\ud7a3]/u;
const NOT_WORD = /[^\p{L}\p{N}-]+/gu;

/** Fold one piece of text that contains no Hangul. */
function foldLatin(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '');
}

const ASCII = /^[^\u0080-\uffff]*$/;
const EDGE_HYPHENS = /^-+|-+$/g;

/** Fold a name to lower-case words; each word may still carry hyphens (RI JE-SON → ["ri", "je-son"]). */
export function foldWords(text: string): string[] {
  // Most names are plain ASCII, for which every step below but the apostrophes, the lower case and the word
  // breaks is the identity (no normalization, mark, invisible, dash or look-alike applies): those only, the
  // same words (a korean-v3 query folds its name two or three times; this takes about half the time).
  if (ASCII.test(text)) {
    const words: string[] = [];
    for (const w of text.replace(APOSTROPHES, '').toLowerCase().replace(NOT_WORD, ' ').split(' ')) {
      const t = w.includes('-') ? w.replace(EDGE_HYPHENS, '') : w;
      if (t.length > 0) words.push(t);
    }
    return words;
  }
  // NFC first: Hangul typed as conjoining jamo (NFD) is the same syllables as precomposed Hangul.
  // Look-alikes are read before NFKD, which would make some of them letters the data does not list (a lunate
  // sigma ϲ, drawn like c, to a final sigma ς).
  let s = unmaskLookAlikes(showLetters(text.normalize('NFC').replace(APOSTROPHES, '')));
  // NFKD would split Hangul syllables into conjoining jamo, so fold around them.
  if (HANGUL.test(s)) {
    s = [...s].map((ch) => (HANGUL.test(ch) ? ch : foldLatin(ch))).join('');
  } else {
    s = foldLatin(s);
  }
  s = s.toLowerCase().replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/[‐‑‒–—―]/g, '-');
  return s
    .replace(NOT_WORD, ' ')
    .split(' ')
    .map((w) => w.replace(EDGE_HYPHENS, ''))
    .filter((w) => w.length > 0);
}

/**
 * Split a listed name into its main part and parenthesised extras: "GENERAL BUREAU OF ATOMIC ENERGY (GBAE)"
 * → main "GENERAL BUREAU OF ATOMIC ENERGY", extras ["GBAE"]. Extras that are list references (KPE.018) are
 * dropped: they point at another record, they are not a name.
 */
export function splitParentheticals(full: string): { main: string; extras: string[] } {
  if (!full.includes('(')) return { main: full.trim(), extras: [] };
  const extras: string[] = [];
  const main = full.replace(/\(([^()]*)\)/g, (_m, inner: string) => {
    const t = inner.trim();
    if (t.length > 0 && !/^[A-Z]{2}[a-zA-Z]\.\d+$/i.test(t)) extras.push(t);
    return ' ';
  });
  return { main: main.replace(/\s+/g, ' ').trim(), extras };
}


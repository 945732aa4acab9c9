/**
 * A goods description as the measures read it, disguises and other languages included (security review 17,
 * R17-10). The check's one safeguard against a false HS code is the description's words: "coal" beside HS 6810
 * is reviewed. Written "cоal" (a Cyrillic о), "c0al", "C-O-A-L", "anthr@cite", "무연탄" or "уголь", the same
 * goods were read as no word at all. Here the description is read through the name screener's readers of
 * disguise (look-alike letters of other scripts, look-alike digits, letters set apart, keyboard symbols for
 * letters: the same functions, not copies) and the goods vocabulary of the languages DPRK trade papers are
 * written in (goods-vocabulary.ts); every reading is kept beside the description as written, so a reading only
 * ever adds words the measures may know.
 *
 * A word still hidden after that (mixed scripts or a symbol inside one word, or a word of a script no table
 * reads: Han, kana, Cyrillic, Arabic) is `hiddenGoodsWord`: the caller reviews the description, never passes it.
 */
import { disguisedWord, unmaskLookAlikes } from '../io/look-alikes.ts';
import { lookAlikeReading, symbolReading } from '../io/look-alike-words.ts';
import { markedLettersReading, spacedLettersReading } from '../io/spaced-letters.ts';
import { GOODS_VOCABULARY } from './goods-vocabulary.ts';

/** Han and Hangul terms, longest first (无烟煤 before 煤); whole Latin words; Cyrillic stems. */
const RUN_TERMS: (readonly [string, string])[] = [];
const WHOLE = new Map<string, string>();
const STEMS: (readonly [string, string])[] = [];
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hangul}]/u;
for (const [term, english] of GOODS_VOCABULARY) {
  if (EAST_ASIAN.test(term)) RUN_TERMS.push([term, english]);
  else if (term.endsWith('*')) STEMS.push([term.slice(0, -1), english]);
  else WHOLE.set(term, english);
}
RUN_TERMS.sort((a, b) => b[0].length - a[0].length);
STEMS.sort((a, b) => b[0].length - a[0].length);
const RUNS = new RegExp(RUN_TERMS.map(([t]) => t).join('|'), 'gu');
const RUN_MAP = new Map(RUN_TERMS);

const ASCII = /^[\x20-\x7e]*$/;
/** The vocabulary's words in plain ASCII letters (Kohle, charbon): an ASCII description without one has nothing to read. */
const ASCII_WORDS = new RegExp(`(?:^|[^a-z])(?:${[...WHOLE.keys()].filter((w) => /^[a-z]+$/.test(w)).join('|')})(?![a-z])`, 'i');
/** A letter, a mark, a letter, a mark, a letter ("C-O-A-L"): markedLettersReading has something to read. */
const MARKED = /\p{L}[^\p{L}\p{N}\s]\s*\p{L}[^\p{L}\p{N}\s]\s*\p{L}/u;
const WORD = /\p{L}+/gu;
const SEPARATOR = ' ; ';

/** The description with the vocabulary's terms read as English (each term set apart by spaces), or undefined when it holds none. */
export function vocabularyReading(description: string): string | undefined {
  if (ASCII.test(description) && !ASCII_WORDS.test(description)) return undefined;
  let changed = false;
  const lower = description.normalize('NFC').toLowerCase();
  const runs = lower.replace(RUNS, (t) => {
    changed = true;
    return ` ${RUN_MAP.get(t)!} `;
  });
  const read = runs.replace(WORD, (w) => {
    const whole = WHOLE.get(w);
    if (whole !== undefined) {
      changed = true;
      return whole;
    }
    for (const [stem, english] of STEMS) {
      if (w.startsWith(stem)) {
        changed = true;
        return english;
      }
    }
    return w;
  });
  return changed ? read : undefined;
}

const noListedWord = (): boolean => false;

let lastIn: string | undefined;
let lastOut = '';

/**
 * The description and its readings (look-alikes unmasked, look-alike digits and symbols read as letters,
 * spaced or marked letters joined, the vocabulary's words in English), joined by " ; " so no two readings
 * form a phrase together. The description alone when nothing reads differently.
 */
export function descriptionText(description: string): string {
  if (description === lastIn) return lastOut;
  const readings = [description];
  const add = (r: string | undefined): void => {
    if (r !== undefined && r !== '' && !readings.includes(r)) readings.push(r);
  };
  const shown = ASCII.test(description) ? description : unmaskLookAlikes(description.normalize('NFKC'));
  add(shown);
  add(lookAlikeReading(shown));
  add(symbolReading(shown, noListedWord));
  add(spacedLettersReading(shown));
  if (MARKED.test(shown)) add(markedLettersReading(shown));
  // The vocabulary reads the words as written: a Russian word wholly of look-alikes ("рыба") is unmasked above.
  add(vocabularyReading(description.normalize('NFKC')));
  if (shown !== description) add(vocabularyReading(shown));
  const out = readings.length === 1 ? description : readings.join(SEPARATOR);
  lastIn = description;
  lastOut = out;
  return out;
}

/**
 * The first word of the description that still hides what it says, and how: 'mixed' (scripts mixed in one
 * word, a keyboard symbol or another script's digit inside a word) or 'unread' (a Han, kana, Cyrillic, Arabic …
 * word no table reads; the vocabulary's words are read, Hangul is read). Undefined when every word shows.
 */
export function hiddenGoodsWord(description: string): { word: string; why: 'mixed' | 'unread' } | undefined {
  if (ASCII.test(description) && !/[@^$€£|!(<]/.test(description)) return undefined;
  const d = disguisedWord(description);
  if (d === undefined || d.why === 'mixed') return d;
  // An unread word: read the vocabulary's terms away first; what is left may still be unread.
  const lower = description.normalize('NFC').toLowerCase();
  const rest = lower.replace(RUNS, ' ').replace(WORD, (w) => (WHOLE.has(w) || STEMS.some(([s]) => w.startsWith(s)) ? ' ' : w));
  return disguisedWord(rest);
}

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
import { disguisedWord, showLetters, unmaskLookAlikes } from '../io/look-alikes.ts';
import { lookAlikeReading, symbolReading } from '../io/look-alike-words.ts';
import { markedLettersReading, spacedLettersReading } from '../io/spaced-letters.ts';
import { GOODS_VOCABULARY } from './goods-vocabulary.ts';

/**
 * A word as the vocabulary is looked up: Turkish dotted and dotless i read as i (KÖMÜR, DEMİR lower-cased),
 * Arabic alef with or without hamza alike (أسماك, اسماك). Applied to the table and to the text.
 */
function fold(lowered: string): string {
  return lowered.replace(/ı/g, 'i').replace(/[أإآ]/g, 'ا');
}
function lower(text: string): string {
  return fold(text.normalize('NFC').replace(/İ/g, 'i').toLowerCase());
}

/** Han, kana and Hangul terms, longest first (无烟煤 before 煤); whole words; phrases; stems. */
const RUN_TERMS: (readonly [string, string])[] = [];
const WHOLE = new Map<string, string>();
const PHRASE_TERMS: (readonly [string, string])[] = [];
const STEMS: (readonly [string, string])[] = [];
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/**
 * A term without its diacritics, as payment messages and telexes write it (SWIFT's character set has none:
 * KOMUR for kömür, THAN DA for than đá, KURSUN CEVHERI): a phrase always, a word or stem of five letters or
 * more that is no English word of its own (carbón folds to carbon, kérosène to kerosene, whose English readings decide). Held-back evaluation of R18-7.
 */
const FOLD_EXTRA: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', ı: 'i', æ: 'ae', œ: 'oe' };
const ENGLISH_FOLDS = new Set(['carbon', 'kerosene', 'camion']);
function withoutMarks(term: string): string | undefined {
  const plain = term.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łđøßıæœ]/g, (c) => FOLD_EXTRA[c] ?? c);
  if (plain === term || !/^[a-z* ]+$/.test(plain)) return undefined;
  if (plain.includes(' ')) return plain;
  return plain.replace('*', '').length >= 5 && !ENGLISH_FOLDS.has(plain) ? plain : undefined;
}
const VOCABULARY: (readonly [string, string])[] = [...GOODS_VOCABULARY];
const known = new Set(GOODS_VOCABULARY.map(([w]) => fold(w)));
for (const [written, english] of GOODS_VOCABULARY) {
  const plain = withoutMarks(fold(written.toLowerCase()));
  if (plain !== undefined && !known.has(plain)) {
    known.add(plain);
    VOCABULARY.push([plain, english]);
  }
}
for (const [written, english] of VOCABULARY) {
  const term = fold(written);
  if (EAST_ASIAN.test(term)) RUN_TERMS.push([term, english]);
  else if (term.includes(' ')) PHRASE_TERMS.push([term, english]);
  else if (term.endsWith('*')) STEMS.push([term.slice(0, -1), english]);
  else WHOLE.set(term, english);
}
RUN_TERMS.sort((a, b) => b[0].length - a[0].length);
PHRASE_TERMS.sort((a, b) => b[0].length - a[0].length);
STEMS.sort((a, b) => b[0].length - a[0].length);
const RUNS = new RegExp(RUN_TERMS.map(([t]) => t).join('|'), 'gu');
const RUN_MAP = new Map(RUN_TERMS);
const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase's words apart by any spaces, the phrase a whole (no letter or digit joined to either end). */
const PHRASES = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${PHRASE_TERMS.map(([t]) => escapeRe(t).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
const PHRASE_MAP = new Map(PHRASE_TERMS);

/** Arabic joins the article and a few particles to the word (الفحم, والحديد, بالنفط): taken off before a look-up. */
const ARABIC_PREFIX = /^(?:وال|بال|فال|كال|لل|ال|و|ب|ف)(?=\p{Script=Arabic}{2})/u;

/** The English reading of one word (a whole word, a stem, an Arabic word without its prefix), or undefined. */
function wordReading(w: string): string | undefined {
  const whole = WHOLE.get(w);
  if (whole !== undefined) return whole;
  for (const [stem, english] of STEMS) if (w.startsWith(stem)) return english;
  const bare = w.replace(ARABIC_PREFIX, '');
  return bare !== w ? WHOLE.get(bare) : undefined;
}

const ASCII = /^[\x20-\x7e]*$/;
/** The vocabulary's words and phrases in plain ASCII letters (Kohle, charbon, batu bara): an ASCII description without one has nothing to read. */
const ASCII_WORDS = new RegExp(`(?:^|[^a-z])(?:${[...[...WHOLE.keys()].filter((w) => /^[a-z]+$/.test(w)), ...PHRASE_TERMS.map(([p]) => p).filter((p) => /^[a-z ]+$/.test(p)).map((p) => p.replace(/ /g, '\\s+')),
  ...STEMS.map(([s]) => s).filter((s) => /^[a-z]+$/.test(s)).map((s) => `${s}[a-z]*`)].join('|')})(?![a-z])`, 'i');
/** A letter, a mark, a letter, a mark, a letter ("C-O-A-L"): markedLettersReading has something to read. */
const MARKED = /\p{L}[^\p{L}\p{N}\s]\s*\p{L}[^\p{L}\p{N}\s]\s*\p{L}/u;
const WORD = /[\p{L}\p{M}]+/gu;
const SEPARATOR = ' ; ';

/** The description with the vocabulary's terms read as English (each term set apart by spaces), or undefined when it holds none. */
export function vocabularyReading(description: string): string | undefined {
  if (ASCII.test(description) && !ASCII_WORDS.test(description)) return undefined;
  let changed = false;
  const read = lower(description)
    .replace(RUNS, (t) => {
      changed = true;
      return ` ${RUN_MAP.get(t)!} `;
    })
    .replace(PHRASES, (p) => {
      changed = true;
      return ` ${PHRASE_MAP.get(p.replace(/\s+/g, ' '))!} `;
    })
    .replace(WORD, (w) => {
      const r = wordReading(w);
      if (r === undefined) return w;
      changed = true;
      return r;
    });
  return changed ? read : undefined;
}

/**
 * Characters that show as nothing: Unicode's default-ignorable code points and format characters (a zero-width
 * space, a soft hyphen, a joiner, a word joiner, a variation selector …). Inside a word they hide it from every
 * reader ("co\u200Bal" is no "coal" to one), though a person reads the word (security review 18, R18-7).
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;

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
  // The text as it shows first: invisible characters taken out, so "co\u200Bal" is read as "coal" (R18-7).
  const visible = INVISIBLE.test(description) ? showLetters(description) : description;
  add(visible);
  const shown = ASCII.test(visible) ? visible : unmaskLookAlikes(visible.normalize('NFKC'));
  add(shown);
  add(lookAlikeReading(shown));
  add(symbolReading(shown, noListedWord));
  add(spacedLettersReading(shown));
  if (MARKED.test(shown)) add(markedLettersReading(shown));
  // The vocabulary reads the words as written: a Russian word wholly of look-alikes ("рыба") is unmasked above.
  add(vocabularyReading(visible.normalize('NFKC')));
  if (shown !== visible) add(vocabularyReading(shown));
  const out = readings.length === 1 ? description : readings.join(SEPARATOR);
  lastIn = description;
  lastOut = out;
  return out;
}

/** The word around the first invisible character, the character named (co[U+200B]al), so the reviewer sees it. */
function invisibleWord(description: string): string {
  const at = description.search(INVISIBLE);
  const start = description.slice(0, at).search(/\S*$/u);
  const end = at + 1 + (/^\S*/u.exec(description.slice(at + 1))?.[0].length ?? 0);
  return description.slice(start, end).replace(new RegExp(INVISIBLE.source, 'gu'), (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

/**
 * The first word of the description that still hides what it says, and how: 'mixed' (an invisible character in
 * the description, scripts mixed in one word, a keyboard symbol or another script's digit inside a word) or
 * 'unread' (a Han, kana, Cyrillic, Arabic … word no table reads; the vocabulary's words are read, Hangul is
 * read). Undefined when every word shows.
 */
export function hiddenGoodsWord(description: string): { word: string; why: 'mixed' | 'unread' } | undefined {
  if (ASCII.test(description) && !/[@^$€£|!(<]/.test(description)) return undefined;
  // A character that shows as nothing hides letters wherever it stands (R18-7): the description is reviewed,
  // though the readings read it without them (a word of the bans so found reaches its measure as well).
  if (INVISIBLE.test(description)) return { word: invisibleWord(description), why: 'mixed' };
  const d = disguisedWord(description);
  if (d === undefined || d.why === 'mixed') return d;
  // An unread word: read the vocabulary's terms away first; what is left may still be unread.
  const rest = lower(description).replace(RUNS, ' ').replace(PHRASES, ' ').replace(WORD, (w) => (wordReading(w) !== undefined ? ' ' : w));
  return disguisedWord(rest);
}

/**
 * A name's words as korean-v3 folds them before it is prepared (`name-form.ts`): J/V, ordinals and digits run
 * into words, dotted initialisms and phrases that name one thing, whether the name is an organisation's (its
 * words, or a word read as written in a person's name: `personReading`), and, for a query, words run together or
 * cut apart put back.
 */
import { correctVocabularyTypos } from './vocabulary-typos.ts';
import { isGluedTail, isOrganisationCut, isOrganisationWord, joinInitialisms, joinPhrases, tabledWord, v3Canonical } from './entity-vocabulary.ts';
import { foldWords } from './normalize/fold.ts';
import { canonicalWord, wordWeight } from './weak-words.ts';
import { segmentSyllables } from './normalize/syllables.ts';
import { joinSyllableFragments, unmaskDigits } from './syllable-fragments.ts';
import { rejoinWords, type SplitMemo } from './word-joins.ts';
import { recutBrokenSyllables } from './broken-syllables.ts';
import type { WordTable } from './words.ts';
import type { NameForm, PrepareOptions } from './name-form.ts';

const ASCII_LETTERS = /^[a-z]+$/;
const HYPHENS = /-/g;

/** Two-letter words that are a legal form or a place in an organisation's name and a mistyped syllable in
 *  a person's (Co for Cho or Ko, Hk for Hak or Hyok). */
const AMBIGUOUS_SHORT = new Set(['co', 'hk', 'jv']);
const MAYBE_AMBIGUOUS = /(?:^|[^\p{L}])(?:co|hk|jv)(?![\p{L}])/iu;

/**
 * korean-v3: the words of a query that may also be a person's name with a mistyped syllable: one ambiguous
 * two-letter word (Co, Hk) beside at least two words that all read as Korean syllables ("Co Yon Chun",
 * "Kim Hk Song"). Such a name is screened both ways, as written and as a person's (fail closed: a party
 * that is either is found). Undefined when the name is no such name.
 */
export function personReading(text: string): ReadonlySet<string> | undefined {
  // Most names hold none of the words: a cheap test first.
  if (!MAYBE_AMBIGUOUS.test(text)) return undefined;
  const words = foldWords(text);
  const ambiguous = words.filter((w) => AMBIGUOUS_SHORT.has(w));
  if (ambiguous.length !== 1) return undefined;
  const others = words.filter((w) => !AMBIGUOUS_SHORT.has(w) && wordWeight(w) > 0.05);
  const readsKorean = (w: string): boolean => ASCII_LETTERS.test(w) && segmentSyllables(w).length > 0 && !isOrganisationWord(w);
  return others.length >= 2 && others.every((w) => w.split('-').every(readsKorean)) ? new Set(ambiguous) : undefined;
}

/** korean-v3: legal forms: a name holding one is an organisation's. */
const LEGAL_FORMS = new Set(['company', 'corporation', 'limited', 'incorporated', 'jointventure', 'enterprise', 'holding', 'group', 'trading']);

/** korean-v3: a prepared name holding an organisation word or a legal form (a listed entity's, mostly). */
export function hasOrganisationWord(form: Pick<NameForm, 'words'>): boolean {
  return form.words.some((w) => w.organisation || LEGAL_FORMS.has(w.text));
}

/** korean-v3: a word's one spelling (CO. = COMPANY, then Dev. = DEVELOPMENT, Korean = DPRK = KOREA). */
export const canonicalV3 = (w: string): string => v3Canonical(canonicalWord(w));

/**
 * korean-v3: whether a name is an organisation's: it holds an organisation word or a legal form (Bank,
 * Mining, Co., Ltd). Only there are short forms read as the words they stand for and run-together words
 * split: in a person's name "Bk" or "Mng" is a mistyped syllable, not BANK or MINING.
 */
function organisationContext(words: readonly string[]): boolean {
  return words.some(isOrganisationToken);
}

/** Whether one written word makes a name an organisation's (kept once asked: the words of names recur). */
function isOrganisationToken(w: string): boolean {
  let hit = organisationTokens.get(w);
  if (hit === undefined) {
    const t = w.replace(HYPHENS, '');
    // A tabled short form of three letters or more counts (Trdg, Corpn, Technol.), and so does the start
    // of an organisation word cut after four letters or more (Shipp., Manag.); two letters do not (Bk is
    // as likely a mistyped Pak), nor does a contraction of one's own making (Bkng is as likely Bong).
    const c = t.length >= 3 ? canonicalV3(t) : canonicalWord(t);
    hit = isOrganisationWord(c) || LEGAL_FORMS.has(c) || isOrganisationCut(t);
    if (organisationTokens.size > 100_000) organisationTokens.clear();
    organisationTokens.set(w, hit);
  }
  return hit;
}
const organisationTokens = new Map<string, boolean>();

/** korean-v3's folding: J/V is JV (MACHINERYJ/VCORPORATION); an ordinal run into the next word is a word
 *  (2NDACADEMY); letters run into a number are two words (UNIT586, NO.39). The patterns are made once (one
 *  written inside a function may be compiled at every call). */
const J_V = /J\s*\/\s*V/giu;
/** A dotted initialism run onto the word before it (CHEMICALJ.V.COMPANY, RYONHWAMACHJ.V.CORPORATION: a held-back
 *  evaluation found these permitted): written apart, so that the initialism is read as one (JV). */
const GLUED_INITIALISM = /(\p{L}{3})((?:\p{L}\.){2,})/gu;
const ORDINAL_RUN = /(\p{N})(st|nd|rd|th)(?=\p{L})/giu;
const LETTER_DIGIT = /(\p{L})(\p{N})/gu;
const NUMBER = /\p{N}/u;
function foldV3(t: string, literal: ReadonlySet<string> | undefined, table?: WordTable): string[] {
  // Most names hold neither a slash nor a number: the replacements are skipped where they cannot apply.
  let s = t.includes('/') ? t.replace(J_V, 'JV') : t;
  s = joinInitialisms(s.includes('.') ? s.replace(GLUED_INITIALISM, '$1 $2') : s);
  if (NUMBER.test(s)) s = s.replace(ORDINAL_RUN, '$1$2 ').replace(LETTER_DIGIT, '$1 $2');
  const words = foldWords(s);
  // Queries: a mistyped organisation word (COPORATION) is read as the word, before phrases are joined
  // (HONG KON is Hong Kong) and before anything is cut into syllables. A word read as written is left alone.
  const fixed = table === undefined ? words : correctVocabularyTypos(words, (w) => table.isListed(w) || literal?.has(w) === true, organisationContext);
  return joinPhrases(fixed as string[], literal);
}

/** The folded words of a name; korean-v3 also joins dotted initialisms and phrases that name one thing. */
export function foldName(text: string, table: WordTable, opts: PrepareOptions): { folded: string[]; organisation: boolean; reshaped?: true } {
  if (!table.profile.entityVocabulary) return { folded: foldWords(text), organisation: false };
  const read = foldV3(text, opts.literal, opts.rejoin === true ? table : undefined);
  const organisation = organisationContext(withoutLiteral(read, opts.literal));
  if (opts.rejoin !== true) return { folded: read, organisation };
  const out = rejoinedName(text, read, organisation, table, opts);
  // Words joined, cut again or split: the name is read otherwise than the list's own names are (`queryForms`).
  return out.folded.length !== read.length || out.folded.some((w, i) => w !== read[i]) ? { ...out, reshaped: true } : out;
}

function rejoinedName(text: string, read: string[], organisation: boolean, table: WordTable, opts: PrepareOptions): { folded: string[]; organisation: boolean } {
  let folded = read;
  if (!organisation) {
    // A person's syllable written in pieces or with a digit for a letter (Ch-ol, Ch ol, Ch0l, S1k) is put
    // together before anything else, so that recall counts the syllable, not its pieces.
    const unmasked = unmaskDigits(text);
    folded = joinSyllableFragments(unmasked === text ? folded : foldV3(unmasked, opts.literal, table));
    folded = recutBrokenSyllables(folded, canonicalV3, (w) => table.isListed(w));
  }
  const rejoined = rejoinWords(folded, canonicalV3, (w) => table.isListed(w), organisation, table.layered ? splitsOf(table) : undefined);
  if (rejoined === folded) return { folded, organisation };
  // Words run together or cut apart are read again only in an organisation's name (TRADINGCORPORATION
  // gives one by itself).
  const again = joinPhrases(rejoined, opts.literal);
  // A business word's abbreviation split from the word it was glued to (NAMCHONGANGTRD: held-back evaluation
  // 18, HB18-1) makes the name an organisation's.
  const gluedOff = again.length > folded.length && again.some((w) => isGluedTail(w) && !folded.includes(w));
  return organisation || gluedOff || shortFormOf(again) || organisationContext(withoutLiteral(again, opts.literal)) ? { folded: again, organisation: true } : { folded, organisation };
}

/** A two-letter tabled short form of an organisation word before OF once the words are put back (BK OFEASTLAND:
 *  bk, of, east, land; a held-back evaluation found BK.OFEASTLAND permitted): no person's name has OF after a
 *  syllable, so the name is an organisation's (Bank of East Land) and Bk its word. */
function shortFormOf(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as string;
    if (words[i + 1] === 'of' && w.length === 2 && isOrganisationWord(tabledWord(w) ?? '')) return true;
  }
  return false;
}

/** Words read as written (CO in a person's name: `personReading`) make no organisation's name. */
function withoutLiteral(words: string[], literal: ReadonlySet<string> | undefined): string[] {
  return literal === undefined ? words : words.filter((w) => !literal.has(w));
}

/** The tokens split so far per query table (their split depends only on the index's words, which no longer
 *  change under a layered table: see `SplitMemo`). */
const splitMemos = new WeakMap<WordTable, SplitMemo>();
function splitsOf(table: WordTable): SplitMemo {
  let m = splitMemos.get(table);
  if (m === undefined) {
    m = [new Map(), new Map()];
    splitMemos.set(table, m);
  }
  return m;
}

/**
 * Listed names standing in free text (a payment's purpose, a goods description): "payment for KOMID invoice",
 * "fees of Korea Mining Development Trading Corporation". A name is found only whole, word for word (after
 * folding, CO. = COMPANY), never by likeness: free text is not a name, so what it holds is a lead for a
 * person to look at, not a match. What could be anyone's is left out, so a narrative that merely speaks of
 * coal or insurance finds nothing:
 *  - a name of one word only when it is an organisation's listed initialism of three letters or more
 *    (KOMID, KNIC, FTB), not a word or abbreviation that payment text uses for itself (SEP, BAL, NGO, LET,
 *    a country's name), and, under five letters, written in capitals in the text (FTB, not "ftb");
 *  - a name of two words or more only when one of its words tells it apart: not a common word of
 *    organisation names (National Insurance Company, Ministry of National Defence are anyone's), a legal
 *    form, a filler or a place; a word naming the DPRK counts (Korea Mining Development Trading Corporation);
 *  - low-quality aliases never (they count only as a whole party name, exactly).
 * Organisation words are read in their short forms as a party's name is (korean-v3 entity vocabulary): "payment
 * via Korea Mining Dev. Trdg Corp." and "goods for Tanchon Comm. Bank" hold the listed names; a word that tells
 * the name apart (TANCHON) is read only as written.
 * The finder is built once per index: the names by their first word, each text folded once.
 */
import type { ScreeningIndex } from './build-index.ts';
import { nationalityKey } from './countries.ts';
import { isDistinctiveWord } from './distinctive-word.ts';
import { isDprkWord } from './generic-entity.ts';
import { abbreviates, v3Canonical } from './entity-vocabulary.ts';
import { foldWords } from './normalize/fold.ts';
import { canonicalWord } from './weak-words.ts';
import { TEXT_WORDS } from './payment-text.ts';

/** A listed name found in a text. */
export interface NameInText {
  /** The record's reference, e.g. KPe.001. */
  ref: string;
  /** The listed name found. */
  name: string;
  /** The words of the text that are the name (folded: lower case; an initialism as listed). */
  words: string;
  regime: string;
}

interface Entry {
  words: readonly string[];
  record: number;
  name: string;
  /** A one-word initialism as listed: under five letters, found only written in capitals. */
  capitals?: string;
  /** A DPRK body's distinctive words alone (GREEN PINE of GREEN PINE ASSOCIATED CORPORATION): found only with each
   *  word capitalised in the text, as a narrative writes a name. */
  core?: true;
}

const finders = new WeakMap<ScreeningIndex, Map<string, Entry[]>>();

// One spelling for the short forms of organisation words (CO. = COMPANY, Trdg = TRADING, Dev. = DEVELOPMENT),
// as the standalone-name reading has them (korean-v3 entity vocabulary).
const fold = (text: string): string[] => foldWords(text).map((w) => v3Canonical(canonicalWord(w)));

/** A word of the text standing for a listed word: the word itself, or a short form of a listed organisation
 *  word ("Comm." for COMMERCIAL, "Mgmt" for MANAGEMENT); a word that tells the name apart only as written.
 *  A person's name has no short forms: "RI CHUN" is not RI CHUN-HWAN written short. */
const standsFor = (text: string, listed: string, entity: boolean): boolean => text === listed || (entity && !tellsApart(listed) && abbreviates(text, listed));

/** A word that tells a name apart; a word naming the DPRK does, in a listed name given whole; a hyphenated word
 *  where one of its pieces does (PRO-GAIN). */
const tellsApart = (w: string): boolean => isDprkWord(w) || isDistinctiveWord(w) || (w.includes('-') && w.split('-').some((p) => p !== '' && (isDprkWord(p) || isDistinctiveWord(p))));

/** Fewest letters of a one-word listed body's name found in a text in any case (MOOYOKBANK, KORYOBANK). */
const MIN_WORD_NAME_LETTERS = 7;
/** Fewest words of a listed person's name found in a text without a word that tells it apart (KIM KWANG IL: a
 *  whole Korean name of three words is a lead; two are anyone's). */
const MIN_PERSON_WORDS = 3;

function finderFor(index: ScreeningIndex): Map<string, Entry[]> {
  let byFirst = finders.get(index);
  if (byFirst !== undefined) return byFirst;
  byFirst = new Map();
  const names = index.names;
  for (let id = 0; id < names.length; id++) {
    if (names.kindOf(id) === 'low') continue;
    const record = names.recordOf(id);
    const r = index.records[record];
    if (r === undefined) continue;
    const name = names.get(id).full;
    const words = fold(name);
    let entry: Entry | undefined;
    if (words.length === 1) {
      const w = words[0]!;
      const capitals = name.replace(/["'’“”]/g, '').trim();
      if (r.kind === 'entity' && names.exactOnly(id) && /^\p{Lu}{3,6}$/u.test(capitals) && !TEXT_WORDS.has(w) && nationalityKey(w) === w) entry = { words, record, name, capitals };
      // A body's one-word name that is no initialism (MOOYOKBANK): found as a word of the text (evaluation 9191).
      else if (r.kind === 'entity' && !names.exactOnly(id) && w.length >= MIN_WORD_NAME_LETTERS && tellsApart(w) && !TEXT_WORDS.has(w)) entry = { words, record, name };
    } else if (words.length > 1 && (words.some(tellsApart) || (r.kind === 'person' && words.length >= MIN_PERSON_WORDS))) {
      entry = { words, record, name };
    }
    // A hyphenated listed word is found written apart too (YUN HO-JIN in "payment for YUN HO JIN goods").
    const apart = entry !== undefined && entry.capitals === undefined && words.some((w) => w.includes('-')) ? fold(name.replace(/-+/g, ' ')) : undefined;
    const core = r.kind === 'entity' && r.regime === 'DPRK' && !names.exactOnly(id) ? coreRun(words) : undefined;
    for (const e of [entry, apart && { words: apart, record, name }, core && { words: core, record, name, core: true as const }]) {
      if (e === undefined) continue;
      const list = byFirst.get(e.words[0]!);
      if (list === undefined) byFirst.set(e.words[0]!, [e]);
      else list.push(e);
    }
  }
  finders.set(index, byFirst);
  return byFirst;
}

/** Fewest letters of a body's distinctive words standing alone in a text (GREEN PINE: 9). */
const MIN_CORE_LETTERS = 7;

/**
 * A listed DPRK body's name less its common words, legal form and place, where what is left is two words or more
 * standing side by side in the name (GREEN PINE of GREEN PINE ASSOCIATED CORPORATION, KINGLY WON of KINGLY WON
 * TRADING): the name a narrative gives it ("per order of Green Pine"; held-back evaluation 19). The screener finds
 * such a party name possible (distinctive-core.ts); in free text it is as much a lead. Undefined otherwise, or when
 * the words are the whole name (found as it already).
 */
function coreRun(words: readonly string[]): string[] | undefined {
  const at = words.map((w, i) => (isDistinctiveWord(w) ? i : -1)).filter((i) => i >= 0);
  if (at.length < 2 || at.length === words.length || at[at.length - 1]! - at[0]! !== at.length - 1) return undefined;
  const core = at.map((i) => words[i]!);
  return core.join('').length >= MIN_CORE_LETTERS ? core : undefined;
}

/** The listed names a free text holds whole, one per record (its longest), in the order they stand. */
export function namesInText(index: ScreeningIndex, text: string): NameInText[] {
  const byFirst = finderFor(index);
  const found = new Map<number, { at: number; entry: Entry }>();
  // Words joined by a hyphen or an underscore ("KOMID-invoice-7", an id) are read apart too.
  const readings = /[-_]/.test(text) ? [fold(text), fold(text.replace(/[-_]+/g, ' '))] : [fold(text)];
  for (const words of readings) for (let i = 0; i < words.length; i++) {
    const candidates = byFirst.get(words[i]!);
    if (candidates === undefined) continue;
    for (const e of candidates) {
      if (i + e.words.length > words.length) continue;
      let k = 1;
      const entity = index.records[e.record]?.kind === 'entity';
      while (k < e.words.length && standsFor(words[i + k]!, e.words[k]!, entity)) k++;
      if (k < e.words.length) continue;
      if (e.capitals !== undefined && e.capitals.length < 5 && !new RegExp(`(?<![\\p{L}\\p{N}])${e.capitals}(?![\\p{L}\\p{N}])`, 'u').test(text)) continue;
      if (e.core === true && !capitalised(text, e.words)) continue;
      const prev = found.get(e.record);
      if (prev === undefined || prev.entry.words.length < e.words.length) found.set(e.record, { at: i, entry: e });
    }
  }
  return [...found.values()].sort((a, b) => a.at - b.at).map(({ entry }) => {
    const r = index.records[entry.record]!;
    return { ref: r.ref, name: entry.name, words: entry.capitals ?? entry.words.join(' '), regime: r.regime };
  });
}

/** Whether the text writes the words side by side, each with a capital (Green Pine, GREEN PINE; not green pine). */
function capitalised(text: string, words: readonly string[]): boolean {
  const pattern = words.map((w) => `${w[0]!.toUpperCase()}${w.slice(1).replace(/./gu, (c) => `[${c}${c.toUpperCase()}]`)}`).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

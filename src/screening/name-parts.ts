/**
 * korean-v3: the names a party string holds beside itself. Payment and invoice party fields carry more than
 * one name: "KOMID c/o Zhang Wei", "Zhang Wei o/b/o KOMID", "X trading as Y", "ZHANG WEI, PAK YONG SIK". Each
 * part is screened as a name of its own as well as the whole string (screenName takes the best per record):
 * "and" and "," also stand inside listed names ("... Trading and ..."), so the whole reading always stays.
 */
import { joinPhrases } from './entity-vocabulary.ts';
import { foldWords, splitParentheticals } from './normalize/fold.ts';
import { segmentSyllables } from './normalize/syllables.ts';
import { isDprkWord } from './generic-entity.ts';
import type { ScreeningMatch } from './types.ts';
import { canonicalWord, isWeakWord, qualifierMask } from './weak-words.ts';
import { isDistinctiveWord } from './distinctive-word.ts';
import { coreNames, paymentSpans } from './party-labels.ts';
import { FREE_TEXT_WORDS } from './payment-text.ts';

/** A part of a party string, screened as a name of its own. */
export interface NamePart {
  text: string;
  /** One word only: screened for organisations only (a lone word of a person's name is no name; a Hangul
   *  word of two to four syllables is a person's whole name, so it is not `oneWord`). */
  oneWord: boolean;
  /** A part the string does not set apart itself (no separator: the words of a listed name found in it, a run
   *  of its words, a name read with its initials written out): why it was tried. Its result is held at
   *  `possible`: where one name ends and the next begins is a guess, for a person to check. */
  inferred?: string;
  /** An inferred part whose possible matches count too (the rest of the string after free-text words: the
   *  name a clean field would hold), not only its matches. */
  possibleCounts?: true;
}

/** Words that put one party in the name of another, longest first (one alternation: the leftmost, then the
 *  first alternative wins, so "for and on behalf of" is read before "and"). */
const ROLE_MARKERS = [
  'for and on behalf of', 'on behalf of', 'in the name of', 'for the account of', 'for account of', 'for a/c of',
  'in favour of', 'in favor of', 'for the attention of', 'attention of', 'attention', 'attn',
  'acting on behalf of', 'acting for', 'as agents for', 'as agent for', 'agent for',
  'doing business as', 'trading as', 'also known as', 'formerly known as', 'formerly', 'previously',
  'o/b/o', 'f/a/o', 'c/o', 't/a', 'd/b/a', 'a/k/a', 'f/k/a', 'a.k.a.', 'a.k.a', 'f.k.a.', 'f.k.a',
  'obo', 'fao', 'dba', 'aka', 'fka',
  // Payment messages' connectors (SWIFT field 59/72 and remittance forms): "… FFC Tanchon Commercial Bank".
  'for further credit to', 'for further credit of', 'further credit to', 'for final credit to', 'ffc',
  'by order of', 'ultimate beneficiary', 'account with', 'acct with', 'a/c with', 'per pro', 'via',
  'in care of', 'care of', 'c.o.', 'c.o', '\u2105', 'for the benefit of', 'for benefit of', 'fbo', 'nominee for', 'nominee of',
  'trustee for', 'agent of', 'alias', 'also called',
  // Held-back evaluation 4747: the listed name before these and another company was permitted.
  'represented by', 'rep by', 'thru', 'ifo', 'c/-', 'p.p.', 'a/c', 'qq',
];

/** Words between two names of a list. */
const LIST_WORDS = ['and', 'or'];

/** Marks between two names: a list (",", ";", "/", "&", "+"). */
const LIST_MARKS = [';', '/', '&', '+', '|'];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const word = (s: string): string => `(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`;

/** One pass over the string: role markers, list words, list marks and the comma, each its own group. */
const SEPARATOR = new RegExp(`(${ROLE_MARKERS.map(word).join('|')})|(${LIST_WORDS.map(word).join('|')})|(${LIST_MARKS.map(escape).join('|')})|(,)`, 'giu');

/** The cheap test before the split: no separator, no parts. */
const ANY_SEPARATOR = /[,;/&+|\u2105]|(?<![\p{L}\p{N}])(?:and|or|c\/o|o\/b\/o|on|in|for|attn|attention|acting|as|agents?|trading|doing|also|formerly|previously|obo|fao|dba|aka|fka|a\.k\.a|f\.k\.a|t\/a|alias|ffc|further|by|ultimate|account|acct|per|via|care|c\.o|fbo|nominee|trustee|represented|rep|thru|ifo|p\.p\.|a\/c|qq)(?![\p{L}\p{N}])/iu;


/** What stands at a part's edges that is no name: spaces, punctuation ("attn: Zhang Wei"). */
const EDGES = /^[^\p{L}\p{N}(]+|[^\p{L}\p{N}).]+$/gu;

/** Words that only qualify a name (a branch, office, place or legal form: ", Ltd."), none naming anyone. */
function qualifying(text: string): boolean {
  const words = joinPhrases(foldWords(text));
  const mask = qualifierMask(words, true);
  return words.length > 0 && words.every((w, i) => mask[i] === true || isWeakWord(canonicalWord(w)));
}

/** How many words of a part are neither small words nor a place or legal form ("Bank of China": one). */
function substantive(text: string): number {
  const words = joinPhrases(foldWords(text));
  const mask = qualifierMask(words, true);
  return words.filter((w, i) => mask[i] !== true && !isWeakWord(canonicalWord(w))).length;
}

/** A word that tells the part apart, or names the DPRK ("Korea Mining Development Trading Corporation"). */
function tellsApart(text: string): boolean {
  return foldWords(splitParentheticals(text).main).some((w) => isDprkWord(w) || isDistinctiveWord(canonicalWord(w)));
}

/** One word that is no person's name: Korean writes a person's whole name as one word (박영식), so a Hangul
 *  word of two to four syllables is tried against persons as well; and so is a Latin word that is three Korean
 *  syllables at the fewest, a whole name with its spaces lost (TO KIMYONGCHOL: re-test 32). */
const HANGUL_WORD = /^\p{Script=Hangul}{2,4}$/u;
const JOINED_NAME = /^[a-z]{7,}$/;
const MIN_JOINED_SYLLABLES = 3;
const joinedName = (text: string): boolean => {
  const w = text.trim().toLowerCase();
  if (!JOINED_NAME.test(w)) return false;
  const segs = segmentSyllables(w);
  return segs.length > 0 && Math.min(...segs.map((s) => s.length)) >= MIN_JOINED_SYLLABLES;
};
const oneWord = (text: string, words: number): boolean => words === 1 && !HANGUL_WORD.test(text.trim()) && !joinedName(text);

// Apostrophes join, as name folding reads them (CH'OL is one word), never split.
const APOSTROPHES = /['\u2018\u2019\u02bb\u02bc`\u00b4]/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const wordsIn = (s: string): number => s.replace(APOSTROPHES, '').split(NOT_WORD).filter((w) => w !== '').length;

/**
 * The parts of a party string that are names of their own (empty: none, or the string is one name). A
 * separator inside brackets is no separator (the brackets are the name's extras). Across a comma where one
 * side is one word, the other side is not a name of its own: "PAK, Yong Sik" is a family name and a given
 * name, "KOMID, Lagos branch" one entity with its branch ("ZHANG WEI, KOMID": KOMID alone is still tried).
 */
export function nameParts(name: string): NamePart[] {
  if (!ANY_SEPARATOR.test(name)) return [];
  const pieces: { text: string; comma: boolean; role: boolean }[] = [];
  let start = 0;
  let depth = 0;
  let scanned = 0;
  let afterRole = false;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(name); m !== null; m = SEPARATOR.exec(name)) {
    for (; scanned < m.index; scanned++) {
      const c = name[scanned];
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
    }
    if (depth > 0) continue;
    // A role marker ("c/o", "FFC") sets apart the names on both sides of it: marked on both.
    pieces.push({ text: name.slice(start, m.index), comma: false, role: m[1] !== undefined || (pieces.length > 0 && pieces[pieces.length - 1]!.role && afterRole) });
    afterRole = m[1] !== undefined;
    // The comma is marked on the piece before it (the piece after is the next one pushed).
    if (m[4] !== undefined) pieces[pieces.length - 1]!.comma = true;
    start = m.index + m[0].length;
  }
  if (pieces.length === 0) return [];
  pieces.push({ text: name.slice(start), comma: false, role: afterRole });
  // A piece that only says which branch, office or place is meant ("..., Pyongyang branch", "Beijing office")
  // qualifies the name before it: joined to it, as a bracketed one is.
  const joined: { text: string; comma: boolean; role: boolean }[] = [];
  for (const p of pieces) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && qualifying(p.text)) {
      prev.text = `${prev.text} ${p.text}`;
      prev.comma = p.comma;
    } else joined.push({ ...p });
  }
  if (joined.length < 2) return [];
  const keep = joined.map((p) => ({ text: p.text.replace(EDGES, ''), words: wordsIn(p.text), use: true, role: p.role }));
  for (let i = 0; i + 1 < keep.length; i++) {
    if (!joined[i]!.comma) continue;
    const a = keep[i]!;
    const b = keep[i + 1]!;
    if (a.words === 1 && b.words > 1) b.use = false;
    else if (b.words === 1 && a.words > 1) a.use = false;
  }
  const out: NamePart[] = [];
  const seen = new Set<string>();
  for (const k of keep) {
    // A part of common words, legal forms and places only (brackets aside) is anyone's name ("... and Trading
    // General Corporation" splits SINGWANG ECONOMICS AND TRADING GENERAL CORPORATION): not screened alone.
    // A name of common words set apart by a role marker ("Zhang Wei c/o Foreign Trade Bank") is a name all the
    // same: tried alone (a generic listed name it meets is held at possible without its country).
    if (!k.use || k.words === 0 || seen.has(k.text.toLowerCase()) || (!tellsApart(k.text) && !(k.role && substantive(k.text) >= 1))) continue;
    seen.add(k.text.toLowerCase());
    // Every part is screened: a name cut from the list would be a permit nobody was told of (a ninth name
    // once went unscreened). The name-length limit bounds them (a 1,000-character string of short names,
    // some 60 parts, screens in a few hundred milliseconds).
    out.push({ text: k.text, oneWord: oneWord(k.text, k.words) });
  }
  // One part only: it is the whole string less a marker ("attn: Zhang Wei"), still a name of its own.
  return out;
}

/**
 * The parts of a party string (`nameParts`) and the name inside what documents write around it (`coreName`:
 * "Consignee: KOMID", "General Kim Yong Chol", "Pak Yong Sik, DPRK", "KOMID 12 NANJING ROAD SHANGHAI"), of
 * the whole string and of each part, each screened as a name of its own.
 */
export function partyParts(name: string): NamePart[] {
  const out = nameParts(name);
  const seen = new Set([name.trim().toLowerCase(), ...out.map((p) => p.text.toLowerCase())]);
  const add = (text: string | undefined, whole = false): void => {
    if (text === undefined || seen.has(text.toLowerCase()) || (!(whole && wordsIn(text) >= 2) && !tellsApart(text))) return;
    seen.add(text.toLowerCase());
    out.push({ text, oneWord: oneWord(text, wordsIn(text)) });
  };
  // A string's names inside what is written around it, or the string itself when nothing is.
  const addCores = (text: string, whole: boolean): void => {
    const cores = coreNames(text);
    if (cores.length === 0) add(text.trim(), whole);
    for (const c of cores) add(c, whole);
  };
  // The name inside the whole string is the party's name, common words or not ("TO THE ORDER OF FOREIGN TRADE
  // BANK", "A/C NO. 7435775235 MACHINE INDUSTRY DEPARTMENT": a listed body of common words, once permitted); a
  // common word alone ("Bank" of "Bank of Korea") is no name.
  const cores = coreNames(name);
  const core = cores[0];
  for (const c of cores) add(c, true);
  // A document's fields run together on one line, two spaces or more where a line broke ("SHIPPER: NINGBO OCEAN
  // EXPORT CO  CONSIGNEE: OCEAN MARITIME MANAGEMENT COMPANY, LIMITED  NOTIFY: SAME AS CONSIGNEE": re-test 35):
  // each field is read as a party string of its own.
  const fields = name.replace(SWIFT_CODEWORD, '  ').split(FIELD_BREAK).filter((f) => f.trim() !== '');
  for (const f of fields.length > 1 ? fields : []) {
    addCores(f, true);
    // A field's label after other text (L/C NO. LC-88213 APPLICANT: NAME, :59:/40817810099910004312 NAME): the
    // name is after the last colon.
    const after = f.slice(f.lastIndexOf(':') + 1);
    if (after !== f && wordsIn(after) >= 2) addCores(after, true);
  }
  for (const span of paymentSpans(name)) add(span, true);
  if (core !== undefined) for (const p of nameParts(core)) add(p.text);
  for (const p of out.slice()) for (const c of coreNames(p.text)) add(c);
  return out;
}

/** A SWIFT field 72/70 code word between slashes (/BNF/NAME/ROC/PO77812): a field break. */
const SWIFT_CODEWORD = /\/(?:BNF|ROC|ACC|INS|INT|REC|INV|RFB|PURP|PHONBEN|TELEBEN|BENEFRES)\//giu;
/** Two spaces or more, or a tab: where a document's line broke between two fields. */
const FIELD_BREAK = /\s{2,}|\t/u;

/** The words of a string, as they are written, split at white space. */
const spaced = (s: string): string[] => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * Runs of words of a long party string with no separator between its names ("KIM SOK CHOL RI SU YONG",
 * "Korea Mining Development Trading Corporation Tanchon Commercial Bank"): every run as long as a listed
 * name beginning with the run's first word (`sizes`: the word counts of the listed names that begin with a
 * word), shorter than the string, most of its words words of listed names (`listed`; a typo or a short form
 * may be the rest), holding a word that tells a name apart. Only for strings of four words or more: a shorter
 * one is read whole well enough. Bounded: a string of n words gives at most n runs per length a listed name
 * beginning with that word has, and the name-length limit bounds n.
 */
export function windowParts(name: string, sizes: (first: string) => readonly number[], seen: ReadonlySet<string>, listed: (word: string) => boolean): NamePart[] {
  const words = spaced(name);
  if (words.length < 4) return [];
  const folded = words.map((w) => foldWords(w));
  const isListed = folded.map((f) => f.some(listed));
  const out: NamePart[] = [];
  const mine = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!isListed[i]) continue;
    for (const size of sizes(folded[i]![0] ?? '')) {
      if (size < 2 || size >= words.length || i + size > words.length) continue;
      let count = 0;
      for (let k = i; k < i + size; k++) if (isListed[k]) count++;
      if (count * 2 < size) continue;
      const text = words.slice(i, i + size).join(' ').replace(EDGES, '');
      const key = text.toLowerCase();
      if (text === '' || seen.has(key) || mine.has(key) || !tellsApart(text)) continue;
      mine.add(key);
      out.push({ text, oneWord: false, inferred: `the words "${text}" of the party's name, read as a name of their own (no separator between the names the string holds)` });
    }
  }
  return out;
}

/** Most words taken off a party string's front: a label or a phrase of free text ("fees re", "payment for
 *  invoice 2231", "B/L NO. COSU6243 CONSIGNED TO", "PAYMENT OF INVOICE 2025-114 DATED 12.05.2025 FOR": security
 *  review 33 found names after six words of it permitted), not a paragraph. */
const MAX_FRONT_WORDS = 10;
/** A SWIFT field's tag run onto the name (59:KOMID, 50K:PAK YONG SIK): the tag is a word of its own. */
const FIELD_TAG = /(^|\s)(\d{2}[A-Za-z]?:)(?=[\p{L}\p{N}])/gu;
/** A listed word this short (re, to, of, for) may be a front's small word. */
const MAX_SMALL_WORD = 3;
/* A front of free text only (`FREE_TEXT_WORDS`: a payment's own words and numbers) is free text for sure, so the
 * tail's possible matches count. A front of other words may be the name's own (The New India Assurance Company:
 * "Assurance Company" alone is no name of it), so the tail then counts only where it is a match, held at possible. */
const NUMBER_OR_MARK = /^[\p{N}\p{P}\p{S}]+$/u;
/** A reference, a date or a number (COSU6243, SH-2025-0412, 20:REF7781, 12.05.2025): a word with a digit in free text. */
const REFERENCE = /\p{N}/u;
/** Whether a front word is free text: a payment's or a document's own word, a number, a reference, marks. */
const freeWord = (w: string): boolean => NUMBER_OR_MARK.test(w) || REFERENCE.test(w) || foldWords(w).every((f) => FREE_TEXT_WORDS.has(f));
/** Whether every word of a front is free text. */
const freeText = (front: readonly string[]): boolean => front.every(freeWord);

/**
 * The rest of a party string after words written before the name ("fees re Chonchongang shipping", "invoice
 * 2231 Chonchongang shipping", "pmt re Korea Ryonbong Gen Corp"): the labels `coreName` knows are only some of
 * what free text puts there, and a name spelt otherwise than the list (Chonchongang) is not found word for
 * word (`namesInText`). Each tail after one to ten front words, while the front holds no listed word and at
 * least one word that reads as no Korean syllables (free text, not a name: "Kiim Yong Chol" gives nothing),
 * and the tail keeps two words and a word that tells a name apart (after free text only, any two words); each also
 * cut before a document's text after the name (`trailingCut`). Held at possible (`mergePartMatches`): the party
 * wrote more than the name; after free text only, the tail's possible matches count too.
 */
export function frontParts(name: string, seen: ReadonlySet<string>, listed: (word: string) => boolean, readsKorean: (word: string) => boolean): NamePart[] {
  const words = spaced(name.replace(FIELD_TAG, '$1$2 '));
  const out: NamePart[] = [];
  let plain = false;
  for (let i = 1; i <= MAX_FRONT_WORDS && words.length - i >= 2; i++) {
    const written = words[i - 1]!;
    const front = foldWords(written);
    // A listed word is the name's own (GENERAL of GENERAL BUREAU OF ATOMIC ENERGY); a listed small word (re, of,
    // for) or a payment's own word (freight, payment) is neither.
    if (!REFERENCE.test(written) && front.some((w) => listed(w) && w.length > MAX_SMALL_WORD && !FREE_TEXT_WORDS.has(w))) break;
    if (front.length === 0 || REFERENCE.test(written) || front.some((w) => FREE_TEXT_WORDS.has(w) || (!listed(w) && !readsKorean(w) && !isWeakWord(canonicalWord(w))))) plain = true;
    if (!plain) continue;
    const text = words.slice(i).join(' ').replace(EDGES, '');
    // After a front of free text only (GOODS DELIVERED TO, CONSIGNED TO, FOR) the rest is the party's name, a
    // body of common words too (FOREIGN TRADE BANK: review 33), and its possible matches count, a person's
    // too (INV NO 2025/0612 HYO KWANG IL); after other words, only a name that tells itself apart, and a
    // person's only where it is a match (CHHO CHUN RYONG: CHUN RYONG alone is another person's name as often).
    const free = freeText(words.slice(0, i));
    // A rest that starts with a small word of free text (FOR Bank of China) is read at the next word: FOR is
    // no short form of FOREIGN there.
    const first = foldWords(words[i]!)[0];
    if (first !== undefined && first.length <= MAX_SMALL_WORD && FREE_TEXT_WORDS.has(first)) continue;
    for (const t of [text, ...trailingCut(words.slice(i), listed)]) {
      if (t === '' || seen.has(t.toLowerCase()) || out.some((o) => o.text === t) || !(tellsApart(t) || free)) continue;
      out.push({ text: t, oneWord: false, ...(free && { possibleCounts: true as const }), inferred: `the words "${t}" after "${words.slice(0, i).join(' ')}", read as a name of their own (words written before the name)` });
    }
  }
  // The name first, the document's text after it (JO YONG-WON HAS REQUESTED AMENDMENT OF THE CREDIT: re-test 35).
  // Counted only where it is a match (held at possible), so a name of common syllables is tried too.
  for (const t of trailingCut(words, listed)) {
    if (seen.has(t.toLowerCase()) || out.some((o) => o.text === t)) continue;
    out.push({ text: t, oneWord: false, inferred: `the words "${t}", read as a name of their own (the text after them is a document's)` });
  }
  return out;
}

/** Words of a document's text after a name that no name holds (… ACCT 6222, … THE SUM OF USD 48,500.00 ONLY,
 *  … HAS REQUESTED AMENDMENT, … WITHOUT VAT, … PLS KINDLY ARRANGE PAYMENT: re-test 35). */
const TRAILING_WORDS = new Set([
  'acct', 'account', 'swift', 'code', 'bic', 'iban', 'sum', 'usd', 'eur', 'cny', 'rmb', 'has', 'have', 'had', 'is', 'are', 'was', 'requested',
  'request', 'requests', 'amendment', 'without', 'vat', 'pls', 'please', 'kindly', 'arrange', 'terms', 'payment', 'payments', 'description',
  'ref', 'reference', 'inv', 'invoice', 'attn', 'tel', 'fax', 'notify', 'only', 'dated', 'due', 'net', 'days', 'roc', 'bnf', 'shall', 'will',
]);
/** The name before the first word of a document's text after it: a word with a digit, a field's label (`NAME:`),
 *  a word from `TRAILING_WORDS` no listed name has, or a comma or a slash ending a word; two words kept at least.
 *  None when no such word follows. */
function trailingCut(words: readonly string[], listed: (word: string) => boolean): string[] {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    const bare = w.toLowerCase().replace(/[^\p{L}\p{N}]+$/u, '');
    const stop = REFERENCE.test(w) || /:$/u.test(w) || (TRAILING_WORDS.has(bare) && !listed(bare));
    const endsHere = /[,/]$/u.test(words[k - 1]!);
    if (!stop && !endsHere) continue;
    const head = words.slice(0, k).join(' ').replace(EDGES, '');
    return k >= 2 && head !== '' ? [head] : [];
  }
  return [];
}

/**
 * The whole string's matches and each part's, one per record: the better score (the whole string's on a
 * tie); a part's result says in its name explanation which part it was found in. An inferred part's match
 * is held at possible, its score below the match threshold (`threshold`); its possible matches are dropped.
 */
export function mergePartMatches(whole: readonly ScreeningMatch[], parts: readonly { part: NamePart; matches: readonly ScreeningMatch[] }[], threshold = 0.85): ScreeningMatch[] {
  const best = new Map<string, ScreeningMatch>();
  for (const m of whole) best.set(m.ref, m);
  const held = Math.round((threshold - 0.001) * 1000) / 1000;
  for (const { part, matches: found } of parts) {
    // An inferred part counts only where it reads as the listed name (a match), then held at possible: a run
    // of words that only resembles a name adds noise the whole string's reading already weighs. The rest of a
    // string after free-text words (`possibleCounts`) is the name a clean field would hold: its possible
    // matches count as they are.
    const matches = part.inferred === undefined ? found : found.filter((m) => m.band === 'match' || part.possibleCounts === true).map((m) => ({
      ...m, band: 'possible' as const, score: Math.min(m.score, held),
      explanation: [...m.explanation, { feature: 'evidence-floor' as const, score: 0, weight: 0, detail: `${m.band === 'match' ? 'held at possible: ' : ''}found in ${part.inferred}` }],
    }));
    for (const m of matches) {
      if (part.oneWord && m.recordKind !== 'entity') continue;
      const prev = best.get(m.ref);
      if (prev !== undefined && (m.score < prev.score || (m.score === prev.score && (prev.band === 'match' || m.band !== 'match')))) continue;
      const explanation = part.inferred !== undefined ? m.explanation : m.explanation.map((e) => (e.feature === 'name' ? { ...e, detail: `${e.detail}; found in the part "${part.text}" of the party's name, screened as a name of its own` } : e));
      best.set(m.ref, { ...m, explanation });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
}

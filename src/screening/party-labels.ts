/**
 * korean-v3: the name a party field holds inside what documents write around it. Invoices, bills of lading
 * and payment messages put a label before the name ("Consignee:", "Messrs.", "To the order of"), a title
 * ("General", "Comrade", "Dr."), the DPRK ("North Korean national …"), a SWIFT account line or field 59F's
 * numbered lines ("/12345678 KOMID", "1/KOMID 2/… 3/KP/PYONGYANG"), and after it the country or the address
 * ("Pak Yong Sik, DPRK", "KOMID 12 NANJING ROAD SHANGHAI"). The name alone is read as the parts of a party
 * string are (`name-parts.ts`): screened as a name of its own with all its readings, the whole string kept.
 * A word or words in quotation marks inside a name (`Kim "Boss" Yong Chol`, ‘Boss’, “Boss”, «Boss») is a
 * nickname, read as a bracketed one is: a name of its own beside the name without it (hostile review, H7).
 * Each rule only adds a reading; none takes one away.
 */
import { isOrganisationWord, v3Canonical } from './entity-vocabulary.ts';
import { canonicalWord } from './weak-words.ts';
import { PAYMENT_CONTEXT, PAYMENT_WORDS, TRAILING_TEXT } from './payment-text.ts';

/** Labels of a document's party boxes: stripped with or without a colon. */
const LABELS = [
  'to the order of', 'to order of', 'notify party', 'ultimate beneficiary', 'beneficiary customer', 'ordering customer',
  'consignee', 'beneficiary', 'shipper', 'notify', 'messrs', 'm/s', 'attn', 'attention', 'remitter', 'applicant', 'in favour of', 'in favor of',
  // Letters of credit, invoices and bills of lading (held-back evaluation 20).
  'l/c applicant', 'lc applicant', 'sold to', 'bill to', 'ship to', 'shipper/exporter', 'shipper / exporter', 'exporter', 'same as consignee',
  'for account of', 'for the account of', 'on behalf of',
];
/** Labels that are common words: stripped only with a colon ("To: KOMID"). */
const COLON_LABELS = ['to', 'name', 'buyer', 'seller', 'payee', 'payer', 'exporter', 'importer', 'account name', 'party', 'customer'];
/** Titles and ranks before a person's name (with or without a full stop), longest first. */
const TITLES = [
  'his excellency', 'her excellency', 'lieutenant general', 'lieutenant', 'vice marshal', 'vice admiral', 'rear admiral', 'major general',
  'colonel general', 'general', 'gen', 'lt', 'ltg', 'col', 'colonel', 'major', 'maj', 'captain', 'capt', 'cpt', 'marshal', 'admiral', 'adm',
  'comrade', 'madam', 'madame', 'director', 'dir', 'prof', 'professor', 'dr', 'doctor', 'ambassador', 'amb', 'h.e', 'minister',
  'chairman', 'chairwoman', 'president', 'premier', 'vice', 'deputy', 'engr', 'eng', 'engineer', 'ind', 'mgr', 'manager', 'mr', 'mrs', 'ms',
  'miss', 'sir', 'secretary', 'commander', 'cmdr', 'dprk', 'd.p.r.k', 'north korean', 'n. korean', 'korean',
  '대표', '사장', '동지', '장군', '원수', '선생', '박사',
];
/** What may follow "DPRK"/"North Korean" before a name: "North Korean national Pak Yong Sik". */
const NATIONAL = ['national', 'citizen', 'nationals', 'resident'];
/** The DPRK and its capital after a name ("Pak Yong Sik, DPRK", "… Pyongyang, DPRK", "… of the DPRK"); another
 *  place after a name is its branch ("KOMID Beijing"), read as a qualifier already. */
const TRAILING_PLACES = [
  'dprk', 'd.p.r.k', 'dpr korea', 'north korea', 'n. korea', 'korea', 'kp', 'pyongyang', 'nampo', 'korea dpr', 'korea (north)',
  'national', 'citizen', 'dprk national',
  '선생', '씨', '동지', '대표',
];
const TOWARDS = new Set(['to', 'from']);

/** Words of an address: the name stops before the word before one ("12 NANJING ROAD", "CENTRAL DISTRICT"). */
const ADDRESS = new Set([
  'road', 'rd', 'street', 'st', 'avenue', 'ave', 'lane', 'district', 'dist', 'county', 'province', 'city', 'room', 'rm', 'block', 'blk',
  'floor', 'flr', 'building', 'bldg', 'tower', 'suite', 'p.o', 'po', 'box', 'village',
]);

/** Words of an organisation's name among `words` (Bureau, Bank, Co): a title before them is part of the name. */
const organisational = (words: readonly string[]): boolean => words.some((w) => isOrganisationWord(v3Canonical(canonicalWord(w))));

/** Patterns compiled once: a `\p{…}` pattern written inside a function is compiled again at each call as the
 *  bench runs the code. */
const BARE_EDGES = /^[^\p{L}\p{N}/]+|[^\p{L}\p{N}]+$/gu;
const bare = (t: string): string => t.toLowerCase().replace(BARE_EDGES, '');

/** A list of phrases as their folded words, kept by first word (compared once per token, not per phrase). */
function phraseTable(phrases: readonly string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ').map(bare);
    const key = words[0]!;
    m.set(key, [...(m.get(key) ?? []), words]);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}
const LABEL_TABLE = phraseTable(LABELS);
const COLON_TABLE = phraseTable(COLON_LABELS);
const TITLE_TABLE = phraseTable(TITLES);
/** Trailing phrases kept by last word. */
const TRAILING_TABLE = phraseTable(TRAILING_PLACES.map((p) => p.split(' ').reverse().join(' ')));

/** The longest phrase of `table` that `words` start with at `i` (its length), or 0. */
function startsWith(words: readonly string[], i: number, table: Map<string, string[][]>): number {
  for (const phrase of table.get(words[i] ?? '') ?? []) {
    if (phrase.every((w, k) => words[i + k] === w)) return phrase.length;
  }
  return 0;
}

/** The longest phrase of `table` (reversed) that `words` end with before `end` (its length), or 0. */
function endsWith(words: readonly string[], end: number, table: Map<string, string[][]>): number {
  for (const phrase of table.get(words[end - 1] ?? '') ?? []) {
    if (end - phrase.length >= 1 && phrase.every((w, k) => words[end - 1 - k] === w)) return phrase.length;
  }
  return 0;
}

const ACCOUNT_WORD = /^(?:a\/c|acct|account|acc|iban|no\.?|#)$/i;
const HAS_DIGIT = /\p{N}/u;
const HANGUL_NAME = /^\p{Script=Hangul}{2,4}$/u;
/** Field 59F, its account line first or not ("/6248930646 1/FIRST OIL JV CO LTD 2/… 3/KP/PYONGYANG"). */
const FIELD_59F = /^\s*(?:\/\S*\s+)?1\/(.+?)(?=\s+[2-9]\/|$)/su;
/** What may stand between an account word and its number ("A/C NO. 123", "ACCOUNT NUMBER: 123", "ACCT #123"). */
const ACCOUNT_NUMBER_WORD = /^(?:no\.?|nos?|number|nr|num|#|:|-)$/i;
/** A label of the address after a name ("ADD: RYONGHUNG-DONG …", "Address: …"): the name stops before it. */
const ADDRESS_LABEL = /^(?:add|addr|address|adr|adresse)\.?:?$/i;
const SPACES = /\s+/u;
/** An account line before the name: /12345678, a SWIFT tag run onto it (:59:/12345678), or a bare number of six
 *  digits or more (2764032864 MOOYOKBANK). */
const ACCOUNT_LINE = /^(?:(?::?\d{2}[A-Za-z]?:)?\/\S*\p{N}|[\p{N}-]*\p{N}{6}[\p{N}-]*$)/u;
/** A SWIFT field's tag at the start of a party string, followed by the name itself (not by an account line). */
const LEADING_FIELD_TAG = /^:?\d{2}[A-Za-z]?:\s*(?=[\p{L}(])/u;
/** A short number after a name: 39, #39, No.39 (a listed name may hold one). */
const SHORT_NUMBER = /^(?:#|no\.?)?\p{N}{1,3}[,.;]?$/iu;
/** A unit of an address written before its number (not UNIT: KPA Unit 586 is a listed name). */
const ADDRESS_UNIT = new Set(['room', 'rm', 'flat', 'apt', 'apartment', 'suite', 'floor', 'flr', 'fl', 'lvl', 'level', 'block', 'blk', 'box', 'p.o', 'po', 'bldg', 'building', 'plot', 'warehouse', 'kv']);
/** An address unit run onto its number (RM.1203, RM1203, FL3, NO.118 aside: NO is a name's word as often). */
const GLUED_UNIT = /^(?:rm|room|flat|apt|fl|flr|bldg|blk|lvl|suite|kv)\.?\p{N}/iu;
/** What follows an address unit: a number, or a unit's letter (FLAT C, APT 7B, RM.1203 read apart). */
const UNIT_NUMBER = /^(?:[#№]?\p{N}[\p{L}\p{N}/.,-]*|\p{Lu}[,.]?)$/u;
const COLON_END = /:$/;
const SWIFT_WORD = /^(?:swift|bic)$/;
const KOREAN_ADDRESS = /-(?:dong|gu|ri|ga)$/u;
const NUMBER_FIRST = /^\p{N}/u;
const CORE_EDGES = /^[^\p{L}\p{N}(]+|[^\p{L}\p{N}).]+$/gu;
/** A span in quotation marks, straight, typographic or angled, opening at a word's start and closing at a word's
 *  end (an apostrophe inside a word, CH'OL or O'Neil, opens nothing). */
const QUOTED = /(^|[\s(,;:])["\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b'`\u00ab\u00bb\u2039\u203a\u300c\u300e\uff02]([^"\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b'`\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02()]+)["\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b'`\u00ab\u00bb\u2039\u203a\u300d\u300f\uff02](?=$|[\s),;:.])/gu;
const BRACKETED = /\([^()]*\)/gu;
const A_LETTER = /\p{L}/u;

/** The name with its quoted parts in brackets (`Kim "Boss" Yong Chol` is `Kim (Boss) Yong Chol`), or the name
 *  itself when nothing is quoted or nothing stands outside the quotes (`"KOMID"` is the name, not a nickname). */
export function quotedAsBracketed(text: string): string {
  if (!QUOTED.test(text)) return text;
  QUOTED.lastIndex = 0;
  const out = text.replace(QUOTED, (all: string, before: string, inner: string) => (A_LETTER.test(inner) ? `${before}(${inner.trim()})` : all));
  return A_LETTER.test(out.replace(BRACKETED, ' ')) ? out : text;
}

/**
 * The names a payment's text gives after `to` or `from` following a payment word, each up to the next `to` or
 * `from` ("PAYMENT FOR COAL FROM KOREA MINING DEVELOPMENT TRADING CORPORATION TO ACME TRADING": both; review 29:
 * `coreName` takes only the last, and with the party's country KR the whole string found nothing), each read as
 * `coreName` reads a party string.
 */
export function paymentSpans(text: string): string[] {
  const tokens = text.trim().split(SPACES).filter((t) => t !== '');
  const words = tokens.map(bare);
  const at = words.findIndex((w) => PAYMENT_WORDS.has(w));
  // `to`, `from`, `bnf` run into the name (PAYMENT FOR INVOICE NO.367 TOFOREIGN TRADE BANK: held-back evaluation
  // 31; TOKIM YONG CHOL, TO:FOREIGN TRADE BANK, WIRE BNFYUN HO-JIN, INVOICE 5 TOHWANG SOK-HWA: re-test 32): after
  // any word of a payment's or an invoice's text, the name starts inside the token.
  const context = words.findIndex((w) => PAYMENT_CONTEXT.has(w));
  if (at < 0 && context < 0) return [];
  const marks: number[] = [];
  const glued = new Map<number, string>();
  for (let k = Math.min(...[at, context].filter((x) => x >= 0)) + 1; k < words.length; k++) {
    if (at >= 0 && k > at && TOWARDS.has(words[k]!) && k < words.length - 1) marks.push(k);
    const g = GLUED_TOWARDS.exec(tokens[k]!);
    if (g !== null) {
      marks.push(k);
      glued.set(k, g[1]!);
    }
  }
  const out: string[] = [];
  marks.forEach((m, j) => {
    const head = glued.get(m);
    const span = [...(head !== undefined ? [head] : []), ...tokens.slice(m + 1, marks[j + 1] ?? tokens.length)].join(' ').replace(CORE_EDGES, '');
    if (span !== '') out.push(coreName(span) ?? span);
  });
  return out;
}
/** `to`, `from` or `bnf` (a beneficiary) with a word run onto it, a colon, hyphen or slash between or none
 *  (TOFOREIGN, FROMKOREA, TOKIM, TO:FOREIGN, BNFYUN). Two letters at least after it: TORI is RI. */
const GLUED_TOWARDS = /^(?:to|from|bnf)[:/-]?(\p{L}{2,}.*)$/iu;

/**
 * The name inside a party string, with labels, titles, the DPRK, account lines, field 59F's numbers and a
 * trailing country or address taken away; undefined when nothing was (or nothing is left).
 */
export function coreName(text: string): string | undefined {
  return coreNames(text)[0];
}

/**
 * `coreName`, and where the name was cut at a short number (OFFICE 39, CHE 2 CHAYON KWAHAKWON, KPA Unit 586: a
 * listed name may hold one; "KOMID 12 NANJING ROAD" is an address) the name read on past it to the next cut too
 * (evaluation 9191: "/609905253 OFFICCE #39 101 BINJIANG RD" read as OFFICCE alone was permitted).
 */
export function coreNames(text: string): string[] {
  let s = quotedAsBracketed(text).trim();
  // A SWIFT field's tag run onto the name without an account between (:59:YUN HO-JIN, :57D:TAESOONG BANK): the
  // tag is no word of the name (held-back evaluation 4747: with a slip, the name was lost behind it).
  s = s.replace(LEADING_FIELD_TAG, '');
  // SWIFT field 59F: "1/NAME 2/ADDRESS 3/CC/TOWN" — the name is line 1 (its next line continuing it: "1/…").
  const f = FIELD_59F.exec(s);
  if (f !== undefined && f !== null) s = f[1]!.trim();
  const tokens = s.split(SPACES).filter((t) => t !== '');
  const words = tokens.map(bare);
  let i = 0;
  const end = tokens.length;
  // "PAYMENT FOR … TO NAME", "transfer from NAME …": the name is after the last to or from that follows a payment word.
  const paymentAt = words.findIndex((w) => PAYMENT_WORDS.has(w));
  if (paymentAt >= 0) {
    for (let k = end - 2; k > paymentAt; k--) if (TOWARDS.has(words[k]!)) { i = k + 1; break; }
  }
  for (let moved = true; moved && i < end;) {
    moved = false;
    const t = tokens[i]!;
    // An account line before the name ("/12345678 KOMID", "/KP12345678 …", "Acct 0012345 …").
    if (ACCOUNT_LINE.test(t)) { i++; moved = true; continue; }
    if (ACCOUNT_WORD.test(words[i]!) || ACCOUNT_WORD.test(tokens[i]!.replace(COLON_END, ''))) {
      // The account word, what may stand before its number, the number: "A/C NO. 2675787841310129 …".
      let k = i + 1;
      while (k < end && ACCOUNT_NUMBER_WORD.test(words[k] === '' ? tokens[k]! : words[k]!)) k++;
      if (k < end - 1 && HAS_DIGIT.test(tokens[k]!)) { i = k + 1; moved = true; continue; }
    }
    let n = startsWith(words, i, LABEL_TABLE);
    if (n > 0 && i + n < end) { i += n; moved = true; continue; }
    n = startsWith(words, i, COLON_TABLE);
    if (n > 0 && i + n < end && COLON_END.test(tokens[i + n - 1]!)) { i += n; moved = true; continue; }
    n = startsWith(words, i, TITLE_TABLE);
    // A title leaves at least two words ("General" alone, or "Vice Marshal X", is no name to strip to), or a
    // Hangul name, which Korean writes as one word (대표 박영식); and stands before a person's name, not in an
    // organisation's (GENERAL BUREAU OF ATOMIC ENERGY, Director's Office Trading Co).
    if (n > 0 && (end - (i + n) >= 2 || (end - (i + n) === 1 && HANGUL_NAME.test(tokens[i + n]!))) && !organisational(words.slice(i + n, end).filter((w) => !NATIONAL.includes(w)))) { i += n; moved = true; continue; }
    if (NATIONAL.includes(words[i]!) && end - i >= 3) { i++; moved = true; }
  }
  // After the name: an address (a number, or an address word and the word before it), an account, the country.
  const first = nameEnd(tokens, words, i, i + 1, end);
  const ends = [first.end];
  if (first.shortNumber) ends.push(nameEnd(tokens, words, i, first.end + 1, end).end);
  const out: string[] = [];
  for (const e of ends) {
    const core = trimmedCore(tokens, words, i, e, text);
    if (core !== undefined && !out.includes(core)) out.push(core);
  }
  return out;
}

/** Where the name that starts at `start` ends, read from `from`: before an address, an account, a document's text;
 *  `shortNumber`: the cut is at a number of one to three digits (# or No. before it), which a listed name may hold. */
function nameEnd(tokens: readonly string[], words: readonly string[], start: number, from: number, end: number): { end: number; shortNumber: boolean } {
  for (let k = from; k < end; k++) {
    const b = words[k]!;
    if (ACCOUNT_WORD.test(b) && k + 1 < end && HAS_DIGIT.test(tokens[k + 1]!)) return { end: k, shortNumber: false };
    if (SWIFT_WORD.test(b) || ADDRESS_LABEL.test(tokens[k]!) || TRAILING_TEXT.has(b) || (b === 'as' && words[k + 1] === 'per')) return { end: k, shortNumber: false };
    // A unit of an address before its number (RM 1203, FLAT 4, P.O. BOX 12) starts the address itself; a street's
    // word (NANJING ROAD) takes the word before it.
    // An address word before a number or a unit's letter (BLDG 4, FLAT C, APT 7B), or run onto its number
    // (RM.1203, RM1203), starts the address itself.
    if ((ADDRESS_UNIT.has(b) || ADDRESS.has(b)) && k + 1 < end && UNIT_NUMBER.test(tokens[k + 1]!)) return { end: k, shortNumber: false };
    if (GLUED_UNIT.test(tokens[k]!)) return { end: k, shortNumber: false };
    if (ADDRESS.has(b) || KOREAN_ADDRESS.test(b)) return { end: Math.max(start + 1, k - 1), shortNumber: false };
    if (NUMBER_FIRST.test(b)) return { end: k, shortNumber: SHORT_NUMBER.test(tokens[k]!) };
  }
  return { end, shortNumber: false };
}

/** The name between `i` and `end` less a trailing country (and its "of the"); undefined when it is the text itself. */
function trimmedCore(tokens: readonly string[], words: readonly string[], i: number, end: number, text: string): string | undefined {
  for (let moved = true; moved && end - i > 1;) {
    moved = false;
    let n = endsWith(words, end, TRAILING_TABLE);
    if (n === 0 || end - n - i < 1) continue;
    // "… of the DPRK", "… of DPRK": the small words go with the country.
    if (words[end - n - 1] === 'the' && words[end - n - 2] === 'of' && end - n - 2 - i >= 1) n += 2;
    else if (words[end - n - 1] === 'of' && end - n - 1 - i >= 1) n += 1;
    end -= n;
    moved = true;
  }
  if (i >= end) return undefined;
  const core = tokens.slice(i, end).join(' ').replace(CORE_EDGES, '');
  if (core === '' || core.toLowerCase() === text.trim().toLowerCase()) return undefined;
  return core;
}

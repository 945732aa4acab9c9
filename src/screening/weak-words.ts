/**
 * Words that say little about who a party is: company forms and fillers. They still count (a listed
 * "X TRADING CORPORATION" is better matched by "X Trading Corp" than by "X Bank"), but with a small weight,
 * and they are never used to find candidates.
 */

/** Abbreviations folded to one spelling so that CO. = COMPANY, LTD = LIMITED. */
export const CANONICAL_WORD: ReadonlyMap<string, string> = new Map([
  ['co', 'company'], ['cie', 'company'], ['corp', 'corporation'], ['ltd', 'limited'], ['inc', 'incorporated'],
  ['intl', 'international'], ['jv', 'jointventure'], ['shpg', 'shipping'], ['dept', 'department'],
  ['llc', 'limited'], ['plc', 'limited'], ['pte', 'private'], ['gmbh', 'limited'], ['&', 'and'],
  ['banking', 'bank'], ['1st', 'first'], ['2nd', 'second'], ['3rd', 'third'],
]);

const WEAK = new Set([
  'company', 'corporation', 'limited', 'incorporated', 'general', 'trading', 'trade', 'group', 'international',
  'jointventure', 'joint', 'venture', 'private', 'holding', 'holdings', 'enterprise', 'enterprises', 'firm',
  'the', 'of', 'and', 'for', 'de', 'la', 'el', 'al', 'bin', 'ibn', 'korea', 'korean', 'dprk', 'democratic',
  'peoples', 'republic', 'people', 'import', 'export', 'importexport',
]);

/** Fillers and titles: they carry next to no weight (Mr Pak Yong Sik is PAK YONG SIK). */
const FILLER = new Set(['the', 'of', 'and', 'for', 'de', 'la', 'el', 'mr', 'mrs', 'ms', 'miss', 'dr', 'jr', 'sr']);

/** Common in entity names but still informative: half weight. */
const MEDIUM = new Set([
  'bank', 'banking', 'credit', 'shipping', 'development', 'technology', 'industry', 'industrial', 'machinery',
  'center', 'centre', 'department', 'committee', 'ministry', 'academy', 'national', 'foreign', 'united', 'office',
  'bureau', 'commercial', 'insurance', 'association', 'associated', 'management', 'marine', 'maritime',
]);

export function canonicalWord(text: string): string {
  return CANONICAL_WORD.get(text) ?? text;
}

export function wordWeight(text: string): number {
  if (FILLER.has(text)) return 0.05;
  if (WEAK.has(text)) return 0.15;
  return MEDIUM.has(text) ? 0.5 : 1;
}

export function isWeakWord(text: string): boolean {
  return WEAK.has(text);
}

/**
 * korean-v2: words that say which part or place of an entity is meant, or its legal form: "KOMID,
 * Pyongyang branch" is KOMID. A query word among these that the listed name lacks barely counts.
 */
const QUALIFIER = new Set([
  // parts of an entity
  'branch', 'branches', 'office', 'offices', 'representative', 'representation', 'rep', 'agency', 'agent',
  'subsidiary', 'division', 'headquarters', 'hq', 'affiliate', 'liaison', 'mission', 'overseas', 'local',
  'regional', 'main', 'head', 'in', 'at',
  // legal forms beyond the weak ones
  'jsc', 'ojsc', 'cjsc', 'pjsc', 'sa', 'ag', 'bv', 'nv', 'srl', 'spa', 'sarl', 'kk', 'pvt', 'fze', 'fzco', 'fzc',
  'lp', 'llp', 'ooo', 'sdn', 'bhd', 'tbk', 'pt',
  // places where DPRK entities keep offices
  'pyongyang', 'nampo', 'chongjin', 'wonsan', 'hamhung', 'sinuiju', 'rason', 'rajin', 'sonbong', 'kaesong',
  'haeju', 'hyesan', 'kanggye', 'beijing', 'dandong', 'shenyang', 'shanghai', 'dalian', 'hunchun', 'yanji',
  'tianjin', 'guangzhou', 'shenzhen', 'hong', 'kong', 'hongkong', 'macau', 'macao', 'vladivostok', 'moscow',
  'khabarovsk', 'nakhodka', 'singapore', 'bangkok', 'kuala', 'lumpur', 'jakarta', 'hanoi', 'yangon',
  'vientiane', 'phnom', 'penh', 'ulaanbaatar', 'dubai', 'tehran', 'damascus', 'beirut', 'cairo', 'khartoum',
  'tripoli', 'luanda', 'harare', 'windhoek', 'kampala', 'minsk', 'berlin', 'sofia', 'bucharest', 'warsaw',
  'prague', 'havana', 'caracas', 'china', 'russia', 'russian', 'federation', 'thailand', 'malaysia', 'vietnam',
  'cambodia', 'laos', 'mongolia', 'myanmar', 'burma', 'indonesia', 'iran', 'syria', 'egypt', 'sudan', 'libya',
  'angola', 'uganda', 'namibia', 'zimbabwe', 'uae', 'emirates', 'city', 'province', 'district', 'port',
]);

export function isQualifierWord(text: string): boolean {
  return QUALIFIER.has(text);
}

/** korean-v3: a qualifier word that qualifies on its own (not hong or kong alone: see NOT_ALONE). */
export function isQualifierAlone(text: string): boolean {
  return QUALIFIER.has(text) && !NOT_ALONE.has(text);
}

/** Words that name a part of an entity: the word before one is its place ("Lagos branch"). */
const PART = new Set(['branch', 'branches', 'office', 'offices', 'representative', 'representation', 'agency', 'subsidiary', 'division', 'liaison', 'mission', 'headquarters', 'hq']);
/** Words after which comes a place ("office in Lagos"). */
const PLACE_BEFORE = new Set(['in', 'at']);

/** korean-v3: words that name a place only together ("Hong Kong", made one word first): alone, a name's
 *  syllable (Ri Hong Mu). */
const NOT_ALONE = new Set(['hong', 'kong']);

/**
 * korean-v2: which words of a query name qualify it rather than name it: qualifier words, the words just
 * before and after a part word (a place we do not know: "Lagos branch", "Branch Office, Yerevan") and the
 * word just after in/at. korean-v3 (`strictPlaces`): hong and kong alone are not places.
 */
export function qualifierMask(texts: readonly string[], strictPlaces = false): boolean[] {
  return texts.map((t, i) => (QUALIFIER.has(t) && !(strictPlaces && NOT_ALONE.has(t))) || PART.has(texts[i + 1] ?? '') || PART.has(texts[i - 1] ?? '') || PLACE_BEFORE.has(texts[i - 1] ?? ''));
}

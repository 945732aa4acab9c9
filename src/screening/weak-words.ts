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

/**
 * korean-v2: entity names made of common words. "MINISTRY OF DEFENSE" is every country's ministry, and
 * "Korea Mining Corporation" shares only common words with KOREA MINING DEVELOPMENT TRADING CORPORATION.
 * Such a match needs corroboration, the party's country agreeing with the listed entity's, before it can
 * reach the threshold:
 * - a partial match: the query meets none of the listed name's distinctive words and leaves one of its
 *   informative words out;
 * - a generic name in full: the listed name has no distinctive word, its informative words weigh at most
 *   GENERIC_WEIGHT (MINISTRY OF DEFENSE: 0.5 + 1; FOREIGN TRADE BANK: 0.5 + 0.5), and neither it nor the
 *   query names the DPRK (KOMID's "Pyongyang branch" does).
 */
import { isIsoKey, nationalityKey } from './countries.ts';
import type { NameComparison } from './name-score.ts';
import type { ListRecord } from './un-list/model.ts';
import { isQualifierWord, isWeakWord, qualifierMask, wordWeight } from './weak-words.ts';

/** The highest name score an uncorroborated generic match keeps: below the default threshold (0.85). */
export const GENERIC_CAP = 0.8;
/** A listed name of common words weighing at most this is generic even when given in full. */
export const GENERIC_WEIGHT = 1.5;

/** Common words of organisation names: none of them tells one organisation from another. */
const COMMON = new Set([
  'ministry', 'defense', 'defence', 'national', 'state', 'public', 'people', 'peoples', 'army', 'armed', 'forces',
  'force', 'air', 'navy', 'naval', 'military', 'security', 'intelligence', 'bureau', 'department',
  'committee', 'commission', 'council', 'administration', 'agency', 'office', 'center', 'centre', 'institute',
  'academy', 'science', 'sciences', 'natural', 'research', 'university', 'college', 'school', 'mining', 'mineral',
  'minerals', 'development', 'trade', 'trading', 'bank', 'banking', 'commercial', 'credit', 'foreign', 'finance',
  'financial', 'investment', 'insurance', 'industry', 'industrial', 'industries', 'machinery', 'machine',
  'equipment', 'technology', 'technical', 'engineering', 'construction', 'energy', 'oil', 'petroleum', 'gas',
  'chemical', 'chemicals', 'metal', 'metals', 'steel', 'iron', 'coal', 'gold', 'electronics', 'electric',
  'shipping', 'maritime', 'marine', 'ocean', 'sea', 'east', 'west', 'north', 'south', 'central', 'economic',
  'economics', 'economy', 'management', 'services', 'service', 'cooperation', 'cooperative', 'association',
  'union', 'federation', 'transport', 'logistics', 'freight', 'line', 'lines', 'star', 'golden', 'new', 'first',
  'second', 'third', 'united', 'world', 'global', 'overseas', 'project', 'projects', 'nuclear', 'space', 'political', 'workers', 'party',
  'youth', 'light', 'heavy', 'food', 'medical', 'health', 'export', 'import', 'supply', 'general', 'external',
  'internal', 'affairs', 'social', 'culture', 'cultural', 'sports', 'art', 'arts', 'film', 'media', 'news',
  'information', 'computer', 'software', 'systems', 'system', 'products', 'product', 'goods', 'materials',
]);

/** A common word of organisation names (Ministry, National, Trading, Coal, ...). */
export function isCommonWord(w: string): boolean {
  return COMMON.has(w);
}

/** A word naming the DPRK or its capital (Korea, DPRK, Pyongyang, ...). */
export function isDprkWord(w: string): boolean {
  return DPRK_WORDS.has(w);
}

/** Words that name the DPRK or its capital: a listed or query name holding one is not anyone's. */
const DPRK_WORDS = new Set(['korea', 'korean', 'dprk', 'dprkn', 'pyongyang', 'choson', 'chosun', 'joson', 'nampo']);

const informative = (w: string): boolean => wordWeight(w) >= 0.5;

/**
 * Why this comparison of a query with a listed entity name needs corroboration; undefined when it does not.
 * korean-v3 (`strict`): a place is no distinctive word (HONG KONG ELECTRONICS is generic), and only the
 * query naming the DPRK (Korea, DPRK, Pyongyang) exempts a generic name, not the listed name naming it
 * (KOREAN NATIONAL INSURANCE COMPANY against "National Insurance Company Limited").
 */
export function genericMatch(cmp: NameComparison, queryWords: readonly string[], strict = false): string | undefined {
  const listed = [...cmp.pairs.map((p) => p.listed), ...cmp.unmatchedListed];
  const listedInformative = listed.filter(informative);
  if (!sharesOnlyCommonWords(cmp, strict)) return undefined;
  if (cmp.unmatchedListed.some(informative)) {
    return `only common words of the listed name were given (not ${cmp.unmatchedListed.filter(informative).join(' ')})`;
  }
  const distinctive = listedInformative.some((w) => distinctiveWord(w, strict));
  const queryNamesDprk = queryWords.some((w) => DPRK_WORDS.has(w));
  const namesDprk = queryNamesDprk || (!strict && listed.some((w) => DPRK_WORDS.has(w)));
  const weight = listedInformative.reduce((a, w) => a + wordWeight(w), 0);
  // korean-v3: a state body of common words is generic however long its name (every state has a
  // Ministry of National Defence).
  const generic = weight <= GENERIC_WEIGHT || (strict && isStateBody(cmp));
  if (!distinctive && generic && !namesDprk) return 'a generic name: any country may have one';
  return undefined;
}

/** Words naming a body of a state: its ministries, armed forces, party and academies. */
const STATE_BODY = new Set([
  'ministry', 'department', 'bureau', 'committee', 'commission', 'council', 'army', 'forces', 'force', 'navy',
  'academy', 'administration', 'agency', 'party', 'command', 'guard', 'guards', 'government', 'cabinet', 'office',
]);

/** korean-v3: a listed name that names a body of a state (a ministry, an armed force, a party organ). */
export function isStateBody(cmp: NameComparison): boolean {
  return cmp.pairs.some((p) => STATE_BODY.has(p.listed)) || cmp.unmatchedListed.some((w) => STATE_BODY.has(w));
}

function distinctiveWord(w: string, strict: boolean): boolean {
  return informative(w) && !COMMON.has(w) && !(strict && isQualifierWord(w));
}

/** The query meets no distinctive word of the listed name: every word in common is a common one. */
export function sharesOnlyCommonWords(cmp: NameComparison, strict = false): boolean {
  return !cmp.pairs.some((p) => distinctiveWord(p.listed, strict));
}

/** korean-v3: the query meets no informative word of the listed name but places ("Hong Kong" against HONG
 *  KONG ELECTRONICS): a place is no name. Not when the query gives every informative word of the listed
 *  name: a listed name is never dropped for being given whole. */
export function sharesOnlyPlaces(cmp: NameComparison): boolean {
  return !cmp.pairs.some((p) => informative(p.listed) && !isQualifierWord(p.listed)) && !givesListedWords(cmp);
}

/** The query meets every informative word of the listed name (in any relation). */
function givesListedWords(cmp: NameComparison): boolean {
  return cmp.pairs.length > 0 && !cmp.unmatchedListed.some(informative);
}

/**
 * korean-v3: the listed name given whole and exactly (every listed word met word for word; the query adds
 * at most a branch, place, legal form or small word), and the listed name names the DPRK itself (KOREA
 * MINING DEVELOPMENT TRADING CORPORATION, STRATEGIC ROCKET FORCE OF THE KOREAN PEOPLE'S ARMY). Such a
 * name is nobody else's whatever country the party gives: a DPRK front abroad gives the country it
 * operates from. Korea and Korean do not count for a party of the Republic of Korea (KR), where they name
 * the other Korea; Pyongyang, DPRK, Choson do.
 */
export function wholeDprkName(cmp: NameComparison, country: string): boolean {
  if (cmp.pairs.length === 0 || cmp.unmatchedListed.length > 0) return false;
  if (!cmp.pairs.every((p) => p.relation === 'exact')) return false;
  const extra = qualifierMask(cmp.unmatchedQuery, true);
  if (!cmp.unmatchedQuery.every((w, i) => extra[i] === true || isWeakWord(w))) return false;
  const kr = nationalityKey(country) === 'KR';
  return cmp.pairs.some((p) => DPRK_WORDS.has(p.listed) && !(kr && (p.listed === 'korea' || p.listed === 'korean')));
}

/** Lines of business, each with its words: a query and a listed name each naming a line the other does
 *  not are other organisations. Trading is importing and exporting; a bank gives credit. */
const LINES: Readonly<Record<string, readonly string[]>> = {
  trade: ['trading', 'trade', 'import', 'export', 'importexport'],
  finance: ['bank', 'credit', 'finance', 'financial', 'investment', 'securities'],
  insurance: ['insurance'],
  shipping: ['shipping', 'maritime', 'marine', 'freight', 'logistics', 'transport', 'shipbuilding'],
  mining: ['mining', 'mineral', 'minerals', 'metal', 'metals', 'steel', 'cement'],
  machinery: ['machinery', 'machine', 'equipment', 'manufacturing', 'motor', 'motors'],
  industry: ['industry'],
  chemicals: ['chemical', 'pharmaceutical', 'pharmaceuticals'],
  energy: ['energy', 'oil', 'petroleum', 'gas', 'electric'],
  electronics: ['electronics', 'electronic', 'software', 'technology', 'technical'],
  building: ['construction', 'engineering'],
  consumer: ['food', 'medical', 'textile', 'textiles', 'garment', 'garments', 'tobacco', 'fishery', 'fisheries'],
  travel: ['hotel', 'travel', 'tours', 'airline', 'airlines'],
  // a group of companies is another thing than a trading house (Daesung Group, DAESONG TRADING)
  group: ['group', 'holding'],
};
const LINE_OF = new Map<string, string>();
for (const [line, words] of Object.entries(LINES)) for (const w of words) LINE_OF.set(w, line);

/**
 * korean-v3: a query that shares a name with a listed entity but names another line of business beside it
 * ("Daesung Industrial" against DAESONG TRADING): another organisation as likely as the listed one, so at
 * most possible. Undefined when the lines of business do not conflict.
 */
export function otherBusiness(cmp: NameComparison): string | undefined {
  const q = cmp.unmatchedQuery.filter((w) => LINE_OF.has(w));
  const l = cmp.unmatchedListed.filter((w) => LINE_OF.has(w));
  if (q.length === 0 || l.length === 0) return undefined;
  const lines = new Set(l.map((w) => LINE_OF.get(w)));
  if (q.some((w) => lines.has(LINE_OF.get(w)))) return undefined;
  return `another line of business: ${q.join(' ')} where the listed name has ${l.join(' ')}`;
}

/** korean-v3: the party's country against a listed entity's (nationality or address): agrees, contradicts
 *  (both known countries, none in common), or says nothing. */
export function countryAgreement(country: string | undefined, record: ListRecord): 'agrees' | 'contradicts' | undefined {
  if (country === undefined || country.trim() === '') return undefined;
  const key = nationalityKey(country);
  if (key === undefined || !isIsoKey(key)) return undefined;
  const listed = listedCountries(record);
  if (listed.length === 0) return undefined;
  if (listed.includes(key)) return 'agrees';
  return listed.every(isIsoKey) ? 'contradicts' : undefined;
}

function listedCountries(record: ListRecord): string[] {
  const out: string[] = [];
  for (const n of [...record.nationalities, ...record.addresses.map((a) => a.split(',').pop() ?? '')]) {
    const k = nationalityKey(n.trim());
    if (k !== undefined && !out.includes(k)) out.push(k);
  }
  return out;
}

/** The party's country or nationality agrees with the listed entity's (nationality or address). */
export function countryCorroborates(country: string | undefined, record: ListRecord): boolean {
  if (country === undefined || country.trim() === '') return false;
  const key = nationalityKey(country);
  if (key === undefined) return false;
  const listed = [...record.nationalities, ...record.addresses.map((a) => a.split(',').pop() ?? '')];
  return listed.some((n) => nationalityKey(n.trim()) === key);
}

/** korean-v3: words as common as those of COMMON in a state body's name (every state has an atomic energy
 *  body); kept apart so korean-v2 reads them as before. */
const STRICT_COMMON = new Set(['atomic', 'aerospace', 'nuclear', 'korea', 'korean', 'dprk', 'dprkn']);
/** korean-v3: legal forms: a name's kind of company, not what it does nor who it is. */
const LEGAL_FORM_WORDS = new Set(['company', 'corporation', 'limited', 'incorporated', 'co', 'ltd', 'inc', 'corp', 'plc', 'llc', 'enterprise']);

const strictCommon = (w: string): boolean => COMMON.has(w) || STRICT_COMMON.has(w) || DPRK_WORDS.has(w) || !informative(w);
/** A word left unmatched that tells two organisations apart: not a legal form, the DPRK, a branch or a place
 *  (KOMID's Pyongyang branch), nor a small word. */
const tellsApart = (w: string): boolean => wordWeight(w) > 0.05 && !LEGAL_FORM_WORDS.has(w) && !DPRK_WORDS.has(w) && !isQualifierWord(w);

/**
 * korean-v3: the query and the listed name share common words only (Bank, Korea, Department, Atomic,
 * Energy) and the listed name has a word the query lacks ("Bank of Korea" against KOREA TRADING BANK,
 * "Department of Atomic Energy" against GENERAL DEPARTMENT OF ATOMIC ENERGY): another body of the same
 * kind as likely as the listed one, so at most possible without the party's country agreeing. The listed
 * name given in full, or with only a legal form or the DPRK's name left out or added, is not held.
 */
export function commonWordsOnly(cmp: NameComparison): string | undefined {
  if (cmp.pairs.length === 0 || !cmp.pairs.every((p) => strictCommon(p.listed))) return undefined;
  // The listed name's words only: a query's own additions are its branch, office or city as often
  // ("Korea Trading Bank Lagos branch"), and a body of another kind misses a listed word all the same.
  const extra = cmp.unmatchedListed.filter(tellsApart);
  if (extra.length === 0) return undefined;
  return `only common words in common, and ${extra.join(' ')} on one side only`;
}

/** korean-v3: what kind of business a line word names: a bank is no company of another kind. */
const KIND_WORDS = new Set(['bank', 'banking', 'insurance']);

/**
 * korean-v3: a name in common but another kind of organisation: a legal form on one side where the other
 * names a bank ("Dongbang Corporation" against DONGBANG BANK, "Koryo Corporation" against KORYO BANK): at
 * most possible. Undefined when the kinds do not conflict.
 */
export function otherKind(cmp: NameComparison): string | undefined {
  const q = cmp.unmatchedQuery;
  const l = cmp.unmatchedListed;
  const form = (ws: readonly string[]): string | undefined => ws.find((w) => LEGAL_FORM_WORDS.has(w));
  const kind = (ws: readonly string[]): string | undefined => ws.find((w) => KIND_WORDS.has(w));
  const qf = form(q);
  const lk = kind(l);
  if (qf !== undefined && lk !== undefined && kind(q) === undefined) return `another kind of organisation: ${qf} where the listed name has ${lk}`;
  const lf = form(l);
  const qk = kind(q);
  if (lf !== undefined && qk !== undefined && kind(l) === undefined) return `another kind of organisation: ${qk} where the listed name has ${lf}`;
  return undefined;
}

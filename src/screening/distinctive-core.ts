/**
 * korean-v3: a listed organisation named by its distinctive words alone (security review 17, H17-4). UN
 * Panel reports and payment lines name KPe.010 GREEN PINE ASSOCIATED CORPORATION "Green Pine": two words
 * that read as Korean syllables, so the query was taken for a person's name and no organisation was
 * compared. A query whose distinctive words (isDistinctiveWord: no common organisation word, legal form,
 * place or country) are exactly all the distinctive words of a listed organisation's name, given whole or
 * written together (Greenpine), finds it, as a possible match. Only all of them: Green Energy, Pine Tree
 * and Golden Star share a word or two with a listed name, not its whole distinctive core.
 */
import type { ScreeningIndex } from './build-index.ts';
import { isDistinctiveWord } from './distinctive-word.ts';
import { foldWords } from './normalize/fold.ts';
import { v3Canonical } from './entity-vocabulary.ts';
import { canonicalWord, isWeakWord } from './weak-words.ts';
import type { NameComparison } from './name-score.ts';

/** Words of business names that say what a company is, not which (beside isDistinctiveWord's): a listed
 *  name's core is what is left without them (GREEN PINE ASSOCIATED CORPORATION: green pine). */
const BUSINESS_WORDS = new Set(['associated', 'associates', 'association', 'energy', 'pte', 'private', 'international', 'intl', 'holding', 'holdings',
  'group', 'technology', 'technologies', 'tech', 'resources', 'services', 'service', 'solutions', 'enterprise', 'enterprises', 'industries', 'industry',
  'shipping', 'shpg', 'logistics', 'limited', 'ltd', 'co', 'company', 'corp', 'corporation', 'inc', 'llc', 'plc', 'sa', 'gmbh', 'trading', 'and']);

/** Legal forms a query may add to the core. */
const LEGAL_FORMS = new Set(['limited', 'ltd', 'co', 'company', 'corp', 'corporation', 'inc', 'incorporated', 'llc', 'plc', 'pte', 'private', 'gmbh', 'sa', 'the']);

/** The distinctive words of a name, in order (canonical spellings: Ltd is limited). */
function coreWords(name: string): string[] {
  return foldWords(name).map((w) => v3Canonical(canonicalWord(w))).filter((w) => !BUSINESS_WORDS.has(w) && isDistinctiveWord(w));
}

/** The score a name's distinctive core alone gets: in the possible band, never a match on its own. */
export const CORE_SCORE = 0.75;

interface Cores {
  /** Distinctive words, sorted and joined by a space, to the organisation names holding exactly those. */
  bySet: Map<string, number[]>;
  /** Distinctive words in the listed order written together (greenpine), to the names. */
  joined: Map<string, number[]>;
}
const cache = new WeakMap<ScreeningIndex, Cores>();

function push(m: Map<string, number[]>, k: string, id: number): void {
  const l = m.get(k);
  if (l === undefined) m.set(k, [id]);
  else if (!l.includes(id)) l.push(id);
}

function coresOf(index: ScreeningIndex): Cores {
  let c = cache.get(index);
  if (c !== undefined) return c;
  c = { bySet: new Map(), joined: new Map() };
  for (let id = 0; id < index.names.length; id++) {
    const record = index.records[index.names.recordOf(id)];
    if (record?.kind !== 'entity' || index.names.exactOnly(id)) continue;
    const core = coreWords(index.names.get(id).full);
    // Two words at least: a single distinctive word alone (Huaxin, Leader) is left to the name score, where
    // an ordinary English word weighs as it should.
    if (core.length < 2 || core.join('').length < 5) continue;
    push(c.bySet, [...new Set(core)].sort().join(' '), id);
    push(c.joined, core.join(''), id);
  }
  cache.set(index, c);
  return c;
}

/** The listed organisation names (ids) whose distinctive words are exactly the query's. */
export function distinctiveCoreCandidates(index: ScreeningIndex, name: string): number[] {
  const core = coreWords(name);
  if (core.length === 0 || core.length > 6) return [];
  // The query is the core, with a legal form at most: another business word (Daedong Industrial, Bank of
  // East Asia) says another company, and the name score weighs it.
  if (!foldWords(name).map((w) => v3Canonical(canonicalWord(w))).every((w) => core.includes(w) || LEGAL_FORMS.has(w) || isWeakWord(w))) return [];
  const c = coresOf(index);
  const out = new Set<number>([...(c.bySet.get([...new Set(core)].sort().join(' ')) ?? []), ...(c.joined.get(core.join('')) ?? [])]);
  return [...out];
}

/** The comparison shown for a core found: the query's distinctive words against the listed name's. */
export function coreComparison(query: string, listed: string): NameComparison {
  const core = coreWords(query);
  const words = foldWords(listed).map((w) => v3Canonical(canonicalWord(w)));
  const mine = coreWords(listed);
  const pairs = mine.length === core.length
    ? core.map((w, i) => ({ query: w, listed: mine.includes(w) ? w : (mine[i] as string), relation: 'exact' as const }))
    : [{ query: core.join(' '), listed: mine.join(' '), relation: 'exact' as const }];
  return { score: CORE_SCORE, pairs, unmatchedQuery: [], unmatchedListed: words.filter((w) => !mine.includes(w)), reordered: false };
}

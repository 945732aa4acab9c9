/**
 * korean-v3: a listed organisation named by its distinctive words alone (security review 17, H17-4). UN
 * Panel reports and payment lines name KPe.010 GREEN PINE ASSOCIATED CORPORATION "Green Pine": two words
 * that read as Korean syllables, so the query was taken for a person's name and no organisation was
 * compared. A query whose distinctive words (isDistinctiveWord: no common organisation word, legal form,
 * place or country) are exactly all the distinctive words of a listed organisation's name, given whole or
 * written together (Greenpine), finds it, as a possible match. Only all of them: Green Energy, Pine Tree
 * and Golden Star share a word or two with a listed name, not its whole distinctive core.
 *
 * Generalised (security review 18, R18-3, R18-6): one ordinary word beside a front's distinctive word lost it
 * (New Ryonbong, Golden Singwang, Entwicklungsbank Amroggang), one reading per disguise being no answer. A
 * listed DPRK organisation's word that names it alone (`namesAlone`: five letters or more, no word many
 * other businesses bear, no person's single syllable), held whole by the query as its readings give it,
 * whatever ordinary words surround it, is a possible match; and a front's short name one typing error off
 * (Green Pines, Yuk Tong, Kingly One) too.
 */
import { KOREAN_BUSINESS_WORDS } from './common-agreement.ts';
import type { ScreeningIndex } from './build-index.ts';
import { CHINESE_SYLLABLES } from './chinese-syllables.ts';
import { isDistinctiveWord } from './distinctive-word.ts';
import { foldWords } from './normalize/fold.ts';
import { segmentSyllables } from './normalize/syllables.ts';
import { v3Canonical } from './entity-vocabulary.ts';
import { oneTypoApart } from '../io/typing-errors.ts';
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

/** The score of a listed front's distinctive word held among other words (New Ryonbong), or of its short
 *  name one typing error off (Green Pines): possible, below the name floor, so no evidence makes it a match. */
export const HELD_CORE_SCORE = 0.7;

/** A listed short name's letters from which one typing error off it still names it (yuktung: Yuk Tong). */
const MIN_TYPO_CORE = 7;
/** A word of a listed name names the organisation alone from this many letters (shorter ones, KOTI, KISH,
 *  are anyone's initials or syllables). */
export const MIN_HELD_LETTERS = 5;
const LETTERS = /^[a-z]+$/;

/**
 * Distinctive words of listed DPRK organisations that many other businesses bear, so that one alone names
 * none of them (security review 18, R18-3): English words (GREEN PINE, LEADER, KINGLY WON, BANK OF EAST
 * LAND, Haeyang CREW), Korean common words and South Korean places in countless company names (Mirae
 * "future", Koryo, Haeyang "ocean", Yonhap "united", Dongbang "the East", Daedong, Daesong "success",
 * Sinyong "credit", Hyoksin "innovation", Paekma "white horse", Ansan and Kumsan, both cities), the Korean
 * words for an organisation's kind (Unhaeng bank, Hoesa company, Kwahakwon academy, Chongguk general
 * bureau), and Chinese names of many companies and a city (Huaxin, Dongfeng, Weihai). Such a word still
 * counts with the rest of its listed name (H17-4, the name score).
 */
const ORDINARY = new Set([
  'green', 'leader', 'kingly', 'companies', 'agitation', 'floor', 'crew', 'care', 'land', 'tool',
  'mirae', 'koryo', 'haeyang', 'yonhap', 'dongbang', 'tongbang', 'daedong', 'taedong', 'daesong', 'taesong',
  'sinyong', 'hyoksin', 'paekma', 'achim', 'chayon', 'millim', 'jindallae', 'pugang', 'kumryong', 'samjong',
  'ansan', 'kumsan', 'unhaeng', 'hoesa', 'kaebal', 'chawon', 'kwahakwon', 'kukpang', 'chongguk', 'tangun',
  'huaxin', 'dongfeng', 'weihai',
  // And every Korean word many South Korean businesses bear (common-agreement.ts: Mirae, Hana, Daehan, Samil…).
  ...KOREAN_BUSINESS_WORDS,
]);

/** A listed organisation's distinctive word that names it alone, whatever ordinary words surround it: five
 *  letters or more, no common word (ORDINARY), and no single syllable of a person's name, Korean or Chinese
 *  (Kwang, Chang, Zhong of SHEN ZHONG). */
function namesAlone(w: string): boolean {
  if (w.length < MIN_HELD_LETTERS || !LETTERS.test(w) || ORDINARY.has(w) || CHINESE_SYLLABLES.has(w)) return false;
  return !segmentSyllables(w).some((s) => s.length === 1);
}

interface Cores {
  /** Distinctive words, sorted and joined by a space, to the organisation names holding exactly those. */
  bySet: Map<string, number[]>;
  /** Distinctive words in the listed order written together (greenpine), to the names. */
  joined: Map<string, number[]>;
  /** A listed DPRK organisation's word that names it alone (`namesAlone`), to the names whose core holds it,
   *  each with all such words of its core (what a query must hold). */
  held: Map<string, { id: number; words: string[] }[]>;
  /** The DPRK organisations' cores of two words or more, for a short name one typing error off. */
  fronts: { joined: string; words: string[]; ids: number[] }[];
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
  c = { bySet: new Map(), joined: new Map(), held: new Map(), fronts: [] };
  const fronts = new Map<string, { joined: string; words: string[]; ids: number[] }>();
  for (let id = 0; id < index.names.length; id++) {
    const record = index.records[index.names.recordOf(id)];
    if (record?.kind !== 'entity' || index.names.exactOnly(id)) continue;
    const core = coreWords(index.names.get(id).full);
    if (record.regime === 'DPRK') {
      const alone = [...new Set(core.filter(namesAlone))];
      for (const w of alone) {
        const l = c.held.get(w);
        if (l === undefined) c.held.set(w, [{ id, words: alone }]);
        else l.push({ id, words: alone });
      }
    }
    // Two words at least: a single distinctive word alone (Huaxin, Leader) is left to the name score, where
    // an ordinary English word weighs as it should.
    if (core.length < 2 || core.join('').length < 5) continue;
    push(c.bySet, [...new Set(core)].sort().join(' '), id);
    push(c.joined, core.join(''), id);
    if (record.regime === 'DPRK' && core.join('').length >= MIN_TYPO_CORE) {
      const f = fronts.get(core.join(' '));
      if (f === undefined) fronts.set(core.join(' '), { joined: core.join(''), words: core, ids: [id] });
      else f.ids.push(id);
    }
  }
  c.fronts = [...fronts.values()];
  cache.set(index, c);
  return c;
}

/**
 * The query's distinctive words, when the query is nothing else, with a legal form at most: another business
 * word (Daedong Industrial, Bank of East Asia) says another company, and the name score weighs it. Undefined
 * otherwise. Read once per query, for the core given exactly and one typing error off.
 */
export function queryCore(name: string): string[] | undefined {
  const words = foldWords(name).map((w) => v3Canonical(canonicalWord(w)));
  const core = words.filter((w) => !BUSINESS_WORDS.has(w) && isDistinctiveWord(w));
  if (core.length === 0 || core.length > 6) return undefined;
  return words.every((w) => core.includes(w) || LEGAL_FORMS.has(w) || isWeakWord(w)) ? core : undefined;
}

/** The listed organisation names (ids) whose distinctive words are exactly the query's core (`queryCore`). */
export function distinctiveCoreCandidates(index: ScreeningIndex, core: readonly string[]): number[] {
  const c = coresOf(index);
  const out = new Set<number>([...(c.bySet.get([...new Set(core)].sort().join(' ')) ?? []), ...(c.joined.get(core.join('')) ?? [])]);
  return [...out];
}

/**
 * korean-v3: the listed DPRK organisation names whose every word that names them alone (`namesAlone`) the
 * query holds whole, whatever ordinary words surround them (security review 18, R18-3: New Ryonbong, Golden
 * Singwang, Entwicklungsbank Amroggang). `words`: the query's words as its readings give them (look-alikes,
 * joins, foreign generic words read). Each with the words that agreed.
 */
export function heldCoreCandidates(index: ScreeningIndex, words: ReadonlySet<string>): { id: number; words: string[] }[] {
  const held = coresOf(index).held;
  const out = new Map<number, string[]>();
  for (const w of words) {
    for (const h of held.get(w) ?? []) if (!out.has(h.id) && h.words.every((x) => words.has(x))) out.set(h.id, h.words);
  }
  return [...out].map(([id, ws]) => ({ id, words: ws }));
}

/** Fewest letters of a front's word read one typing error off among other words (MANSUDE for MANSUDAE). */
const MIN_HELD_TYPO = 7;

/**
 * korean-v3: the listed DPRK organisation names named alone by one word (`namesAlone`: MANSUDAE, RYONBONG,
 * AMROGGANG) that a query word of seven letters or more is one typing error from (a letter dropped, added or two
 * swapped), among whatever other words: a held-back evaluation found `MANSUDE O/S PRJ GRP OF COS` (MANSUDAE
 * OVERSEAS PROJECT GROUP OF COMPANIES) permitted, its one slip and its short forms together under the possible band.
 * A query word that is itself such a word is read as it is (`heldCoreCandidates`). Each with the listed word and the
 * query's.
 */
export function heldTypoCandidates(index: ScreeningIndex, words: ReadonlySet<string>): { id: number; words: string[]; query: string }[] {
  const held = coresOf(index).held;
  const out = new Map<number, { words: string[]; query: string }>();
  for (const w of words) {
    if (w.length < MIN_HELD_TYPO || held.has(w) || !LETTERS.test(w)) continue;
    for (const [listed, names] of held) {
      // A letter dropped, added or two swapped; not one struck for another, which in a Korean word makes another
      // syllable as often as a slip (NAMSUNG, a South Korean shipping line, is no NAMHUNG).
      if (listed.length < MIN_HELD_TYPO || Math.abs(listed.length - w.length) > 1 || !oneTypoApart(w, listed) || oneStruck(w, listed)) continue;
      for (const h of names) if (h.words.length === 1 && !out.has(h.id)) out.set(h.id, { words: h.words, query: w });
    }
  }
  return [...out].map(([id, x]) => ({ id, ...x }));
}

/** Whether two words of one length differ in one letter only (one struck for another). */
function oneStruck(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length && diff < 2; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** The comparison shown for a listed word held among other words: the words that agreed, the others. */
export function heldComparison(held: readonly string[], queryWords: readonly string[], listed: string): NameComparison {
  const words = foldWords(listed).map((w) => v3Canonical(canonicalWord(w)));
  return {
    score: HELD_CORE_SCORE,
    pairs: held.map((w) => ({ query: w, listed: w, relation: 'exact' as const })),
    unmatchedQuery: queryWords.filter((w) => !held.includes(w)),
    unmatchedListed: words.filter((w) => !held.includes(w)),
    reordered: false,
  };
}

/**
 * korean-v3: a listed DPRK front's short name (its core of two words or more, seven letters or more) one
 * typing error off (security review 18, R18-6: Green Pines, Yuk Tong, Kingly Wan): written together, one
 * letter dropped, added (a plural s), struck or two swapped; or word for word, one word off by that, or by
 * two letters when the words agreeing hold six letters or more (Kingly One). `core`: the query's
 * (`queryCore`), the query being that with a legal form at most, as for the core given exactly; its words
 * are distinctive ones, so Green Line (line is a common word) is no Green Pine.
 */
export function coreTypoCandidates(index: ScreeningIndex, core: readonly string[]): { id: number; query: string; listed: string }[] {
  const joined = core.join('');
  if (joined.length < MIN_TYPO_CORE - 1) return [];
  const out: { id: number; query: string; listed: string }[] = [];
  for (const f of coresOf(index).fronts) {
    if (Math.abs(f.joined.length - joined.length) > 2 || f.joined === joined) continue;
    if (oneTypoApart(joined, f.joined) || oneWordOff(core, f.words)) for (const id of f.ids) out.push({ id, query: core.join(' '), listed: f.words.join(' ') });
  }
  return out;
}

/** Word for word, every word but one the same, that one a typing error off, or two letters off when the words
 *  the same hold six letters or more (KINGLY WON, Kingly One). */
function oneWordOff(query: readonly string[], listed: readonly string[]): boolean {
  if (query.length !== listed.length) return false;
  const rest = [...listed];
  const odd: string[] = [];
  for (const w of query) {
    const i = rest.indexOf(w);
    if (i >= 0) rest.splice(i, 1);
    else odd.push(w);
  }
  const [q, l] = [odd[0], rest[0]];
  if (odd.length !== 1 || q === undefined || l === undefined) return false;
  if (oneTypoApart(q, l)) return true;
  const same = query.reduce((n, w) => (w === q ? n : n + w.length), 0);
  return same >= 6 && q.length >= 3 && l.length >= 3 && withinTwo(q, l);
}

/** At most two edits apart (letters dropped, added or struck), for short words. */
function withinTwo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_x, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return (prev[b.length] as number) <= 2;
}

/** The comparison shown for a short name one typing error off. */
export function coreTypoComparison(query: string, core: string, listed: string): NameComparison {
  const mine = core.split(' ');
  const words = foldWords(listed).map((w) => v3Canonical(canonicalWord(w)));
  return { score: HELD_CORE_SCORE, pairs: [{ query, listed: core, relation: 'typo' }], unmatchedQuery: [], unmatchedListed: words.filter((w) => !mine.includes(w)), reordered: false };
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

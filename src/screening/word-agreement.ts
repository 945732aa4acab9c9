/**
 * korean-v3: what a comparison of two names must agree in before it is reported at all (held-back
 * evaluation 17, sections D, E and "wrong person"). The weighted pairing of name-score.ts scores any word
 * pair it can read alike; three kinds of agreement it finds are no evidence that two names are one:
 * - **generic words only** (Dalian Chemical S.A. against KOREA INTERNATIONAL CHEMICAL JOINT VENTURE
 *   COMPANY): the listed name's common words, with its distinctive words or its place left out and the
 *   query's own place or name standing where they stood (`genericDisagrees`);
 * - **pieces of words** (Linda against RUHINDA, Alpine against GREEN PINE): a syllable or a listed word cut
 *   out of a longer word whose other pieces agree with nothing (`realAgreement`);
 * - **a loose spelling** (Elizabeth against El-Sababt, Paper against Pure): the consonant key alone.
 * And one that is too little for the match band: a listed entity's name whose informative words are left out
 * (Taesong Bank against DAESONG CREDIT DEVELOPMENT BANK: `missingListedWords`).
 */
import type { ScreeningIndex } from './build-index.ts';
import { hasOrganisationEnd, isOrganisationWord, tabledShortForms, tabledWord, v3Canonical } from './entity-vocabulary.ts';
import { foldWords } from './normalize/fold.ts';
import { isCommonWord, isDprkWord } from './generic-entity.ts';
import type { NameComparison, WordPair } from './name-score.ts';
import type { NameForm } from './name-form.ts';
import { canonicalWord, isQualifierWord, isWeakWord, wordWeight } from './weak-words.ts';

/** Words as common in organisation names as generic-entity's, read so by korean-v3 only (korean-v2's
 *  generic rules keep their list): a network, a region's adjective, a holding. */
const ALSO_COMMON = new Set([
  'network', 'networks', 'asian', 'asia', 'african', 'africa', 'european', 'europe', 'american', 'america', 'pacific',
  'atlantic', 'arab', 'islamic', 'care', 'atomic', 'aerospace', 'nuclear', 'korea', 'korean', 'dprk', 'dprkn', 'southkorea',
]);

/** Regions of the world: common words in names, and places. */
const REGIONS = new Set(['asian', 'asia', 'african', 'africa', 'european', 'europe', 'american', 'america', 'pacific', 'atlantic', 'arab']);

/** Legal forms and the words naming a part of an organisation: what a name is, not who. */
const LEGAL_OR_PART = new Set([
  'company', 'corporation', 'limited', 'incorporated', 'co', 'ltd', 'inc', 'corp', 'plc', 'llc', 'enterprise',
  'jsc', 'ojsc', 'cjsc', 'pjsc', 'sa', 'ag', 'bv', 'nv', 'srl', 'spa', 'sarl', 'kk', 'pvt', 'fze', 'fzco', 'fzc',
  'lp', 'llp', 'ooo', 'sdn', 'bhd', 'tbk', 'pt', 'gmbh', 'private', 'holding', 'group',
  'branch', 'branches', 'office', 'offices', 'representative', 'representation', 'rep', 'agency', 'agent',
  'subsidiary', 'division', 'headquarters', 'hq', 'affiliate', 'liaison', 'mission', 'in', 'at',
]);
/** A legal form or a word naming a part of an organisation (what a name is, not who). */
export const isLegalOrPart = (w: string): boolean => LEGAL_OR_PART.has(w);
/** Words after or before which a place names where an organisation's part is ("Lagos branch"). */
const PART = new Set(['branch', 'branches', 'office', 'offices', 'representative', 'representation', 'agency', 'subsidiary', 'division', 'liaison', 'mission', 'headquarters', 'hq']);

const NOT_ASCII = /[^ -~]/u;
const DPRK_INSIDE = /korea|dprk|pyongyang|choson|chosun|joson/;
const informative = (w: string): boolean => wordWeight(w) >= 0.5;
/** A word that tells no organisation from another: common, a place, the DPRK's name, or light. */
const generic = (w: string): boolean => isCommonWord(w) || ALSO_COMMON.has(w) || isDprkWord(w) || isQualifierWord(w) || !informative(w);
/** A listed word that names one organisation and no other. */
const distinctive = (w: string): boolean => !generic(w) && !LEGAL_OR_PART.has(w);
/** A place, or the DPRK's or another country's name: where an organisation is. */
const place = (w: string): boolean => (isQualifierWord(w) && !LEGAL_OR_PART.has(w)) || isDprkWord(w) || w === 'hongkong' || w === 'southkorea';

/**
 * Why a comparison with a listed entity's name that agrees in generic words only is nobody's; undefined
 * when it is not (the rule: a listed name's generic words alone make at most a possible match, and
 * only where the distinctive words agree). Dropped when
 * - the listed name has a distinctive word the query lacks (Korea Trade Network against HAQQANI NETWORK,
 *   Seoul Chemical against PARCHIN CHEMICAL INDUSTRIES): the distinctive words disagree; or
 * - the query has a place or a name of its own (not a legal form, a branch or its place, nor the DPRK's
 *   name), and the listed name's own place is left out (Dalian Chemical S.A. against KOREA INTERNATIONAL
 *   CHEMICAL JOINT VENTURE COMPANY, Jakarta Electronics against HONG KONG ELECTRONICS) or only one word is
 *   in common (Bank of China against BK CO.).
 * `queryWords`: the query's words in order (a place beside a part word is that part's: KOMID, Lagos branch).
 */
export function genericDisagrees(cmp: NameComparison, queryWords: readonly string[], listedName = ''): string | undefined {
  if (cmp.pairs.length === 0) return undefined;
  // A listed word after in or at is where the body is (ISIS in the Greater Sahara): a place, however named.
  const where = cmp.pairs.some((p) => !generic(p.listed)) ? placesNamedIn(listedName) : undefined;
  if (cmp.pairs.some((p) => !generic(p.listed) && !(where?.has(p.listed) ?? false))) return undefined;
  const missing = cmp.unmatchedListed.filter(distinctive);
  if (missing.length > 0) return `only generic words in common; the listed name's ${missing.join(' ')} is not given`;
  const own = cmp.unmatchedQuery.filter((w) => ownWord(w, queryWords));
  if (own.length === 0) return undefined;
  const listedPlace = cmp.unmatchedListed.filter(place);
  if (listedPlace.length > 0) return `only generic words in common; ${own.join(' ')} where the listed name has ${listedPlace.join(' ')}`;
  if (cmp.pairs.filter((p) => wordWeight(p.listed) > 0.05 && !LEGAL_OR_PART.has(p.listed)).length <= 1) return `only one generic word in common, beside ${own.join(' ')}`;
  return undefined;
}

/** The words after in or at in a name (the, greater and other small words between skipped). */
function placesNamedIn(name: string): Set<string> {
  const out = new Set<string>();
  const words = foldWords(name);
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'in' && words[i] !== 'at') continue;
    for (let j = i + 1; j < words.length && j <= i + 3; j++) {
      const w = words[j] as string;
      if (w === 'the' || w === 'greater' || w === 'of') continue;
      out.add(w);
      break;
    }
  }
  return out;
}

/** A query word that names the query's own organisation or place: not a legal form, a part, the place of
 *  a part (the word beside "branch", after "in"), a common word or the DPRK's name. */
function ownWord(w: string, words: readonly string[]): boolean {
  // A region (Pacific, Asian) is common in names but says where, as a place does: the query's own.
  // Nor a token holding the DPRK's name (NORTHKOREA) or an organisation word run into another (CHEMICALJOINT).
  if (DPRK_INSIDE.test(w) || hasOrganisationEnd(w)) return false;
  if (LEGAL_OR_PART.has(w) || isWeakWord(w) || isDprkWord(w) || isCommonWord(w) || (ALSO_COMMON.has(w) && !REGIONS.has(w)) || wordWeight(w) < 0.5) return false;
  const i = words.indexOf(w);
  if (i >= 0 && (PART.has(words[i + 1] ?? '') || PART.has(words[i - 1] ?? '') || words[i - 1] === 'in' || words[i - 1] === 'at')) return false;
  return true;
}

/** The whole words of a name as written: each folded word with its hyphens taken out, and each hyphen part,
 *  in the spelling `canonical` gives. */
export function wholeWords(text: string, canonical: (w: string) => string): Set<string> {
  const out = new Set<string>();
  for (const w of foldWords(text)) {
    out.add(canonical(w.replace(/-/g, '')));
    for (const part of w.split('-')) if (part.length > 0) out.add(canonical(part));
  }
  return out;
}

/** Relations that read two words as one: a spelling key alone (Paper, Pure) is no such reading. */
const READ_ALIKE = new Set(['exact', 'romanization', 'abbreviation', 'corrected', 'typo', 'near']);
/** Relations by which a piece of a word agrees: the same letters or the same Korean syllable. */
const PIECE_ALIKE = new Set(['exact', 'romanization']);

/**
 * Whether one informative word agrees for real: read alike (not by a spelling key alone), and whole on each
 * side, or a piece of a word all of whose pieces agree (YONG and SIK of a listed YONGSIK, each the same
 * syllable). A piece of a word whose other pieces agree with nothing (LIN of Linda against IN of RUHINDA,
 * PINE of Alpine against GREEN PINE) is no agreement.
 */
export function realAgreement(cmp: NameComparison, listedWhole: ReadonlySet<string>, queryWhole: ReadonlySet<string>): boolean {
  for (const p of cmp.pairs) {
    if (!informative(p.listed) || !READ_ALIKE.has(p.relation)) continue;
    // One Latin letter names nobody: AT&T's T is not the T of a listed AAS-T.
    if (p.listed.length < 2 && !NOT_ASCII.test(p.listed)) continue;
    if (!wholeOrCovered(p, p.listed, listedWhole, cmp.pairs.map((x) => x.listed), cmp, [])) continue;
    // A query token split into a listed name and an organisation's word (KOMIDSHIPPING) is read whole.
    if (!wholeOrCovered(p, p.query, queryWhole, cmp.pairs.map((x) => x.query), cmp, cmp.unmatchedQuery.filter(wordOfItsOwn))) continue;
    return true;
  }
  return false;
}

/** The pair's word is whole, or no piece of a whole word, or a piece of one whose pieces all agree. */
function wholeOrCovered(p: WordPair, word: string, whole: ReadonlySet<string>, side: readonly string[], cmp: NameComparison, standing: readonly string[]): boolean {
  // Hangul is written without spaces between a name's syllables (김광일): each syllable is a word.
  if (whole.has(word) || NOT_ASCII.test(word)) return true;
  const holders = [...whole].filter((w) => w.length > word.length && w.includes(word));
  if (holders.length === 0) return true;
  if (!pieceAlike(p, word)) return false;
  return holders.some((w) => {
    // The pieces of `w` that agree with something: their letters together make up the word.
    let letters = 0;
    side.forEach((piece, i) => {
      if (pieceAlike(cmp.pairs[i] as WordPair, piece)) letters += Math.max(overlap(w, piece), ...tabledShortForms(piece).map((f) => overlap(w, f)));
    });
    for (const piece of standing) letters += overlap(w, piece);
    return letters >= w.length;
  });
}

/** A piece agrees as the same letters or syllable, or as a tabled short form of an organisation word read as that
 *  word (INTLCHEM: intl, international; chem, chemical; a held-back evaluation found INTLCHEM.JT VENTURECO permitted):
 *  a short form the table holds is no accidental run of letters, and it covers the letters it is written in. */
function pieceAlike(p: WordPair, piece: string): boolean {
  return PIECE_ALIKE.has(p.relation) || (p.relation === 'abbreviation' && (tabledWord(piece) !== undefined || tabledShortForms(piece).length > 0));
}

/** How many letters of `w` a piece read from it covers: all of it inside, or its start at the end of `w`
 *  or its end at the start (a phrase read across a join: CHEMICALJOINT VENTURE, JOINTVENTURE). */
function overlap(w: string, piece: string): number {
  if (w.includes(piece)) return piece.length;
  for (let k = Math.min(w.length, piece.length) - 1; k >= 3; k--) {
    if (w.endsWith(piece.slice(0, k)) || w.startsWith(piece.slice(-k))) return k;
  }
  return 0;
}

/** An organisation's word, legal form, part or place: a piece of a token that reads as a word of its own. */
const wordOfItsOwn = (w: string): boolean => isOrganisationWord(w) || LEGAL_OR_PART.has(w) || isQualifierWord(w);

/** What the listed entity's left-out words that tell organisations apart weigh (not a legal form, a place,
 *  the DPRK's name or a small word). */
export function missingListedWeight(cmp: NameComparison): number {
  let sum = 0;
  for (const w of cmp.unmatchedListed) {
    if (wordWeight(w) <= 0.05 || LEGAL_OR_PART.has(w) || isWeakWord(w) || place(w)) continue;
    sum += wordWeight(w);
  }
  return sum;
}

/** What the query's own organisation words left unmatched weigh (a line of business the listed name does not
 *  give: CREDIT DEVELOPMENT of Daesong Credit Development Bank against TAESONG BANK); a branch, place or
 *  legal form weighs nothing here. */
export function extraQueryWeight(cmp: NameComparison): number {
  let sum = 0;
  for (const w of cmp.unmatchedQuery) {
    // Half-weight words only (credit, development, shipping): a heavier unread word is a mistyped piece of
    // the listed name as often (TradingCoo Peration).
    if (!isOrganisationWord(w) || LEGAL_OR_PART.has(w) || isQualifierWord(w) || wordWeight(w) !== 0.5) continue;
    sum += wordWeight(w);
  }
  return sum;
}

/** korean-v3: informative listed words left out weighing this much (two half-weight words: CREDIT
 *  DEVELOPMENT) keep a listed entity's name from the match band. */
export const MISSING_WEIGHT = 1;

/** The whole words of each listed name, per index (see `realAgreement`). */
const listedWholes = new WeakMap<ScreeningIndex, Map<number, Set<string>>>();
export function listedWholeOf(index: ScreeningIndex, id: number): Set<string> {
  let m = listedWholes.get(index);
  if (m === undefined) {
    m = new Map();
    listedWholes.set(index, m);
  }
  let w = m.get(id);
  if (w === undefined) {
    w = wholeWords(index.names.get(id).full, (x) => v3Canonical(canonicalWord(x)));
    m.set(id, w);
  }
  return w;
}

/** Words a person's name may hold beside its syllables that are an organisation's legal form too. */
const PERSON_LEGAL = new Set(['kk', 'co', 'company']);

/** A query of two words or more, each a Korean syllable run or a legal form also read as a mistyped
 *  syllable (KK, CO), that gives no organisation word of the listed name, which has one left out. */
export function personAgainstOrganisation(form: NameForm, cmp: NameComparison): boolean {
  const written = form.variants[0]?.words ?? [];
  if (written.length < 2 || written.some((w) => w.segs.length === 0 && !PERSON_LEGAL.has(w.text))) return false;
  if (cmp.pairs.some((p) => p.relation === 'abbreviation' || isWeakWord(p.listed) || isOrganisationWord(p.listed))) return false;
  return cmp.unmatchedListed.some((w) => isOrganisationWord(w) || isWeakWord(w));
}

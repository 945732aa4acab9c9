/**
 * Listed DPRK entity names as payments, invoices and bills of lading write them, built by rules written
 * apart from the matcher's tables (src/screening/entity-vocabulary.ts is never read here):
 * - a business word (one that recurs across the consolidated list's entity names) shortened as clerks
 *   shorten it: cut after a consonant ("Dev.", "Assoc.", "Comm.", "Internat."), or contracted to its first
 *   letter, some of its consonants and its last letter ("Mgmt", "Bkg", "Shpg", "Dvlpt");
 * - legal forms written short or swapped (Corporation → Corp./Co.; Company Limited → Co., Ltd.);
 * - a SWIFT MT103 beneficiary field: 35-character lines, the name cut where a line ends and joined again
 *   without the space ("NAMCHONGANG TRADINGCORPORATION"), or two words run together;
 * - a long word cut in two ("RYON BONG");
 * - the DPRK named another way (DPRK, North Korean, D.P.R.K., Democratic People's Republic of Korea),
 *   Hong Kong as HK or Hongkong, an initialism with dots (D.C.B.).
 * Two sets from two seeds: "generated" (primary names, truncations, legal forms, a join) and "held-out"
 * (a.k.a. names, contractions, 35-character lines, cut words, dotted initialisms).
 */
import type { ListRecord } from '../../src/screening/un-list/model.ts';
import { pick, seededRandom } from './rng.ts';

export interface DocumentQuery { q: string; ref: string; how: string }

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const LEGAL = new Set(['corporation', 'company', 'limited', 'co', 'ltd', 'corp', 'inc']);

/** Words that recur across entity names of the whole list (in 3+ names, under more than one regime): the
 *  business words (a DPRK proper name such as DAESONG recurs under the DPRK regime only). */
export function businessWords(all: readonly ListRecord[]): Set<string> {
  const regimes = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const r of all) {
    if (r.kind !== 'entity') continue;
    const seen = new Set<string>();
    for (const n of r.names) for (const w of n.full.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4) seen.add(w);
    for (const w of seen) {
      count.set(w, (count.get(w) ?? 0) + 1);
      regimes.set(w, (regimes.get(w) ?? new Set()).add(r.regime));
    }
  }
  return new Set([...count].filter(([w, c]) => c >= 3 && (regimes.get(w)?.size ?? 0) > 1 && !LEGAL.has(w) && !['korea', 'korean'].includes(w)).map(([w]) => w));
}

/** A truncation: the word cut at a syllable's end (a consonant before a vowel, or after a consonant pair:
 *  Dev|elopment, Assoc|iated, Comm|ercial, Tech|nology), 3 to 7 letters kept, with a dot. */
function truncate(word: string, rand: () => number): string | undefined {
  const cuts: number[] = [];
  for (let i = 2; i < Math.min(word.length - 2, 7); i++) {
    const c = word[i] as string;
    const next = word[i + 1] as string;
    if (VOWELS.has(c)) continue;
    if (VOWELS.has(next) || (!VOWELS.has(word[i - 1] as string) && !VOWELS.has(next))) cuts.push(i + 1);
  }
  if (cuts.length === 0) return undefined;
  return `${word.slice(0, pick(rand, cuts))}.`;
}

/** A contraction: the first letter, the consonants that follow it in the word's first part (one to three,
 *  vowels dropped), the last letter (Mgmt, Bkg, Shpg, Trdg, Intl; Dept and Devt keep the first vowel). */
function contract(word: string, rand: () => number): string | undefined {
  if (word.length < 5) return undefined;
  const inner = [...word.slice(1, -1)].filter((c) => !VOWELS.has(c));
  if (inner.length === 0) return undefined;
  const keep = inner.slice(0, 1 + Math.floor(rand() * Math.min(3, inner.length)));
  const firstVowel = rand() < 0.25 && VOWELS.has(word[1] as string) ? (word[1] as string) : '';
  const out = `${word[0]}${firstVowel}${keep.join('')}${word[word.length - 1]}`;
  return out.length >= 3 && out.length < word.length - 1 ? out : undefined;
}

/** Romanized Korean syllable groups, by shape (written here, apart from the matcher's segmenter). */
const KOREAN_SHAPE = /^(?:(?:ch|ts|[bcdghjklmnprstwy])?(?:yae|wae|ae|eo|eu|oe|ui|ya|yo|yu|wa|wo|ye|a|e|i|o|u)(?:ng|n|m|l|k|p)?)+$/;

/** A long proper word cut where both halves still look like Korean syllables (RYON BONG, NAMCHON GANG). */
function cutWord(word: string, rand: () => number): [string, string] | undefined {
  const cuts: number[] = [];
  for (let p = 3; p <= word.length - 3; p++) if (KOREAN_SHAPE.test(word.slice(0, p)) && KOREAN_SHAPE.test(word.slice(p))) cuts.push(p);
  if (cuts.length === 0) return undefined;
  const p = pick(rand, cuts);
  return [word.slice(0, p), word.slice(p)];
}

const cased = (s: string, upper: boolean): string => (upper ? s.toUpperCase() : s.replace(/(^|[\s.])([a-z])/g, (_m, b: string, c: string) => b + c.toUpperCase()));

const DPRK_NAMES = ['DPRK', 'North Korean', 'North Korea', 'D.P.R.K.', 'Democratic People\'s Republic of Korea', 'DPR Korea'];
const LEGAL_SHORT: Record<string, string[]> = {
  corporation: ['Corp.', 'Corp', 'Co.', 'Corpn'],
  company: ['Co.', 'Co', 'Coy'],
  limited: ['Ltd', 'Ltd.', 'Ld'],
};

interface Style { shorten: 'truncate' | 'contract'; wrap35: boolean; cut: boolean }

function rewrite(name: string, business: ReadonlySet<string>, style: Style, rand: () => number): { q: string; how: string[] } | undefined {
  const upper = rand() < 0.6;
  let words = name.replace(/\s*\([^)]*\)/g, '').replace(/["“”]/g, '').split(/[\s,]+/).filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  const how: string[] = [];
  // A single initialism: with dots.
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0] as string)) {
    return { q: [...(words[0] as string)].join('.') + '.', how: ['dotted initialism'] };
  }
  if (words.length < 2) return undefined;
  const lower = words.map((w) => w.toLowerCase());
  words = lower.map((w, i) => {
    if (business.has(w) && rand() < 0.7) {
      const s = style.shorten === 'truncate' ? truncate(w, rand) : contract(w, rand) ?? truncate(w, rand);
      if (s !== undefined) {
        how.push(`${w} → ${s}`);
        return s;
      }
    }
    if (LEGAL_SHORT[w] !== undefined && rand() < 0.8) return pick(rand, LEGAL_SHORT[w] as string[]);
    if ((w === 'korea' || w === 'korean') && i === 0 && rand() < 0.5) {
      how.push('DPRK named another way');
      return pick(rand, DPRK_NAMES);
    }
    if (w === 'hong' && lower[i + 1] === 'kong' && rand() < 0.7) {
      how.push('Hong Kong written short');
      return pick(rand, ['HK', 'Hongkong']);
    }
    if (w === 'kong' && lower[i - 1] === 'hong' && words[i - 1] !== 'hong') return '';
    return w;
  }).filter((w) => w.length > 0);
  if (style.cut) {
    const long = words.map((w, i) => (/^[a-z]{7,}$/.test(w) && !business.has(w) && !LEGAL.has(w) ? i : -1)).filter((i) => i >= 0);
    const i = long.length > 0 && rand() < 0.6 ? pick(rand, long) : -1;
    const cut = i >= 0 ? cutWord(words[i] as string, rand) : undefined;
    if (cut !== undefined) {
      words.splice(i, 1, ...cut);
      how.push('a word cut in two');
    }
  }
  let q = cased(words.join(' '), upper);
  const wrapAt = q.lastIndexOf(' ', 35);
  if (style.wrap35 && q.length > 35 && wrapAt > 0) {
    // The field's first line ends at the last space within 35 characters; the lines are joined again
    // without it.
    q = q.slice(0, wrapAt) + q.slice(wrapAt + 1);
    how.push('35-character lines joined');
  } else if (words.length >= 3 && rand() < 0.5) {
    // Two neighbouring words run together (a line ending where the space was).
    const parts = q.split(' ');
    const at = 1 + Math.floor(rand() * (parts.length - 1));
    q = [...parts.slice(0, at - 1), `${parts[at - 1]}${parts[at]}`, ...parts.slice(at + 1)].join(' ');
    how.push('two words run together');
  }
  if (how.length === 0) return undefined;
  return { q, how };
}

/** The two sets: generated (primary names, seed A) and held-out (a.k.a. names, seed B). */
export function documentQueries(dprk: readonly ListRecord[], all: readonly ListRecord[], heldOut: boolean): DocumentQuery[] {
  const rand = seededRandom(heldOut ? 41_057 : 20_260_217);
  const business = businessWords(all);
  const style: Style = heldOut ? { shorten: 'contract', wrap35: true, cut: true } : { shorten: 'truncate', wrap35: false, cut: false };
  const out: DocumentQuery[] = [];
  for (const r of dprk) {
    if (r.kind !== 'entity') continue;
    const names = r.names.filter((n) => (heldOut ? n.kind === 'good' : n.kind === 'primary') && /[A-Za-z]{2}/.test(n.full) && !/[^\x20-\x7e’]/.test(n.full));
    for (const n of names) {
      for (let k = 0; k < 3; k++) {
        const w = rewrite(n.full, business, style, rand);
        if (w !== undefined && !out.some((o) => o.q === w.q)) out.push({ q: w.q, ref: r.ref, how: w.how.join('; ') });
      }
    }
  }
  return out;
}

/**
 * The bench's query sets, built two independent ways so that nothing is tuned to one of them:
 * - "generated" (seed A): from the listed primary names; typing errors in the listed MR spelling; entity
 *   primary names with one list of branch/office/place/legal-form suffixes;
 * - "held-out" (seed B): from the listed a.k.a. names instead; typing errors in a Revised-Romanization or
 *   English spelling; entity aliases with another list of suffixes, places the matcher has no list of.
 * A typing error that leaves a valid Korean syllable run (Yong → Yon) is another name by REGIME.md §5, so
 * it is counted apart ("typo forming another name"), never as a miss or a hit of the typo set.
 */
import { segmentSyllables } from '../../src/screening/index.ts';
import type { ListRecord } from '../../src/screening/un-list/model.ts';
import { negatives, oneSyllableChanged, variantChecker } from './negatives.ts';
import { pick, seededRandom } from './rng.ts';
import { TYPO_KINDS, typo, type TypoKind } from './typos.ts';
import { hangulVariant, nameParts, romanVariant, type NameParts } from './variants.ts';

export interface Query { q: string; ref: string }
/** `from`: the word as it was before the typing error; `token`: the word as mistyped (lower case). */
export interface TypoQuery extends Query { kind: TypoKind; from: string; token: string }

export interface QuerySets {
  label: string;
  seed: number;
  variants: Query[];
  typos: TypoQuery[];
  /** Typing errors that happen to spell another valid Korean name (or the same syllables in another
   *  count: Apek for Paek reads a+pek; see `syllableCountChanged`). */
  typosFormingNames: TypoQuery[];
  oneSyllable: string[];
  negatives: string[];
  entitySuffix: Query[];
}

const SUFFIXES_A = [', Pyongyang branch', ' Beijing office', ' Co., Ltd.', ' LLC', ', Dandong representative office', ' (Nampo office)', ' Shenyang branch', ' JSC'];
const SUFFIXES_B = [' - Vladivostok Branch', ' Representative Office in Moscow', ' Limited', ' Ltd (Hong Kong)', ' Lagos branch', ' Khasan office', ', Inc.', ' Branch Office, Yerevan'];

const isKoreanToken = (t: string): boolean => segmentSyllables(t.toLowerCase()).length > 0;
const stripBrackets = (s: string): string => s.replace(/\s*\([^)]*\)/g, '').replace(/"/g, '').trim();

function personSources(dprk: readonly ListRecord[], fromAliases: boolean): { ref: string; parts: NameParts }[] {
  const out: { ref: string; parts: NameParts }[] = [];
  for (const r of dprk) {
    if (r.kind !== 'person') continue;
    if (!fromAliases) {
      const p = r.names[0]?.parts !== undefined ? nameParts(r.names[0].parts) : undefined;
      if (p !== undefined) out.push({ ref: r.ref, parts: p });
      continue;
    }
    for (const n of r.names.filter((x) => x.kind === 'good')) {
      const words = n.full.split(/\s+/).filter((w) => w.length > 0);
      const p = nameParts(words);
      if (p !== undefined && [p.family, ...p.given].every(isKoreanToken)) out.push({ ref: r.ref, parts: p });
    }
  }
  return out;
}

/** One typing error of `kind` in one word of `name`; undefined when the word is too short for it. */
function typoIn(name: string, kind: TypoKind, rand: () => number): { q: string; token: string; from: string } | undefined {
  const words = name.split(/([\s-]+)/);
  const slots = words.map((w, i) => (/^[A-Za-z]+$/.test(w) ? i : -1)).filter((i) => i >= 0);
  const at = pick(rand, slots);
  const word = words[at] as string;
  const t = typo(word.toLowerCase(), kind, rand);
  if (t === undefined || t === word.toLowerCase()) return undefined;
  const cased = word === word.toUpperCase() ? t.toUpperCase() : t.charAt(0).toUpperCase() + t.slice(1);
  words[at] = cased;
  return { q: words.join(''), token: t, from: word.toLowerCase() };
}

export function buildQuerySets(dprk: readonly ListRecord[], heldOut: boolean): QuerySets {
  const seed = heldOut ? 99_173 : 20_260_128;
  const rand = seededRandom(seed);
  const people = personSources(dprk, heldOut);
  const variants: Query[] = [];
  const typos: TypoQuery[] = [];
  const typosFormingNames: TypoQuery[] = [];
  let k = 0;
  for (const p of people) {
    const seen = new Set<string>();
    for (let i = 0; i < 12 && seen.size < (heldOut ? 6 : 8); i++) seen.add(romanVariant(p.parts, rand));
    for (const q of seen) variants.push({ q, ref: p.ref });
    const h = hangulVariant(p.parts);
    if (h !== undefined) variants.push({ q: h, ref: p.ref });
    // Typing errors: every kind, several per name, in the listed MR spelling (A) or a variant spelling (B).
    for (let i = 0; i < 8; i++) {
      const kind = TYPO_KINDS[k++ % TYPO_KINDS.length] as TypoKind;
      const base = heldOut ? romanVariant(p.parts, rand) : `${p.parts.family} ${p.parts.given.join(rand() < 0.5 ? ' ' : '-')}`.toUpperCase();
      const t = typoIn(base, kind, rand);
      if (t === undefined) continue;
      (isKoreanToken(t.token) ? typosFormingNames : typos).push({ q: t.q, ref: p.ref, kind, from: t.from, token: t.token });
    }
  }
  const isVariant = variantChecker(dprk.flatMap((r) => r.names.map((n) => n.full)));
  const parts = people.map((p) => p.parts);
  const write = heldOut ? (x: NameParts): string => romanVariant(x, rand) : undefined;
  const oneSyllable = oneSyllableChanged(parts, isVariant, rand, 400, write);
  const negs = negatives(parts, isVariant, rand, 600);
  const entitySuffix: Query[] = [];
  for (const r of dprk) {
    if (r.kind !== 'entity') continue;
    const names = r.names.filter((n) => (heldOut ? n.kind === 'good' : n.kind === 'primary') && /[A-Za-z]{3}/.test(n.full));
    for (const n of names) entitySuffix.push({ q: `${stripBrackets(n.full)}${pick(rand, heldOut ? SUFFIXES_B : SUFFIXES_A)}`, ref: r.ref });
  }
  return { label: heldOut ? 'held-out (aliases, seed B)' : 'generated (primary names, seed A)', seed, variants, typos, typosFormingNames, oneSyllable, negatives: negs, entitySuffix };
}

/** The throughput mix: the generated set's variants, one-syllable-changed names and negatives (as in every
 *  earlier run of this bench), and with `typos` its typing errors too. */
export function benchMix(dprk: readonly ListRecord[], typos: boolean): string[] {
  const s = buildQuerySets(dprk, false);
  return [...s.variants.map((v) => v.q), ...(typos ? s.typos.map((v) => v.q) : []), ...s.oneSyllable, ...s.negatives];
}

/** A typing error whose token reads as Korean in another number of syllables than the word it mistypes
 *  (Apek a+pek for Paek, Pake pa+ke): no valid syllable changed into another, a typing error to correct. */
export function syllableCountChanged(t: TypoQuery): boolean {
  const count = (w: string): number => Math.min(...segmentSyllables(w).map((s) => s.length));
  return isKoreanToken(t.from) && count(t.token) !== count(t.from);
}

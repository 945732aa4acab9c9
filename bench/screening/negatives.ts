/**
 * Negative queries: names of other people. Korean names one syllable away from a listed DPRK name
 * (KIM YONG CHOL → KIM TONG CHOL), random Korean names, and common non-Korean names. None may be a variant
 * of a listed name: each is checked against the reading sets of every listed name (same syllable count,
 * every syllable overlapping, in listed order or family name last).
 */
import { foldWords } from '../../src/screening/normalize/fold.ts';
import { readingsOverlap, segmentSyllables, syllableReadings } from '../../src/screening/normalize/syllables.ts';
import { pick } from './rng.ts';
import type { NameParts } from './variants.ts';

/** Common syllables of DPRK names (MR), for swapping and for random names. */
export const SYLLABLE_POOL = [
  'kim', 'ri', 'pak', 'choe', 'jong', 'kang', 'cho', 'yun', 'jang', 'han', 'son', 'ho', 'mun', 'hwang', 'song',
  'yong', 'chol', 'il', 'nam', 'su', 'myong', 'kwang', 'hyok', 'sok', 'chun', 'tong', 'sik', 'hun', 'gon', 'man',
  'sam', 'ok', 'hui', 'kyong', 'pyong', 'hak', 'jin', 'bom', 'ung', 'sun', 'hwa', 'kil', 'mu', 'tae', 'rim', 'to',
  'bok', 'dok', 'chang', 'hyon', 'sin', 'chin', 'pil', 'won', 'yon', 'gap', 'san', 'jun', 'hyang', 'mi', 'gum',
];

const OTHER_PEOPLE = [
  'John Smith', 'Maria Garcia', 'Wang Wei', 'Zhang Li', 'Tanaka Hiroshi', 'Sato Yuki', 'Ahmed Hassan',
  'Mohammed Al Farsi', 'Ivan Petrov', 'Olga Ivanova', 'Nguyen Van An', 'Tran Thi Mai', 'Pierre Dubois',
  'Hans Mueller', 'Giulia Rossi', 'Carlos Mendoza', 'Fatima Zahra', 'Chen Jie', 'Liu Yang', 'Huang Min',
  'Suzuki Kenji', 'David Cohen', 'Anna Kowalska', 'Peter Jensen', 'Sofia Andersson', 'Ali Reza Karimi',
  'Oceanic Star Shipping Company', 'Golden Harvest Trading Limited', 'Blue Ridge Capital', 'Seoul Logistics Co',
  'Pacific Rim Holdings', 'Northern Lights Energy', 'Hanseong Precision Machinery', 'Daewon Marine Corporation',
];

type Syllables = readonly (readonly number[])[];

function syllablesOf(name: string): Syllables | undefined {
  const out: (readonly number[])[] = [];
  for (const w of foldWords(name).flatMap((x) => x.split('-'))) {
    const seg = segmentSyllables(w)[0];
    if (seg === undefined) return undefined;
    for (const s of seg) out.push(syllableReadings(s) ?? []);
  }
  return out;
}

function sameReading(a: Syllables, b: Syllables): boolean {
  return a.length === b.length && a.every((s, i) => readingsOverlap(s, b[i] as readonly number[]));
}

/** A checker built once from every listed name (all kinds). */
export function variantChecker(listedNames: readonly string[]): (name: string) => boolean {
  const listed = listedNames.map((n) => [compact(n), syllablesOf(n), wordSet(n)] as const);
  return (name: string): boolean => {
    const c = compact(name);
    const s = syllablesOf(name);
    const ws = wordSet(name);
    for (const [lc, ls, lw] of listed) {
      if (lc === c || lw === ws) return true;
      if (s === undefined || ls === undefined || ls.length !== s.length) continue;
      if (sameReading(s, ls)) return true;
      // family name last: rotate the query left by one
      if (s.length > 1 && sameReading([...s.slice(1), s[0] as readonly number[]], ls)) return true;
      if (s.length > 1 && sameReading([s[s.length - 1] as readonly number[], ...s.slice(0, -1)], ls)) return true;
    }
    return false;
  };
}

/** The words in any order (Yun Yuan Tsang = TSANG YUN YUAN). */
function wordSet(n: string): string {
  return foldWords(n).flatMap((x) => x.split('-')).sort().join(' ');
}

function compact(n: string): string {
  return foldWords(n).join('').replace(/-/g, '');
}

const upper = (p: NameParts): string => `${p.family} ${p.given.join(' ')}`.toUpperCase();

/** Negatives: one-syllable-different names, random Korean names, other people (variants filtered out). */
export function negatives(people: readonly NameParts[], isVariant: (n: string) => boolean, rand: () => number, count: number): string[] {
  const out = new Set<string>();
  let guard = 0;
  while (out.size < count && guard++ < count * 50) {
    const r = rand();
    let name: string;
    if (r < 0.6) {
      const p = pick(rand, people);
      const syllables = [p.family, ...p.given];
      const at = Math.floor(rand() * syllables.length);
      const old = syllables[at] as string;
      const replacement = pick(rand, SYLLABLE_POOL);
      const a = syllableReadings(old);
      const b = syllableReadings(replacement);
      if (a === null || b === null || readingsOverlap(a, b)) continue;
      syllables[at] = replacement;
      name = upper({ family: syllables[0] as string, given: syllables.slice(1) });
    } else if (r < 0.85) {
      const n = 2 + Math.floor(rand() * 2);
      const given = Array.from({ length: n }, () => pick(rand, SYLLABLE_POOL));
      name = upper({ family: pick(rand, ['kim', 'ri', 'pak', 'choe', 'jong', 'kang', 'han', 'yun']), given });
    } else {
      name = pick(rand, OTHER_PEOPLE);
    }
    if (!isVariant(name)) out.add(name);
  }
  return [...out];
}

/**
 * One valid syllable changed: a listed DPRK name with one syllable replaced by another real syllable whose
 * readings do not overlap (KIM YONG CHOL → KIM TONG CHOL): another person. `write` spells the result.
 */
export function oneSyllableChanged(people: readonly NameParts[], isVariant: (n: string) => boolean, rand: () => number, count: number, write: (p: NameParts) => string = upper): string[] {
  const out = new Set<string>();
  let guard = 0;
  while (out.size < count && guard++ < count * 50) {
    const p = pick(rand, people);
    const syllables = [p.family, ...p.given];
    const at = Math.floor(rand() * syllables.length);
    const a = syllableReadings(syllables[at] as string);
    const replacement = pick(rand, SYLLABLE_POOL);
    const b = syllableReadings(replacement);
    if (a === null || b === null || readingsOverlap(a, b)) continue;
    syllables[at] = replacement;
    const changed = { family: syllables[0] as string, given: syllables.slice(1) };
    if (!isVariant(upper(changed))) out.add(write(changed));
  }
  return [...out];
}

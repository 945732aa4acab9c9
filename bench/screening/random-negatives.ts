/**
 * Random negatives: names of nobody listed and of nobody near anyone listed (one syllable changed, added
 * or left out: those are the one-syllable-changed set, measured apart). Korean names that share at most
 * one syllable with every listed DPRK name, wherever it stands; other people's names from common first
 * and family names; company names made of invented or ordinary words with a line of business and a legal
 * form.
 */
import { foldWords } from '../../src/screening/normalize/fold.ts';
import { readingsOverlap, segmentSyllables, syllableReadings } from '../../src/screening/normalize/syllables.ts';
import { SYLLABLE_POOL } from './negatives.ts';
import { pick } from './rng.ts';

const FAMILY = ['kim', 'ri', 'pak', 'choe', 'jong', 'kang', 'han', 'yun', 'cho', 'jang', 'o', 'so', 'sin', 'kwon', 'hwang', 'an', 'song', 'ryu', 'hong', 'ko', 'mun', 'yang', 'son', 'pae', 'paek', 'ho', 'nam', 'no', 'ha', 'kwak', 'ku', 'min', 'chin', 'om', 'chae', 'won', 'chon', 'pang', 'kong', 'hyon'];
const FIRST = ['James', 'Mary', 'Ahmed', 'Fatima', 'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Olga', 'Ivan', 'Pierre', 'Sophie', 'Carlos', 'Lucia', 'Anil', 'Priya', 'Kwame', 'Amina', 'Lars', 'Ingrid', 'Thanh', 'Linh', 'Omar', 'Leila', 'Dmitri', 'Elena', 'Marco', 'Giulia', 'Jan', 'Eva', 'Tomasz', 'Aisha', 'Bruno', 'Chloe', 'Rafael', 'Nadia'];
const LAST = ['Smith', 'Garcia', 'Muller', 'Rossi', 'Dubois', 'Nowak', 'Ivanov', 'Tanaka', 'Nguyen', 'Chen', 'Wang', 'Patel', 'Okafor', 'Mensah', 'Hansen', 'Silva', 'Costa', 'Haddad', 'Rahman', 'Kowalski', 'Novak', 'Petrov', 'Yilmaz', 'Jensen', 'Moreau', 'Fischer', 'Lopez', 'Santos', 'Khan', 'Suzuki', 'Sato', 'Ali', 'Hussain', 'Popescu', 'Horvat', 'Kovacs'];
const FIRST_WORD = ['Meridian', 'Baltic', 'Sunrise', 'Northgate', 'Silverline', 'Evergreen', 'Blue Harbour', 'Crescent', 'Orion', 'Redwood', 'Atlas', 'Lakeside', 'Summit', 'Pioneer', 'Harmony', 'Horizon', 'Kestrel', 'Granite', 'Aurora', 'Westbrook', 'Zenith', 'Coral Bay', 'Ironbridge', 'Maple Leaf', 'Sakura', 'Lotus', 'Jadeite', 'Phoenix', 'Cobalt', 'Amber'];
const BUSINESS = ['Textiles', 'Logistics', 'Trading', 'Shipping', 'Foods', 'Electronics', 'Holdings', 'Machinery', 'Pharmaceuticals', 'Consulting', 'Freight', 'Import Export', 'Seafood', 'Timber', 'Chemicals', 'Marine Services', 'Bank', 'Insurance', 'Software', 'Garments'];
const FORM = ['Ltd', 'Co., Ltd.', 'LLC', 'GmbH', 'S.A.', 'Pte Ltd', 'Inc.', 'Limited', 'Corp.', 'JSC'];

export type Syllables = (readonly number[])[];

function syllablesOf(name: string): Syllables | undefined {
  const out: Syllables = [];
  for (const w of foldWords(name).flatMap((x) => x.split('-'))) {
    const seg = segmentSyllables(w)[0];
    if (seg === undefined) return undefined;
    for (const s of seg) out.push(syllableReadings(s) ?? []);
  }
  return out;
}

/** How many syllables of one name another shares, wherever they stand (each matched once). */
export function sharedSyllables(s: Syllables, l: Syllables): number {
  const used = new Set<number>();
  let same = 0;
  for (const a of s) {
    const j = l.findIndex((b, k) => !used.has(k) && readingsOverlap(a, b));
    if (j >= 0) {
      used.add(j);
      same++;
    }
  }
  return same;
}

/** The most syllables a name shares with one listed name, wherever they stand. */
function closest(s: Syllables, listed: readonly Syllables[]): number {
  let best = 0;
  for (const l of listed) best = Math.max(best, sharedSyllables(s, l));
  return best;
}

export function randomNegatives(listedNames: readonly string[], rand: () => number, count: number): string[] {
  const listed = listedNames.map(syllablesOf).filter((s): s is Syllables => s !== undefined);
  const out = new Set<string>();
  let guard = 0;
  while (out.size < count && guard++ < count * 100) {
    const r = rand();
    let name: string;
    if (r < 0.5) {
      const given = Array.from({ length: rand() < 0.8 ? 2 : 1 }, () => pick(rand, SYLLABLE_POOL));
      name = [pick(rand, FAMILY), ...given].join(' ').toUpperCase();
      const s = syllablesOf(name);
      // At most one syllable in common with every listed name.
      if (s === undefined || closest(s, listed) > 1) continue;
    } else if (r < 0.75) {
      name = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
    } else {
      name = `${pick(rand, FIRST_WORD)} ${pick(rand, BUSINESS)} ${pick(rand, FORM)}`;
    }
    out.add(name);
  }
  return [...out];
}

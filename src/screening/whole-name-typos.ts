/**
 * korean-v3: a whole name one typing error from a listed name (hostile review H3, H4, H12). Word by word a
 * letter off may leave another valid syllable (KANG RYON for KANG RYONG: one syllable of two differs, 0.5,
 * nothing) or a word no reading agrees with (Niel Tsang for NEIL TSANG, a Chinese name never corrected), and
 * the name was lost: `check` permitted. Compared as one run of letters (spaces, hyphens and apostrophes
 * aside), the two are one error apart: a letter dropped, doubled or struck for a neighbouring key, or two
 * letters swapped. Such a listed name is reported as a possible match (never a match by this alone: the name
 * score is below the name floor), so a person looks.
 *
 * The listed names are found through their one-letter-deleted forms (two strings one such error apart share
 * one), built once per index on first use; names shorter than six letters and low-quality aliases (matched
 * only exactly) are left out, and a short initialism counts only with two letters swapped or one doubled.
 */
import type { ScreeningIndex } from './build-index.ts';
import { foldWords, splitParentheticals } from './normalize/fold.ts';
import { neighbouringKeys } from './normalize/typo-correction.ts';

/** The name score of a whole name one typing error off: possible, below `NAME_FLOOR` so no evidence makes it a match. */
export const WHOLE_NAME_TYPO_SCORE = 0.7;
/** Listed names shorter than this (in letters and digits) are left out: one error changes too much of them. */
const MIN_LISTED = 6;
/** Below this length, a letter struck or added must be a neighbouring key (or the letter doubled). */
const ANY_LETTER_FROM = 10;

/** A short initialism (KOMID, SANSRI: matched only word for word) counts from this length, and only with two
 *  letters swapped or one doubled: a letter struck or dropped makes another initialism as often (KNOC, KNIC). */
const MIN_INITIALISM = 5;

/** Letters drawn alike in capitals, written one for the other (security review 33: RI JAE II for RI JAE IL, RYV JIN
 *  for RYU JIN, CHU HYQ’K for CHU HYO’K), as a neighbouring key is struck for another. */
const DRAWN_ALIKE: ReadonlyMap<string, string> = new Map([['l', 'i'], ['i', 'l'], ['u', 'v'], ['v', 'u'], ['o', 'q'], ['q', 'o']]);

interface Entry { compact: string; ids: number[]; initialism: boolean }
const tables = new WeakMap<ScreeningIndex, Map<string, Entry[]>>();
/** The table's keys by a hash of their letters (`hashOf`): a query's one-letter-deleted forms are looked up by
 *  their hashes, computed from its prefixes and suffixes without making the strings, and a key found is
 *  compared letter by letter (most forms are no key). */
const keysByHash = new WeakMap<ScreeningIndex, Map<number, string[]>>();
const HASH_BASE = 0x01000193;
/** HASH_BASE's inverse modulo 2^32 (HASH_BASE * HASH_BASE_INVERSE = 1). */
const HASH_BASE_INVERSE = 0x359c449b | 0;

function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
  return h;
}

function keysFor(index: ScreeningIndex): Map<number, string[]> {
  let k = keysByHash.get(index);
  if (k !== undefined) return k;
  k = new Map();
  for (const key of tableFor(index).keys()) {
    const h = hashOf(key);
    const list = k.get(h);
    if (list === undefined) k.set(h, [key]);
    else list.push(key);
  }
  keysByHash.set(index, k);
  return k;
}

/** Whether `key` is `q` with the letter at `at` left out. */
function isDeletion(key: string, q: string, at: number): boolean {
  if (key.length !== q.length - 1) return false;
  for (let i = 0; i < at; i++) if (key.charCodeAt(i) !== q.charCodeAt(i)) return false;
  for (let i = at + 1; i < q.length; i++) if (key.charCodeAt(i - 1) !== q.charCodeAt(i)) return false;
  return true;
}

/** A name's letters and digits in one run, folded; undefined when it holds others (Hangul, Cyrillic). */
export function compactName(text: string): string | undefined {
  return compactWords(foldWords(text));
}

const HYPHEN_OR_APOSTROPHE = /[-']/g;
const COMPACT = /^[a-z0-9]+$/;

/** `compactName` of a name already folded (`foldWords`): a query's readings fold it once for all. */
function compactWords(folded: readonly string[]): string | undefined {
  const s = folded.join('').replace(HYPHEN_OR_APOSTROPHE, '');
  return COMPACT.test(s) ? s : undefined;
}

function tableFor(index: ScreeningIndex): Map<string, Entry[]> {
  let t = tables.get(index);
  if (t !== undefined) return t;
  t = new Map();
  const byCompact = new Map<string, Entry>();
  for (let id = 0; id < index.names.length; id++) {
    if (index.names.kindOf(id) === 'low') continue;
    const initialism = index.names.exactOnly(id);
    const full = index.names.get(id).full;
    const { main } = splitParentheticals(full);
    for (const text of new Set([full, main])) {
      const c = compactName(text);
      if (c === undefined || c.length < (initialism ? MIN_INITIALISM : MIN_LISTED)) continue;
      let e = byCompact.get(c);
      if (e === undefined) {
        e = { compact: c, ids: [], initialism };
        byCompact.set(c, e);
        for (const k of [c, ...deletions(c)]) {
          const list = t.get(k);
          if (list === undefined) t.set(k, [e]);
          else if (!list.includes(e)) list.push(e);
        }
      }
      if (!e.ids.includes(id)) e.ids.push(id);
    }
  }
  tables.set(index, t);
  return t;
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/**
 * The typing error that turns listed `l` into query `q`, in words, or undefined when they are not one error
 * apart (or the same).
 */
export function wholeNameTypo(q: string, l: string): string | undefined {
  if (q === l) return undefined;
  const any = Math.min(q.length, l.length) >= ANY_LETTER_FROM;
  let i = 0;
  while (i < q.length && i < l.length && q[i] === l[i]) i++;
  if (q.length === l.length) {
    if (q.slice(i + 1) === l.slice(i + 1)) {
      if (any || neighbouringKeys(l[i] as string, q[i] as string)) return 'a letter struck for another';
      return DRAWN_ALIKE.get(l[i] as string) === q[i] ? 'a letter written for one drawn like it' : undefined;
    }
    if (q[i] === l[i + 1] && q[i + 1] === l[i] && q.slice(i + 2) === l.slice(i + 2)) return 'two letters swapped';
    return undefined;
  }
  if (q.length === l.length + 1) {
    if (q.slice(i + 1) !== l.slice(i)) return undefined;
    const x = q[i] as string;
    if (x === q[i - 1] || x === q[i + 1]) return 'a letter doubled';
    return any || neighbouringKeys(x, q[i - 1] ?? '') || neighbouringKeys(x, q[i + 1] ?? '') ? 'a letter added' : undefined;
  }
  if (q.length + 1 === l.length) return q.slice(i) === l.slice(i + 1) ? 'a letter dropped' : undefined;
  return undefined;
}

interface TypoCandidate { id: number; query: string; listed: string; edit: string }

/** The entries of one key not seen before that are one typing error from compact query `q`, into `out`. */
function visit(list: readonly Entry[] | undefined, q: string, seen: Set<Entry>, out: TypoCandidate[]): void {
  if (list === undefined) return;
  for (const e of list) {
    if (seen.has(e)) continue;
    seen.add(e);
    const edit = wholeNameTypo(q, e.compact);
    if (edit === undefined || (e.initialism && edit !== 'two letters swapped' && edit !== 'a letter doubled')) continue;
    for (const id of e.ids) out.push({ id, query: q, listed: e.compact, edit });
  }
}

/** The listed names (ids) whose whole name is one typing error from the query's, with the error in words. */
export function wholeNameTypoCandidates(index: ScreeningIndex, name: string, folded: readonly string[] = foldWords(name)): TypoCandidate[] {
  const q = compactWords(folded);
  if (q === undefined || q.length < MIN_LISTED - 1 || q.length > 400) return [];
  const t = tableFor(index);
  const byHash = keysFor(index);
  const seen = new Set<Entry>();
  const out: TypoCandidate[] = [];
  // The keys looked up in the order `[q, ...deletions(q)]` gives them, each deleted form found by its hash:
  // hash(q without i) = hash(q[0, i)) * BASE^(n-1-i) + hash(q(i, n)), all modulo 2^32.
  const n = q.length;
  const suffix = new Int32Array(n + 1);
  let power = 1;
  for (let i = n - 1; i >= 0; i--) {
    suffix[i] = (Math.imul(q.charCodeAt(i), power) + (suffix[i + 1] as number)) | 0;
    power = Math.imul(power, HASH_BASE);
  }
  visit(t.get(q), q, seen, out);
  let prefix = 0;
  // BASE^(n-1-i), from BASE^(n-1) down: its inverse modulo 2^32 steps it down (the base is odd).
  let scale = 1;
  for (let i = 0; i < n - 1; i++) scale = Math.imul(scale, HASH_BASE);
  for (let i = 0; i < n; i++) {
    if (i === 0 || q.charCodeAt(i) !== q.charCodeAt(i - 1)) {
      const keys = byHash.get((Math.imul(prefix, scale) + (suffix[i + 1] as number)) | 0);
      if (keys !== undefined) for (const key of keys) if (isDeletion(key, q, i)) visit(t.get(key), q, seen, out);
    }
    prefix = (Math.imul(prefix, HASH_BASE) + q.charCodeAt(i)) | 0;
    scale = Math.imul(scale, HASH_BASE_INVERSE);
  }
  return out;
}

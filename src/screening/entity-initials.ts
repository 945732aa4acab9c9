/**
 * korean-v3: a listed organisation's name written as its initials (security review 16, R16-5): "K.M.D.T.C.",
 * "K M D T C", "KMDTC", "kmdtc" for KOREA MINING DEVELOPMENT TRADING CORPORATION. The list carries a few such
 * initialisms itself (KOMID, OMM, FTB: matched as names); any other reads as no listed word at all, so a screen
 * found nothing and `check` permitted. Here the initials of every listed entity name (aliases too) are taken
 * in the ways they are written: with and without the small words (of, and, the, for), with and without the
 * legal form's letters at the end (KMDTC, KMDT). A query that is such initials, dotted, spaced or joined, with
 * at most a legal form, a branch or a DPRK word beside it, is read as the listed name, screened as a part of
 * its own and held at possible (`mergePartMatches`): initials agree with many names, so a person decides, and
 * never prohibits on them.
 *
 * Short initials collide with real companies (IBM, DHL, KDB, SEC): initials of four letters or more are read
 * alone; three letters only written one by one (T.C.B., T C B: spelt out, as a disguise writes them, not as a
 * company's name is written in a payment) or where the party names the DPRK (its country or nationality KP, or a
 * DPRK word beside the initials: "TCB Pyongyang"); two never. Measured on real companies' initials in
 * `entity-initials.test.ts`.
 */
import type { ScreeningIndex } from './build-index.ts';
import { isDprkWord } from './generic-entity.ts';
import type { NamePart } from './name-parts.ts';
import { splitParentheticals } from './normalize/fold.ts';

/** Initials read without a DPRK link: four letters or more. */
export const MIN_INITIALS = 4;
/** Initials read where the party names the DPRK. */
export const MIN_INITIALS_DPRK = 3;
/** Longer initials are no name's (the longest listed names have some ten words). */
const MAX_INITIALS = 12;

/** Small words a name's initials are written with or without (Bank of East Land: BEL, BOEL). */
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'de']);

/** Legal forms (and their short forms) whose letters initials carry or leave out at the end (KMDTC, KMDT). */
const LEGAL_FORMS = new Set([
  'company', 'co', 'corporation', 'corp', 'corpn', 'limited', 'ltd', 'incorporated', 'inc', 'llc', 'plc', 'pte',
  'group', 'jsc', 'gmbh', 'sa', 'ag', 'bv', 'holdings', 'enterprise', 'enterprises',
]);

/** Words that may stand beside initials without changing whose they are: a legal form, a branch or office. */
const BESIDE = new Set([...LEGAL_FORMS, 'branch', 'office', 'bureau', 'representative', 'rep', 'hq', 'headquarters']);

/** The words of a text, lower case, ASCII letters only (diacritics dropped), split at anything else. */
function lettersWords(text: string): string[] {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/['’`]/gu, '').split(/[^a-z0-9]+/u).filter((w) => w !== '');
}

interface Listed {
  /** The listed name, as written on the list. */
  full: string;
}

const byIndex = new WeakMap<ScreeningIndex, Map<string, Listed[]>>();

/** The ways one listed name's initials are written: with and without small words, with and without the
 *  legal forms at its end. */
export function initialsOf(name: string): string[] {
  const words = lettersWords(splitParentheticals(name).main).filter((w) => /^[a-z]/u.test(w));
  const out = new Set<string>();
  for (const keepSmall of [true, false]) {
    const kept = keepSmall ? words : words.filter((w) => !SMALL_WORDS.has(w));
    // Legal forms at the end, dropped one at a time: OCEAN MARITIME MANAGEMENT COMPANY LIMITED is OMMCL,
    // OMMC and OMM.
    let end = kept.length;
    for (;;) {
      if (end >= 2) out.add(kept.slice(0, end).map((w) => w[0]).join(''));
      if (end === 0 || !LEGAL_FORMS.has(kept[end - 1]!)) break;
      end--;
    }
  }
  return [...out].filter((s) => s.length >= MIN_INITIALS_DPRK && s.length <= MAX_INITIALS);
}

/** The listed entities' names by their initials (built once per index). */
function initialsMap(index: ScreeningIndex): Map<string, Listed[]> {
  let map = byIndex.get(index);
  if (map !== undefined) return map;
  map = new Map();
  const seen = new Set<string>();
  for (let id = 0; id < index.names.length; id++) {
    const r = index.records[index.names.recordOf(id)];
    if (r === undefined || r.kind !== 'entity') continue;
    const full = index.names.get(id).full;
    if (seen.has(full)) continue;
    seen.add(full);
    for (const key of initialsOf(full)) {
      const list = map.get(key);
      if (list === undefined) map.set(key, [{ full }]);
      else if (!list.some((l) => l.full === full)) list.push({ full });
    }
  }
  byIndex.set(index, map);
  return map;
}

/** The initials a party's name is written as, and whether a DPRK word stands beside them; undefined when the
 *  name is no initials: one word of letters, or single letters (dotted, spaced: K.M.D.T.C., K M D T C), with
 *  at most legal forms, a branch or DPRK words beside. */
export function writtenInitials(name: string): { letters: string; dprk: boolean; apart: boolean } | undefined {
  const words = lettersWords(splitParentheticals(name).main);
  if (words.length === 0 || words.length > MAX_INITIALS + 4) return undefined;
  let dprk = false;
  const core: string[] = [];
  for (const w of words) {
    if (isDprkWord(w)) dprk = true;
    else if (!BESIDE.has(w) || words.length === 1) core.push(w);
  }
  if (core.length === 0 || !core.every((w) => /^[a-z]+$/u.test(w))) return undefined;
  // One word (KMDTC), or one letter per word (K M D T C); a trailing legal form's letter may stand with the
  // dotted ones ("K.M.D.T. Co." is read as KMDT and KMDTC by the listed side's two ways).
  const letters = core.length === 1 ? core[0]! : core.every((w) => w.length === 1) ? core.join('') : undefined;
  if (letters === undefined || letters.length < MIN_INITIALS_DPRK || letters.length > MAX_INITIALS) return undefined;
  return { letters, dprk, apart: core.length > 1 };
}

/** The party's country or nationality names the DPRK. */
const DPRK_CODES = new Set(['kp', 'prk', 'dprk', 'north korea', "democratic people's republic of korea"]);

/**
 * The listed entities' names a party's name is the initials of, each a part to screen (held at possible).
 * `country`: the party's country or nationality, if given.
 */
export function entityInitialsParts(index: ScreeningIndex, name: string, country?: string): NamePart[] {
  const written = writtenInitials(name);
  if (written === undefined) return [];
  const linked = written.dprk || (country !== undefined && DPRK_CODES.has(country.trim().toLowerCase()));
  // Three letters written one by one (T.C.B., T C B) are initials spelt out on purpose: read as a DPRK link is.
  if (written.letters.length < (linked || written.apart ? MIN_INITIALS_DPRK : MIN_INITIALS)) return [];
  const out: NamePart[] = [];
  for (const l of initialsMap(index).get(written.letters) ?? []) {
    out.push({ text: l.full, oneWord: false, inferred: `"${name.trim()}" read as the initials of the listed name "${l.full}"` });
  }
  return out;
}

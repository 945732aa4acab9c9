/**
 * The parts of a vessel's name as documents write it, beyond the name the list gives (security review 17,
 * R17-2). A renamed or disguised listed ship is written
 *  - with its former name marked: "SEA STAR (EX-PETREL 8)", "EX PETREL 8", "SEA STAR ex. PETREL 8",
 *    "formerly PETREL 8", "f/k/a PETREL 8". The former name is the listed ship's as surely as the current one:
 *    a ship keeps its IMO number through renamings, and "ex-NAME" is how registers and fixtures tie the two;
 *  - with a word added around the listed name: "NEW PETREL 8", "THE PETREL 8", "PETREL 8 STAR", "PETREL 8TH".
 *    Owners rename a listed ship so (a prefix, a suffix, an ordinal); the list's name still stands whole among
 *    the words, so it is read as a lead (review), never as a clean pass.
 * A listed name that is one common word of ship names ("STAR", "OCEAN") is not looked for inside others: every
 * "SEA STAR" would hold it. Such a name still meets a name written as it, and its former-name form.
 */

import { numberWordDigits } from './misspelt-numbers.ts';

/** Former-name markers, on text in any case; what follows (to a bracket, comma or semicolon) is the former name. */
const FORMER = /(?<![\p{L}\p{N}])(?:ex|formerly(?:\s+known\s+as|\s+named|\s+called)?|f\/k\/a|f\.k\.a\.?|fka|previously(?:\s+named|\s+called)?|renamed\s+from)(?:\s*[.:\-–—]\s*|\s+)(?=[\p{L}\p{N}])/giu;

/** Where a former name ends: a closing bracket, a comma, a semicolon, a slash, or another former-name marker. */
const FORMER_END = /[)\]},;/|]/u;

export interface NameParts {
  /** The name with its former-name clauses taken out ("SEA STAR" of "SEA STAR (EX-PETREL 8)"); '' when none is left. */
  current: string;
  /** Each former name the text gives ("PETREL 8"). */
  former: string[];
}

/** The current and former names a vessel's name gives, or undefined when it marks no former name. */
export function nameParts(name: string): NameParts | undefined {
  const text = name.normalize('NFKC');
  const former: string[] = [];
  let current = '';
  let at = 0;
  for (const m of text.matchAll(FORMER)) {
    if (m.index < at) continue;
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    const end = FORMER_END.exec(rest);
    // A further marker inside ("ex A ex B") ends this one's name too.
    const next = [...rest.matchAll(FORMER)].find((x) => x.index > 0);
    const stop = Math.min(end?.index ?? rest.length, next?.index ?? rest.length);
    const f = rest.slice(0, stop).trim();
    if (f !== '') former.push(f);
    current += ` ${text.slice(at, m.index)}`;
    at = start + stop;
  }
  if (former.length === 0) return undefined;
  current += ` ${text.slice(at)}`;
  // Brackets left empty by the clause taken out, and stray marks at either end.
  current = current.replace(/[([{]\s*[)\]}]/gu, ' ').replace(/^[\s\-–—,;:/([{]+|[\s\-–—,;:/([{]+$/gu, '').replace(/\s+/gu, ' ').trim();
  return { current: /[\p{L}\p{N}]/u.test(current) ? current : '', former };
}

/** An ordinal written onto a number ("8TH", "2ND", "1ST"): the number is the name's. */
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/iu;

/**
 * A name's words with a number read bare: an ordinal ending dropped ("8TH"), a number or an ordinal written as a
 * word read as its digits ("PETREL EIGHT", "PETREL EIGHTH": security review 18, R18-4), also with one typing error
 * ("PETREL EIGTH": misspelt-numbers.ts). The words themselves when none is.
 */
export function numbersRead(words: readonly string[]): string[] {
  return words.map((w) => ORDINAL.exec(w)?.[1] ?? numberWordDigits(w) ?? w);
}

/** The longest run of words tried as a listed name inside another. */
const MAX_RUN = 8;
/** Names longer than this many words are not cut into runs (a name field holding prose is free text). */
const MAX_WORDS = 24;

/**
 * The runs of a name's words that may be a listed name standing inside it: every run of one to eight words but
 * the whole name, and, when a word is a number with an ordinal ending or a number written as a word, the runs (the
 * whole one too) with the number read bare ("PETREL 8TH" and "NEW PETREL EIGHT" hold "PETREL 8").
 */
export function nameRuns(name: string): string[] {
  const words = name.normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length > MAX_WORDS) return [];
  const out = new Set<string>();
  const add = (ws: string[], whole: boolean): void => {
    for (let i = 0; i < ws.length; i++) {
      for (let k = 1; k <= MAX_RUN && i + k <= ws.length; k++) {
        if (!whole && k === ws.length) continue;
        out.add(ws.slice(i, i + k).join(' '));
      }
    }
  };
  add(words, false);
  const bare = numbersRead(words);
  if (bare.some((w, i) => w !== words[i])) add(bare, true);
  return [...out];
}

/**
 * Words common in ship names the world over: a listed name that is one of them alone ("STAR") is not looked for
 * inside other names (a lead on every "SEA STAR" would bury the real ones).
 */
const COMMON_NAME_WORDS = new Set([
  'SEA', 'SEAS', 'STAR', 'STARS', 'OCEAN', 'GOLD', 'GOLDEN', 'SILVER', 'NEW', 'GREAT', 'GRAND', 'ASIA', 'ASIAN', 'PACIFIC', 'ATLANTIC',
  'ORIENT', 'ORIENTAL', 'EAST', 'EASTERN', 'WEST', 'NORTH', 'SOUTH', 'GLORY', 'PRIDE', 'UNITY', 'SUN', 'SUNNY', 'LUCKY', 'LUCK',
  'BRIDGE', 'HOPE', 'FORTUNE', 'VICTORY', 'EXPRESS', 'SPIRIT', 'QUEEN', 'KING', 'PRINCE', 'PRINCESS', 'PEARL', 'DRAGON', 'PHOENIX',
  'EAGLE', 'WIND', 'WAVE', 'WAVES', 'BAY', 'HARBOUR', 'HARBOR', 'PORT', 'ISLAND', 'CAPE', 'RIVER', 'LAKE', 'COAST', 'MARINE',
  'MARITIME', 'SHIPPING', 'LINE', 'TRADER', 'TRADING', 'CARRIER', 'VENTURE', 'VOYAGER', 'NAVIGATOR', 'EXPLORER', 'PIONEER',
  'LIBERTY', 'FREEDOM', 'HARMONY', 'PEACE', 'PROSPERITY', 'DIAMOND', 'JADE', 'CROWN', 'ROYAL', 'EMPEROR', 'EMPRESS', 'CHAMPION',
  'HERO', 'LEGEND', 'DREAM', 'DAWN', 'SUNRISE', 'SUNSHINE', 'RAINBOW', 'HORIZON', 'FUTURE', 'GLOBAL', 'WORLD', 'UNIVERSE',
  'GALAXY', 'COMET', 'PLANET', 'JUPITER', 'MARS', 'VENUS', 'ORION', 'ARIES', 'LEO', 'ROSE', 'LOTUS', 'LILY', 'ORCHID', 'TIGER',
  'LION', 'DOLPHIN', 'WHALE', 'SWAN', 'FALCON', 'HAWK', 'SKY', 'LINES', 'MARU', 'ONE', 'TWO', 'THREE',
]);

/**
 * Whether a listed name may be looked for inside other names: it has a number or a word not common in ship names
 * ("PETREL 8", "KOTI", "HUA FU"), and, if one word, of four letters or more. "GOLD STAR" or "STAR" alone would
 * be held by every "GOLD STAR LINE".
 */
export function heldWhole(listed: string): boolean {
  const words = listed.normalize('NFKC').toUpperCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length === 0 || (words.length === 1 && [...words[0]!].length < 4)) return false;
  return words.some((w) => /\p{N}/u.test(w) || !COMMON_NAME_WORDS.has(w));
}

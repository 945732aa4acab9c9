/**
 * A vessel's name as documents write it, read to the keys it can match under. Bills of lading, charter
 * parties, port and bunker papers write a ship as "MV PETREL 8", "M/V PETREL 8", "M.T. TONG SAN 2",
 * "PETREL NO. 8", "TONG SAN NO.2", "PETREL #8", "PETREL VIII"; a register (the 1718 list, Equasis, Lloyd's)
 * writes the bare name, "PETREL 8". A retyped or repainted name puts a digit for a letter ("K0TI"). Each of
 * these is the listed ship, so each must find it exactly, as the plain name does.
 *
 * Both sides, the listed name and the name asked about, are read the same way, so a listed name that
 * itself carries one of these forms still meets its plain writing. A name's keys:
 *  - `exact`: its plain folding (case, spacing, punctuation dropped: "Petrel-8" = "PETREL8"), and each
 *    reading with the ship-type prefix dropped, "NO" before a number dropped, a trailing Roman numeral
 *    II..XX read as its number, and a digit inside a word read as the letter it looks like;
 *  - `possible`: readings that may be wrong: a trailing V, X or XI read as 5, 10, 11 (V and X may be a
 *    letter the owner gave a sister ship; XI is also a Chinese syllable, 西 or 喜, that ends many names).
 *    A name meeting a listed one only that way is a possible match, to be reviewed, never a clean one.
 */
import { romanizeHangul } from '../io/hangul-roman.ts';
import { decodeWebText } from '../io/web-encoding.ts';
import { escapeReadings } from '../io/escape-reader.ts';
import { CARDINALS_TO_TWENTY } from '../io/english-numbers.ts';
import { showLetters, unmaskLookAlikes } from '../io/look-alikes.ts';
import { latinReadings } from '../io/other-alphabets.ts';

/**
 * Ship-type prefixes written before a name, folded (M/V, M.V. and MV alike): motor vessel, motor tanker,
 * motor ship, steamship, fishing vessel, motor yacht, tug boat, research vessel, sailing vessel, and the
 * gas carriers' LPG/C and LNG/C. Registers carry none of them; documents carry them freely.
 */
const PREFIXES = new Set(['MV', 'MT', 'MS', 'SS', 'FV', 'MY', 'TB', 'RV', 'SV', 'LPGC', 'LNGC']);

const ROMAN: Record<string, number> = {
  II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10,
  XI: 11, XII: 12, XIII: 13, XIV: 14, XV: 15, XVI: 16, XVII: 17, XVIII: 18, XIX: 19, XX: 20,
};
/** Roman numerals that are also a letter or a word: read so only as a possibility. */
const UNSURE_ROMAN = new Set(['V', 'X', 'XI']);

/** A digit inside a word, read as the letters it looks like; a letter inside a number, as the digit. */
const DIGIT_AS_LETTERS: Record<string, string> = { '0': 'O', '1': 'IL', '5': 'S' };
const LETTER_AS_DIGIT: Record<string, string> = { O: '0', I: '1', L: '1', S: '5' };

/** At most this many readings of one name: a name of many look-alike characters does not multiply without end. */
const MAX_READINGS = 32;

export interface NameKeys {
  exact: string[];
  possible: string[];
}

/** Upper case, diacritics dropped, cut into words of letters and digits (punctuation and spaces separate). */
export function nameWords(s: string): string[] {
  // Letters drawn like Latin ones (a Cyrillic О, a small capital ᴏ) read, in their own case, as the Latin letter
  // they show; then compatibility forms (fullwidth, mathematical) and diacritics folded (NFKD first would make
  // some look-alikes letters the data does not list: a lunate sigma ϲ to ς). A name in Hangul (천마산호, 동산 2호)
  // is read by its sounds as the list romanizes them, a syllable a word.
  const shown = unmaskLookAlikes(romanizeHangul(showLetters(s)).normalize('NFC')).normalize('NFKD').replace(/\p{M}/gu, '');
  return shown.toUpperCase().split(/[^A-Z0-9]+/).filter((w) => w !== '');
}

/** The plain folding: case, spacing and punctuation dropped ("Chon-Ma San" = "CHONMASAN"). */
export function foldName(s: string): string {
  return nameWords(s).join('');
}

/** The ways one word may be read: itself, and with its look-alike characters read the other way. */
function wordReadings(w: string): string[] {
  const out = [w];
  const letters = /[A-Z]/.test(w);
  const digits = /[0-9]/.test(w);
  if (!letters || !digits) return out; // a plain word or a plain number is what it says
  // Mostly letters: every digit a look-alike letter ("K0TI" -> KOTI; "1" may be I or L).
  if ([...w].every((c) => /[A-Z]/.test(c) || c in DIGIT_AS_LETTERS)) {
    let forms = [''];
    for (const c of w) forms = forms.flatMap((f) => [...(DIGIT_AS_LETTERS[c] ?? c)].map((x) => f + x)).slice(0, MAX_READINGS);
    out.push(...forms);
  }
  // Mostly digits: every letter a look-alike digit ("1O" -> 10).
  if ([...w].every((c) => /[0-9]/.test(c) || c in LETTER_AS_DIGIT)) out.push([...w].map((c) => LETTER_AS_DIGIT[c] ?? c).join(''));
  return [...new Set(out)];
}

/** Every reading of the words: one word's readings at a time, the plain one first. */
function readings(words: string[]): string[][] {
  // Most names mix no letters and digits in a word: they have one reading, themselves.
  if (!words.some((w) => /[A-Z]/.test(w) && /[0-9]/.test(w))) return [words];
  let out: string[][] = [[]];
  for (const w of words) {
    const rs = wordReadings(w);
    out = out.flatMap((r) => rs.map((x) => [...r, x])).slice(0, MAX_READINGS);
  }
  return out;
}

/** How many words a ship-type prefix takes at the start of a name (0 without one). */
function prefixWords(ws: readonly string[]): number {
  if (ws[0] !== undefined && PREFIXES.has(ws[0])) return 1; // MV, MT, LPGC
  if (ws.length > 1 && ws[0]!.length === 1 && ws[1]!.length === 1 && PREFIXES.has(ws[0]! + ws[1]!)) return 2; // M/V, M.V., S.S.
  if (ws.length > 1 && (ws[0] === 'LPG' || ws[0] === 'LNG') && ws[1] === 'C') return 2; // LPG/C, LNG/C
  return 0;
}

/** The ship-type prefix dropped, when a name is left after it (a word with a letter, not a number alone). */
function dropPrefix(ws: string[]): string[] {
  const rest = ws.slice(prefixWords(ws));
  return rest.some((w) => /[A-Z]/.test(w)) ? rest : ws;
}

/**
 * "NO" before a number dropped ("PETREL NO. 8", "TONG SAN NO2" -> PETREL 8, TONG SAN 2), but never as the
 * first word: a ship named "NO 8 STAR" keeps it, for nothing before it is numbered. ("#8" needs nothing:
 * the "#" is punctuation, folded away.)
 */
function dropNumberWord(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (i > 0 && w === 'NO' && /^\d+$/.test(ws[i + 1] ?? '')) continue;
    const joined = i > 0 && w.startsWith('NO') ? /^NO(\d+)$/.exec(w) : null;
    out.push(joined ? joined[1]! : w);
  }
  return out;
}

/**
 * The Korean ship suffix -ho (호, "number") and the Chinese hao (号): DPRK ships are named "Chonmasan-ho",
 * "Yu Son Ho", "Tong San 2-ho", Chinese ones "Jie Shun Hao"; the list writes the bare name. Dropped as a word
 * of its own at the end or before a number (never the first word: a ship named "HO 8" keeps it). The
 * listed name is read the same way, so a listed name with HO still meets its writing with HO.
 */
function dropShipSuffix(ws: string[]): string[] {
  const out = ws.filter((w, i) => !(i > 0 && (w === 'HO' || w === 'HAO') && (i === ws.length - 1 || /^\d+$/.test(ws[i + 1]!))));
  return out.length === ws.length ? ws : out;
}

/** The suffix glued to the name ("CHONMASANHO", "JIESHUNHAO"): only possibly it (ECHO ends in HO too). */
const GLUED_SUFFIX = /^(.{3,}?)(HO|HAO)(\d*)$/;

/** Numbers written as words ("PETREL EIGHT"): possibly the ship of that number, never surely. */
const NUMBER_WORDS: Readonly<Record<string, string>> = Object.fromEntries(CARDINALS_TO_TWENTY);

/** The name's keys to match under (see the top of this file; `listed`: a name of the list, see the suffix); no keys for a name with no letters or digits. */
export function vesselNameKeys(name: string, listed = false): NameKeys {
  // A name carried from the web or mail with its letters or spaces encoded (PETREL&nbsp;8, PETREL%25208, CH=D4N MA
  // SAN, CH&#212N MA SAN): the keys of every reading the escape reader makes, as a party's name is read (security
  // review 16, R16-2; review 24, HIGH-A: vessels had a reader of their own, weaker than the parties').
  if (listed) return vesselKeysOf(name, listed);
  const forms = new Set([name, ...escapeReadings(name).readings]);
  const web = decodeWebText(name);
  if (web !== undefined) forms.add(web);
  // A name in Cyrillic or Greek letters (НАМ САН 8, ΤΣΟΝ ΜΑ ΣΑΝ: review 29), read in Latin ones as a party's is.
  for (const latin of latinReadings(name)) forms.add(latin);
  if (forms.size === 1) return vesselKeysOf(name, listed);
  const exact = new Set<string>();
  const possible = new Set<string>();
  for (const f of forms) {
    const k = vesselKeysOf(f, listed);
    for (const x of k.exact) exact.add(x);
    for (const x of k.possible) possible.add(x);
  }
  return { exact: [...exact], possible: [...possible] };
}

function vesselKeysOf(name: string, listed: boolean): NameKeys {
  const words = nameWords(name);
  const exact = new Set<string>();
  const possible = new Set<string>();
  if (words.length === 0) return { exact: [], possible: [] };
  exact.add(words.join(''));
  // A prefix alone ("MV", "M/V") is no name: its plain folding is all it has.
  if (prefixWords(words) === words.length) return { exact: [...exact], possible: [] };
  for (const r of readings(words)) {
    const ws = dropPrefix(r);
    const last = ws[ws.length - 1]!;
    const roman = ws.length > 1 ? ROMAN[last] : undefined;
    if (roman === undefined) {
      exact.add(dropNumberWord(ws).join(''));
      continue;
    }
    const asNumber = dropNumberWord([...ws.slice(0, -1), String(roman)]).join('');
    if (UNSURE_ROMAN.has(last)) {
      exact.add(dropNumberWord(ws).join(''));
      possible.add(asNumber);
    } else exact.add(asNumber);
  }
  // The ship suffix (-ho, hao) as a word of its own: the name without it is the name asked about. A listed
  // name that carries HO keeps it: without it, it is only possibly that ship (SAM HO listed, SAM asked).
  for (const r of readings(words)) {
    const ws = dropShipSuffix(dropPrefix(r));
    if (ws.length > 0 && ws.length < r.length) (listed ? possible : exact).add(dropNumberWord(ws).join(''));
  }
  for (const k of [...exact]) {
    const glued = GLUED_SUFFIX.exec(k);
    if (glued) possible.add(glued[1]! + glued[3]!);
  }
  const spelt = words.map((w, i) => (i > 0 ? NUMBER_WORDS[w] ?? w : w));
  if (spelt.some((w, i) => w !== words[i])) possible.add(dropNumberWord(dropShipSuffix(dropPrefix(spelt))).join(''));
  for (const k of exact) possible.delete(k);
  return { exact: [...exact], possible: [...possible] };
}

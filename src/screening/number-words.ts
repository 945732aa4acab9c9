/**
 * korean-v3: numbers written as words in a party's name (hostile review, H5). The list writes OFFICE 39, Bureau
 * 39, 7TH OF TIR and SECOND ACADEMY OF NATURAL SCIENCES; a party writes "Office Thirty-Nine", "Bureau Thirty
 * Nine", "Seventh of Tir", "2nd Academy". As ship names and free text are read (`numbersRead`), a number or an
 * ordinal written as English words is read as its digits ("thirty-nine" 39, "thirty-ninth" 39th), and a number
 * or an ordinal in digits up to ninety-nine as its words ("2nd" second, "1" one): two readings beside the
 * name as written, each screened as a name of its own (a number is the same number however it is written).
 */

import { TEEN_ORDINALS, TEENS, TEN_ORDINALS, TENS, UNIT_ORDINALS, UNITS } from '../io/english-numbers.ts';

interface NumberWord { value: number; kind: 'unit' | 'teen' | 'ten' | 'hundred'; ordinal: boolean }

/** Every number word, lower case, with its value and what may follow it. */
const WORDS = new Map<string, NumberWord>();
UNITS.forEach((w, i) => { if (i > 0) WORDS.set(w, { value: i, kind: 'unit', ordinal: false }); });
UNIT_ORDINALS.forEach((w, i) => { if (i > 0) WORDS.set(w, { value: i, kind: 'unit', ordinal: true }); });
TEENS.forEach((w, i) => WORDS.set(w, { value: 10 + i, kind: 'teen', ordinal: false }));
TEEN_ORDINALS.forEach((w, i) => WORDS.set(w, { value: 10 + i, kind: 'teen', ordinal: true }));
TENS.forEach((w, i) => { if (w !== '') WORDS.set(w, { value: 10 * i, kind: 'ten', ordinal: false }); });
TEN_ORDINALS.forEach((w, i) => { if (w !== '') WORDS.set(w, { value: 10 * i, kind: 'ten', ordinal: true }); });
WORDS.set('forty', { value: 40, kind: 'ten', ordinal: false });
WORDS.set('fourty', { value: 40, kind: 'ten', ordinal: false });
WORDS.set('hundred', { value: 100, kind: 'hundred', ordinal: false });
WORDS.set('hundredth', { value: 100, kind: 'hundred', ordinal: true });

/** The English suffix of an ordinal in digits (1st, 2nd, 3rd, 11th, 39th). */
function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** A number up to ninety-nine in words (ordinal or not), or undefined above. */
function inWords(n: number, ordinal: boolean): string | undefined {
  if (n <= 0 || n > 99) return undefined;
  if (n < 10) return (ordinal ? UNIT_ORDINALS : UNITS)[n];
  if (n < 20) return (ordinal ? TEEN_ORDINALS : TEENS)[n - 10];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (unit === 0) return (ordinal ? TEN_ORDINALS : TENS)[tens];
  return `${TENS[tens]}-${(ordinal ? UNIT_ORDINALS : UNITS)[unit]}`;
}

const EDGE_MARKS = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
const DIGITS = /^(\d{1,2})(st|nd|rd|th)?$/iu;
/** The cheap test: a number word or a digit somewhere in the name. */
const MAYBE_NUMBER = /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twent|thirt|fort|fift|sixt|sevent|eight|ninet|first|second|third|hundred/iu;

interface Token { lead: string; body: string; tail: string }

const tokenOf = (raw: string): Token => {
  const m = EDGE_MARKS.exec(raw);
  return { lead: m?.[1] ?? '', body: m?.[2] ?? raw, tail: m?.[3] ?? '' };
};

/** The number words of a token's body ("thirty-nine": thirty, nine), or undefined when it is not all number words. */
function numberWordsOf(body: string): NumberWord[] | undefined {
  const parts = body.toLowerCase().split(/[-\u2010-\u2015]/u);
  const out: NumberWord[] = [];
  for (const p of parts) {
    const w = WORDS.get(p);
    if (w === undefined) return undefined;
    out.push(w);
  }
  return out.length > 0 ? out : undefined;
}

/**
 * The value of a run of number words, read from its start: [unit hundred [and]] [ten [unit] | teen | unit];
 * how many words it takes, and whether its last is an ordinal. Undefined when the run starts with no number.
 */
function readRun(ws: readonly NumberWord[]): { value: number; used: number; ordinal: boolean } | undefined {
  let i = 0;
  let value = 0;
  let ordinal = false;
  const a = ws[0];
  if (a === undefined || a.kind === 'hundred') return undefined;
  if (a.kind === 'unit' && !a.ordinal && ws[1]?.kind === 'hundred') {
    value = a.value * 100;
    ordinal = ws[1].ordinal;
    i = 2;
    if (ordinal) return { value, used: i, ordinal };
  }
  const b = ws[i];
  if (b !== undefined && b.kind !== 'hundred') {
    if (b.kind === 'ten' && !b.ordinal && ws[i + 1]?.kind === 'unit') {
      value += b.value + ws[i + 1]!.value;
      ordinal = ws[i + 1]!.ordinal;
      i += 2;
    } else {
      value += b.value;
      ordinal = b.ordinal;
      i += 1;
    }
  }
  return i === 0 ? undefined : { value, used: i, ordinal };
}

/**
 * The readings of a name with a number in it: number words as digits, and digits (up to 99) as words.
 * Empty when the name holds no number, or reads the same both ways.
 */
export function numberReadings(name: string): string[] {
  if (!MAYBE_NUMBER.test(name)) return [];
  const raw = name.split(/\s+/u).filter((t) => t !== '');
  const tokens = raw.map(tokenOf);
  const words = tokens.map((t) => numberWordsOf(t.body));
  // Words as digits: runs of tokens that are all number words ("Thirty Nine", "Thirty-Nine", "five hundred and
  // eighty six"), each run read in as few numbers as it holds.
  const digits: string[] = [];
  let changed = false;
  for (let i = 0; i < tokens.length;) {
    if (words[i] === undefined) { digits.push(raw[i]!); i++; continue; }
    // The run of tokens, with "and" inside a number after "hundred".
    const run: NumberWord[] = [];
    let j = i;
    for (; j < tokens.length; j++) {
      const w = words[j];
      if (w === undefined) {
        if (tokens[j]!.body.toLowerCase() === 'and' && run[run.length - 1]?.kind === 'hundred' && words[j + 1] !== undefined && j + 1 < tokens.length) continue;
        break;
      }
      run.push(...w);
      // A mark after the word ("Thirty-Nine,") ends the number.
      if (tokens[j]!.tail !== '') { j++; break; }
    }
    const out: string[] = [];
    for (let k = 0; k < run.length;) {
      const r = readRun(run.slice(k));
      if (r === undefined) { out.push('hundred'); k++; continue; }
      out.push(`${r.value}${r.ordinal ? ordinalSuffix(r.value) : ''}`);
      k += r.used;
    }
    digits.push(`${tokens[i]!.lead}${out.join(' ')}${tokens[j - 1]!.tail}`);
    changed = true;
    i = j;
  }
  // Digits as words: "2nd" second, "39" thirty-nine, "#39" thirty-nine (the mark kept).
  let spelt = false;
  const asWords = tokens.map((t, i) => {
    const m = DIGITS.exec(t.body);
    const w = m !== null ? inWords(Number(m[1]), m[2] !== undefined) : undefined;
    if (w === undefined) return raw[i]!;
    spelt = true;
    return `${t.lead}${w}${t.tail}`;
  });
  const out: string[] = [];
  if (changed) out.push(digits.join(' '));
  if (spelt) out.push(asWords.join(' '));
  return out.filter((r) => r !== name.trim());
}

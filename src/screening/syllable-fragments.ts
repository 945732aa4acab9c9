/**
 * korean-v3 queries: a syllable cut apart or masked inside a person's name. "Kim Tong Ch-ol", "Pak Yong-s-ik",
 * "Ch ol", "Ch.ol" write a syllable in pieces; "Ch0l" and "S1k" write a letter as the digit drawn like it.
 * Read as written, the pieces are recall units of their own (ch, ol), so the listed name loses the recall
 * bound before any comparison joins them again, and a screen says nothing: check would permit. They are
 * put back together here, before the name is prepared, so recall and scoring see the syllable itself.
 *
 * INVARIANT: only a piece that is no Korean syllable (ch, s, k, ng) is joined, and only where the join reads
 * as Korean: two valid syllables (Yong Sik) are never run together, and a name that reads as Korean as
 * written is left as it is.
 */
import { segmentSyllables } from './normalize/syllables.ts';

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const ASCII_LETTERS = /^[a-z]+$/;
const A_DIGIT = /\d/;
const CONSONANTS_ONLY = /^[b-df-hj-np-tv-z]+$/;
const VOWEL_START = /^[aeiou][a-z]*$/;
const VOWEL_END = /^[a-z]*[aeiouy]$/;
const VOWEL_N_END = /^[a-z]*[aeiouy]n$/;
const DIGITS = /\d/g;
const LETTER_START = /^[a-z]/;

/** Digits drawn like letters, the first reading tried first (1 is an i or an l). */
const DIGIT_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'il', '3': 'e', '4': 'a', '5': 's' };
/** A token of letters with single digits among them, a letter first (Ch0l, S1k, Y0ng): never UNIT586. */
const MASKED = /^\p{L}+(?:[01345]\p{L}+)*[01345]?\p{L}*$/u;

const readsKorean = (text: string): boolean => ASCII_LETTERS.test(text) && segmentSyllables(text).length > 0;
/** The patterns below, made once (a pattern written inside a function may be compiled at every call). */
const MAYBE_MASKED = /\p{L}[01345]/u;
const TOKEN = /[\p{L}\p{N}]+/gu;
const LETTER = /\p{L}/u;

/**
 * A name's digit-masked tokens with each digit read as the letter it is drawn like, where the token then
 * reads as Korean syllables (Ch0l → Chol, S1k → Sik); any other token as written.
 */
export function unmaskDigits(text: string): string {
  if (!MAYBE_MASKED.test(text)) return text;
  return text.replace(TOKEN, (token) => {
    if (!A_DIGIT.test(token) || !LETTER.test(token) || !MASKED.test(token)) return token;
    for (const letters of readings(token, DIGIT_LETTERS)) if (readsKorean(letters.toLowerCase())) return letters;
    return token;
  });
}

/** Every letter reading of a token with digits, by `table` (a digit's letters; '' drops it): at most two per digit, a handful of digits. */
function readings(token: string, table: Readonly<Record<string, string>>): string[] {
  let out = [''];
  for (const ch of token) {
    const options = table[ch] ?? ch;
    out = out.flatMap((prefix) => (options === '' ? [prefix] : [...options].map((o) => prefix + o)));
    if (out.length > 16) return [];
  }
  return out;
}

/** A piece of a written word: its text and whether a space (not a hyphen) comes before it. */
interface Piece {
  text: string;
  startsWord: boolean;
}

/** Longest piece taken for a fragment of a syllable (ch, ng, s, k, tch): a longer one is a word. */
const MAX_FRAGMENT = 3;

// Consonants only: a piece with a vowel that reads as no syllable (Ir for Ri) is a typing error, which the
// typo corrections read; joining it to a neighbour would make a new word of it.
const MAYBE_FRAGMENT = /(?:^|-)[b-df-hj-np-tv-z]{1,3}(?:-|$)/;
const isFragment = (p: Piece): boolean => p.text.length <= MAX_FRAGMENT && CONSONANTS_ONLY.test(p.text) && !readsKorean(p.text);

/** Finals a syllable cut before its last consonant leaves behind (Si-k, Yo-ng). */
const FINALS = new Set(['k', 'n', 'ng', 'l', 'm', 'p', 't']);

/**
 * The folded words of a person's name (each may hold hyphens) with every fragment of a syllable joined to
 * the piece it completes: an initial cut from its vowel joins the next piece when that starts with a vowel
 * (Ch-ol, Ch ol, S-ik); a final cut from its syllable joins the previous piece inside a written word
 * (Si-k). A consonant before a consonant (Ch Yon: CHO with its vowel dropped) or a letter standing alone
 * after a word (Kyung-su L: RA written last) is a typing error the corrections read, not a cut syllable.
 * Unchanged (the same array) when nothing joins.
 */
export function joinSyllableFragments(words: readonly string[]): string[] {
  // Most names have no piece of consonants only: a cheap test first.
  if (!words.some((w) => MAYBE_FRAGMENT.test(w))) return words as string[];
  const pieces: Piece[] = [];
  for (const w of words) w.split('-').forEach((text, i) => { if (text.length > 0) pieces.push({ text, startsWord: i === 0 }); });
  if (!pieces.some(isFragment)) return words as string[];
  let changed = false;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (!isFragment(p)) continue;
    const next = pieces[i + 1];
    const prev = pieces[i - 1];
    if (next !== undefined && VOWEL_START.test(next.text) && readsKorean(p.text + next.text)) {
      pieces.splice(i, 2, { text: p.text + next.text, startsWord: p.startsWord });
      changed = true;
    } else if (prev !== undefined && !p.startsWord && FINALS.has(p.text) && VOWEL_END.test(prev.text) && readsKorean(prev.text + p.text)) {
      pieces.splice(i - 1, 2, { text: prev.text + p.text, startsWord: prev.startsWord });
      changed = true;
      i--;
    }
  }
  if (!changed) return words as string[];
  const out: string[] = [];
  for (const p of pieces) {
    if (p.startsWord || out.length === 0) out.push(p.text);
    else out[out.length - 1] += `-${p.text}`;
  }
  return out;
}

/** Finals a syllable cut after its vowel leaves standing alone (Yo.ng, Chu N, Ki L, Ha.n), and the G of an -ng cut after its N (Yon.g). */
const LONE_FINALS = new Set(['k', 'n', 'ng', 'l', 'm', 'p', 't', 'g', 'nk', 'lk', 'lm']);

/**
 * korean-v3 queries: a second reading of a person's name in which a syllable cut after its vowel by a space
 * or a dot is put back together ("Kim Yo.ng Chol", "Pak Ha N Se", "Ri Chu N Song", "Cho ng"): a lone final
 * consonant (or cluster) joins the piece before it when that ends in a vowel and the join reads as Korean.
 * A lone letter may as well be a syllable with its vowel dropped (Kyung-su L for RA), so this is a reading
 * screened beside the name as written, never in its place: the better of the two counts (fail closed).
 * Undefined when nothing joins.
 */
export function joinedFinalsReading(words: readonly string[]): string[] | undefined {
  // Most names have no lone final: a cheap test first.
  if (!words.some((w) => w.split('-').some((part) => LONE_FINALS.has(part)))) return undefined;
  // Hyphen parts as pieces: a lone final may head a hyphenated word (Yo.ng-Cho.l: yo, ng-cho, l).
  const pieces: Piece[] = [];
  for (const w of words) w.split('-').forEach((text, i) => { if (text.length > 0) pieces.push({ text, startsWord: i === 0 }); });
  const out: Piece[] = [];
  let changed = false;
  for (const p of pieces) {
    const prev = out[out.length - 1];
    // After its vowel (Yo.ng), or a G cut from its N (Yon.g, Myon G: the -ng final split in two).
    const joins = VOWEL_END.test(prev?.text ?? '') || (p.text === 'g' && VOWEL_N_END.test(prev?.text ?? ''));
    if (prev !== undefined && LONE_FINALS.has(p.text) && joins && readsKorean(prev.text + p.text)) {
      prev.text += p.text;
      changed = true;
      continue;
    }
    out.push({ ...p });
  }
  if (!changed) return undefined;
  const joined: string[] = [];
  for (const p of out) {
    if (p.startsWord || joined.length === 0) joined.push(p.text);
    else joined[joined.length - 1] += `-${p.text}`;
  }
  return joined;
}

/** Digits read as letters in a second reading (0 o, 1 i or l, 3 e, 4 a, 5 s, 6 g or b, 7 t, 8 b, 9 g); the
 *  first reading drops the digit (a key struck by mistake, or a separator: C5hol, Ky7ong). */
const DIGIT_READINGS: Readonly<Record<string, string>> = { '0': 'o', '1': 'il', '2': '', '3': 'e', '4': 'a', '5': 's', '6': 'gb', '7': 't', '8': 'b', '9': 'g' };
/** A written word (hyphen part) with single digits inside or at its end, a letter first (C5hol, Yon9): never 586 or B52. */
const DIGIT_INSIDE = /^[a-z]+(?:\d[a-z]+)*\d?[a-z]*$/;
const CONSONANTS = /^[b-df-hj-np-tv-z]{1,3}$/;

/**
 * The readings of one hyphen part holding digits: the digits dropped, then the digits read as letters
 * (each only where the part then reads as Korean syllables). Empty when the part holds no digit.
 */
function digitPartReadings(part: string): string[] {
  if (!A_DIGIT.test(part) || !DIGIT_INSIDE.test(part) || (part.match(DIGITS)?.length ?? 0) > 3) return [];
  const out: string[] = [];
  const dropped = part.replace(DIGITS, '');
  if (readsKorean(dropped)) out.push(dropped);
  const lettered = readings(part, DIGIT_READINGS).find(readsKorean);
  if (lettered !== undefined && lettered !== dropped) out.push(lettered);
  return out;
}

/**
 * korean-v3 queries: the readings of a person's name in which a syllable broken by a separator or a digit is
 * put back together, screened beside the name as written (the better reading counts, so no reading loses
 * recall: a broken name read as written lost the recall bound, "Jo Yong C hol" scoring below "Jo Yong Xyz").
 * - a digit inside a written word is dropped (C5hol, Ky7ong, Ch9ol), and in a second reading read as the
 *   letter it is drawn like (Yon9 → Yong, Ch0l → Chol), each where the word then reads as Korean;
 * - a lone consonant or cluster of consonants (C, M, H, Ch, Hy; a space, hyphen, dot or apostrophe after
 *   it) joins the piece after it where the join reads as Korean (C hol, M.yong, H-wi, Chong-C hol).
 * `words` are a name's folded words (hyphens kept, dots as spaces, apostrophes dropped). At most two
 * readings, none equal to the words as written; empty when nothing is read again.
 */
export function brokenSyllableReadings(words: readonly string[]): string[][] {
  const digitWords: string[][] = [];
  for (const w of words) {
    const parts = w.split('-');
    const read = parts.map(digitPartReadings);
    if (read.every((r) => r.length === 0)) {
      digitWords.push([w]);
      continue;
    }
    // First reading: each part's first (digits dropped where that reads); second: each part's last.
    const first = parts.map((p, i) => read[i]?.[0] ?? p).join('-');
    const last = parts.map((p, i) => read[i]?.[read[i].length - 1] ?? p).join('-');
    digitWords.push(first === last ? [first] : [first, last]);
  }
  const candidates: string[][] = [digitWords.map((d) => d[0] as string)];
  if (digitWords.some((d) => d.length > 1)) candidates.push(digitWords.map((d) => d[d.length - 1] as string));
  const written = words.join(' ');
  const seen = new Set<string>([written]);
  const out: string[][] = [];
  for (const c of candidates) {
    const joined = joinLoneConsonants(c);
    const key = joined.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(joined);
  }
  return out;
}

/** A lone consonant (cluster) piece joined to the piece after it where the join reads as Korean. */
function joinLoneConsonants(words: readonly string[]): string[] {
  if (!words.some((w) => w.split('-').some((p) => CONSONANTS.test(p)))) return [...words];
  const pieces: Piece[] = [];
  for (const w of words) w.split('-').forEach((text, i) => { if (text.length > 0) pieces.push({ text, startsWord: i === 0 }); });
  for (let i = 0; i < pieces.length - 1; i++) {
    const p = pieces[i] as Piece;
    const next = pieces[i + 1] as Piece;
    if (CONSONANTS.test(p.text) && !readsKorean(p.text) && LETTER_START.test(next.text) && readsKorean(p.text + next.text)) {
      pieces.splice(i, 2, { text: p.text + next.text, startsWord: p.startsWord });
    }
  }
  const out: string[] = [];
  for (const p of pieces) {
    if (p.startsWord || out.length === 0) out.push(p.text);
    else out[out.length - 1] += `-${p.text}`;
  }
  return out;
}

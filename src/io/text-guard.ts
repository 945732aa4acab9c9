/**
 * What no text the product takes may hold, wherever it comes in (a file on the command line, a JSON body,
 * a form, a list): one rule.
 * - NUL (PostgreSQL cannot store it, C strings end at it), a lone UTF-16 surrogate (no UTF-8 encoding
 *   exists for it: a database, a file or a log cannot hold it faithfully) and the Unicode non-characters
 *   (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two code points of every plane, reserved never to appear
 *   in interchange): not text.
 * - The other control characters (C0 but tab, line feed and carriage return; DEL; C1): they drive a
 *   terminal (ESC), hide inside a word (BEL) and are read as nothing or as a break by the screener, so
 *   `KO<BEL>MID` is not KOMID to it while it is to a reader.
 * - The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text
 *   read on screen as other text (a designated name written backwards inside an override shows as
 *   itself, while the screener reads the letters in the order stored).
 * Tab, line feed and carriage return stay text (free text has lines); a name never holds them
 * (`nameTextProblem`).
 * Each of these written encoded (%07, \u0007, &#x202E;, =?UTF-8?Q?=07?= …) is refused where the raw one is
 * (encoded-controls.ts): the text shows it once decoded.
 */
import { encodedControlReason } from './encoded-controls.ts';
import type { ReadingBudget } from './escape-reader.ts';

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_TEXT = /[\0-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\p{Noncharacter_Code_Point}\p{Cs}]/u;

/** A code point as Unicode writes it: U+0007, U+202E, U+1FFFE. */
function codePoint(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why the character `c` (one the rules refuse) is refused, in words. */
function characterReason(c: number, at: string): string {
  if (c === 0) return `holds a NUL character (U+0000) ${at}`;
  if (c >= 0xd800 && c <= 0xdfff) return `holds a lone UTF-16 surrogate (${codePoint(c)}) ${at}, which is not a character`;
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return `holds the bidirectional control ${codePoint(c)}, which changes how the text around it reads on screen (a name shown as another), ${at}`;
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return `holds the control character ${codePoint(c)} ${at}, which is no visible text (it hides inside a word or drives a terminal)`;
  return `holds the non-character ${codePoint(c)} ${at}`;
}

/** Why `s` is not text, or undefined when it is; escapes read within `budget` when one is given. */
function notTextReason(s: string, budget?: ReadingBudget): string | undefined {
  const m = NOT_TEXT.exec(s);
  if (m === null) return encodedControlReason(s, false, budget);
  return characterReason(m[0].codePointAt(0)!, `at character ${m.index + 1}`);
}

/** The rule of any text, its escapes read within one budget (one request's: `readingBudget()`). */
export function textReasonWithin(budget: ReadingBudget): (s: string) => string | undefined {
  return (s) => notTextReason(s, budget);
}

export interface BadText {
  /** Where, as the service names fields: `name`, `queries.K.dob`, `[3].id`. */
  field: string;
  message: string;
}

/** How much of a long string the gate reads at once, and how far the pieces overlap (longer than any escape). */
const PIECE = 16_384;
const OVERLAP = 1_024;

/** `i`, moved back one where it would split a surrogate pair (a piece never starts or ends inside one). */
function pairStart(s: string, i: number): number {
  if (i <= 0 || i >= s.length) return Math.max(0, Math.min(i, s.length));
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

/**
 * Where a piece ending near `i` ends: before the last escape's first character in its last stretch, so no escape
 * is cut short (`&#65;` cut to `&#6` would read as a control); the next piece, which overlaps, reads it whole.
 */
function pieceEnd(s: string, i: number): number {
  if (i >= s.length) return s.length;
  for (let j = i - 1; j > i - 64; j--) if ('&%\\=+'.includes(s[j]!)) return pairStart(s, j);
  return pairStart(s, i);
}

/**
 * Why a string is not text, read at once when short, else in overlapping pieces with the loop given back between
 * them: one string of escapes must not hold every other request up while it is read (review 24, MEDIUM-B). An escape
 * is far shorter than the overlap, so each is read whole in some piece; a piece never splits a surrogate pair nor
 * ends inside an escape.
 */
function* readString(v: string, reasonOf: (s: string) => string | undefined): Generator<void, string | undefined> {
  if (v.length <= PIECE + OVERLAP || NOT_TEXT.test(v)) return reasonOf(v);
  for (let i = 0; i < v.length; i += PIECE) {
    const why = reasonOf(v.slice(pairStart(v, i), pieceEnd(v, i + PIECE + OVERLAP)));
    if (why !== undefined) return why;
    yield;
  }
  return undefined;
}

/** How much of a field name an answer quotes. */
const SHOWN_KEY = 60;
function shownKey(k: string): string {
  return JSON.stringify(k.length > SHOWN_KEY ? `${k.slice(0, SHOWN_KEY)}…` : k);
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/**
 * The strings of `value` (object keys included, depth-first, in order) looked at one by one: the generator yields
 * after each string that was read, and returns the first that is not text. No recursion, so any depth of nesting
 * is walked (the boundaries that limit depth say so themselves, by name).
 */
function* badTextSteps(value: unknown, path: string, reasonOf: (s: string) => string | undefined): Generator<void, BadText | undefined> {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'string') {
      const why = yield* readString(v, reasonOf);
      if (why !== undefined) return { field: at === '' ? 'body' : at, message: `${at === '' ? 'the body' : at} ${why}` };
      yield;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], join(at, i)]);
    } else if (typeof v === 'object' && v !== null && !Buffer.isBuffer(v)) {
      const entries = Object.entries(v);
      let read = 0;
      for (const [n, [k]] of entries.entries()) {
        // Many keys are read a piece's worth at a time (by count and by characters), as pieces of a long string are.
        read += k.length;
        if (n % 256 === 255 || read > PIECE) {
          read = 0;
          yield;
        }
        // A long key is read in pieces as a long value is (review 25, MEDIUM-1).
        const keyWhy = yield* readString(k, reasonOf);
        // The key itself is named escaped (it cannot be printed or stored as it is), a long one by its start.
        if (keyWhy !== undefined) return { field: join(at, shownKey(k).slice(1, -1)), message: `the field name ${shownKey(k)}${k.length > SHOWN_KEY ? ` (${k.length} characters)` : ''} ${keyWhy}` };
      }
      yield;
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], join(at, entries[i]![0])]);
    }
  }
  return undefined;
}

/** The first string in `value` that is not text (badTextSteps), read at once. `path` names `value` itself. */
export function findBadText(value: unknown, path = '', reasonOf: (s: string) => string | undefined = notTextReason): BadText | undefined {
  const steps = badTextSteps(value, path, reasonOf);
  for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return step.value;
}

/** How long the text gate reads before it lets other requests run (a health probe, a small check). */
const SLICE_MS = 10;

/**
 * findBadText in slices: the event loop is given back every SLICE_MS, as screening batches do, so a large body
 * of escapes never holds every other request up (security review 23, HIGH-2).
 */
export async function findBadTextSliced(value: unknown, path: string, reasonOf: (s: string) => string | undefined): Promise<BadText | undefined> {
  const steps = badTextSteps(value, path, reasonOf);
  let since = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    if (performance.now() - since >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
}

/**
 * What a name or an identifier never holds, though free text may: tab, line feed, carriage return and the
 * Unicode line and paragraph separators (a name is one line; a break in it splits a log line, a table row or a
 * memo's line, and hides a word break from screening: KO\u2028MID). Besides, a name holds nothing that no
 * text holds (above).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_IN_NAME = /[\0-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\p{Noncharacter_Code_Point}\p{Cs}]/u;

/** Why `s` cannot be a name or an identifier, or undefined when it can. */
export function nameTextProblem(s: string): string | undefined {
  const m = NOT_IN_NAME.exec(s);
  if (m === null) {
    const encoded = encodedControlReason(s, true);
    return encoded === undefined ? undefined : `${encoded}: a name or an identifier is one line of visible text`;
  }
  const c = m[0].codePointAt(0)!;
  const at = `at character ${m.index + 1}`;
  const why = c === 0x2028 || c === 0x2029 ? `holds the ${c === 0x2028 ? 'line' : 'paragraph'} separator ${codePoint(c)} ${at} (a line break)`
    : c === 0x09 || c === 0x0a || c === 0x0d ? `holds the control character ${codePoint(c)} ${at} (a ${c === 0x09 ? 'tab' : 'line break'})` : characterReason(c, at);
  return `${why}: a name or an identifier is one line of visible text`;
}

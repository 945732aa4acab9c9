/**
 * korean-v3 queries: a name spaced letter by letter ("K I M S O K C H O L", "K O M I D"), with spaces, the
 * Braille blank (U+2800) or Hangul fillers between the letters. Read as written every letter is a word of its
 * own, no recall unit of the listed name: a screen says nothing and check would permit. This reading joins the
 * letters again; screened beside the name as written (never in its place).
 *
 * Where the gaps between letters are of two widths ("P A K  H W A  S O N G"), the wider ones part words.
 */

/** Blanks between spaced letters: white space, the Braille blank, the Hangul fillers. */
const GAP = /[\s\u2800\u115f\u1160\u3164\uffa0]+/u;
const GAPS = /[\s\u2800\u115f\u1160\u3164\uffa0]+/gu;
const ONE_LETTER = /^\p{L}$/u;
/**
 * A hyphen or an apostrophe standing alone between spaced letters ("K W A N G - I L", "C H O ' N G"): part of the
 * run, as it is of the name written whole (KWANG-IL, CHO'NG; security review 23, MEDIUM-1). The hyphen is kept (the
 * screener reads a hyphenated name's pieces), the apostrophe dropped.
 */
const CONNECTOR = /^[-'\u2010\u2011\u2013\u2018\u2019\u02bc`\u00b4]$/u;

/** The letters of a run of spaced letters and their connectors, as one word. */
function joinRun(tokens: readonly string[]): string {
  return tokens.map((t) => (ONE_LETTER.test(t) ? t : /^[-\u2010\u2011\u2013]$/u.test(t) ? '-' : '')).join('');
}

/** The end of the run of single letters (and connectors between them) starting at `i`; `i` when none starts there. */
function runEnd(tokens: readonly string[], i: number): number {
  let j = i;
  while (ONE_LETTER.test(tokens[j] ?? '') || (j > i && CONNECTOR.test(tokens[j] ?? '') && ONE_LETTER.test(tokens[j + 1] ?? ''))) j++;
  return j;
}
/** A cheap test first: three single letters in a row, whatever the blanks. */
const MAYBE = /(?:^|[\s\u2800\u115f\u1160\u3164\uffa0])\p{L}[\s\u2800\u115f\u1160\u3164\uffa0]+\p{L}[\s\u2800\u115f\u1160\u3164\uffa0]+\p{L}(?:$|[\s\u2800\u115f\u1160\u3164\uffa0])/u;

/** Runs of single letters joined into a word: a whole group of them, or three or more amid longer words. */
function joinGroup(tokens: readonly string[]): string[] {
  if (tokens.length > 1 && runEnd(tokens, 0) === tokens.length) return [joinRun(tokens)];
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const j = runEnd(tokens, i);
    if (tokens.slice(i, j).filter((t) => ONE_LETTER.test(t)).length >= 3) {
      out.push(joinRun(tokens.slice(i, j)));
      i = j;
    } else {
      out.push(tokens[i] as string);
      i++;
    }
  }
  return out;
}

/** Blanks at the name's edges (compiled once, not at every query). */
const BLANK_EDGES = /^[\s\u2800\u115f\u1160\u3164\uffa0]+|[\s\u2800\u115f\u1160\u3164\uffa0]+$/gu;

/** The name with its letter-spaced runs joined, or undefined when it has none. */
export function spacedLettersReading(text: string): string | undefined {
  const trimmed = text.replace(BLANK_EDGES, '');
  if (!MAYBE.test(trimmed)) return undefined;
  const widths = (trimmed.match(GAPS) ?? []).map((g) => [...g].length);
  const narrow = Math.min(...widths);
  // The narrowest gap stands between letters; a wider one between words (if there is a wider one).
  const groups: string[][] = [];
  let current: string[] = [];
  for (const piece of trimmed.split(new RegExp(`(${GAP.source})`, 'u'))) {
    if (piece === '') continue;
    if (GAP.test(piece)) {
      if ([...piece].length > narrow) {
        groups.push(current);
        current = [];
      }
      continue;
    }
    current.push(piece);
  }
  groups.push(current);
  const read = groups.filter((g) => g.length > 0).map((g) => joinGroup(g).join(' ')).join(' ');
  return read === trimmed.split(GAPS).join(' ') ? undefined : read;
}

/** Letters only, at most five: a piece of a name regrouped (KI MS OK CH OL). */
const SHORT_PIECE = /^\p{L}{1,5}$/u;

/**
 * korean-v3 queries: the letters of a name regrouped in pairs or triples ("KI MS OK CH OL" for KIM SOK CHOL,
 * "KO MI D" for KOMID): every word a piece of at most five letters, three pieces or more, two of them at least
 * no Korean syllable run (MS, CH), or one (D) among pieces of two and a half letters or less on average: a name
 * of real syllables (KIM IL SUNG) or with one word mistyped (KO COL CHAE) is read as written only. The
 * pieces joined into one word; screened beside the name as written (a one-word name of Korean syllables is
 * compared with people's and organisations' names alike).
 */
export function regroupedLettersReading(folded: readonly string[], readsKorean: (word: string) => boolean): string | undefined {
  if (folded.length < 3 || !folded.every((w) => SHORT_PIECE.test(w))) return undefined;
  if (folded.every((w) => w.length === 1)) return undefined;
  // Regrouped, not a name with a word mistyped (KO COL CHAE, IR YONG MU): two pieces at least that read as
  // no Korean syllables, or pieces of two and a half letters or less on average with one such.
  const foreign = folded.filter((w) => !readsKorean(w)).length;
  const letters = folded.reduce((n, w) => n + w.length, 0);
  if (foreign === 0 || (foreign < 2 && letters > 2.5 * folded.length)) return undefined;
  return folded.join('');
}

/**
 * A mark set after every character, the spaces between words too (security review 15, R15-2): what a tool
 * spacing each character writes ("F-O-R-E-I-G-N- -T-R-A-D-E- -B-A-N-K", "F•O•R•E•I•G•N• •T•R•A•D•E"). Read
 * with the marks taken out; undefined unless every other character is the same mark (not a letter, digit or
 * space) and three letters at least stand between them.
 */
export function markedLettersReading(text: string): string | undefined {
  const t = text.trim();
  // The mark: the first character after the first letter that is no letter, digit, combining mark or space.
  const mark = [...t].find((ch, k) => k > 0 && !/[\p{L}\p{N}\p{M}\s]/u.test(ch));
  if (mark === undefined) return undefined;
  const pieces = t.split(mark);
  if (pieces.length < 3) return undefined;
  // Each piece between two marks is one letter, nothing (a word gap: "N- -T", "O-  - B"), or a letter, a
  // space and a letter (marks within words only, spaces between them: "N T" in "F;O;R;E;I;G;N T;R;A;D;E").
  const words: string[] = [''];
  let letters = 0;
  // A space after a mark parts words where not every mark is followed by one (M.U.N. C.H.O.N.G.; not K- O- R- Y- O).
  const spacedAfterEvery = pieces.slice(1).every((piece) => piece.trim() === '' || /^\s/u.test(piece));
  for (const piece of pieces) {
    const p = piece.trim();
    if (p === '') {
      if (words[words.length - 1] !== '') words.push('');
      continue;
    }
    if (!spacedAfterEvery && /^\s/u.test(piece) && words[words.length - 1] !== '') words.push('');
    // A hyphen or an apostrophe before the letter (M.U.N. C.H.O.'N.G.-C.H.'O.'L.: review 23, MEDIUM-1): the
    // hyphen joins the name's pieces as written whole (CHONG-CHOL), the apostrophe is dropped.
    const m = /^([-\u2010\u2011'\u2018\u2019\u02bc]?)(\p{L})(?:\s+(\p{L}))?$/u.exec(p);
    if (m === null) return undefined;
    if (/^[-\u2010\u2011]$/u.test(m[1]!) && words[words.length - 1] !== '') words[words.length - 1] += '-';
    words[words.length - 1] += m[2]!;
    letters++;
    if (m[3] !== undefined) {
      words.push(m[3]);
      letters++;
    }
  }
  if (letters < 3) return undefined;
  const read = words.filter((w) => w !== '').join(' ');
  // A name that is one letter per word already (K-O-M-I-D read as written elsewhere) still reads joined here.
  return read === t ? undefined : read;
}

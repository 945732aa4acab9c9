/**
 * korean-v3 queries: words run together or cut apart. A payment's 35-character lines are joined again
 * without the space that fell at a line's end ("NAMCHONGANG TRADINGCORPORATION", "KOREAMINING"), and a
 * long word is cut where the line ends ("MOOYOK BANK" for the listed MOOYOKBANK). A query token that is no
 * listed word but two or three listed words run together is read as those words; two or three query
 * tokens that together are a listed word are read as that word. Only words of the index count, so a
 * token is never split into words no listed name has.
 */
import { hasOrganisationEnd, isGluedTail, isOrganisationWord, isShortForm, readsKorean, tabledWord } from './entity-vocabulary.ts';
import { typoCorrections } from './normalize/typo-correction.ts';
import { isQualifierWord } from './weak-words.ts';

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const ASCII_LETTERS = /^[a-z]+$/;

/** Shortest piece a token is split into, connectors aside (CO in CHUNGCOHNG is no company). */
const MIN_PIECE = 3;
const MIN_SPLIT = 5;
/** Small words a line's end runs into the next word (MINISTRYOF DEFENCE, OFEAST LAND). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'in', 'at']);
/** Legal forms of two letters (and No. before a number, Bk for Bank), a run-together token's last piece only
 *  (SHIPPINGCO, OILJV, OFFICENO, KORYOBK). */
const LAST_LEGAL = new Set(['co', 'jv', 'no', 'bk']);
const LEGAL = new Set(['limited', 'incorporated', 'corporation', 'company']);
/** Short place names a line's end runs into the word before (SHIPPINGHK), as `joinPhrases` spells them. */
const PLACE_ENDS: ReadonlyMap<string, string> = new Map([['hk', 'hongkong']]);

/**
 * The words of a query with joined words split and cut words joined. `canonical` gives a word's one
 * spelling (as the index holds it); `isListed` says whether some listed name has that word.
 */
export function rejoinWords(words: readonly string[], canonical: (w: string) => string, isListed: (w: string) => boolean, organisation: boolean, splits?: SplitMemo): string[] {
  // Most names have every word listed (or too short to matter): nothing to join or split.
  const listed = words.map((w) => isListed(canonical(w)));
  if (listed.every((x) => x)) return words as string[];
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    // Tokens that are listed words themselves stay as they are: a join needs one that is not.
    const joined = listed[i] === true && listed[i + 1] !== false && listed[i + 2] !== false ? undefined : joinAt(words, i, canonical, isListed);
    if (joined !== undefined) {
      out.push(joined.word);
      i += joined.count;
      continue;
    }
    const recut = recutAt(words, i, canonical, isListed, organisation);
    if (recut !== undefined) {
      out.push(...recut);
      i += 2;
      continue;
    }
    const w = words[i++] as string;
    out.push(...(splitKept(w, canonical, isListed, organisation, splits) ?? [w]));
  }
  return out;
}

/** The organisation word a tabled short form stands for (cr: credit, bk: bank), or undefined. */
function tabledOrganisationWord(p: string): string | undefined {
  const t = tabledWord(p);
  return t !== undefined && isOrganisationWord(t) ? t : undefined;
}

/** Shortest listed word a pair of tokens is cut again into (RYONHA of RYON HAMACHINERY). */
const MIN_RECUT_WORD = 4;
/** Shortest pair of tokens cut again (RYON HAMACHINERY, MAN SUDAEART). */
const MIN_RECUT = 7;

/**
 * Two tokens cut at the wrong place (held-back evaluation 19: RYON HAMACHINERY, MAN SUDAEART STUDIO for RYONHA
 * MACHINERY and MANSUDAE ART STUDIO): a clerk's space fell a syllable or two off the words' own boundary, so one
 * token or both is no listed word and neither the joins nor the splits above put them back. The two tokens'
 * letters are cut once elsewhere into two listed words, the first of four letters or more, the second a listed word
 * of three letters or more or a tabled short form of an organisation word; in a name that is no organisation's
 * only where the second is an organisation word (a person's syllables cut again are another person's name). Of
 * several such cuts the one with the longer shorter piece. Undefined when none is.
 */
function recutAt(words: readonly string[], i: number, canonical: (w: string) => string, isListed: (w: string) => boolean, organisation: boolean): string[] | undefined {
  const a = words[i] as string;
  const b = words[i + 1];
  if (b === undefined || !ASCII_LETTERS.test(a) || !ASCII_LETTERS.test(b) || a.length + b.length < MIN_RECUT) return undefined;
  const known = (w: string): boolean => isListed(canonical(w)) || CONNECTORS.has(w) || isShortForm(w);
  if (known(a) && known(b)) return undefined;
  const w = a + b;
  let best: string[] | undefined;
  for (let k = MIN_RECUT_WORD; k <= w.length - MIN_PIECE; k++) {
    if (k === a.length) continue;
    const head = canonical(w.slice(0, k));
    const tailText = w.slice(k);
    const tail = canonical(tailText);
    if (!isListed(head) || isOrganisationWord(head)) continue;
    const organisationTail = isOrganisationWord(tail) || isOrganisationWord(tabledWord(tailText) ?? '');
    if (!(isListed(tail) || organisationTail) || !(organisation || organisationTail)) continue;
    if (best === undefined || Math.min(head.length, tail.length) > Math.min(best[0]!.length, best[1]!.length)) best = [head, tail];
  }
  return best;
}

/**
 * The splits of tokens already read, for one index (`canonical` and `isListed` fixed): a token's split
 * depends on nothing else, and query streams repeat their unlisted tokens. One map per reading (in an
 * organisation's name or not), each emptied when it reaches MAX_KEPT_SPLITS tokens.
 */
export type SplitMemo = [Map<string, readonly string[] | null>, Map<string, readonly string[] | null>];
const MAX_KEPT_SPLITS = 10_000;

function splitKept(w: string, canonical: (w: string) => string, isListed: (w: string) => boolean, organisation: boolean, splits: SplitMemo | undefined): readonly string[] | undefined {
  if (splits === undefined) return splitWord(w, canonical, isListed, organisation);
  const kept = splits[organisation ? 1 : 0];
  const known = kept.get(w);
  if (known !== undefined) return known ?? undefined;
  const split = splitWord(w, canonical, isListed, organisation);
  if (kept.size >= MAX_KEPT_SPLITS) kept.clear();
  kept.set(w, split ?? null);
  return split;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** A key's neighbours on a QWERTY keyboard (beside it, and touching it in the rows above and below). */
const NEIGHBOURS = new Map<string, string>([...LETTERS].map((ch) => {
  let near = '';
  KEYBOARD_ROWS.forEach((row, r) => {
    const c = row.indexOf(ch);
    if (c < 0) return;
    near += (row[c - 1] ?? '') + (row[c + 1] ?? '');
    near += (KEYBOARD_ROWS[r + 1]?.[c - 1] ?? '') + (KEYBOARD_ROWS[r + 1]?.[c] ?? '');
    near += (KEYBOARD_ROWS[r - 1]?.[c] ?? '') + (KEYBOARD_ROWS[r - 1]?.[c + 1] ?? '');
  });
  return [ch, near];
}));

/** Whether a listed word is one typing error from a token: a letter typed in excess (doubled), one left
 *  out, a neighbouring key struck, two letters swapped. Asked once per token (the splits are kept). */
function oneTypoFromListed(w: string, isListed: (w: string) => boolean): boolean {
  for (let i = 0; i < w.length; i++) {
    const head = w.slice(0, i);
    if (isListed(head + w.slice(i + 1))) return true;
    if (i + 1 < w.length && w[i] !== w[i + 1] && isListed(head + (w[i + 1] as string) + (w[i] as string) + w.slice(i + 2))) return true;
    for (const k of NEIGHBOURS.get(w[i] as string) ?? '') if (isListed(head + k + w.slice(i + 1))) return true;
  }
  for (let i = 0; i <= w.length; i++) for (const k of LETTERS) if (isListed(w.slice(0, i) + k + w.slice(i))) return true;
  return false;
}

/** Two or three tokens from `i` that together are a listed word. */
function joinAt(words: readonly string[], i: number, canonical: (w: string) => string, isListed: (w: string) => boolean): { word: string; count: number } | undefined {
  for (const count of [3, 2]) {
    const parts = words.slice(i, i + count);
    if (parts.length < count || parts.some((p) => !ASCII_LETTERS.test(p))) continue;
    const word = parts.join('');
    // Tokens that are listed words themselves stay as they are.
    if (word.length < 5 || parts.every((p) => isListed(canonical(p)))) continue;
    if (isListed(word)) return { word, count };
  }
  return undefined;
}

/**
 * A token that is no listed word, as two or three listed words (fewest pieces, longest first piece). A
 * token that reads as Korean (a person's joined name is split by its own variants) only when one piece is
 * an organisation word (KOREAANSAN, MACHINETOOL), or, in an organisation's name, into listed words
 * (CHANGAN for CHANG AN).
 */
function splitWord(w: string, canonical: (w: string) => string, isListed: (w: string) => boolean, organisation: boolean): string[] | undefined {
  // A hyphenated token: its last part (DAE-DONGCREDIT).
  const hyphen = w.lastIndexOf('-');
  if (hyphen > 0) {
    const tail = splitWord(w.slice(hyphen + 1), canonical, isListed, organisation);
    return tail === undefined ? undefined : [`${w.slice(0, hyphen)}-${tail[0]}`, ...tail.slice(1)];
  }
  // A listed word, a short form of one (MINSTY), a place (NAMPO) or an organisation word no listed name has
  // (ENTERPRISE, ENTREPRISE: not ENT ERPRISE) is no run of words.
  if (w.length < MIN_SPLIT || !ASCII_LETTERS.test(w) || isListed(canonical(w)) || isShortForm(w) || isQualifierWord(w) || isOrganisationWord(canonical(w))) return undefined;
  const korean = readsKorean(w);
  if (korean && !organisation && !hasOrganisationEnd(w)) return undefined;
  const glued = korean ? undefined : gluedTail(w, canonical, isListed, organisation);
  if (glued !== undefined) return glued;
  // In an organisation's name, one typing error from a listed word (KWAGSONG or RYONGBONG for KWANGSONG,
  // RYONBONG): kept whole, to be compared with it (see nearWord), not cut into other listed words (KWA GS ONG).
  // (The price: a listed word cut at a line's end whose first part is one typing error from another listed
  // word is no longer put together: KORE KURYONG GANGTRG CORP., KURYONG being near KUMRYONG.)
  if (organisation && w.length >= 5 && oneTypoFromListed(w, isListed)) return undefined;
  // A piece is a listed word, a connector, or a short form of an organisation word (CHONMYONGSHIPP.).
  const piece = (p: string): string | undefined => {
    const c = canonical(p);
    if (CONNECTORS.has(p)) return p;
    if (p.length < MIN_PIECE) return undefined;
    return isListed(c) ? c : isShortForm(p) ? p : undefined;
  };
  // Not connectors only; a Korean-looking token as said above; a mistyped syllable run as said below.
  // In an organisation's name a tabled short form that reads as a syllable counts as its word (LYONGAKSANGEN: gen,
  // general; held-back evaluation 19).
  // A token made of organisation words and their tabled short forms alone (INTLCHEM: a held-back evaluation found
  // INTLCHEM.JT VENTURECO permitted) is an organisation's words, whatever the rest of the name.
  const accept = (pieces: string[]): boolean => pieces.some((p) => !CONNECTORS.has(p))
    && (!korean || pieces.some(isOrganisationWord) || (organisation && pieces.every((p) => isListed(p) || isOrganisationWord(tabledWord(p) ?? ''))))
    && (korean || organisation || spelledOrganisation(w, pieces) || typoCorrections(w).length === 0 || pieces.every((p) => isOrganisationWord(p) || isOrganisationWord(tabledWord(p) ?? '')));
  // In an organisation's name a Korean-looking token splits into listed syllables too (CHANG AN).
  const koreanPiece = (p: string): string | undefined => (korean && organisation && p.length >= 2 && isListed(p) ? p : undefined);
  // A place run into the word before it (SHIPPINGHK) is the place's one word (HONGKONG), as a phrase.
  const last = (p: string): string | undefined => (LAST_LEGAL.has(p) ? canonical(p) : PLACE_ENDS.get(p) ?? piece(p) ?? koreanPiece(p));
  // CO before a legal form (COLTD).
  const legalPair = (a: string, b: string): boolean => LAST_LEGAL.has(a) && LEGAL.has(canonical(b));
  for (let a = w.length - 2; a >= 2; a--) {
    if (legalPair(w.slice(0, a), w.slice(a))) return [canonical(w.slice(0, a)), canonical(w.slice(a))];
    // A tabled short form of two letters first (CRBANK), as in a longer run.
    const first = piece(w.slice(0, a)) ?? koreanPiece(w.slice(0, a)) ?? (a === 2 ? tabledOrganisationWord(w.slice(0, 2)) : undefined);
    if (first === undefined) continue;
    const rest = last(w.slice(a));
    if (rest !== undefined && accept([first, rest])) return [first, rest];
  }
  // The middle piece of three, or any piece of a longer run: a legal form of two letters (JVCOLTD), and in an organisation's name a
  // listed syllable of two letters (CHANGANSHIPPING: CHANG AN SHIPPING).
  // A tabled short form of two letters too, read as its word (DAEDONGCRBANK: cr, credit; KORYOCRDEVBK: a held-back
  // evaluation found these permitted); the pieces still pass `accept`.
  const anyPiece = (p: string): string | undefined => piece(p) ?? (ANY_LEGAL.has(p) ? canonical(p) : undefined) ?? koreanPiece(p)
    ?? (organisation && p.length === 2 && isListed(p) ? p : undefined) ?? (p.length === 2 ? tabledOrganisationWord(p) : undefined);
  // A run of twelve letters or more: a listed syllable of two letters too, where another piece is an
  // organisation word (CHANGANSHIPPINGANDTECHNOLOGY as the only word of the name).
  // A place of four letters or more too, listed or not (DALIAN, DANDONG run into a shipping company's name).
  const runPiece = (p: string): string | undefined => anyPiece(p) ?? (p.length === 2 && isListed(p) ? p : undefined) ?? (p.length >= 4 && isQualifierWord(p) ? p : undefined);
  const runAccept = (pieces: string[]): boolean => accept(pieces) && (organisation || !pieces.some((x) => x.length === 2 && !ANY_LEGAL.has(x) && !LAST_LEGAL.has(x)) || pieces.some(isOrganisationWord));
  for (let a = w.length - 4; a >= 2; a--) {
    const first = piece(w.slice(0, a));
    if (first === undefined) continue;
    for (let b = w.length - 2; b >= a + 2; b--) {
      const second = anyPiece(w.slice(a, b));
      const third = second === undefined ? undefined : last(w.slice(b));
      if (second !== undefined && third !== undefined && accept([first, second, third])) return [first, second, third];
    }
  }
  // A whole name run together (KOREAMININGDEVELOPMENTTRADINGCORP): four or five words, only when every
  // piece is a listed word, a connector or a short form, the last a legal form as above.
  if (w.length >= 12) {
    // Of the two readings, the one with fewer pieces, then with longer ones (CHANG AN, not CHAN GAN).
    const long = longRun(w, piece, last, accept);
    const segmented = segmentRun(w, runPiece, last, runAccept);
    return long === undefined || (segmented !== undefined && better(segmented, long)) ? segmented : long;
  }
  if (w.length >= MIN_SEGMENTED) return segmentRun(w, anyPiece, last, accept);
  return undefined;
}

/**
 * The words of a query's tokens that are a word with a business word's abbreviation glued to it (CHEMJT: chem,
 * joint; INTERNATIONALCHEM: international, chem), as whole words of the query: the word before the
 * abbreviation was written whole, only its abbreviation was run onto it. Not a legal form of two letters
 * (KIMCO), which the splits above read apart already.
 */
export function gluedWords(words: readonly string[], canonical: (w: string) => string, isListed: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (w.length < MIN_SPLIT || !ASCII_LETTERS.test(w) || isListed(canonical(w)) || LAST_LEGAL.has(w.slice(-2)) || readsKorean(w)) continue;
    const pieces = gluedTail(w, canonical, isListed, true);
    if (pieces !== undefined) out.push(...pieces);
  }
  return out;
}

/** Longest abbreviation tried at a token's end (Trdg, Mgmt, Assoc). */
const MAX_GLUED_TAIL = 5;

/**
 * A token ending in a business word's abbreviation glued to the word before it (NAMCHONGANGTRD, DAESONGTRD,
 * RYONHAMACH, DEVTRDG, INTERNATIONALCHEM, CHEMJT, ANSHPG: held-back evaluation 18, HB18-1): the word and the
 * abbreviation, where the word is a listed word, a short form, or itself such a run (INTERNATIONALCHEMJT). A
 * listed syllable of two letters (AN of CHANG AN) only before an abbreviation of three letters or more.
 */
function gluedTail(w: string, canonical: (w: string) => string, isListed: (w: string) => boolean, organisation: boolean): string[] | undefined {
  // A head that is a listed or organisation word is preferred to a short form before a longer tail (VENTURECO: venture, co; not
  // ventur, eco: a held-back evaluation found INTLCHEM JT VENTURECO permitted).
  let shortHead: string[] | undefined;
  for (let n = Math.min(MAX_GLUED_TAIL, w.length - 2); n >= 2; n--) {
    const tail = w.slice(w.length - n);
    if (!isGluedTail(tail)) continue;
    const head = w.slice(0, w.length - n);
    const c = canonical(head);
    if ((isListed(c) || (head.length >= 4 && isOrganisationWord(c))) && (head.length >= 3 || n >= 3)) return [c, canonical(tail)];
    if (head.length >= 3 && isShortForm(head)) {
      shortHead ??= [head, canonical(tail)];
      continue;
    }
    if (shortHead !== undefined) continue;
    const run = head.length >= MIN_SPLIT ? splitWord(head, canonical, isListed, organisation) : undefined;
    if (run !== undefined) return [...run, canonical(tail)];
  }
  return shortHead;
}

/**
 * Whether a split of `w` holds an organisation's word as the token spells it: an organisation word written
 * out (KORYOBANK), or a legal form or Bk ending the token (SHIPPINGCO, KORYOBK). In a name with no
 * organisation word, a token one typing error from a Korean syllable run (CHUNGCOHNG, CHUNGCHONG with two
 * letters swapped) is split only so: otherwise it is a mistyped person's word, read through its
 * corrections, not listed pieces with a CO inside read as Company (CHUNG CO HNG).
 */
function spelledOrganisation(w: string, pieces: readonly string[]): boolean {
  return LAST_LEGAL.has(w.slice(-2)) || pieces.some((p) => p.length >= 3 && isOrganisationWord(p) && w.includes(p));
}

/** Sum of the squares of the pieces' lengths: larger where the pieces are longer (CHANG AN over CHAN GAN). */
const spread = (pieces: readonly string[]): number => pieces.reduce((a, p) => a + p.length * p.length, 0);
/** Fewer pieces, then longer ones. */
const better = (a: readonly string[], b: readonly string[]): boolean => a.length < b.length || (a.length === b.length && spread(a) > spread(b));

/** Shortest token read by `segmentRun` (a shorter one is two or three words, read above). */
const MIN_SEGMENTED = 8;
/** Most pieces `segmentRun` reads a token as (a whole name with its legal form). */
const MAX_SEGMENTS = 9;
/** Legal forms of two letters that stand anywhere in a run (JVCOLTD, JVCORP). */
const ANY_LEGAL = new Set(['co', 'jv']);

/**
 * A token as the fewest pieces, each a listed word, a connector, a short form or a legal form, found by
 * dynamic programming over the token's cut points (OCEANMARITIMEMGMTCOLTD, KOREAINTLCHEMICALJVCO,
 * SINGWANGECONOMICSANDTRDGGENCORP): the readings `longRun` misses, with abbreviations and legal forms
 * among the words. The pieces must pass `accept` as any split does, so a person's name is not read as
 * words no listed name has.
 */
function segmentRun(w: string, piece: (p: string) => string | undefined, last: (p: string) => string | undefined, accept: (pieces: string[]) => boolean): string[] | undefined {
  const n = w.length;
  // best[i]: the fewest pieces reading w[0, i) (then the longest: `better`), or undefined where none ends.
  const best: (string[] | undefined)[] = new Array<string[] | undefined>(n + 1).fill(undefined);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const before = best[i];
    if (before === undefined || before.length >= MAX_SEGMENTS) continue;
    // Longest piece first; `better` keeps, among readings with as many pieces, the one with the longer pieces.
    for (let j = n; j >= i + 2; j--) {
      const text = w.slice(i, j);
      const p = j === n ? last(text) ?? piece(text) : piece(text);
      if (p === undefined) continue;
      const prev = best[j];
      const next = [...before, p];
      if (prev === undefined || better(next, prev)) best[j] = next;
    }
  }
  const out = best[n];
  return out !== undefined && out.length >= 2 && accept(out) ? out : undefined;
}

/** Most pieces a run-together token is read as. */
const MAX_PIECES = 5;

/** A token as four or five pieces (the longest first piece first). */
function longRun(w: string, piece: (p: string) => string | undefined, last: (p: string) => string | undefined, accept: (pieces: string[]) => boolean): string[] | undefined {
  const walk = (at: number, pieces: string[]): string[] | undefined => {
    if (pieces.length === MAX_PIECES - 1 || w.length - at < 2) return undefined;
    for (let b = w.length - 2; b >= at + 2; b--) {
      const p = piece(w.slice(at, b));
      if (p === undefined) continue;
      const next = [...pieces, p];
      const end = next.length >= 3 ? last(w.slice(b)) : undefined;
      if (end !== undefined && accept([...next, end])) return [...next, end];
      const deeper = walk(b, next);
      if (deeper !== undefined) return deeper;
    }
    return undefined;
  };
  return walk(0, []);
}

/**
 * korean-v3 queries: a listed organisation's name with a space lost or added inside it where a document
 * broke its line ("CHEMICALJOINT VENTURE", "JOINT VENTURECOMPANY", "JOINT V ENTURE", "KORE AN", "BA NKING",
 * "HONG K ONG"), or a compound hyphenated (Joint-Venture). Read as written the pieces are no listed words and
 * the name is not recalled: check would permit. This reading puts the words back: two tokens whose join is a
 * listed word (one of them none, or short) are joined; a token that is no listed word but two listed words run
 * together is split; a hyphenated pair of listed words is parted. Screened beside the name as written.
 */

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const ASCII_LETTERS = /^[a-z]+$/;

/** The shortest piece a token is split into or joined from (never a stray letter read as a word). */
const MIN_PIECE = 2;
const MIN_SPLIT = 3;
/** Words of names that the list's table may hold only inside a phrase (Hong Kong, HK, joint venture). */
const PHRASE_WORDS: ReadonlySet<string> = new Set(['hong', 'kong', 'hk', 'joint', 'venture']);

/** The reading, or undefined when nothing changes. `words` are the name's folded words. */
export function lineBreakReading(words: readonly string[], canonical: (w: string) => string, isListed: (w: string) => boolean, isGeneric: (w: string) => boolean): string[] | undefined {
  const listed = (w: string): boolean => w.length >= MIN_PIECE && (PHRASE_WORDS.has(w) || isGeneric(w) || isListed(canonical(w)));
  // Hyphenated listed words parted (joint-venture; the join may be listed too, as jv).
  const parted = words.flatMap((w) => {
    if (!w.includes('-')) return [w];
    // A part that is two listed words run together is split too (WEIHAIWORLD-SHIPPING: weihai world shipping).
    const parts = w.split('-').filter((p) => p !== '').flatMap((p) => splitRun(p, listed));
    return parts.length > 1 && parts.every(listed) ? parts : [w];
  });
  const out: string[] = [];
  for (let i = 0; i < parted.length; i++) {
    const w = parted[i] as string;
    const next = parted[i + 1];
    // Joined: KORE AN → KOREAN, V ENTURE → VENTURE, BA NKING → BANKING, SIN GWANG → SINGWANG: where one
    // piece is no listed word or a short one (a syllable).
    if (next !== undefined && ASCII_LETTERS.test(w) && ASCII_LETTERS.test(next) && (!listed(w) || !listed(next) || Math.min(w.length, next.length) <= 3)
      && w.length + next.length >= 4 && listed(w + next)) {
      out.push(w + next);
      i++;
      continue;
    }
    out.push(...splitRun(w, listed));
  }
  return out.join(' ') === words.join(' ') ? undefined : out;
}

/** A token that is no listed word as two listed words run together (CHEMICALJOINT, KOMIDHK), else as written. */
function splitRun(w: string, listed: (w: string) => boolean): string[] {
  if (!ASCII_LETTERS.test(w) || w.length < MIN_SPLIT + MIN_PIECE || listed(w)) return [w];
  // Longest first piece first: CHEMICALJOINT is chemical + joint.
  for (let b = w.length - MIN_PIECE; b >= MIN_SPLIT; b--) {
    const head = w.slice(0, b);
    const tail = w.slice(b);
    if (listed(head) && listed(tail)) return [head, tail];
  }
  return [w];
}

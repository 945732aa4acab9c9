/**
 * One typing error between two words, as every reader of mistyped words asks it (screening's organisation words and
 * distinctive words, the check's number words in ship names): one rule, written once.
 */

/** One typing error apart: a letter dropped, added or struck for another, or two neighbours swapped (no
 *  string made: asked for many word pairs). */
export function oneTypoApart(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1 || a === b) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const sameFrom = (x: number, y: number): boolean => {
    if (la - x !== lb - y) return false;
    for (; x < la; x++, y++) if (a.charCodeAt(x) !== b.charCodeAt(y)) return false;
    return true;
  };
  if (la > lb) return sameFrom(i + 1, i);
  if (la < lb) return sameFrom(i, i + 1);
  return sameFrom(i + 1, i + 1) || (a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(i + 2, i + 2));
}

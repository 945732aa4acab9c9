/**
 * korean-v3 queries: JR or SR inside a person's name (RI JR-SON, KIM SR GON) is a syllable mistyped (je, se: r
 * is beside e on the keyboard), not Jr./Sr., which stand at a name's end or after a comma or dot. As a filler
 * word it barely counted and the name was lost. This reading puts the syllable back; screened beside the name
 * as written.
 */
// A null prototype: the key is a query's word ("constructor" must find nothing).
const MISTYPED: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, { jr: 'je', sr: 'se' });

/** The folded words with an inner jr/sr read as je/se, or undefined when there is none. */
export function innerSuffixReading(words: readonly string[]): string[] | undefined {
  let changed = false;
  const out = words.map((w, i) => {
    const parts = w.split('-');
    const read = parts.map((p, j) => {
      const last = i === words.length - 1 && j === parts.length - 1;
      const letters = MISTYPED[p];
      if (letters === undefined || last) return p;
      changed = true;
      return letters;
    });
    return read.join('-');
  });
  return changed ? out : undefined;
}

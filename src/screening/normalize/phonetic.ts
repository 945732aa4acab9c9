/**
 * Spelling-variant key for non-Korean words (Mohammed = Muhammad = Mohamed → "mhmd"; Hussein = Husain →
 * "hsn"): fold common digraphs, keep the first letter, drop later vowels, collapse doubled letters.
 * Only used for words that do not read as Korean syllables: for Korean, a vowel is half the name.
 */
export function phoneticKey(word: string): string {
  const s = word
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v');
  if (s.length === 0) return s;
  const rest = s.slice(1).replace(/[aeiou]/g, '');
  return (s[0] + rest).replace(/(.)\1+/g, '$1');
}

/** True when a and b are at most one insertion, deletion or substitution apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

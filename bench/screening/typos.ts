/**
 * Typing errors of four kinds, as an analyst or a customer file really contains them: two neighbouring
 * letters transposed (Yogn), a letter doubled (Yongg), a letter dropped (Sn), a neighbouring key struck
 * (Yonh). Written independently of the matcher's correction tables.
 */
import { pick } from './rng.ts';

export type TypoKind = 'transposed' | 'doubled' | 'dropped' | 'neighbour';
export const TYPO_KINDS: readonly TypoKind[] = ['transposed', 'doubled', 'dropped', 'neighbour'];

/** QWERTY rows; a key's neighbours are the keys beside it and the two touching it in the rows above and below. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

export function keyNeighbours(ch: string): string[] {
  const out: string[] = [];
  ROWS.forEach((row, r) => {
    const c = row.indexOf(ch);
    if (c < 0) return;
    if (c > 0) out.push(row[c - 1] as string);
    if (c < row.length - 1) out.push(row[c + 1] as string);
    // Rows are staggered by about half a key: row r+1's key c-1 and c sit under row r's key c.
    const below = ROWS[r + 1];
    if (below !== undefined) for (const k of [c - 1, c]) if (below[k] !== undefined) out.push(below[k] as string);
    const above = ROWS[r - 1];
    if (above !== undefined) for (const k of [c, c + 1]) if (above[k] !== undefined) out.push(above[k] as string);
  });
  return out;
}

/** One typing error of the given kind in a lower-case token (undefined when the token is too short for it). */
export function typo(token: string, kind: TypoKind, rand: () => number): string | undefined {
  const n = token.length;
  if (n < 2) return undefined;
  const at = Math.floor(rand() * n);
  switch (kind) {
    case 'transposed': {
      const i = Math.min(at, n - 2);
      if (token[i] === token[i + 1]) return undefined;
      return token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
    }
    case 'doubled':
      return token.slice(0, at + 1) + token[at] + token.slice(at + 1);
    case 'dropped':
      return n < 3 && at === 0 ? undefined : token.slice(0, at) + token.slice(at + 1);
    case 'neighbour': {
      const near = keyNeighbours(token[at] as string);
      if (near.length === 0) return undefined;
      return token.slice(0, at) + pick(rand, near) + token.slice(at + 1);
    }
  }
}

/** Every one typing error of the four kinds in a lower-case token, each spelling once (the token itself
 *  left out): the exhaustive counterpart of `typo`, for sweeps over a few names. */
export function everyTypo(token: string): { kind: TypoKind; token: string }[] {
  const out = new Map<string, TypoKind>();
  const add = (t: string, kind: TypoKind): void => {
    if (t !== token && t.length > 0 && !out.has(t)) out.set(t, kind);
  };
  for (let i = 0; i < token.length; i++) {
    if (i < token.length - 1) add(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2), 'transposed');
    add(token.slice(0, i + 1) + token[i] + token.slice(i + 1), 'doubled');
    if (token.length >= 3) add(token.slice(0, i) + token.slice(i + 1), 'dropped');
    for (const k of keyNeighbours(token[i] as string)) add(token.slice(0, i) + k + token.slice(i + 1), 'neighbour');
  }
  return [...out].map(([t, kind]) => ({ kind, token: t }));
}

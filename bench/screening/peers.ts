/**
 * The two peers, configured as their users typically do:
 * - Fuse.js over all names of each record (threshold 0.35, includeScore): every returned record is a hit;
 * - a linear Jaro–Winkler scan (the approach of OFAC's search tool): the query against every listed name,
 *   best token alignment, accept at 0.9 or more.
 */
import Fuse from 'fuse.js';
import type { UnList } from '../../src/screening/un-list/model.ts';

/** One record a system reports, with its band (the peers have one band: everything they return). */
export interface Hit {
  ref: string;
  band: 'match' | 'possible';
}

export interface Peer {
  name: string;
  /** The records reported for a name (and the party's country, which only the Korean matchers read). */
  query(name: string, country?: string): Hit[];
}

const matched = (ref: string): Hit => ({ ref, band: 'match' });

const norm = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’‘]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function fusePeer(list: UnList): Peer {
  const docs = list.records.map((r) => ({ ref: r.ref, names: r.names.map((n) => norm(n.full)) }));
  const fuse = new Fuse(docs, { keys: ['names'], threshold: 0.35, includeScore: true });
  return { name: 'fuse.js', query: (q) => fuse.search(norm(q)).map((r) => matched(r.item.ref)) };
}

/** Jaro–Winkler similarity (prefix scale 0.1, up to 4 letters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Array<boolean>(la).fill(false);
  const mb = new Array<boolean>(lb).fill(false);
  let m = 0;
  for (let i = 0; i < la; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(lb, i + range + 1); j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = mb[j] = true;
      m++;
      break;
    }
  }
  if (m === 0) return 0;
  let t = 0;
  for (let i = 0, k = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (m / la + m / lb + (m - t / 2) / m) / 3;
  let p = 0;
  while (p < 4 && a[p] === b[p]) p++;
  return jaro + p * 0.1 * (1 - jaro);
}

/** Each query token to its best listed token, averaged over the longer side (a missing token counts 0). */
function tokenScore(q: readonly string[], l: readonly string[]): number {
  let sum = 0;
  for (const t of q) {
    let best = 0;
    for (const u of l) best = Math.max(best, jaroWinkler(t, u));
    sum += best;
  }
  return sum / Math.max(q.length, l.length);
}

export function jaroWinklerPeer(list: UnList): Peer {
  const names = list.records.flatMap((r) => r.names.map((n) => ({ ref: r.ref, text: norm(n.full), tokens: norm(n.full).split(' ') })));
  return {
    name: 'jaro-winkler',
    query: (q) => {
      const text = norm(q);
      const tokens = text.split(' ');
      const hits = new Set<string>();
      for (const n of names) {
        if (hits.has(n.ref)) continue;
        if (Math.max(jaroWinkler(text, n.text), tokenScore(tokens, n.tokens)) >= 0.9) hits.add(n.ref);
      }
      return [...hits].map(matched);
    },
  };
}

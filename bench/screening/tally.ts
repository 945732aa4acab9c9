/** Counting a system's answers on a query set, by band: found, found in any band, wrong records, hits. */
import type { Peer } from './peers.ts';

export interface Tally {
  queries: number;
  /** The expected record in the match band. */
  found: number;
  /** The expected record in either band. */
  foundAny: number;
  /** Other records in the match band. */
  wrong: number;
  /** Queries with something in the match band. */
  anyHit: number;
  /** Queries with nothing in the match band but something possible. */
  possibleOnly: number;
}

export const blank = (): Tally => ({ queries: 0, found: 0, foundAny: 0, wrong: 0, anyHit: 0, possibleOnly: 0 });

export function run(peer: Peer, q: string, expected: string | undefined, t: Tally, country?: string): void {
  const hits = peer.query(q, country);
  const matches = hits.filter((h) => h.band === 'match').map((h) => h.ref);
  t.queries++;
  if (matches.length > 0) t.anyHit++;
  else if (hits.length > 0) t.possibleOnly++;
  if (expected !== undefined && matches.includes(expected)) t.found++;
  if (expected !== undefined && hits.some((h) => h.ref === expected)) t.foundAny++;
  t.wrong += matches.filter((r) => r !== expected).length;
}

export const pct = (x: number): string => `${(x * 100).toFixed(1)} %`.padStart(8);
export const recall = (t: Tally): number => t.found / Math.max(1, t.queries);
export const recallAny = (t: Tally): number => t.foundAny / Math.max(1, t.queries);
export const hitRate = (t: Tally): number => t.anyHit / Math.max(1, t.queries);
export const possibleRate = (t: Tally): number => t.possibleOnly / Math.max(1, t.queries);
export const perQuery = (t: Tally): string => (t.wrong / Math.max(1, t.queries)).toFixed(3).padStart(6);

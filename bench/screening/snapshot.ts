/** A score snapshot: each fixed query with the refs and scores an algorithm gives it on the bundled list. */
import { buildIndex, screenName } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import type { ScreeningQuery } from '../../src/screening/index.ts';
import { snapshotQueries } from './snapshot-queries.ts';

export interface SnapshotRow {
  query: ScreeningQuery;
  matches: [ref: string, score: number][];
}

export function snapshotOf(algorithm: string): SnapshotRow[] {
  const list = loadUnList();
  const index = buildIndex(list, algorithm);
  return snapshotQueries(list).map((query) => ({ query, matches: screenName(index, query).map((m) => [m.ref, m.score]) }));
}

/**
 * A score snapshot: each fixed query with the refs and scores an algorithm gives it on the bundled list.
 * `matches` holds the match band (the only band when korean-v1's and korean-v2's files were written);
 * korean-v3's rows also hold the possible band (`possible`, when it has any).
 */
import { buildIndex, screenName } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import type { ScreeningQuery } from '../../src/screening/index.ts';
import { snapshotQueries } from './snapshot-queries.ts';

export interface SnapshotRow {
  query: ScreeningQuery;
  matches: [ref: string, score: number][];
  possible?: [ref: string, score: number][];
}

/** Files written before the possible band existed: they pin the match band only. */
const MATCH_BAND_ONLY = new Set(['korean-v1', 'korean-v2']);

export function snapshotOf(algorithm: string): SnapshotRow[] {
  const list = loadUnList();
  const index = buildIndex(list, algorithm);
  return snapshotQueries(list).map((query) => {
    const all = screenName(index, query);
    const row: SnapshotRow = { query, matches: all.filter((m) => m.band === 'match').map((m) => [m.ref, m.score]) };
    const possible = all.filter((m) => m.band === 'possible').map((m): [string, number] => [m.ref, m.score]);
    if (!MATCH_BAND_ONLY.has(algorithm) && possible.length > 0) row.possible = possible;
    return row;
  });
}

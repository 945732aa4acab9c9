/**
 * The typing errors of the bench's query sets (bench/screening/query-sets.ts, generated and held-out) that
 * korean-v2 or korean-v3 does not find as a match, with the best result each gave and what held it down:
 * the misses behind the "typos" column of bench:screening, to read before changing a correction rule.
 *   node --import tsx bench/screening/typo-misses.ts [--held-out | --generated]
 */
import { shortfall } from '../../src/screening/explain.ts';
import { buildIndex, screenName, type ScreeningIndex } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import type { UnList } from '../../src/screening/un-list/model.ts';
import { buildQuerySets, type TypoQuery } from './query-sets.ts';

const full = loadUnList();
const dprk: UnList = { ...full, records: full.records.filter((r) => r.regime === 'DPRK') };
const indexes = (['korean-v2', 'korean-v3'] as const).map((a) => buildIndex(dprk, a));

function outcome(ix: ScreeningIndex, t: TypoQuery): { matched: boolean; text: string } {
  const hits = screenName(ix, { name: t.q }, { reviewThreshold: 0.3 });
  const mine = hits.find((m) => m.ref === t.ref);
  if (mine?.band === 'match') return { matched: true, text: 'match' };
  const best = hits[0];
  const what = mine !== undefined ? `${mine.band} ${mine.score.toFixed(3)}: ${shortfall(mine)}` : 'not found';
  return { matched: false, text: best !== undefined && best.ref !== t.ref ? `${what}; best ${best.ref} ${best.band} ${best.score.toFixed(3)}` : what };
}

const which = process.argv.includes('--generated') ? [false] : process.argv.includes('--held-out') ? [true] : [false, true];
for (const heldOut of which) {
  const sets = buildQuerySets(dprk.records, heldOut);
  let missedV2 = 0;
  let missedV3 = 0;
  const lines: string[] = [];
  for (const t of sets.typos) {
    const [a, b] = indexes.map((ix) => outcome(ix, t)) as [{ matched: boolean; text: string }, { matched: boolean; text: string }];
    if (!a.matched) missedV2++;
    if (!b.matched) missedV3++;
    if (a.matched && b.matched) continue;
    const tag = a.matched ? 'v3 only' : b.matched ? 'v2 only' : 'both   ';
    lines.push(`  ${tag}  ${t.q}  [${t.ref}] (${t.from} → ${t.token}, ${t.kind})\n      v2: ${a.text}\n      v3: ${b.text}`);
  }
  console.log(`${sets.label}: ${sets.typos.length} typing errors; not a match: korean-v2 ${missedV2}, korean-v3 ${missedV3}`);
  for (const l of lines) console.log(l);
}

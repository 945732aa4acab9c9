/**
 * The 100× synthetic list, in a process of its own:
 *   big-list.ts memory ALGORITHM  — one matcher's index alone: build time and RSS after GC (its memory is its own);
 *   big-list.ts rates             — korean-v1, korean-v2 and korean-v3 built (and v2 with v3's review
 *                                   threshold), queried in alternating rounds.
 * Prints one JSON line.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildIndex, DEFAULT_REVIEW_THRESHOLD, screenName } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import { interleavedRates } from './interleave.ts';
import { benchMix } from './query-sets.ts';
import { seededRandom } from './rng.ts';
import { syntheticList } from './synthetic.ts';

const full = loadUnList();
const big = syntheticList(full, 100, seededRandom(20_260_129));
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

if (process.argv[2] === 'memory') {
  const algorithm = process.argv[3] ?? 'korean-v2';
  gc();
  const t0 = performance.now();
  const index = buildIndex(big, algorithm);
  const buildMs = performance.now() - t0;
  gc();
  // Typed arrays used while building are freed when their wrappers are collected; give that a moment.
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
  console.log(JSON.stringify({ algorithm, names: index.names.length, records: big.records.length, buildMs, rssMb: process.memoryUsage().rss / 2 ** 20 }));
} else {
  const mix = benchMix(full.records.filter((r) => r.regime === 'DPRK'), process.argv[3] === 'typos');
  const systems: Record<string, (q: string) => unknown> = Object.fromEntries(['korean-v1', 'korean-v2', 'korean-v3'].map((a) => {
    const index = buildIndex(big, a);
    return [a, (q: string) => screenName(index, { name: q })];
  }));
  // korean-v2 with korean-v3's review threshold (the same bands).
  const v2 = buildIndex(big, 'korean-v2');
  systems['korean-v2+review'] = (q: string) => screenName(v2, { name: q }, { reviewThreshold: DEFAULT_REVIEW_THRESHOLD });
  console.log(JSON.stringify(interleavedRates(systems, mix, 44, 60)));
}

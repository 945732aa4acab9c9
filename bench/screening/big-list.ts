/**
 * One matcher on the 100× synthetic list, in a process of its own so that its memory is its own:
 * prints one JSON line (names, build time, RSS after GC, queries per CPU-second and per wall-clock second).
 *   node --import tsx bench/screening/big-list.ts korean-v2
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildIndex, screenName } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import { benchMix } from './query-sets.ts';
import { seededRandom } from './rng.ts';
import { syntheticList } from './synthetic.ts';

const algorithm = process.argv[2] ?? 'korean-v2';
const full = loadUnList();
const mix = benchMix(full.records.filter((r) => r.regime === 'DPRK'), process.argv[3] === 'typos');
const big = syntheticList(full, 100, seededRandom(20_260_129));
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
gc();
const t0 = performance.now();
const index = buildIndex(big, algorithm);
const buildMs = performance.now() - t0;
gc();
// Typed arrays used while building are freed when their wrappers are collected; give that a moment.
await new Promise((resolve) => setTimeout(resolve, 200));
gc();
const rssMb = process.memoryUsage().rss / 2 ** 20;
const rate = (budgetMs: number): { cpu: number; wall: number } => {
  let n = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - start < budgetMs) screenName(index, { name: mix[n++ % mix.length] as string });
  const cpu = process.cpuUsage(cpu0);
  return { cpu: n / ((cpu.user + cpu.system) / 1e6), wall: n / ((performance.now() - start) / 1000) };
};
rate(300);
console.log(JSON.stringify({ algorithm, names: index.names.length, records: big.records.length, buildMs, rssMb, ...rate(3000) }));

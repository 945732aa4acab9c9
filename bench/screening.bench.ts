/**
 * bench:screening — the korean-v1 matcher against two peers (Fuse.js, a linear Jaro–Winkler scan) on the
 * DPRK records of the bundled list: (a) the UN's own aliases held out, (b) romanization variants of the real
 * DPRK names (RR, English, hyphen/joined/spaced, family name last, Hangul), (c) negatives; then throughput
 * on the full list and on a 100× synthetic list, and resident memory. Fixed seed: every run is the same.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildIndex, screenName } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import type { UnList } from '../src/screening/un-list/model.ts';
import { negatives, variantChecker } from './screening/negatives.ts';
import { fusePeer, jaroWinklerPeer, type Peer } from './screening/peers.ts';
import { seededRandom } from './screening/rng.ts';
import { syntheticList } from './screening/synthetic.ts';
import { hangulVariant, nameParts, romanVariant, type NameParts } from './screening/variants.ts';

const SEED = 20260128;
const rand = seededRandom(SEED);
const full = loadUnList();
const dprk: UnList = { ...full, records: full.records.filter((r) => r.regime === 'DPRK') };

function ours(list: UnList): Peer {
  const index = buildIndex(list);
  return { name: 'korean-v1', query: (q) => screenName(index, { name: q }).map((m) => m.ref) };
}
const SYSTEMS: { name: string; make: (l: UnList) => Peer }[] = [
  { name: 'korean-v1', make: ours },
  { name: 'fuse.js', make: fusePeer },
  { name: 'jaro-winkler', make: jaroWinklerPeer },
];

interface Tally { queries: number; found: number; wrong: number; anyHit: number; ms: number }
const blank = (): Tally => ({ queries: 0, found: 0, wrong: 0, anyHit: 0, ms: 0 });

function run(peer: Peer, q: string, expected: string | undefined, t: Tally): void {
  const start = performance.now();
  const refs = peer.query(q);
  t.ms += performance.now() - start;
  t.queries++;
  if (refs.length > 0) t.anyHit++;
  if (expected !== undefined && refs.includes(expected)) t.found++;
  t.wrong += refs.filter((r) => r !== expected).length;
}

// (a) held-out aliases: each record's aliases removed from the list the systems see, then queried.
const heldOut = new Map<string, Tally>(SYSTEMS.map((s) => [s.name, blank()]));
for (const r of dprk.records) {
  const aliases = r.names.filter((n) => n.kind !== 'primary' && n.kind !== 'low' && /[a-z]/i.test(n.full));
  if (aliases.length === 0) continue;
  const list: UnList = { ...dprk, records: dprk.records.map((x) => (x === r ? { ...x, names: x.names.filter((n) => n.kind === 'primary') } : x)) };
  for (const s of SYSTEMS) {
    const peer = s.make(list);
    for (const a of aliases) run(peer, a.full, r.ref, heldOut.get(s.name) as Tally);
  }
}

// (b) romanization variants of the real DPRK person names; (c) negatives.
const people: { ref: string; parts: NameParts }[] = [];
for (const r of dprk.records) {
  const primary = r.names[0];
  const parts = r.kind === 'person' && primary?.parts !== undefined ? nameParts(primary.parts) : undefined;
  if (parts !== undefined) people.push({ ref: r.ref, parts });
}
const variantQueries: { q: string; ref: string }[] = [];
for (const p of people) {
  const seen = new Set<string>();
  for (let i = 0; i < 12 && seen.size < 8; i++) seen.add(romanVariant(p.parts, rand));
  for (const q of seen) variantQueries.push({ q, ref: p.ref });
  const h = hangulVariant(p.parts);
  if (h !== undefined) variantQueries.push({ q: h, ref: p.ref });
}
const isVariant = variantChecker(dprk.records.flatMap((r) => r.names.map((n) => n.full)));
const negativeQueries = negatives(people.map((p) => p.parts), isVariant, rand, 600);

const variantT = new Map<string, Tally>();
const negativeT = new Map<string, Tally>();
const peersOnDprk = SYSTEMS.map((s) => s.make(dprk));
for (const peer of peersOnDprk) {
  const v = blank();
  const n = blank();
  for (const { q, ref } of variantQueries) run(peer, q, ref, v);
  for (const q of negativeQueries) run(peer, q, undefined, n);
  variantT.set(peer.name, v);
  negativeT.set(peer.name, n);
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
console.log(`bench:screening  seed ${SEED}  list ${full.version.id}  DPRK records ${dprk.records.length}`);
console.log(`queries: held-out aliases ${heldOut.get('korean-v1')?.queries}, romanization variants ${variantQueries.length}, negatives ${negativeQueries.length}\n`);
console.log('system         set                 recall   wrong-person/query   false-positive rate');
for (const s of SYSTEMS) {
  const a = heldOut.get(s.name) as Tally;
  const v = variantT.get(s.name) as Tally;
  const n = negativeT.get(s.name) as Tally;
  console.log(`${s.name.padEnd(14)} (a) held-out alias  ${pct(a.found / a.queries).padStart(7)}  ${(a.wrong / a.queries).toFixed(3).padStart(8)}`);
  console.log(`${s.name.padEnd(14)} (b) romanization    ${pct(v.found / v.queries).padStart(7)}  ${(v.wrong / v.queries).toFixed(3).padStart(8)}`);
  console.log(`${s.name.padEnd(14)} (c) negatives                                         ${pct(n.anyHit / n.queries).padStart(7)}`);
}

// Throughput on the full list (all regimes), one core, mixed variant and negative queries.
const mixed = [...variantQueries.map((v) => v.q), ...negativeQueries];
/** Queries per second of this process's CPU time (user + system, GC threads included), so the figure means
 *  "on one core" even when the machine is shared; the wall-clock rate is printed beside it. */
interface Rate { cpu: number; wall: number }
function throughput(peer: Peer, budgetMs: number, maxQueries = Infinity): Rate {
  let n = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - start < budgetMs && n < maxQueries) peer.query(mixed[n++ % mixed.length] as string);
  const cpu = process.cpuUsage(cpu0);
  return { cpu: n / ((cpu.user + cpu.system) / 1e6), wall: n / ((performance.now() - start) / 1000) };
}
const show = (r: Rate): string => `${r.cpu.toFixed(1).padStart(9)} queries/CPU-s  (${r.wall.toFixed(1)} queries/s wall clock)`;
const t0 = performance.now();
const oursFull = ours(full);
const indexMs = performance.now() - t0;
throughput(oursFull, 500); // warm up
const qps: Record<string, Rate> = { 'korean-v1': throughput(oursFull, 3000) };
for (const s of SYSTEMS.slice(1)) qps[s.name] = throughput(s.make(full), 3000, 3000);
console.log(`\nthroughput, full list (${full.records.length} records, ${full.records.reduce((a, r) => a + r.names.length, 0)} names; index built in ${indexMs.toFixed(0)} ms):`);
for (const [name, x] of Object.entries(qps)) console.log(`  ${name.padEnd(14)} ${show(x)}`);

// 100× synthetic list.
const big = syntheticList(full, 100, seededRandom(SEED + 1));
const t1 = performance.now();
const bigIndex = buildIndex(big);
const bigIndexMs = performance.now() - t1;
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
gc();
// Typed arrays used while building are freed when their wrappers are collected; give that a moment.
await new Promise((resolve) => setTimeout(resolve, 200));
gc();
const rss = process.memoryUsage().rss / 2 ** 20;
const oursBig: Peer = { name: 'korean-v1', query: (q) => screenName(bigIndex, { name: q }).map((m) => m.ref) };
throughput(oursBig, 300);
const qpsBig: Record<string, Rate> = { 'korean-v1': throughput(oursBig, 3000) };
qpsBig['jaro-winkler'] = throughput(jaroWinklerPeer(big), 5000, 20);
console.log(`\n100x list (${big.records.length} records, ${bigIndex.names.length} names; index built in ${(bigIndexMs / 1000).toFixed(1)} s, RSS after GC ${rss.toFixed(0)} MB):`);
for (const [name, x] of Object.entries(qpsBig)) console.log(`  ${name.padEnd(14)} ${show(x)}`);
console.log('  fuse.js        not run on the 100x list (a single query takes seconds)');

console.log('\nratios, korean-v1 / peer:');
for (const s of SYSTEMS.slice(1)) {
  const v = variantT.get('korean-v1') as Tally;
  const pv = variantT.get(s.name) as Tally;
  const n = negativeT.get('korean-v1') as Tally;
  const pn = negativeT.get(s.name) as Tally;
  const a = heldOut.get('korean-v1') as Tally;
  const pa = heldOut.get(s.name) as Tally;
  const ratio = (x: number, y: number): string => (y === 0 ? (x === 0 ? '1.00' : 'inf') : (x / y).toFixed(2));
  console.log(`  vs ${s.name.padEnd(13)} recall (a) ${ratio(a.found, pa.found)}  recall (b) ${ratio(v.found, pv.found)}  wrong-person/query (b) ${ratio(v.wrong, pv.wrong)}  false positives ${ratio(n.anyHit, pn.anyHit)}  queries/s ${ratio(qps['korean-v1']?.cpu ?? 0, qps[s.name]?.cpu ?? 0)}`);
}
const v = variantT.get('korean-v1') as Tally;
const n = negativeT.get('korean-v1') as Tally;
const targets = [
  ['recall on romanization variants >= 95 %', v.found / v.queries >= 0.95],
  ['wrong-person hits <= 0.05 per query', v.wrong / v.queries <= 0.05],
  ['false positives on negatives <= 1 %', n.anyHit / n.queries <= 0.01],
  ['>= 20,000 queries per CPU-second on the full list', (qps['korean-v1']?.cpu ?? 0) >= 20000],
  ['>= 2,000 queries per CPU-second on the 100x list', (qpsBig['korean-v1']?.cpu ?? 0) >= 2000],
  ['RSS under 300 MB for the 100x list', rss < 300],
] as const;
console.log('\ntargets:');
for (const [what, ok] of targets) console.log(`  ${ok ? 'met    ' : 'MISSED '} ${what}`);

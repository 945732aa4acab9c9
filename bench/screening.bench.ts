/**
 * bench:screening — korean-v1, korean-v2 and korean-v3 beside two peers (Fuse.js, a linear Jaro–Winkler
 * scan) on the DPRK records of the bundled list: (a) the UN's own aliases held out; then, on two
 * independently built query sets (bench/screening/query-sets.ts), romanization variants, typing errors of
 * four kinds, one-valid-syllable-changed names, other negatives and entity names with a branch/office/
 * place/legal form added; entity names as documents write them (bench/screening/documents.ts), real
 * innocent organisations (bench/screening/data/innocent-organisations.json) and random negatives, each by
 * band (match, possible); what korean-v2's initial-sound rule changes; throughput on the full list and on a
 * 100× synthetic list, memory, and names at the length limit. Fixed seeds: every run draws the same queries.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildIndex as buildIndexWith } from '../src/screening/build-index.ts';
import { buildIndex, DEFAULT_REVIEW_THRESHOLD, MAX_NAME_LENGTH, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { PROFILES } from '../src/screening/profile.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import type { UnList } from '../src/screening/un-list/model.ts';
import { documentQueries } from './screening/documents.ts';
import { fusePeer, jaroWinklerPeer, type Peer } from './screening/peers.ts';
import { randomNegatives } from './screening/random-negatives.ts';
import { allKinds as allWorldKinds, tallyByKind, WORLD_PER_KIND, WORLD_SEED, worldNegatives } from './screening/world-negatives.ts';
import { blank, hitRate, pct, perQuery, possibleRate, recall, recallAny, run, type Tally } from './screening/tally.ts';
import { interleavedRates, type Rate } from './screening/interleave.ts';
import { benchMix, buildQuerySets, syllableCountChanged, type QuerySets } from './screening/query-sets.ts';
import { seededRandom } from './screening/rng.ts';
import { syntheticList } from './screening/synthetic.ts';
import { ruleCases } from './screening/rule-cases.ts';
import { TYPO_KINDS } from './screening/typos.ts';

const full = loadUnList();
const dprk: UnList = { ...full, records: full.records.filter((r) => r.regime === 'DPRK') };

const peerOf = (index: ScreeningIndex, name = index.algorithm): Peer => ({
  name,
  query: (q, country) => screenName(index, { name: q, ...(country !== undefined && { country }) }).map((m) => ({ ref: m.ref, band: m.band })),
});
const SYSTEMS: { name: string; make: (l: UnList) => Peer }[] = [
  { name: 'korean-v1', make: (l) => peerOf(buildIndex(l, 'korean-v1')) },
  { name: 'korean-v2', make: (l) => peerOf(buildIndex(l, 'korean-v2')) },
  { name: 'korean-v3', make: (l) => peerOf(buildIndex(l, 'korean-v3')) },
  { name: 'fuse.js', make: fusePeer },
  { name: 'jaro-winkler', make: jaroWinklerPeer },
];
/** The systems of the band tables: korean-v1 is left out (it has no new behaviour to show). */
const BANDED = ['korean-v2', 'korean-v3', 'fuse.js', 'jaro-winkler'];

// (a) held-out aliases: each record's aliases removed from the list the systems see, then queried.
const heldOutAlias = new Map<string, Tally>(SYSTEMS.map((s) => [s.name, blank()]));
for (const r of dprk.records) {
  const aliases = r.names.filter((n) => n.kind !== 'primary' && n.kind !== 'low' && /[a-z]/i.test(n.full));
  if (aliases.length === 0) continue;
  const list: UnList = { ...dprk, records: dprk.records.map((x) => (x === r ? { ...x, names: x.names.filter((n) => n.kind === 'primary') } : x)) };
  for (const s of SYSTEMS) {
    const peer = s.make(list);
    for (const a of aliases) run(peer, a.full, r.ref, heldOutAlias.get(s.name) as Tally);
  }
}

interface SetResult { variants: Tally; typos: Tally; byKind: Map<string, Tally>; formingNames: Tally; otherCount: Tally; sameCount: Tally; oneSyllable: Tally; negatives: Tally; entity: Tally }
const peersOnDprk = SYSTEMS.map((s) => s.make(dprk));
function measure(sets: QuerySets): Map<string, SetResult> {
  const out = new Map<string, SetResult>();
  for (const peer of peersOnDprk) {
    const r: SetResult = { variants: blank(), typos: blank(), byKind: new Map(TYPO_KINDS.map((k) => [k, blank()])), formingNames: blank(), otherCount: blank(), sameCount: blank(), oneSyllable: blank(), negatives: blank(), entity: blank() };
    for (const { q, ref } of sets.variants) run(peer, q, ref, r.variants);
    for (const { q, ref, kind } of sets.typos) {
      run(peer, q, ref, r.typos);
      run(peer, q, ref, r.byKind.get(kind) as Tally);
    }
    for (const t of sets.typosFormingNames) {
      run(peer, t.q, t.ref, r.formingNames);
      run(peer, t.q, t.ref, syllableCountChanged(t) ? r.otherCount : r.sameCount);
    }
    for (const q of sets.oneSyllable) run(peer, q, undefined, r.oneSyllable);
    for (const q of sets.negatives) run(peer, q, undefined, r.negatives);
    for (const { q, ref } of sets.entitySuffix) run(peer, q, ref, r.entity);
    out.set(peer.name, r);
  }
  return out;
}

console.log(`bench:screening  list ${full.version.id}  DPRK records ${dprk.records.length}`);
const aT = heldOutAlias.get('korean-v1') as Tally;
console.log(`\n(a) held-out UN aliases (${aT.queries} queries; many are genuinely other names, e.g. Jang Hyon U for JANG BOM SU)`);
for (const s of SYSTEMS) {
  const t = heldOutAlias.get(s.name) as Tally;
  console.log(`  ${s.name.padEnd(13)} recall ${pct(recall(t))} (any band ${pct(recallAny(t)).trim()})  wrong-person/query ${perQuery(t)}`);
}

const results: { sets: QuerySets; r: Map<string, SetResult> }[] = [];
for (const heldOut of [false, true]) {
  const sets = buildQuerySets(dprk.records, heldOut);
  const r = measure(sets);
  results.push({ sets, r });
  console.log(`\nquery set: ${sets.label}, seed ${sets.seed}: variants ${sets.variants.length}, typos ${sets.typos.length} (+${sets.typosFormingNames.length} forming another valid name), one-syllable-changed ${sets.oneSyllable.length}, negatives ${sets.negatives.length}, entity+suffix ${sets.entitySuffix.length}`);
  console.log('  (match band; "possible" columns: queries whose best answer is a possible match)');
  const other = sets.typosFormingNames.filter(syllableCountChanged).length;
  console.log(`  system         variants  wrong/q |   typos  ${TYPO_KINDS.map((k) => k.slice(0, 10).padStart(10)).join(' ')} | all kinds  wrong/q | 1-syll match possible | neg. match possible | entity+sfx any band  wrong/q | typo→name  possible | of them, ${other} in another syllable count: match any | ${sets.typosFormingNames.length - other} in the same count: match possible`);
  for (const s of SYSTEMS) {
    const x = r.get(s.name) as SetResult;
    const all: Tally = { ...blank(), queries: x.variants.queries + x.typos.queries, found: x.variants.found + x.typos.found, wrong: x.variants.wrong + x.typos.wrong };
    console.log(`  ${s.name.padEnd(13)} ${pct(recall(x.variants))}  ${perQuery(x.variants)} | ${pct(recall(x.typos))} ${TYPO_KINDS.map((k) => pct(recall(x.byKind.get(k) as Tally)).padStart(10)).join(' ')} |  ${pct(recall(all))}  ${perQuery(all)} |    ${pct(hitRate(x.oneSyllable))} ${pct(possibleRate(x.oneSyllable))} | ${pct(hitRate(x.negatives))} ${pct(possibleRate(x.negatives))} |   ${pct(recall(x.entity))} ${pct(recallAny(x.entity))}  ${perQuery(x.entity)} | ${pct(recall(x.formingNames))} ${pct(recallAny(x.formingNames) - recall(x.formingNames))} | ${pct(recall(x.otherCount))} ${pct(recallAny(x.otherCount))} | ${pct(recall(x.sameCount))} ${pct(recallAny(x.sameCount) - recall(x.sameCount))}`);
  }
}

// Entity names as documents write them; real innocent organisations; random negatives: by band.
const documentSets = [false, true].map((heldOut) => ({ heldOut, queries: documentQueries(dprk.records, full.records, heldOut) }));
const innocents = (JSON.parse(readFileSync(new URL('./screening/data/innocent-organisations.json', import.meta.url), 'utf8')) as { organisations: { name: string; country: string }[] }).organisations;
const randomNegs = randomNegatives(dprk.records.flatMap((r) => r.names.map((n) => n.full)), seededRandom(61_331), 600);
interface BandResult { documents: Tally[]; innocent: Tally; innocentCountry: Tally; random: Tally }
const bands = new Map<string, BandResult>();
for (const peer of peersOnDprk.filter((p) => BANDED.includes(p.name))) {
  const b: BandResult = { documents: documentSets.map(() => blank()), innocent: blank(), innocentCountry: blank(), random: blank() };
  documentSets.forEach((set, i) => {
    for (const { q, ref } of set.queries) run(peer, q, ref, b.documents[i] as Tally);
  });
  for (const o of innocents) {
    run(peer, o.name, undefined, b.innocent);
    run(peer, o.name, undefined, b.innocentCountry, o.country);
  }
  for (const q of randomNegs) run(peer, q, undefined, b.random);
  bands.set(peer.name, b);
}
console.log(`\nby band: entity names as documents write them (generated ${documentSets[0]?.queries.length}, held-out ${documentSets[1]?.queries.length} queries), ${innocents.length} real innocent organisations (without / with their country), ${randomNegs.length} random negatives`);
console.log('  system        documents: generated match / any   held-out match / any  wrong/q | innocents match possible | with country match possible | random neg. match possible');
for (const name of BANDED) {
  const b = bands.get(name) as BandResult;
  const [g, h] = b.documents as [Tally, Tally];
  console.log(`  ${name.padEnd(13)} ${pct(recall(g))} ${pct(recallAny(g))}   ${pct(recall(h))} ${pct(recallAny(h))}  ${perQuery(h)} | ${pct(hitRate(b.innocent))} ${pct(possibleRate(b.innocent))} | ${pct(hitRate(b.innocentCountry))} ${pct(possibleRate(b.innocentCountry))} | ${pct(hitRate(b.random))} ${pct(possibleRate(b.random))}`);
}

// Random negatives of the world (bench/screening/world-negatives.ts): people of many nationalities and companies of
// ordinary and Korean business words, screened as `screen` and `check` screen, against the WHOLE list (every regime).
const worldQueries = worldNegatives(full.records.flatMap((r) => r.names.map((n) => n.full)), seededRandom(WORLD_SEED), WORLD_PER_KIND);
const v3Whole = buildIndex(full, 'korean-v3');
const worldTally = tallyByKind(worldQueries, (name) => screenName(v3Whole, { name }));
const worldAll = allWorldKinds(worldTally);
console.log(`\nrandom negatives of the world, korean-v3 against the whole list (${full.records.length} records, every regime), seed ${WORLD_SEED}: match / possible`);
console.log(`  ${[...worldTally].map(([k, t]) => `${k} ${pct(t.match / t.n).trim()} / ${pct(t.possible / t.n).trim()}`).join('; ')}`);
console.log(`  all ${worldAll.n} names: match ${pct(worldAll.match / worldAll.n).trim()}, possible ${pct(worldAll.possible / worldAll.n).trim()}`);

// What the initial-sound rule at name starts only (korean-v2) changes against applying it everywhere.
const cases = ruleCases(dprk.records);
const v2 = buildIndex(dprk, 'korean-v2');
const v2Everywhere = buildIndexWith(dprk, 'korean-v2', { ...PROFILES['korean-v2'], initialRuleEverywhere: true });
const hits = (ix: ScreeningIndex, qs: readonly { q: string; ref: string }[]): number => qs.filter(({ q, ref }) => screenName(ix, { name: q }).some((m) => m.ref === ref)).length;
console.log('\ninitial sound rule (korean-v2 at the start of family and given name only, vs the rule on every syllable):');
console.log(`  at a name start (Ri → Yi/Lee, Ryong… → Yong…): found ${hits(v2, cases.atStart)} / ${cases.atStart.length} (everywhere: ${hits(v2Everywhere, cases.atStart)})`);
console.log(`  inside a given name (…chol ryong → …chol yong, another name): matched ${hits(v2, cases.inside)} / ${cases.inside.length} (everywhere: ${hits(v2Everywhere, cases.inside)})`);
for (const { sets } of results) {
  const a = measure1(v2, sets);
  const b = measure1(v2Everywhere, sets);
  console.log(`  ${sets.label}: variants ${pct(a.v)} (everywhere ${pct(b.v).trim()}), typos ${pct(a.t)} (${pct(b.t).trim()}), 1-syllable FP ${pct(a.o)} (${pct(b.o).trim()}), negatives FP ${pct(a.n)} (${pct(b.n).trim()})`);
}
function measure1(ix: ScreeningIndex, sets: QuerySets): { v: number; t: number; o: number; n: number } {
  const p = peerOf(ix);
  const [v, t, o, n] = [blank(), blank(), blank(), blank()];
  for (const { q, ref } of sets.variants) run(p, q, ref, v);
  for (const { q, ref } of sets.typos) run(p, q, ref, t);
  for (const q of sets.oneSyllable) run(p, q, undefined, o);
  for (const q of sets.negatives) run(p, q, undefined, n);
  return { v: recall(v), t: recall(t), o: hitRate(o), n: hitRate(n) };
}

// `--quality`: the figures above only (no speed, memory or long-name runs), for a quick look while tuning.
if (process.argv.includes('--quality')) process.exit(0);

// Throughput: queries per CPU-second (one core, even on a shared machine), wall clock beside. korean-v1,
// korean-v2 and korean-v3 run in alternating rounds so the machine's load falls on all alike. The mix is the earlier
// runs' (variants, one-syllable-changed, negatives); and once more with the typing errors added.
const mixes = { plain: benchMix(dprk.records, false), typos: benchMix(dprk.records, true) };
function throughput(peer: Peer, mix: readonly string[], budgetMs: number, maxQueries = Infinity): Rate {
  let n = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - start < budgetMs && n < maxQueries) peer.query(mix[n++ % mix.length] as string);
  const cpu = process.cpuUsage(cpu0);
  return { cpu: n / ((cpu.user + cpu.system) / 1e6), wall: n / ((performance.now() - start) / 1000) };
}
const show = (r: Rate): string => `${r.cpu.toFixed(1).padStart(9)} queries/CPU-s  (${r.wall.toFixed(1)} queries/s wall clock)`;
const buildMs: Record<string, number> = {};
const fullPeers = Object.fromEntries(SYSTEMS.map((s) => {
  const t0 = performance.now();
  const peer = s.make(full);
  buildMs[s.name] = performance.now() - t0;
  return [s.name, peer];
})) as Record<string, Peer>;
const KOREAN = ['korean-v1', 'korean-v2', 'korean-v3'];
// korean-v2 with korean-v3's review threshold: the same bands, the like-for-like cost of the possible band.
const V2_BANDED = 'korean-v2+review';
const v2Banded = buildIndex(full, 'korean-v2');
// korean-v3 asked for matches only (--review-threshold 0.85): what v3's own reading costs without the band.
const V3_MATCHES = 'korean-v3@0.85';
const v3Matches = buildIndex(full, 'korean-v3');
const koreanOf = (mix: readonly string[]): Record<string, Rate> => interleavedRates({
  ...Object.fromEntries(KOREAN.map((n) => [n, (q: string) => (fullPeers[n] as Peer).query(q)])),
  [V2_BANDED]: (q: string) => screenName(v2Banded, { name: q }, { reviewThreshold: DEFAULT_REVIEW_THRESHOLD }),
  [V3_MATCHES]: (q: string) => screenName(v3Matches, { name: q }, { reviewThreshold: 0.85 }),
}, mix, 64, 400);
const qps: Record<string, Rate> = koreanOf(mixes.plain);
const qpsTypos = koreanOf(mixes.typos);
for (const name of ['fuse.js', 'jaro-winkler']) {
  throughput(fullPeers[name] as Peer, mixes.plain, 200, 200);
  qps[name] = throughput(fullPeers[name] as Peer, mixes.plain, 3000, 3000);
}
console.log(`\nthroughput, full list (${full.records.length} records, ${full.records.reduce((a, r) => a + r.names.length, 0)} names):`);
for (const [name, x] of Object.entries(qps)) console.log(`  ${name.padEnd(13)} ${show(x)}  (built in ${(buildMs[name] ?? 0).toFixed(0)} ms)`);
for (const [name, x] of Object.entries(qpsTypos)) console.log(`  ${name.padEnd(13)} ${show(x)}  with typing errors in the mix`);

// 100× synthetic list, in child processes: memory per matcher alone, speed of both in alternating rounds.
const child = <T>(...args: string[]): T => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/screening/big-list.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`big-list.ts ${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as T;
};
interface BigMemory { algorithm: string; names: number; records: number; buildMs: number; rssMb: number }
const bigMemory = KOREAN.map((a) => child<BigMemory>('memory', a));
const qpsBig = child<Record<string, Rate>>('rates');
qpsBig['jaro-winkler'] = throughput(jaroWinklerPeer(syntheticList(full, 100, seededRandom(20_260_129))), mixes.plain, 5000, 20);
console.log(`\n100x list (${bigMemory[0]?.records} records):`);
for (const b of bigMemory) console.log(`  ${b.algorithm.padEnd(13)} ${show(qpsBig[b.algorithm] as Rate)}  (${b.names} names indexed in ${(b.buildMs / 1000).toFixed(1)} s, RSS after GC ${b.rssMb.toFixed(0)} MB)`);
console.log(`  ${V2_BANDED.padEnd(13)} ${show(qpsBig[V2_BANDED] as Rate)}  (korean-v2 with korean-v3's review threshold)`);
console.log(`  ${'jaro-winkler'.padEnd(13)} ${show(qpsBig['jaro-winkler'] as Rate)}`);
console.log('  fuse.js       not run on the 100x list (a single query takes seconds)');

// Long names: at the limit they are screened; beyond it refused before any matching.
const fullIndexes = KOREAN.map((a) => buildIndex(full, a));
console.log(`\nlong names (limit ${MAX_NAME_LENGTH} characters):`);
for (const [label, unit] of [['repeated Korean name', 'PAK YONG SIK '], ['hyphenated syllables', 'Kim-Yong-Chol-'], ['entity words', 'Korea Mining Development ']] as const) {
  const name = unit.repeat(Math.ceil(MAX_NAME_LENGTH / unit.length)).slice(0, MAX_NAME_LENGTH);
  const times = fullIndexes.map((ix) => {
    const t = performance.now();
    for (let i = 0; i < 20; i++) screenName(ix, { name });
    return `${ix.algorithm} ${((performance.now() - t) / 20).toFixed(2)} ms`;
  });
  console.log(`  ${label.padEnd(22)} ${MAX_NAME_LENGTH} chars: ${times.join(', ')} per query`);
}
const huge = 'PAK YONG SIK '.repeat(25_400);
const tRefuse = performance.now();
let refused = false;
try {
  screenName(fullIndexes[2] as ScreeningIndex, { name: huge });
} catch {
  refused = true;
}
console.log(`  ${huge.length.toLocaleString('en')} chars: ${refused ? 'refused (SCREEN_BAD_INPUT, field name)' : 'NOT refused'} in ${(performance.now() - tRefuse).toFixed(2)} ms`);

const ratio = (a: string, b: string, r: Record<string, Rate>): number => (r[a]?.cpu ?? 0) / Math.max(1e-9, r[b]?.cpu ?? 0);
console.log(`\nkorean-v2 / korean-v1 queries/CPU-s: full list ${ratio('korean-v2', 'korean-v1', qps).toFixed(2)} (with typing errors in the mix ${ratio('korean-v2', 'korean-v1', qpsTypos).toFixed(2)}), 100x list ${ratio('korean-v2', 'korean-v1', qpsBig).toFixed(2)}`);
console.log(`korean-v3 / korean-v2 queries/CPU-s: full list ${ratio('korean-v3', 'korean-v2', qps).toFixed(2)} (with typing errors in the mix ${ratio('korean-v3', 'korean-v2', qpsTypos).toFixed(2)}), 100x list ${ratio('korean-v3', 'korean-v2', qpsBig).toFixed(2)}`);
console.log(`korean-v3 / korean-v2 with the same review threshold: full list ${ratio('korean-v3', V2_BANDED, qps).toFixed(2)} (with typing errors in the mix ${ratio('korean-v3', V2_BANDED, qpsTypos).toFixed(2)}), 100x list ${ratio('korean-v3', V2_BANDED, qpsBig).toFixed(2)}`);
console.log(`korean-v3 matches only (review threshold 0.85) / korean-v2: full list ${ratio(V3_MATCHES, 'korean-v2', qps).toFixed(2)} (with typing errors in the mix ${ratio(V3_MATCHES, 'korean-v2', qpsTypos).toFixed(2)})`);

const met = (ok: boolean): string => (ok ? 'met' : 'MISSED');
const allKinds = (x: SetResult): number => (x.variants.found + x.typos.found) / (x.variants.queries + x.typos.queries);
const wrongPerQuery = (x: SetResult): number => (x.variants.wrong + x.typos.wrong) / (x.variants.queries + x.typos.queries);
const [gen2, held2] = results.map((x) => x.r.get('korean-v2') as SetResult) as [SetResult, SetResult];
const [gen3, held3] = results.map((x) => x.r.get('korean-v3') as SetResult) as [SetResult, SetResult];
const both = (f: (x: SetResult) => boolean, a: SetResult, b: SetResult): string => `${met(f(a))} / ${met(f(b))}`;
console.log('\ntargets (korean-v2; generated set / held-out set):');
const targets2: [string, string][] = [
  ['typo recall >= 90 %', both((x) => recall(x.typos) >= 0.9, gen2, held2)],
  ['one-syllable-changed matched <= 5 %', both((x) => hitRate(x.oneSyllable) <= 0.05, gen2, held2)],
  ['variants, typos included, recall >= 95 %', both((x) => allKinds(x) >= 0.95, gen2, held2)],
  ['wrong-person hits <= 0.05 per query', both((x) => wrongPerQuery(x) <= 0.05, gen2, held2)],
  ['false positives on negatives <= 1 %', both((x) => hitRate(x.negatives) <= 0.01, gen2, held2)],
  ['entity + branch/office/place/legal form found >= 95 %', both((x) => recall(x.entity) >= 0.95, gen2, held2)],
  ['held-out UN aliases >= 90 %', met(recall(heldOutAlias.get('korean-v2') as Tally) >= 0.9)],
  ['>= 80 % of korean-v1 queries/s, full list', met(ratio('korean-v2', 'korean-v1', qps) >= 0.8)],
  ['>= 80 % of korean-v1 queries/s, 100x list', met(ratio('korean-v2', 'korean-v1', qpsBig) >= 0.8)],
  ['RSS under 300 MB for the 100x list (korean-v2)', met((bigMemory[1]?.rssMb ?? Infinity) < 300)],
];
for (const [what, ok] of targets2) console.log(`  ${ok.padEnd(15)} ${what}`);

const v3b = bands.get('korean-v3') as BandResult;
const v2aliases = recall(heldOutAlias.get('korean-v2') as Tally);
console.log('\ntargets (korean-v3, issue 17; generated set / held-out set where there are two):');
const targets3: [string, string][] = [
  ['documents-style entity names recall >= 97 % (any band)', `${met(recallAny(v3b.documents[0] as Tally) >= 0.97)} / ${met(recallAny(v3b.documents[1] as Tally) >= 0.97)}`],
  ['real innocent organisations as match <= 2 % (without their country)', met(hitRate(v3b.innocent) <= 0.02)],
  ['typos leaving no syllable >= 97 % as match', both((x) => recall(x.typos) >= 0.97, gen3, held3)],
  ['one valid syllable changed: match <= 2 %', both((x) => hitRate(x.oneSyllable) <= 0.02, gen3, held3)],
  ['one valid syllable changed: possible >= 90 %', both((x) => possibleRate(x.oneSyllable) >= 0.9, gen3, held3)],
  ['random negatives: match <= 0.5 %', met(hitRate(v3b.random) <= 0.005)],
  ['random negatives: possible <= 3 %', met(possibleRate(v3b.random) <= 0.03)],
  ['random negatives of the world, whole list: match <= 0.5 %', met(worldAll.match / worldAll.n <= 0.005)],
  ['random negatives of the world, whole list: possible <= 3 %', met(worldAll.possible / worldAll.n <= 0.03)],
  ['every korean-v2 figure kept: variants', both((x) => recall(x.variants) >= recall(x === gen3 ? gen2.variants : held2.variants), gen3, held3)],
  ['every korean-v2 figure kept: typos (all kinds)', both((x) => allKinds(x) >= allKinds(x === gen3 ? gen2 : held2), gen3, held3)],
  ['every korean-v2 figure kept: wrong person <= 0.002 per query', both((x) => wrongPerQuery(x) <= 0.002, gen3, held3)],
  ['every korean-v2 figure kept: entity + suffix (any band)', both((x) => recallAny(x.entity) >= recall(x === gen3 ? gen2.entity : held2.entity), gen3, held3)],
  ['every korean-v2 figure kept: held-out UN aliases (any band)', met(recallAny(heldOutAlias.get('korean-v3') as Tally) >= v2aliases)],
  ['>= 0.9 x korean-v2 queries per CPU-second, full list', met(ratio('korean-v3', 'korean-v2', qps) >= 0.9)],
  ['>= 0.9 x korean-v2 queries per CPU-second, 100x list', met(ratio('korean-v3', 'korean-v2', qpsBig) >= 0.9)],
];
for (const [what, ok] of targets3) console.log(`  ${ok.padEnd(15)} ${what}`);

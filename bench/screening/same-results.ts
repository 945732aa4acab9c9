/**
 * Same results, before and after a change that must not change any: screens a large fixed set of queries with
 * korean-v1, korean-v2 and korean-v3 (v2 and v3 also at review thresholds 0.3 and 0.85) on the full bundled
 * list and writes every result (reference, band, score, name, explanation) one line a screen to the file
 * given, with a SHA-256 of the whole. Run it on the old code and the new, then compare the files (diff).
 * The set: every bench query set (both seeds), the documents-style entity names, the innocent organisations
 * with and without their country, the random negatives, every listed name, the snapshot queries, and every
 * string literal of the screening tests (the disguised forms of the security reviews: symbols, marks, Hangul,
 * percent-encoding, letters spaced or set apart).
 *   node --import tsx bench/screening/same-results.ts out.txt
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildIndex, screenName, type ScreeningQuery, type ScreenOptions } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import { documentQueries } from './documents.ts';
import { buildQuerySets } from './query-sets.ts';
import { randomNegatives } from './random-negatives.ts';
import { seededRandom } from './rng.ts';
import { snapshotQueries } from './snapshot-queries.ts';

const out = process.argv[2];
if (out === undefined) throw new Error('usage: same-results.ts <output file>');
const full = loadUnList();
const dprk = full.records.filter((r) => r.regime === 'DPRK');

const queries: ScreeningQuery[] = [];
const names = new Set<string>();
const add = (name: string, country?: string): void => {
  const key = `${name}\u0000${country ?? ''}`;
  if (names.has(key)) return;
  names.add(key);
  queries.push({ name, ...(country !== undefined && { country }) });
};
for (const heldOut of [false, true]) {
  const s = buildQuerySets(dprk, heldOut);
  for (const q of [...s.variants, ...s.typos, ...s.typosFormingNames, ...s.entitySuffix]) add(q.q);
  for (const q of [...s.oneSyllable, ...s.negatives]) add(q);
  for (const q of documentQueries(dprk, full.records, heldOut)) add(q.q);
}
const innocents = (JSON.parse(readFileSync(new URL('./data/innocent-organisations.json', import.meta.url), 'utf8')) as { organisations: { name: string; country: string }[] }).organisations;
for (const o of innocents) { add(o.name); add(o.name, o.country); }
for (const q of randomNegatives(dprk.flatMap((r) => r.names.map((n) => n.full)), seededRandom(61_331), 600)) add(q);
for (const r of full.records) for (const n of r.names) add(n.full);
const snapshot = snapshotQueries(full);
// String literals of the screening tests: the names they screen, disguised or not.
const testDir = new URL('../../test/', import.meta.url);
const literals = new Set<string>();
for (const f of readdirSync(testDir).filter((n) => /^(screening|security|hostile).*\.test\.ts$/.test(n)).sort()) {
  const text = readFileSync(new URL(f, testDir), 'utf8');
  for (const m of text.matchAll(/'((?:[^'\\\n]|\\.){2,200})'|"((?:[^"\\\n]|\\.){2,200})"|`((?:[^`\\$\n]|\\.){2,200})`/g)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    let s = raw;
    try { s = JSON.parse(`"${raw.replace(/\\'/g, "'").replace(/\\`/g, '`').replace(/"/g, '\\"')}"`) as string; } catch { /* kept as written */ }
    if (/\p{L}/u.test(s)) literals.add(s);
  }
}
for (const s of literals) add(s);

const systems: { label: string; algorithm: string; opts: ScreenOptions }[] = [
  { label: 'korean-v1', algorithm: 'korean-v1', opts: {} },
  { label: 'korean-v2', algorithm: 'korean-v2', opts: {} },
  { label: 'korean-v2@0.3', algorithm: 'korean-v2', opts: { reviewThreshold: 0.3 } },
  { label: 'korean-v2@0.85', algorithm: 'korean-v2', opts: { reviewThreshold: 0.85 } },
  { label: 'korean-v3', algorithm: 'korean-v3', opts: {} },
  { label: 'korean-v3@0.3', algorithm: 'korean-v3', opts: { reviewThreshold: 0.3 } },
  { label: 'korean-v3@0.85', algorithm: 'korean-v3', opts: { reviewThreshold: 0.85 } },
];
const lines: string[] = [];
let screens = 0;
for (const s of systems) {
  const index = buildIndex(full, s.algorithm);
  for (const q of [...queries, ...snapshot]) {
    let result: string;
    try {
      result = JSON.stringify(screenName(index, q, s.opts).map((m) => [m.ref, m.band, m.score, m.name, m.kind, m.explanation]));
    } catch (e) {
      result = `error ${(e as Error).name}: ${(e as Error).message}`;
    }
    lines.push(`${s.label}\t${JSON.stringify(q)}\t${result}`);
    screens++;
  }
}
const text = `${lines.join('\n')}\n`;
writeFileSync(out, text);
console.log(`same-results: ${queries.length + snapshot.length} queries (${literals.size} test literals), ${screens} screens, sha256 ${createHash('sha256').update(text).digest('hex')}`);

/**
 * Why 1:10m: distances to the shore from Natural Earth's 1:50m and 1:110m land against 1:10m's, at
 * seeded places at sea within 120 nm of the 1:10m coast, and how often the 20 nm (loitering) and 50 nm
 * (going dark) decisions would change. Run: node --import tsx scripts/shore-accuracy.ts (needs the
 * world-atlas development dependency). The figures are in docs/ships.md.
 */
import { seededRandom } from '../bench/support/seeded-random.ts';
import { shoreIndex } from '../src/ships/shore.ts';
import { deriveShore } from './shore-data.ts';

const fine = shoreIndex(deriveShore('10m'));
const rnd = seededRandom(2023);
const places: [number, number, number][] = [];
while (places.length < 20000) {
  const lat = -60 + rnd() * 130;
  const lon = -180 + rnd() * 360;
  const d = fine.distanceNm(lat, lon, 120);
  if (d > 0 && Number.isFinite(d)) places.push([lat, lon, d]);
}
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
for (const res of ['50m', '110m'] as const) {
  const coarse = shoreIndex(deriveShore(res));
  const diffs: number[] = [];
  let flip20 = 0;
  let flip50 = 0;
  for (const [lat, lon, d] of places) {
    const c = coarse.distanceNm(lat, lon, 400);
    diffs.push(Math.abs((Number.isFinite(c) ? c : 400) - d));
    if (d >= 20 !== !coarse.within(lat, lon, 20)) flip20++;
    if (d >= 50 !== !coarse.within(lat, lon, 50)) flip50++;
  }
  diffs.sort((a, b) => a - b);
  console.log(`1:${res} against 1:10m at ${places.length} places within 120 nm of the coast: |difference| median ${pct(diffs, 0.5).toFixed(2)} nm, p95 ${pct(diffs, 0.95).toFixed(1)} nm, p99 ${pct(diffs, 0.99).toFixed(1)} nm, max ${diffs[diffs.length - 1]!.toFixed(1)} nm; 20 nm decision changed at ${((100 * flip20) / places.length).toFixed(2)} %, 50 nm at ${((100 * flip50) / places.length).toFixed(2)} %`);
}

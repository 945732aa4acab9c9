// The shore: the shipped coastline is world-atlas's (Natural Earth 1:10m land); the index answers as a
// look at every edge would; the gap rule and loitering use it; tracks across 180 degrees stay whole;
// one MMSI at two places at once is reported as spoofing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { deriveShore, SHORE_FILE } from '../scripts/shore-data.ts';
import { seededRandom } from '../bench/support/seeded-random.ts';
import { PROJECT_ROOT } from '../src/project-root.ts';
import type { ShipEvent } from '../src/ships/event.ts';
import { loadPorts } from '../src/ships/ports.ts';
import { Scan } from '../src/ships/scan.ts';
import { DEFAULT_SCAN_OPTIONS, type ScanOptions } from '../src/ships/scan-options.ts';
import { decodeShore } from '../src/ships/shore-data.ts';
import { loadShore } from '../src/ships/shore.ts';

const shore = loadShore();
const rings = decodeShore(readFileSync(path.join(PROJECT_ROOT, 'data', 'shore', 'land-10m.bin.gz')));

test('the shipped coastline is exactly what the world-atlas package gives (Natural Earth 1:10m land)', () => {
  const derived = deriveShore();
  assert.equal(path.resolve(SHORE_FILE), path.join(PROJECT_ROOT, 'data', 'shore', 'land-10m.bin.gz'));
  assert.deepEqual(rings.header, derived.header);
  assert.ok(Buffer.from(rings.x.buffer).equals(Buffer.from(derived.x.buffer)) && Buffer.from(rings.y.buffer).equals(Buffer.from(derived.y.buffer)), 'coordinates differ');
  assert.equal(rings.header.points, 408953);
});

// The answers every edge gives, one by one (slow, independent of the grid).
const [sx, sy] = rings.header.scale;
const [tx, ty] = rings.header.translate;
const LON = Float64Array.from(rings.x, (x) => x * sx + tx);
const LAT = Float64Array.from(rings.y, (y) => y * sy + ty);
const wrap = (d: number) => (d > 180 ? d - 360 : d < -180 ? d + 360 : d);

function naive(lat: number, lon: number): { land: boolean; nm: number } {
  let inside = false;
  let best = Infinity;
  const cos = Math.cos((lat * Math.PI) / 180);
  let p = 0;
  for (const len of rings.ringLength) {
    for (let k = p; k < p + len - 1; k++) {
      const [x1, y1, x2, y2] = [LON[k]!, LAT[k]!, LON[k + 1]!, LAT[k + 1]!];
      if (y1 > lat !== y2 > lat && lon < x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1)) inside = !inside;
      // The flat projection holds near the place only (as in the index, which looks no farther than asked).
      if (Math.abs(wrap(x1 - lon)) > 20 || Math.abs(y1 - lat) > 10) continue;
      const [ax, ay, bx, by] = [wrap(x1 - lon) * cos * 60, (y1 - lat) * 60, wrap(x2 - lon) * cos * 60, (y2 - lat) * 60];
      const [dx, dy] = [bx - ax, by - ay];
      const l2 = dx * dx + dy * dy;
      const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l2));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
    p += len;
  }
  return { land: inside, nm: inside ? 0 : best };
}

test('the index answers as every edge does: on land, distance, within — random places, coasts and both sides of 180', () => {
  const rnd = seededRandom(42);
  const places: [number, number][] = [];
  for (let i = 0; i < 60; i++) places.push([-70 + rnd() * 140, -180 + rnd() * 360]);
  // Near coasts: a point off a random coastline vertex.
  for (let i = 0; i < 60; i++) {
    const k = Math.floor(rnd() * LAT.length);
    if (Math.abs(LAT[k]!) < 80) places.push([LAT[k]! + (rnd() - 0.5) * 0.6, wrap(LON[k]! + (rnd() - 0.5) * 0.6)]);
  }
  // Across the antimeridian: Fiji, Chukotka, the Aleutians, open sea.
  places.push([-16.8, 179.99], [-16.8, -179.99], [66, 179.999], [66, -179.999], [51.8, 179.6], [51.8, -179.4], [30, 180], [30, -180], [-40, 179.9]);
  for (const [lat, lon] of places) {
    const want = naive(lat, lon);
    const where = `${lat.toFixed(4)},${lon.toFixed(4)}`;
    assert.equal(shore.onLand(lat, lon), want.land, `on land at ${where}`);
    const got = shore.distanceNm(lat, lon, 120);
    if (want.nm <= 120) assert.ok(Math.abs(got - want.nm) < 1e-9, `${where}: ${got} against ${want.nm}`);
    else assert.equal(got, Infinity, `${where}: nothing within 120 nm, got ${got}`);
    for (const nm of [20, 50]) assert.equal(shore.within(lat, lon, nm), want.nm <= nm, `within ${nm} at ${where} (${want.nm})`);
  }
});

test('known places: Pyongyang is on land, Nampo is at the shore, the middle of the Pacific is far from it', () => {
  assert.equal(shore.onLand(39.03, 125.75), true);
  assert.ok(shore.distanceNm(38.72, 125.38, 50) < 2, 'Nampo');
  assert.equal(shore.distanceNm(20, -150, 200), Infinity);
  assert.ok(Math.abs(shore.distanceNm(21.2, -157.9, 50) - 5.8) < 0.5, 'five or six nm off Oahu');
});

const H = 3600000;
const T0 = Date.UTC(2020, 5, 1);
const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

function scan(rows: string[], o: Partial<ScanOptions> = {}): ShipEvent[] {
  const s = new Scan({ ...DEFAULT_SCAN_OPTIONS, ...o }, { ports: loadPorts(), shore });
  for (const l of ['mmsi,timestamp,lat,lon,sog', ...rows]) s.push(l);
  return s.finish().events.map((e) => e.event);
}

/** A vessel from t0 for `hours`, a report every `stepMin` minutes, moving by (dLat, dLon) degrees per hour. */
function track(mmsi: number, t0: number, hours: number, stepMin: number, lat: number, lon: number, dLat: number, dLon: number, sog: number): string[] {
  const rows: string[] = [];
  for (let m = 0; m <= hours * 60; m += stepMin) {
    const h = m / 60;
    rows.push(`${mmsi},${iso(t0 + m * 60000)},${(lat + dLat * h).toFixed(6)},${wrap(lon + dLon * h).toFixed(6)},${sog}`);
  }
  return rows;
}

test('loitering: one vessel under 2 kn for 4 h or more at least 20 nm from shore; each threshold a flag', () => {
  const far = track(477000001, T0, 5, 6, 20, -150, 0.005, 0, 0.4); // mid-Pacific, 5 h at 0.4 kn
  const ev = scan(far).filter((e) => e.kind === 'loitering');
  assert.equal(ev.length, 1);
  assert.deepEqual([ev[0]!.start, ev[0]!.end, ev[0]!.durationHours, ev[0]!.evidence.shoreNm, ev[0]!.evidence.medianKnots], [iso(T0), iso(T0 + 5 * H), 5, null, 0.4]);
  assert.deepEqual(scan(far, { loiteringHours: 6 }).filter((e) => e.kind === 'loitering'), []);
  assert.deepEqual(scan(far, { loiteringMaxKnots: 0.3 }).filter((e) => e.kind === 'loitering'), []);
  // Six nm off Oahu: near shore, no loitering unless the shore distance is set to 0.
  const near = track(477000002, T0, 5, 6, 21.2, -157.9, 0.001, 0, 0.3);
  assert.deepEqual(scan(near).filter((e) => e.kind === 'loitering'), []);
  assert.equal(scan(near, { loiteringShoreNm: 0 }).filter((e) => e.kind === 'loitering').length, 1);
  // A satellite's sparse view of a drifting ship (a report every 2 h) is one run; a ship that comes back
  // 30 nm away after 3 h was not loitering in between.
  assert.equal(scan(track(477000003, T0, 8, 120, 20, -150, 0.005, 0, 0.5)).filter((e) => e.kind === 'loitering').length, 1);
  const moved = [...track(477000004, T0, 3, 10, 20, -150, 0.002, 0, 0.5), ...track(477000004, T0 + 6 * H, 3, 10, 20.5, -150, 0.002, 0, 0.5)];
  assert.deepEqual(scan(moved).filter((e) => e.kind === 'loitering'), []);
});

test('loitering events partition across windows like the others', () => {
  // Events no longer than the overlap (14 h): a longer one would be seen truncated, as docs/ships.md says.
  const rows = [...track(477000005, T0 + 20 * H, 7, 5, 20, -150, 0.004, 0, 0.6), ...track(477000006, T0 + 2 * H, 11, 5, 21, -151, 0.01, 0.01, 1.5)].sort((a, b) => a.split(',')[1]!.localeCompare(b.split(',')[1]!));
  const whole = scan(rows);
  assert.equal(whole.filter((e) => e.kind === 'loitering').length, 2, JSON.stringify(whole));
  for (const hours of [1, 6]) {
    const got: ShipEvent[] = [];
    for (let from = T0; from < T0 + 40 * H; from += hours * H) got.push(...scan(rows, { from, to: from + hours * H, overlapHours: 14 }));
    assert.deepEqual(got, whole, `${hours} h windows`);
  }
});

test('the antimeridian: an encounter drifting across 180 degrees is one encounter there, and fast tracks across it raise nothing', () => {
  // Two vessels drifting east at 0.5 kn across 180 at 30 N, 150 nm from Kure and Midway.
  // Vessel a reports every 7 min from 00:02: the 01:00 grid instant falls between 179.9997 and -179.9992.
  const a = track(477000011, T0 + 2 * 60000, 3, 7, 30, 179.99, 0, 0.01, 0.5);
  const b = track(538000012, T0 + 60000, 3, 5, 30.002, 179.991, 0, 0.01, 0.5);
  // A ship crossing at 12 kn, and one whose reports straddle 180 an hour apart.
  const c = track(636000013, T0, 6, 10, 31, 179, 0.01, 0.23, 12);
  const ev = scan([...a, ...b, ...c].sort((x, y) => x.split(',')[1]!.localeCompare(y.split(',')[1]!)));
  assert.deepEqual(ev.map((e) => e.kind), ['encounter'], JSON.stringify(ev));
  const e = ev[0]!;
  assert.ok(Math.abs(Math.abs(e.lon) - 180) < 0.05, `mean position ${e.lon} lies at 180, not 0`);
  assert.ok(e.durationHours >= 2.5 && (e.evidence.minDistanceM as number) < 300, JSON.stringify(e));
});

test('one MMSI at two places at the same instant is spoofing: an identity event that says so', () => {
  const rows = [
    `412000021,${iso(T0)},25,125,10`, `412000021,${iso(T0 + 10 * 60000)},25.03,125,10`,
    `412000021,${iso(T0 + 10 * 60000)},27,128,10`, // the same instant, 370 km away
    `412000021,${iso(T0 + 20 * 60000)},25.06,125,10`,
  ];
  const id = scan(rows).filter((e) => e.kind === 'identity');
  assert.equal(id.length, 1);
  assert.equal(id[0]!.evidence.check, 'impossible-speed');
  assert.deepEqual([id[0]!.evidence.spoofing, id[0]!.evidence.sameInstant, id[0]!.evidence.fastestKnots], [true, 1, 'instant']);
  assert.match(String(id[0]!.evidence.reason), /at two places at the same instant/);
  // Two reports 2 minutes apart 300 km apart: no ship goes 4,800 kn; spoofed or shared, said so too.
  const fast = scan([`412000022,${iso(T0)},25,125,10`, `412000022,${iso(T0 + 2 * 60000)},27.7,125,10`]).filter((e) => e.kind === 'identity');
  assert.deepEqual([fast.length, fast[0]?.evidence.spoofing, fast[0]?.evidence.sameInstant], [1, true, 0]);
});

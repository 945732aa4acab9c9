/**
 * A seeded synthetic AIS day: vessels crossing open sea at 8-14 knots, some pairs meeting for a few
 * hours at walking pace (ship-to-ship transfers), some vessels going dark. The benchmark writes millions
 * of rows of it; the window tests a small one. Every position is a pure function of the seed.
 */
import { seededRandom } from './seeded-random.ts';

export interface PlannedEncounter {
  a: number; // vessel index
  b: number;
  startH: number; // hours after the start
  hours: number;
}

export interface PlannedGap {
  v: number;
  startH: number;
  hours: number;
}

export interface DayPlan {
  seed: number;
  vessels: number;
  stepSec: number;
  start: number; // ms
  hours: number;
  encounters: PlannedEncounter[];
  gaps: PlannedGap[];
  /** MMSI of vessel i (default 100000000 + ... spread over real MIDs). */
  mmsi?: (i: number) => number;
}

const MIDS = [351, 353, 370, 412, 413, 477, 538, 636, 563, 273, 440, 431];

export function defaultMmsi(i: number): number {
  return MIDS[i % MIDS.length]! * 1000000 + 100000 + i;
}

interface Motion {
  lat: number;
  lon: number;
  vLat: number; // degrees per hour
  vLon: number;
  meet?: { t0: number; t1: number; lat: number; lon: number; vLat2: number; vLon2: number };
  offset: number; // first report, seconds after start
}

function plan(p: DayPlan): Motion[] {
  const rnd = seededRandom(p.seed);
  const motions: Motion[] = [];
  for (let i = 0; i < p.vessels; i++) {
    // Open sea between the Philippines and Hawaii-ish latitudes: far from every port in the index.
    const lat = 10 + rnd() * 20;
    const lon = 145 + rnd() * 25;
    const kn = 8 + rnd() * 6;
    const dir = rnd() * 2 * Math.PI;
    const degPerH = (kn * 1852) / 111000;
    motions.push({ lat, lon, vLat: degPerH * Math.cos(dir), vLon: (degPerH * Math.sin(dir)) / Math.cos((lat * Math.PI) / 180), offset: rnd() * p.stepSec });
  }
  for (const e of p.encounters) {
    const a = motions[e.a]!;
    const b = motions[e.b]!;
    const lat = 12 + rnd() * 16;
    const lon = 150 + rnd() * 15;
    const t0 = e.startH;
    const t1 = e.startH + e.hours;
    a.meet = { t0, t1, lat, lon, vLat2: -a.vLat, vLon2: a.vLon };
    b.meet = { t0, t1, lat: lat + 0.0015, lon: lon + 0.0005, vLat2: b.vLat, vLon2: -b.vLon };
  }
  return motions;
}

function at(m: Motion, h: number): { lat: number; lon: number; sog: number } {
  const e = m.meet;
  if (!e) return { lat: m.lat + m.vLat * h, lon: m.lon + m.vLon * h, sog: speed(m.vLat, m.vLon, m.lat) };
  if (h < e.t0) return { lat: e.lat + m.vLat * (h - e.t0), lon: e.lon + m.vLon * (h - e.t0), sog: speed(m.vLat, m.vLon, e.lat) };
  if (h > e.t1) {
    const drift = (e.t1 - e.t0) * 0.004;
    return { lat: e.lat + drift + e.vLat2 * (h - e.t1), lon: e.lon + e.vLon2 * (h - e.t1), sog: speed(e.vLat2, e.vLon2, e.lat) };
  }
  // Drifting together at about half a knot.
  return { lat: e.lat + (h - e.t0) * 0.004, lon: e.lon, sog: 0.5 };
}

function speed(vLat: number, vLon: number, lat: number): number {
  const dLat = vLat * 111000;
  const dLon = vLon * 111000 * Math.cos((lat * Math.PI) / 180);
  return Math.round((Math.hypot(dLat, dLon) / 1852) * 10) / 10;
}

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/** CSV rows (header first), in time order slice by slice, as a feed delivers them. */
export function* dayCsv(p: DayPlan): Generator<string> {
  const motions = plan(p);
  const mmsi = p.mmsi ?? defaultMmsi;
  yield 'mmsi,timestamp,lat,lon,sog';
  const slices = Math.round((p.hours * 3600) / p.stepSec);
  for (let j = 0; j < slices; j++) {
    for (let i = 0; i < motions.length; i++) {
      const m = motions[i]!;
      const sec = j * p.stepSec + m.offset;
      const h = sec / 3600;
      if (p.gaps.some((g) => g.v === i && h >= g.startH && h < g.startH + g.hours)) continue;
      const pos = at(m, h);
      const t = new Date(p.start + Math.round(sec) * 1000).toISOString().replace('.000Z', 'Z');
      yield `${mmsi(i)},${t},${pos.lat.toFixed(5)},${wrap(pos.lon).toFixed(5)},${pos.sog}`;
    }
  }
}

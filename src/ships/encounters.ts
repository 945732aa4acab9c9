/**
 * Encounters (Global Fishing Watch's definition, Miller et al. 2018): on the resampled grid, two vessels
 * within `encounterMetres` at consecutive instants for at least `encounterHours`, both with a median
 * speed under `encounterMaxKnots` over that time, the encounter's mean position at least
 * `portExclusionKm` from any port. Encounters of one pair less than `mergeHours` apart are one. The grid
 * is absolute (not per day), so an encounter across midnight is one encounter.
 */
import { distanceM, lonDelta, meanLon, normalLon } from './geo.ts';
import type { PortIndex } from './ports.ts';
import type { Resampled } from './resample.ts';
import type { ScanOptions } from './scan-options.ts';

export interface Encounter {
  a: number;
  b: number;
  startK: number;
  endK: number;
  lat: number;
  lon: number;
  medianKnots: [number, number];
  minDistanceM: number;
  nearestPortKm: number | null;
  runs: number;
}

interface Close {
  k: number[];
  lat: number[];
  lon: number[];
  sa: number[];
  sb: number[];
  d: number[];
}

// Cells of 0.01 degree (about 1.1 km of latitude): a pair within 500 m sits in neighbouring cells.
const CELL = 0.01;
const COLS = Math.round(360 / CELL);
// Columns wrap: the cells either side of 180 degrees are neighbours.
const colOf = (lon: number) => (Math.floor((lon + 180) / CELL) + COLS) % COLS;

/** All close pairs at every grid instant, grouped by pair. */
function closePairs(tracks: Map<number, Resampled>, maxM: number): Map<number, Map<number, Close>> {
  // Instant -> the vessels present then (index into their resampled arrays).
  const byK = new Map<number, { mmsi: number; r: Resampled; i: number }[]>();
  for (const [mmsi, r] of tracks) {
    for (let i = 0; i < r.k.length; i++) {
      let l = byK.get(r.k[i]!);
      if (!l) byK.set(r.k[i]!, (l = []));
      l.push({ mmsi, r, i });
    }
  }
  const pairs = new Map<number, Map<number, Close>>();
  const reachLat = Math.ceil(maxM / 111000 / CELL);
  for (const [k, list] of byK) {
    if (list.length < 2) continue;
    const cells = new Map<number, number[]>();
    for (let x = 0; x < list.length; x++) {
      const e = list[x]!;
      const key = Math.floor((e.r.lat[e.i]! + 90) / CELL) * 40000 + colOf(e.r.lon[e.i]!);
      let c = cells.get(key);
      if (!c) cells.set(key, (c = []));
      c.push(x);
    }
    for (let x = 0; x < list.length; x++) {
      const e = list[x]!;
      const la = e.r.lat[e.i]!;
      const lo = e.r.lon[e.i]!;
      const row = Math.floor((la + 90) / CELL);
      const col = colOf(lo);
      const cos = Math.max(0.01, Math.cos((Math.min(89.9, Math.abs(la) + reachLat * CELL) * Math.PI) / 180));
      const reachLon = Math.ceil(maxM / (111000 * cos) / CELL);
      for (let dr = -reachLat; dr <= reachLat; dr++) {
        for (let dc = -reachLon; dc <= reachLon; dc++) {
          const c = cells.get((row + dr) * 40000 + ((col + dc + COLS) % COLS));
          if (!c) continue;
          for (const y of c) {
            const f = list[y]!;
            if (f.mmsi <= e.mmsi) continue; // each pair once, a < b
            const d = distanceM(la, lo, f.r.lat[f.i]!, f.r.lon[f.i]!);
            if (d > maxM) continue;
            let m = pairs.get(e.mmsi);
            if (!m) pairs.set(e.mmsi, (m = new Map()));
            let p = m.get(f.mmsi);
            if (!p) m.set(f.mmsi, (p = { k: [], lat: [], lon: [], sa: [], sb: [], d: [] }));
            p.k.push(k);
            p.lat.push((la + f.r.lat[f.i]!) / 2);
            p.lon.push(normalLon(lo + lonDelta(lo, f.r.lon[f.i]!) / 2));
            p.sa.push(e.r.sog[e.i]!);
            p.sb.push(f.r.sog[f.i]!);
            p.d.push(d);
          }
        }
      }
    }
  }
  return pairs;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function findEncounters(tracks: Map<number, Resampled>, ports: PortIndex, o: ScanOptions): Encounter[] {
  const stepMs = o.stepMinutes * 60000;
  const out: Encounter[] = [];
  for (const [a, m] of closePairs(tracks, o.encounterMetres)) {
    for (const [b, c] of m) {
      const order = c.k.map((_, i) => i).sort((x, y) => c.k[x]! - c.k[y]!);
      const qualifying: { s: number; e: number; idx: number[] }[] = [];
      let run: number[] = [];
      const flush = () => {
        if (run.length === 0) return;
        const s = c.k[run[0]!]!;
        const e = c.k[run[run.length - 1]!]!;
        const sa = median(run.map((i) => c.sa[i]!));
        const sb = median(run.map((i) => c.sb[i]!));
        if ((e - s) * stepMs >= o.encounterHours * 3600000 && sa < o.encounterMaxKnots && sb < o.encounterMaxKnots) {
          const lat = mean(run.map((i) => c.lat[i]!));
          const lon = meanLon(run.map((i) => c.lon[i]!));
          if (!ports.nearest(lat, lon, o.portExclusionKm * 1000)) qualifying.push({ s, e, idx: run });
        }
        run = [];
      };
      for (const i of order) {
        if (run.length > 0 && c.k[i]! !== c.k[run[run.length - 1]!]! + 1) flush();
        run.push(i);
      }
      flush();
      // Merge qualifying encounters of this pair less than mergeHours apart.
      let cur: { s: number; e: number; idx: number[]; runs: number } | undefined;
      const emit = () => {
        if (!cur) return;
        const idx = cur.idx;
        const lat = mean(idx.map((i) => c.lat[i]!));
        const lon = meanLon(idx.map((i) => c.lon[i]!));
        const near = ports.nearest(lat, lon, 200000);
        out.push({
          a, b, startK: cur.s, endK: cur.e, lat, lon,
          medianKnots: [median(idx.map((i) => c.sa[i]!)), median(idx.map((i) => c.sb[i]!))],
          minDistanceM: Math.min(...idx.map((i) => c.d[i]!)),
          nearestPortKm: near ? near.distanceM / 1000 : null,
          runs: cur.runs,
        });
      };
      for (const q of qualifying) {
        if (cur && (q.s - cur.e) * stepMs < o.mergeHours * 3600000) {
          cur.e = q.e;
          cur.idx = cur.idx.concat(q.idx);
          cur.runs++;
        } else {
          emit();
          cur = { ...q, runs: 1 };
        }
      }
      emit();
    }
  }
  return out;
}

function mean(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

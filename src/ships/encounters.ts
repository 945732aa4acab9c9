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

// A degree of latitude is at least this long (the meridian arc at the equator), so two positions
// within maxM metres are never more than maxM / MIN_M_PER_DEG degrees of latitude apart.
const MIN_M_PER_DEG = 110574;

/**
 * All close pairs at every grid instant, grouped by pair. The instants' positions are put in order of
 * instant (a counting sort), then of latitude; a sweep compares each position only with those a few
 * hundred metres of latitude further on. Longitude needs no grid: the great-circle distance decides,
 * across the antimeridian too.
 */
function closePairs(tracks: Map<number, Resampled>, maxM: number): Map<number, Map<number, Close>> {
  const rs: Resampled[] = [];
  const mmsis: number[] = [];
  let kMin = Infinity;
  let kMax = -Infinity;
  let total = 0;
  for (const [mmsi, r] of tracks) {
    if (r.k.length === 0) continue;
    rs.push(r);
    mmsis.push(mmsi);
    kMin = Math.min(kMin, r.k[0]!);
    kMax = Math.max(kMax, r.k[r.k.length - 1]!);
    total += r.k.length;
  }
  const pairs = new Map<number, Map<number, Close>>();
  if (total === 0) return pairs;
  // Counting sort by instant: at[start[k - kMin] ...] hold (vessel, index) of every position at k.
  const start = new Int32Array(kMax - kMin + 2);
  for (const r of rs) for (let i = 0; i < r.k.length; i++) start[r.k[i]! - kMin + 1]!++;
  for (let k = 0; k < start.length - 1; k++) start[k + 1]! += start[k]!;
  const fill = start.slice();
  const vessel = new Int32Array(total);
  const index = new Int32Array(total);
  rs.forEach((r, v) => {
    for (let i = 0; i < r.k.length; i++) {
      const at = fill[r.k[i]! - kMin]!++;
      vessel[at] = v;
      index[at] = i;
    }
  });
  const reach = maxM / MIN_M_PER_DEG;
  const lat = new Float64Array(total);
  const order: number[] = [];
  for (let k = 0; k < start.length - 1; k++) {
    const [from, to] = [start[k]!, start[k + 1]!];
    if (to - from < 2) continue;
    order.length = 0;
    for (let x = from; x < to; x++) {
      lat[x] = rs[vessel[x]!]!.lat[index[x]!]!;
      order.push(x);
    }
    order.sort((a, b) => lat[a]! - lat[b]!);
    for (let p = 0; p < order.length; p++) {
      const x = order[p]!;
      const ex = rs[vessel[x]!]!;
      const ix = index[x]!;
      for (let q = p + 1; q < order.length && lat[order[q]!]! - lat[x]! <= reach; q++) {
        const y = order[q]!;
        const ey = rs[vessel[y]!]!;
        const iy = index[y]!;
        const d = distanceM(ex.lat[ix]!, ex.lon[ix]!, ey.lat[iy]!, ey.lon[iy]!);
        if (d > maxM) continue;
        // Each pair once, the lower MMSI first.
        const [a, ia, ra, b, ib, rb] = mmsis[vessel[x]!]! < mmsis[vessel[y]!]! ? [mmsis[vessel[x]!]!, ix, ex, mmsis[vessel[y]!]!, iy, ey] : [mmsis[vessel[y]!]!, iy, ey, mmsis[vessel[x]!]!, ix, ex];
        let m = pairs.get(a);
        if (!m) pairs.set(a, (m = new Map()));
        let c = m.get(b);
        if (!c) m.set(b, (c = { k: [], lat: [], lon: [], sa: [], sb: [], d: [] }));
        c.k.push(k + kMin);
        c.lat.push((ra.lat[ia]! + rb.lat[ib]!) / 2);
        c.lon.push(normalLon(ra.lon[ia]! + lonDelta(ra.lon[ia]!, rb.lon[ib]!) / 2));
        c.sa.push(ra.sog[ia]!);
        c.sb.push(rb.sog[ib]!);
        c.d.push(d);
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

/**
 * Collects what a scan needs while the input streams by: the positions inside the window (plus its
 * overlap) per vessel, and for every vessel a few facts per UTC day (first and last seen, the IMO
 * numbers, flags and names it gave). Positions outside the window are dropped as they arrive, so memory
 * follows the window; the daily facts are a handful of values per vessel and day.
 */
import { distanceM } from './geo.ts';
import type { PositionRow, PositionSink, StaticRow } from './read-positions.ts';

export interface Track {
  mmsi: number;
  t: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  /** Knots; NaN where the feed gave none. */
  sog: Float64Array;
  /** Reports at the same instant as the one kept, far from it: one MMSI in two places at once. */
  sameInstant?: { t: number; lat: number; lon: number; lat2: number; lon2: number }[];
}

/** The vessel's identity: the first value of each field in time order over the whole input. */
export interface Identity {
  imo?: { v: string; t: number };
  name?: { v: string; t: number };
  callsign?: { v: string; t: number };
  flag?: { v: string; t: number };
}

export interface DayFacts {
  mmsi: number;
  day: number; // ms at 00:00 UTC
  first: number;
  last: number;
  lat: number;
  lon: number;
  imos: Map<string, number>; // value -> first time that day
  badImos: Map<string, number>;
  flags: Map<string, number>;
  names: Map<string, number>;
}

const DAY = 86400000;

/**
 * A track as it is read: typed columns that double when full. Their memory lies outside the JavaScript
 * heap, so the collector never copies millions of positions about (bench:ais, docs/ships.md).
 */
class GrowingTrack {
  n = 0;
  t: Float64Array = new Float64Array(16);
  lat: Float64Array = new Float64Array(16);
  lon: Float64Array = new Float64Array(16);
  sog: Float64Array = new Float64Array(16);

  constructor(readonly mmsi: number) {}

  push(p: PositionRow): void {
    if (this.n === this.t.length) this.grow();
    const n = this.n++;
    this.t[n] = p.t;
    this.lat[n] = p.lat;
    this.lon[n] = p.lon;
    this.sog[n] = p.sog;
  }

  private grow(): void {
    this.t = twice(this.t);
    this.lat = twice(this.lat);
    this.lon = twice(this.lon);
    this.sog = twice(this.sog);
  }

  /** The positions read so far (views, not copies). */
  track(): Track {
    const n = this.n;
    return { mmsi: this.mmsi, t: this.t.subarray(0, n), lat: this.lat.subarray(0, n), lon: this.lon.subarray(0, n), sog: this.sog.subarray(0, n) };
  }
}

function twice(a: Float64Array): Float64Array {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}

export class TrackStore implements PositionSink {
  private readonly growing = new Map<number, GrowingTrack>();
  readonly identities = new Map<number, Identity>();
  readonly days = new Map<string, DayFacts>();
  // The day facts a vessel's last position went to: consecutive positions almost always share it.
  private readonly lastFacts = new Map<number, DayFacts>();
  private readonly vessels = new Map<number, { track: GrowingTrack | undefined; facts: DayFacts | undefined }>();
  /** NMEA static reports carry no time: they hold for every day of the vessel. */
  readonly timeless = new Map<number, StaticRow[]>();
  positions = 0;
  noFix = 0;

  constructor(
    private readonly lo: number,
    private readonly hi: number,
    private readonly dayLo: number,
    private readonly dayHi: number,
  ) {}

  position(p: PositionRow): void {
    this.positions++;
    // 0 N 0 E is what a receiver without a fix reports ("null island"), not a place a ship is.
    if (p.lat === 0 && p.lon === 0) {
      this.noFix++;
      return;
    }
    // One lookup per position: the vessel's track and the day facts its last position went to.
    let v = this.vessels.get(p.mmsi);
    if (!v) this.vessels.set(p.mmsi, (v = { track: undefined, facts: undefined }));
    if (p.t >= this.lo && p.t < this.hi) {
      let tr = v.track;
      if (!tr) this.growing.set(p.mmsi, (tr = v.track = new GrowingTrack(p.mmsi)));
      tr.push(p);
    }
    const last = v.facts;
    const f = last !== undefined && p.t >= last.day && p.t < last.day + DAY ? last : (v.facts = this.dayOf(p.mmsi, p.t));
    if (!f) return;
    if (p.t < f.first) {
      f.first = p.t;
      f.lat = p.lat;
      f.lon = p.lon;
    }
    if (p.t > f.last) f.last = p.t;
  }

  /** The vessels with positions in the window. */
  get vesselCount(): number {
    return this.growing.size;
  }

  /** Every vessel's positions in the window, in the order read. */
  *tracks(): Generator<Track> {
    for (const g of this.growing.values()) yield g.track();
  }

  static(s: StaticRow): void {
    const id = this.identities.get(s.mmsi) ?? {};
    this.identities.set(s.mmsi, id);
    const t = s.t ?? -Infinity;
    for (const k of ['imo', 'name', 'callsign', 'flag'] as const) {
      const v = s[k];
      if (v !== undefined && (id[k] === undefined || t < id[k]!.t)) id[k] = { v, t };
    }
    if (s.t === undefined) {
      const list = this.timeless.get(s.mmsi) ?? [];
      list.push(s);
      this.timeless.set(s.mmsi, list);
      return;
    }
    const f = this.dayOf(s.mmsi, s.t);
    if (f) addStatic(f, s, s.t);
  }

  /** Apply time-less static reports to every day the vessel was seen. */
  finish(): void {
    for (const f of this.days.values()) {
      for (const s of this.timeless.get(f.mmsi) ?? []) addStatic(f, s, f.first);
    }
  }

  private dayOf(mmsi: number, t: number): DayFacts | undefined {
    const day = Math.floor(t / DAY) * DAY;
    if (day < this.dayLo || day >= this.dayHi) return undefined;
    const hit = this.lastFacts.get(mmsi);
    if (hit !== undefined && hit.day === day) return hit;
    const key = `${mmsi}|${day}`;
    let f = this.days.get(key);
    if (!f) {
      f = { mmsi, day, first: Infinity, last: -Infinity, lat: NaN, lon: NaN, imos: new Map(), badImos: new Map(), flags: new Map(), names: new Map() };
      this.days.set(key, f);
    }
    this.lastFacts.set(mmsi, f);
    return f;
  }
}

function addStatic(f: DayFacts, s: StaticRow, t: number): void {
  const put = (m: Map<string, number>, v: string | undefined) => {
    if (v !== undefined && !(m.get(v)! <= t)) m.set(v, t);
  };
  put(f.imos, s.imo);
  put(f.badImos, s.badImo);
  put(f.flags, s.flag);
  put(f.names, s.name);
}

/**
 * Sort a track by time (stable: of two reports at one instant the first read is kept). A report dropped
 * that way at least `apartM` from the one kept is noted: one MMSI in two places at the same instant.
 */
export function prepareTrack(tr: Track, apartM: number): Track {
  const n = tr.t.length;
  // Most tracks arrive in order with one report per instant: nothing to sort or drop, nothing to copy.
  let increasing = true;
  for (let i = 1; i < n; i++) if (tr.t[i]! <= tr.t[i - 1]!) { increasing = false; break; }
  if (increasing) return tr;
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((a, b) => tr.t[a]! - tr.t[b]! || a - b);
  const out: Track = { mmsi: tr.mmsi, t: new Float64Array(n), lat: new Float64Array(n), lon: new Float64Array(n), sog: new Float64Array(n) };
  let m = 0;
  for (const i of idx) {
    if (m > 0 && out.t[m - 1] === tr.t[i]) {
      if (distanceM(out.lat[m - 1]!, out.lon[m - 1]!, tr.lat[i]!, tr.lon[i]!) >= apartM) (out.sameInstant ??= []).push({ t: tr.t[i]!, lat: out.lat[m - 1]!, lon: out.lon[m - 1]!, lat2: tr.lat[i]!, lon2: tr.lon[i]! });
      continue;
    }
    out.t[m] = tr.t[i]!;
    out.lat[m] = tr.lat[i]!;
    out.lon[m] = tr.lon[i]!;
    out.sog[m] = tr.sog[i]!;
    m++;
  }
  return { ...out, t: out.t.subarray(0, m), lat: out.lat.subarray(0, m), lon: out.lon.subarray(0, m), sog: out.sog.subarray(0, m) };
}

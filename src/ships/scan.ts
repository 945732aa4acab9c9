/**
 * One scan of AIS positions: read (keeping only the window and its overlap), build tracks, find every
 * kind of event, keep those that start inside the window, oldest first. A window [from, to) read with an
 * overlap at least as long as any event (plus the merge gap) gives exactly the events of one pass over
 * the whole input that start in it, which is what lets a day be split across processes or machines.
 */
import { InterdictError } from '../errors/index.ts';
import { dailyFactEvents } from './daily-facts.ts';
import type { DesignatedVessels } from './designated-vessels.ts';
import { findEncounters } from './encounters.ts';
import { compareEvents, type EventVessel, type ShipEvent } from './event.ts';
import { flagOfMmsi } from './mid-flags.ts';
import { normalLon } from './geo.ts';
import type { PortIndex } from './ports.ts';
import { PositionReader, type PositionSink } from './read-positions.ts';
import { resample, type Resampled } from './resample.ts';
import { loadShore, type Shore } from './shore.ts';
import type { ScanOptions } from './scan-options.ts';
import { trackEvents } from './track-events.ts';
import { prepareTrack, TrackStore, type Identity } from './track-store.ts';
import type { NmeaCounts } from './read-nmea.ts';

const DAY = 86400000;

export interface ScanContext {
  ports: PortIndex;
  designated?: DesignatedVessels;
  /** The coastline; the shipped one (loaded on first need) when not given. */
  shore?: Shore;
}

export interface ScannedEvent {
  event: ShipEvent;
  /** A DPRK-flagged or designated vessel is involved: the event carries a `check` decision. */
  concern: boolean;
}

export interface ScanStats {
  positions: number;
  positionsInWindow: number;
  /** Positions at exactly 0 N 0 E (no GPS fix), dropped. */
  noFix: number;
  vessels: number;
  nmea?: NmeaCounts;
}

export interface ScanResult {
  events: ScannedEvent[];
  stats: ScanStats;
}

/** Feed lines with `push`, then `finish` for the events. */
export class Scan {
  private readonly store: TrackStore;
  private readonly reader: PositionReader;
  /** What the scan keeps: tracks from positions in [lo, hi), day facts of the days in [dayLo, dayHi). */
  readonly range: { lo: number; hi: number; dayLo: number; dayHi: number };

  constructor(
    private readonly o: ScanOptions,
    private readonly ctx: ScanContext,
  ) {
    if (o.from !== undefined && o.to !== undefined && o.to <= o.from) throw new InterdictError('SHIPS_BAD_FLAG', '--to must be after --from', { field: 'to' });
    const overlap = o.overlapHours * 3600000;
    const lo = o.from === undefined ? -Infinity : o.from - overlap;
    const hi = o.to === undefined ? Infinity : o.to + overlap;
    const dayLo = o.from === undefined ? -Infinity : Math.floor(o.from / DAY) * DAY;
    const dayHi = o.to === undefined ? Infinity : Math.ceil(o.to / DAY) * DAY;
    this.range = { lo, hi, dayLo, dayHi };
    this.store = new TrackStore(lo, hi, dayLo, dayHi);
    this.reader = new PositionReader(this.store);
  }

  push(line: string): void {
    this.reader.push(line);
  }

  /** One line as bytes, as `forEachLineBytes` gives it: the fast way to read a file (read-lines.ts). */
  pushBytes(b: Buffer, from: number, to: number): void {
    this.reader.pushBytes(b, from, to);
  }

  /** Positions and static reports already parsed (read back from the database), in the order read. */
  get sink(): PositionSink {
    return this.store;
  }

  finish(): ScanResult {
    const { o, ctx, store } = this;
    store.finish();
    const stepMs = o.stepMinutes * 60000;
    const resampled = new Map<number, Resampled>();
    const events: ScannedEvent[] = [];
    let given = ctx.shore;
    const shore = () => (given ??= loadShore());
    let inWindow = 0;
    for (const raw of store.tracks()) {
      const tr = prepareTrack(raw, o.minJumpKm * 1000);
      inWindow += raw.t.length;
      resampled.set(tr.mmsi, resample(tr, stepMs, o.interpolateHours * 3600000));
      for (const e of trackEvents(tr, ctx.ports, shore, o)) events.push(this.make(e.kind, [e.mmsi], e.start, e.end, e.lat, e.lon, e.evidence));
    }
    for (const e of findEncounters(resampled, ctx.ports, o)) {
      events.push(this.make('encounter', [e.a, e.b], e.startK * stepMs, e.endK * stepMs, e.lat, e.lon, {
        minDistanceM: Math.round(e.minDistanceM), medianKnots: e.medianKnots.map((x) => Math.round(x * 100) / 100),
        nearestPortKm: e.nearestPortKm === null ? null : Math.round(e.nearestPortKm * 10) / 10, merged: e.runs,
      }));
    }
    for (const e of dailyFactEvents(store.days.values(), ctx.designated)) events.push(this.make(e.kind, e.mmsis, e.start, e.end, e.lat, e.lon, e.evidence));
    const owned = events.filter((e) => {
      const t = Date.parse(e.event.start);
      return (o.from === undefined || t >= o.from) && (o.to === undefined || t < o.to);
    });
    owned.sort((a, b) => compareEvents(a.event, b.event));
    const stats: ScanStats = { positions: store.positions, positionsInWindow: inWindow, noFix: store.noFix, vessels: store.vesselCount };
    const counts = this.reader.counts();
    if (counts) stats.nmea = counts;
    return { events: owned, stats };
  }

  private make(kind: ShipEvent['kind'], mmsis: number[], start: number, end: number, lat: number, lon: number, evidence: Record<string, unknown>): ScannedEvent {
    const vessels = mmsis.map((m) => this.vessel(m));
    const concern = kind === 'designated' || vessels.some((v) => v.flag === 'KP' || this.isDesignated(v));
    const event: ShipEvent = {
      kind, vessels, start: iso(start), end: iso(end),
      lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(normalLon(lon) * 1e5) / 1e5,
      durationHours: Math.round(((end - start) / 3600000) * 100) / 100, evidence, reasons: [],
    };
    return { event, concern };
  }

  private vessel(mmsi: number): EventVessel {
    const id: Identity = this.store.identities.get(mmsi) ?? {};
    const mid = flagOfMmsi(mmsi);
    // Key order as CONTRACT §5 lists it: mmsi, imo, name, flag, flagSource.
    const out: Partial<EventVessel> & { mmsi: number } = { mmsi };
    if (id.imo) out.imo = id.imo.v;
    if (id.name) out.name = id.name.v;
    if (id.flag) return { ...out, flag: id.flag.v, flagSource: 'data' };
    if (mid) return { ...out, flag: mid, flagSource: 'mid' };
    return { ...out, flag: 'unknown', flagSource: 'unknown' };
  }

  private isDesignated(v: EventVessel): boolean {
    const d = this.ctx.designated;
    if (!d) return false;
    return d.match({ mmsi: v.mmsi, ...(v.imo ? { imo: v.imo } : {}), ...(v.name ? { name: v.name } : {}) }).some((m) => m.by !== 'imo-near-miss');
  }
}

export function iso(t: number): string {
  return new Date(t).toISOString().replace('.000Z', 'Z');
}

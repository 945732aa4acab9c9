/**
 * Events read off one vessel's own track: AIS gaps that start far from shore (going dark), one MMSI in
 * two places no ship could join — at the same instant, or faster than any ship between two reports
 * (spoofed, or two ships sharing it) — entries into a DPRK port, and loitering (loitering.ts).
 */
import { distanceM, knots, lonDelta } from './geo.ts';
import { loiteringEvents } from './loitering.ts';
import type { PortIndex } from './ports.ts';
import type { ScanOptions } from './scan-options.ts';
import type { Shore } from './shore.ts';
import type { Track } from './track-store.ts';
import { round, SHORE_EVIDENCE_NM, type RawEvent } from './raw-event.ts';

export type { RawEvent } from './raw-event.ts';

interface Jump {
  start: number;
  end: number;
  lat: number;
  lon: number;
  knots: number;
  km: number;
  instant: boolean;
}

export function trackEvents(tr: Track, ports: PortIndex, shore: () => Shore, o: ScanOptions): RawEvent[] {
  const out: RawEvent[] = [];
  const { t, lat, lon } = tr;
  const gapMs = o.gapHours * 3600000;
  const minJumpM = o.minJumpKm * 1000;
  const jumps: Jump[] = [];
  for (const s of tr.sameInstant ?? []) {
    jumps.push({ start: s.t, end: s.t, lat: s.lat, lon: s.lon, knots: Infinity, km: distanceM(s.lat, s.lon, s.lat2, s.lon2) / 1000, instant: true });
  }
  const minJumpDeg = minJumpM / 111320;
  for (let i = 1; i < t.length; i++) {
    const dt = t[i]! - t[i - 1]!;
    // Most steps are short and not gaps: a degree-box test spares the great-circle distance.
    const dLat = Math.abs(lat[i]! - lat[i - 1]!);
    const dLon = Math.abs(lonDelta(lon[i - 1]!, lon[i]!));
    if (dt < gapMs && dLat < minJumpDeg && dLon < minJumpDeg * Math.cos((Math.min(89, Math.abs(lat[i]!)) * Math.PI) / 180)) continue;
    const d = distanceM(lat[i - 1]!, lon[i - 1]!, lat[i]!, lon[i]!);
    if (dt >= gapMs) {
      const gap = aisGap(tr, i, d, ports, shore, o);
      if (gap) out.push(gap);
    }
    const v = knots(d, dt / 1000);
    if (v > o.maxKnots && d >= minJumpM) jumps.push({ start: t[i - 1]!, end: t[i]!, lat: lat[i - 1]!, lon: lon[i - 1]!, knots: v, km: d / 1000, instant: false });
  }
  out.push(...twoPlaces(tr.mmsi, jumps, o));
  out.push(...portCalls(tr, ports, o));
  out.push(...loiteringEvents(tr, ports, shore, o));
  return out;
}

/** A gap of at least gapHours that starts at least gapShoreNm from shore (nearer, a receiver's reach explains it). */
function aisGap(tr: Track, i: number, d: number, ports: PortIndex, shore: () => Shore, o: ScanOptions): RawEvent | undefined {
  const { t, lat, lon } = tr;
  const [la, lo] = [lat[i - 1]!, lon[i - 1]!];
  if (o.gapShoreNm > 0 && shore().within(la, lo, o.gapShoreNm)) return undefined;
  const dt = t[i]! - t[i - 1]!;
  const near = ports.nearest(la, lo, 200000);
  const shoreNm = shore().distanceNm(la, lo, SHORE_EVIDENCE_NM);
  return {
    kind: 'ais-gap', mmsi: tr.mmsi, start: t[i - 1]!, end: t[i]!, lat: la, lon: lo,
    evidence: {
      gapHours: round(dt / 3600000, 2), distanceKm: round(d / 1000), impliedKnots: round(knots(d, dt / 1000)), nearestPortKm: near ? round(near.distanceM / 1000) : null,
      resumedAt: { lat: lat[i], lon: lon[i] }, shoreNm: Number.isFinite(shoreNm) ? round(shoreNm) : null,
    },
  };
}

/** Jumps (same instant or impossible speed) less than mergeHours apart are one event. */
function twoPlaces(mmsi: number, jumps: Jump[], o: ScanOptions): RawEvent[] {
  const out: RawEvent[] = [];
  const mergeMs = o.mergeHours * 3600000;
  jumps.sort((a, b) => a.start - b.start);
  let cur: { first: Jump; end: number; n: number; instant: number; fastest: number; farthestKm: number } | undefined;
  const flush = () => {
    if (!cur) return;
    const { first } = cur;
    out.push({
      kind: 'identity', mmsi, start: first.start, end: cur.end, lat: first.lat, lon: first.lon,
      evidence: {
        check: 'impossible-speed', jumps: cur.n, fastestKnots: Number.isFinite(cur.fastest) ? round(cur.fastest) : 'instant', farthestKm: round(cur.farthestKm), maxKnots: o.maxKnots,
        spoofing: true, sameInstant: cur.instant,
        reason: cur.instant > 0 ? 'one MMSI at two places at the same instant: spoofed, or two ships sharing it' : 'one MMSI at two places no ship could join in the time between: spoofed, or two ships sharing it',
      },
    });
    cur = undefined;
  };
  for (const j of jumps) {
    if (cur && j.start - cur.end < mergeMs) {
      cur.end = Math.max(cur.end, j.end);
      cur.n++;
      cur.instant += j.instant ? 1 : 0;
      cur.fastest = Math.max(cur.fastest, j.knots);
      cur.farthestKm = Math.max(cur.farthestKm, j.km);
    } else {
      flush();
      cur = { first: j, end: j.end, n: 1, instant: j.instant ? 1 : 0, fastest: j.knots, farthestKm: j.km };
    }
  }
  flush();
  return out;
}

/** Port calls: a run of consecutive positions within portCallKm of one DPRK port. */
function portCalls(tr: Track, ports: PortIndex, o: ScanOptions): RawEvent[] {
  const out: RawEvent[] = [];
  const { t, lat, lon } = tr;
  const maxM = o.portCallKm * 1000;
  // Only positions inside the DPRK ports' bounding box (plus the radius) are measured against each port.
  const pad = maxM / 111320 + 0.01;
  const box = ports.dprk.reduce((b, p) => ({ s: Math.min(b.s, p.lat), n: Math.max(b.n, p.lat), w: Math.min(b.w, p.lon), e: Math.max(b.e, p.lon) }), { s: 90, n: -90, w: 180, e: -180 });
  const lonPad = pad / Math.max(0.01, Math.cos((Math.min(89, Math.max(Math.abs(box.s), Math.abs(box.n)) + pad) * Math.PI) / 180));
  let call: { port: string; start: number; end: number; lat: number; lon: number; closestKm: number } | undefined;
  const flushCall = () => {
    if (!call) return;
    out.push({ kind: 'port-call', mmsi: tr.mmsi, start: call.start, end: call.end, lat: call.lat, lon: call.lon, evidence: { port: call.port, country: 'KP', closestKm: round(call.closestKm, 2) } });
    call = undefined;
  };
  for (let i = 0; i < t.length; i++) {
    let best: { name: string; d: number } | undefined;
    const inBox = lat[i]! >= box.s - pad && lat[i]! <= box.n + pad && lon[i]! >= box.w - lonPad && lon[i]! <= box.e + lonPad;
    if (inBox) for (const p of ports.dprk) {
      const d = distanceM(lat[i]!, lon[i]!, p.lat, p.lon);
      if (d <= maxM && (!best || d < best.d)) best = { name: p.name, d };
    }
    if (best && call && call.port === best.name) {
      call.end = t[i]!;
      call.closestKm = Math.min(call.closestKm, best.d / 1000);
    } else {
      flushCall();
      if (best) call = { port: best.name, start: t[i]!, end: t[i]!, lat: lat[i]!, lon: lon[i]!, closestKm: best.d / 1000 };
    }
  }
  flushCall();
  return out;
}

/**
 * Events read off one vessel's own track: AIS gaps (going dark), one MMSI jumping faster than any ship
 * (two ships sharing it), and entries into a DPRK port.
 */
import { distanceM, knots } from './geo.ts';
import type { PortIndex } from './ports.ts';
import type { ScanOptions } from './scan-options.ts';
import type { Track } from './track-store.ts';

export interface RawEvent {
  kind: 'ais-gap' | 'identity' | 'port-call';
  mmsi: number;
  start: number;
  end: number;
  lat: number;
  lon: number;
  evidence: Record<string, unknown>;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

export function trackEvents(tr: Track, ports: PortIndex, o: ScanOptions): RawEvent[] {
  const out: RawEvent[] = [];
  const { t, lat, lon } = tr;
  const gapMs = o.gapHours * 3600000;
  const mergeMs = o.mergeHours * 3600000;
  let jumps: { start: number; end: number; lat: number; lon: number; n: number; fastest: number; farthestKm: number } | undefined;
  const flushJumps = () => {
    if (!jumps) return;
    out.push({
      kind: 'identity', mmsi: tr.mmsi, start: jumps.start, end: jumps.end, lat: jumps.lat, lon: jumps.lon,
      evidence: { check: 'impossible-speed', jumps: jumps.n, fastestKnots: Number.isFinite(jumps.fastest) ? round(jumps.fastest) : 'instant', farthestKm: round(jumps.farthestKm), maxKnots: o.maxKnots },
    });
    jumps = undefined;
  };
  const minJumpDeg = (o.minJumpKm * 1000) / 111320;
  for (let i = 1; i < t.length; i++) {
    const dt = t[i]! - t[i - 1]!;
    // Most steps are short and not gaps: a degree-box test spares the great-circle distance.
    const dLat = Math.abs(lat[i]! - lat[i - 1]!);
    const dLon = Math.abs(lon[i]! - lon[i - 1]!);
    if (dt < gapMs && dLat < minJumpDeg && dLon < minJumpDeg * Math.cos((Math.min(89, Math.abs(lat[i]!)) * Math.PI) / 180)) continue;
    const d = distanceM(lat[i - 1]!, lon[i - 1]!, lat[i]!, lon[i]!);
    if (dt >= gapMs) {
      const near = ports.nearest(lat[i - 1]!, lon[i - 1]!, 200000);
      out.push({
        kind: 'ais-gap', mmsi: tr.mmsi, start: t[i - 1]!, end: t[i]!, lat: lat[i - 1]!, lon: lon[i - 1]!,
        evidence: { gapHours: round(dt / 3600000, 2), distanceKm: round(d / 1000), impliedKnots: round(knots(d, dt / 1000)), nearestPortKm: near ? round(near.distanceM / 1000) : null, resumedAt: { lat: lat[i], lon: lon[i] } },
      });
    }
    const v = knots(d, dt / 1000);
    if (v > o.maxKnots && d >= o.minJumpKm * 1000) {
      if (jumps && t[i - 1]! - jumps.end < mergeMs) {
        jumps.end = t[i]!;
        jumps.n++;
        jumps.fastest = Math.max(jumps.fastest, v);
        jumps.farthestKm = Math.max(jumps.farthestKm, d / 1000);
      } else {
        flushJumps();
        jumps = { start: t[i - 1]!, end: t[i]!, lat: lat[i - 1]!, lon: lon[i - 1]!, n: 1, fastest: v, farthestKm: d / 1000 };
      }
    }
  }
  flushJumps();
  // Port calls: a run of consecutive positions within portCallKm of one DPRK port.
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

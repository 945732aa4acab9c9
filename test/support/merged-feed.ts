/**
 * One set of synthetic tracks written two ways: as CSV, and as the merged NMEA feed an aggregator
 * delivers — three receivers with their own talkers (AI, BS, AB) and tag blocks (`c:` in seconds or
 * milliseconds, `s:`, `g:` groups), class A and class B vessels (types 1, 5, 18, 24 A/B), the same
 * transmission heard by two receivers, one receiver's lines arriving late, a base station standing
 * where vessels meet, and some noise. Positions are quantised to AIS's 1/10000 minute in both, so the
 * two must give the same events exactly.
 */
import { dayCsv, type DayPlan } from '../../bench/support/ais-day.ts';
import { baseStation, positionA, positionB, sentences, static24A, static24B, voyage } from './ais-encode.ts';

export interface VesselStatic {
  imo?: string;
  name: string;
  callsign: string;
}

interface Row {
  mmsi: number;
  t: number;
  lat: number;
  lon: number;
  sog: number;
}

const RECEIVERS = [
  { talker: 'AI', source: 'r1', ms: false },
  { talker: 'BS', source: '2573238', ms: false },
  { talker: 'AB', source: 'r3', ms: true },
];
/** Receiver 3 delivers its lines this late (a satellite or a batching aggregator). */
const LATE_MS = 45000;

const q = (x: number) => Math.round(x * 600000) / 600000;

/** Vessel i sends class B reports when i % 5 === 4. */
export const isClassB = (i: number) => i % 5 === 4;

export function mergedFeed(plan: DayPlan, statics: Map<number, VesselStatic>): { csv: string[]; nmea: string[] } {
  const rows: Row[] = [];
  const index = new Map<number, number>();
  for (const line of dayCsv(plan)) {
    const [m, ts, la, lo, sg] = line.split(',');
    if (m === 'mmsi') continue;
    const mmsi = Number(m);
    if (!index.has(mmsi)) index.set(mmsi, index.size);
    rows.push({ mmsi, t: Date.parse(ts!), lat: q(Number(la)), lon: q(Number(lo)), sog: Number(sg) });
  }
  const csv = ['mmsi,timestamp,lat,lon,sog,imo,name'];
  const timed: { at: number; lines: string[] }[] = [];
  const seen = new Set<number>();
  let seq = 0;
  rows.forEach((r, n) => {
    const i = index.get(r.mmsi)!;
    const rx = RECEIVERS[i % 3]!;
    const at = r.t + (i % 3 === 2 ? LATE_MS : 0);
    const tag = { talker: rx.talker, source: rx.source, time: r.t, ms: rx.ms, channel: n % 2 === 0 ? 'A' : 'B' };
    const s = statics.get(r.mmsi);
    const first = !seen.has(r.mmsi);
    seen.add(r.mmsi);
    csv.push(`${r.mmsi},${new Date(r.t).toISOString().replace('.000Z', 'Z')},${r.lat},${r.lon},${r.sog},${first && s?.imo ? s.imo : ''},${first && s ? s.name : ''}`);
    const lines: string[] = [];
    if (first && s) {
      if (isClassB(i)) lines.push(...sentences(static24A(r.mmsi, s.name), tag), ...sentences(static24B(r.mmsi, 37, s.callsign), tag));
      // Receiver 2 writes its multi-part messages as tag-block groups.
      else lines.push(...sentences(voyage(r.mmsi, Number(s.imo ?? 0), s.callsign, s.name), { ...tag, seq: seq++ % 10, ...(i % 3 === 1 ? { group: String(1000 + n) } : {}) }));
    }
    lines.push(...sentences((isClassB(i) ? positionB : positionA)(r.mmsi, r.lat, r.lon, r.sog), tag));
    // Every seventh transmission is heard by a second receiver in the same second.
    if (n % 7 === 0) {
      const other = RECEIVERS[(i + 1) % 3]!;
      lines.push(...sentences((isClassB(i) ? positionB : positionA)(r.mmsi, r.lat, r.lon, r.sog), { talker: other.talker, source: other.source, time: r.t, ms: other.ms }));
    }
    timed.push({ at, lines });
  });
  // A base station where the vessels meet: never a vessel, never an encounter.
  for (const r of rows.filter((_, n) => n % 50 === 0)) {
    timed.push({ at: r.t, lines: sentences(baseStation(2570001, r.lat, r.lon, r.t), { talker: 'BS', source: '2573238', time: r.t }) });
  }
  timed.sort((a, b) => a.at - b.at);
  const nmea: string[] = [];
  for (let n = 0; n < timed.length; n += 2) {
    // Two neighbours' sentences alternate: parts of messages from different receivers interleave.
    const a = timed[n]!.lines;
    const b = timed[n + 1]?.lines ?? [];
    for (let k = 0; k < Math.max(a.length, b.length); k++) nmea.push(...(k < a.length ? [a[k]!] : []), ...(k < b.length ? [b[k]!] : []));
    if (n % 998 === 0) nmea.push('!AIVDM,1,1,,A,13aDp<PP000IwSlN?Wm@0?wN2<1T,0*30', 'noise from a serial line', '$GPGSA,A,3,11,32,,,,,,,,,,,2.02,1.03,1.74*00');
  }
  return { csv, nmea };
}

/**
 * One set of synthetic tracks written two ways: as CSV, and as the merged NMEA feed an aggregator
 * delivers — three receivers with their own talkers (AI, BS, AB) and tag blocks (`c:` in seconds or
 * milliseconds, `s:`, `g:` groups), class A and class B vessels (types 1, 5, 18, 24 A/B), the same
 * transmission heard by two receivers, one receiver's lines arriving late, a base station standing
 * where vessels meet, and some noise. Positions are quantised to AIS's 1/10000 minute in both, so the
 * two must give the same events exactly.
 */
import { dayCsv, defaultMmsi, type DayPlan } from '../../bench/support/ais-day.ts';
import type { DesignatedVessels } from '../../src/ships/designated-vessels.ts';
import { loadPorts } from '../../src/ships/ports.ts';
import { Scan, type ScanResult } from '../../src/ships/scan.ts';
import { DEFAULT_SCAN_OPTIONS, type ScanOptions } from '../../src/ships/scan-options.ts';
import { baseStation, positionA, positionB, sentences, static24A, static24B, voyage } from './ais-encode.ts';

export interface VesselStatic {
  imo?: string;
  name: string;
  callsign: string;
}

/** The day the ship tests' tracks start: 1 March 2019, 00:00 UTC. */
export const T0 = Date.UTC(2019, 2, 1);
/** The DPRK-flagged tanker (MID 445) that is vessel 0 of the feed. */
export const DPRK = 445123000;

/**
 * The CSV day: 30 hours of 30 vessels with encounters across window edges (05:00-08:00 over 06:00,
 * 22:30-02:00 over midnight, and one of 1.2 h, under the threshold) and gaps across edges (vessel 5
 * dark 10:00-23:00 far out at sea, vessel 6 dark 16:00-05:00 next day near an island).
 */
export const dayPlan: DayPlan = {
  seed: 11, vessels: 30, stepSec: 240, start: T0, hours: 30,
  encounters: [{ a: 0, b: 1, startH: 22.5, hours: 3.5 }, { a: 2, b: 3, startH: 5, hours: 3 }, { a: 7, b: 8, startH: 13.2, hours: 1.2 }],
  gaps: [{ v: 5, startH: 10, hours: 13 }, { v: 6, startH: 16, hours: 13 }],
};

/** The merged feed's tracks: 20 hours of 15 vessels, the DPRK tanker meeting vessel 1, vessels 3 and 4 meeting, vessel 6 dark. */
export const feedPlan: DayPlan = {
  seed: 23, vessels: 15, stepSec: 150, start: T0, hours: 20,
  mmsi: (i) => (i === 0 ? DPRK : defaultMmsi(i)),
  encounters: [{ a: 0, b: 1, startH: 3, hours: 3 }, { a: 3, b: 4, startH: 9.5, hours: 2.5 }],
  gaps: [{ v: 6, startH: 2, hours: 13 }],
};

/** The static reports the feed's vessels may send, by vessel number (1 has a bad IMO check digit; 4 and 9 are class B). */
const FEED_STATICS: Record<number, VesselStatic> = {
  0: { imo: '8937675', name: 'TONG SAN 2', callsign: 'HMYV' },
  1: { imo: '9000001', name: 'BAD CHECK DIGIT', callsign: 'P1' },
  4: { name: 'CLASS B FOUR', callsign: 'B4' },
  7: { imo: '9074729', name: 'SEVEN', callsign: 'S7' },
  9: { name: 'CLASS B NINE', callsign: 'B9' },
};

/** The static reports of the feed's vessels `numbers` (each one of FEED_STATICS), keyed by MMSI. */
export function feedStatics(numbers: readonly number[]): Map<number, VesselStatic> {
  return new Map(numbers.map((i) => [feedPlan.mmsi!(i), FEED_STATICS[i]!]));
}

/** One pass of `ais scan` over `lines` with the default options (changed by `options`) and the bundled ports. */
export function scanLines(lines: Iterable<string>, options: Partial<ScanOptions> = {}, designated?: DesignatedVessels): ScanResult {
  const s = new Scan({ ...DEFAULT_SCAN_OPTIONS, ...options }, designated ? { ports: loadPorts(), designated } : { ports: loadPorts() });
  for (const l of lines) s.push(l);
  return s.finish();
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

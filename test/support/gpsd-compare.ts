/**
 * Our decoder against gpsd's, message by message. gpsd's decodes come either from its own regression
 * files (`*.chk`: each sentence echoed, then gpsd's JSON for it) or from Debian's `gpsdecode -u -j`
 * (`*.gpsdecode.json`, one JSON object per line). Fields are unscaled there (1/600000 degree, 0.1 kn;
 * type 27 in 1/600 degree and knots); `expected` turns them into our plain units.
 */
import { readFileSync } from 'node:fs';
import { decodeNmeaText } from '../../src/ships/decode-stream.ts';
import type { AisMessage } from '../../src/ships/decode-ais.ts';

export type Gpsd = Record<string, unknown> & { type: number; mmsi: number };

export const POSITION_TYPES = [1, 2, 3, 18, 19, 27];
export const STATIC_TYPES = [5, 24];
export const APART_TYPES = [4, 9, 11, 21];

/** gpsd's unscaled fields in our plain units; undefined where gpsd marks "not available". */
export function expected(g: Gpsd): Partial<AisMessage> {
  const n = (k: string) => g[k] as number | undefined;
  const e: Partial<AisMessage> = { type: g.type, mmsi: g.mmsi };
  // gpsd prints a position outside the globe as it came; a plain-units decoder leaves it out.
  const at = (scale: number) => {
    const [lat, lon] = [n('lat'), n('lon')];
    if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 * scale && Math.abs(lon) <= 180 * scale) {
      e.lat = n('lat')! / scale;
      e.lon = n('lon')! / scale;
    }
  };
  if (g.type === 27) {
    at(600);
    if (n('speed') !== 63) e.sog = n('speed');
    if (n('course')! < 360) e.cog = n('course');
  } else if ([1, 2, 3, 18, 19].includes(g.type)) {
    at(600000);
    if (n('speed') !== 1023) e.sog = n('speed')! / 10;
    if (n('course')! < 3600) e.cog = n('course')! / 10;
    if (n('heading')! < 360) e.heading = n('heading');
  } else if (g.type === 4 || g.type === 11) {
    at(600000);
    const ts = g.timestamp as string | undefined;
    // gpsd prints "not available" (year 0, hour 24, minute 60) and impossible dates as they came.
    if (ts && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/.test(ts) && !ts.startsWith('0000')) e.utc = ts;
  } else if (g.type === 9) {
    at(600000);
    if (n('alt') !== 4095) e.altitude = n('alt');
    if (n('speed') !== 1023) e.sog = n('speed');
    if (n('course')! < 3600) e.cog = n('course')! / 10;
  } else if (g.type === 21) {
    at(600000);
    e.aidType = n('aid_type');
    e.virtual = g.virtual_aid as boolean;
    if (g.name) e.name = g.name as string;
  }
  if (g.type === 5 && n('imo')) e.imo = n('imo');
  if ((g.type === 5 || g.type === 24) && g.callsign) e.callsign = g.callsign as string;
  if ((g.type === 5 || g.type === 19 || g.type === 24) && g.shipname) e.name = g.shipname as string;
  if ((g.type === 5 || g.type === 19 || g.type === 24) && n('shiptype')) e.shipType = n('shiptype');
  return e;
}

export function same(a: Partial<AisMessage>, b: Partial<AisMessage>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => k !== 'part'));
  for (const k of keys) {
    const x = a[k as keyof AisMessage];
    const y = b[k as keyof AisMessage];
    if (typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) > 1e-9 : x !== y) return false;
  }
  return true;
}

/** gpsd's AIS decodes in a `.chk` (only the decode right after an echoed sentence) or a gpsdecode file. */
export function readGpsd(file: string): Gpsd[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const chk = file.endsWith('.chk');
  const out: Gpsd[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('{"class":"AIS"')) continue;
    // gpsd's regression output may report a message again later; only the decode after a sentence counts.
    if (chk && !/^(\\.*\\)?![A-Z]{2}VD[MO]/.test(lines[i - 1] ?? '')) continue;
    out.push(JSON.parse(line) as Gpsd);
  }
  return out;
}

export interface Tally {
  compared: number;
  matched: number;
}

export interface Agreement {
  position: Tally;
  static: Tally;
  apart: Tally;
  /** Position and static reports we decode that gpsd does not. */
  oursOnly: number;
  mismatches: { gpsd: Partial<AisMessage>; ours: Partial<AisMessage> | undefined }[];
}

/** Every gpsd decode of a compared type, matched in order with ours of the same type, MMSI (and 24 part). */
export function agreement(captureText: string, gpsd: Gpsd[]): Agreement {
  const { messages } = decodeNmeaText(captureText);
  const queues = new Map<string, AisMessage[]>();
  const key = (type: number, mmsi: number) => `${type}|${mmsi}`;
  for (const m of messages) {
    // gpsd reports a type 24 once per part B (with the name of the part A it joined): compare those.
    if (m.type === 24 && m.part !== 'B') continue;
    const k = key(m.type, m.mmsi);
    let q = queues.get(k);
    if (!q) queues.set(k, (q = []));
    q.push(m);
  }
  const r: Agreement = { position: { compared: 0, matched: 0 }, static: { compared: 0, matched: 0 }, apart: { compared: 0, matched: 0 }, oursOnly: 0, mismatches: [] };
  for (const g of gpsd) {
    const tally = POSITION_TYPES.includes(g.type) ? r.position : STATIC_TYPES.includes(g.type) ? r.static : APART_TYPES.includes(g.type) ? r.apart : undefined;
    if (!tally) continue;
    tally.compared++;
    const ours = queues.get(key(g.type, g.mmsi))?.shift();
    const want = expected(g);
    if (ours && same(ours, want)) tally.matched++;
    else r.mismatches.push({ gpsd: want, ours });
  }
  for (const [k, q] of queues) if ([...POSITION_TYPES, ...STATIC_TYPES].includes(Number(k.split('|')[0]))) r.oursOnly += q.length;
  return r;
}

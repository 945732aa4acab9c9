/**
 * What a feed writes around an AIS sentence: NMEA 4.10 tag blocks before it
 * (`\s:2573535,c:1645560000*0C\!BSVDM,...`: `c:` receive time in seconds or milliseconds since 1970,
 * `s:` the source, `g:1-2-1234` (or NMEA 4.0's `1G2:1234`) a group of sentences), and the older US
 * Coast Guard style of comma-separated fields after the checksum (`...*hh,d-109,r003669946,1325394060`:
 * the station and then the logger's time in seconds). A tag block whose checksum fails is not trusted.
 */

export interface LineMeta {
  /** Receive time, ms since 1970. */
  time?: number;
  /** Receiving station (`s:`, or a USCG station field). */
  source?: string;
  /** Sentence group (`g:`): sentence `n` of `total`, group `id`. */
  group?: { n: number; total: number; id: string };
  /** A tag block was there but its checksum (or shape) is wrong: nothing in it is used. */
  bad?: true;
}

/** XOR of the characters in [from, to): the NMEA checksum. */
export function xorChecksum(s: string, from: number, to: number): number {
  let x = 0;
  for (let i = from; i < to; i++) x ^= s.charCodeAt(i);
  return x;
}

/** Two hex digits at `at`, else -1. */
export function hexByte(s: string, at: number): number {
  const h = s.slice(at, at + 2);
  return /^[0-9A-Fa-f]{2}$/.test(h) ? Number.parseInt(h, 16) : -1;
}

/** Seconds (10 digits, may have a fraction) or milliseconds (13 digits) since 1970 -> ms; else undefined. */
export function unixTime(v: string): number | undefined {
  if (!/^\d{9,13}(\.\d+)?$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 1e11 ? Math.round(n) : Math.round(n * 1000);
}

const GROUP_410 = /^(\d+)-(\d+)-(\w+)$/;
const GROUP_40 = /^(\d+)G(\d+)$/;

/** Read every tag block in `line` before `end` (the sentence start) into `meta`. */
export function readTagBlocks(line: string, end: number, meta: LineMeta): void {
  let at = line.indexOf('\\');
  while (at >= 0 && at < end) {
    const close = line.indexOf('\\', at + 1);
    if (close < 0 || close > end) break;
    readOne(line, at + 1, close, meta);
    at = line.indexOf('\\', close + 1);
  }
}

function readOne(line: string, from: number, to: number, meta: LineMeta): void {
  const star = line.lastIndexOf('*', to);
  if (star < from || star + 3 !== to || hexByte(line, star + 1) !== xorChecksum(line, from, star)) {
    meta.bad = true;
    return;
  }
  const found: LineMeta = {};
  for (const p of line.slice(from, star).split(',')) {
    const colon = p.indexOf(':');
    if (colon < 0) continue;
    const k = p.slice(0, colon);
    const v = p.slice(colon + 1);
    if (k === 'c') {
      const t = unixTime(v);
      if (t === undefined) {
        meta.bad = true;
        return;
      }
      found.time = t;
    } else if (k === 's') found.source = v;
    else if (k === 'g') {
      const g = GROUP_410.exec(v);
      if (g) found.group = { n: Number(g[1]), total: Number(g[2]), id: g[3]! };
    } else {
      const g = GROUP_40.exec(k);
      if (g) found.group = { n: Number(g[1]), total: Number(g[2]), id: v };
    }
  }
  Object.assign(meta, found);
}

const STATION = /^[rRbBD][A-Za-z0-9_-]*$/;
const TRAILING_TIME = /^\d{10}(\.\d*)?$/;

/** USCG fields after the sentence's checksum: the station (`r...`, `b...`) and the first bare time. */
export function readTrailer(line: string, from: number, meta: LineMeta): void {
  if (line.charCodeAt(from) !== 44 /* , */) return;
  let station: string | undefined;
  for (const f of line.slice(from + 1).split(',')) {
    if (TRAILING_TIME.test(f)) {
      meta.time ??= Math.round(Number(f) * 1000);
      break;
    }
    if (station === undefined && STATION.test(f)) station = f;
  }
  if (station !== undefined) meta.source ??= station;
}

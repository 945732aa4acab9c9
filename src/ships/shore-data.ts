/**
 * The coastline we ship (`data/shore/land-10m.bin.gz`): Natural Earth's 1:10m land polygons as the
 * `world-atlas` package quantises them (integer steps of its transform), written compactly so a scan
 * loads them in milliseconds rather than parsing 3 MB of JSON. Layout (then gzipped): the magic line,
 * a JSON header (transform, counts, where it came from), each ring's point count, then every ring's
 * points as zig-zag varint deltas of the quantised x (longitude) and y (latitude).
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const MAGIC = 'INTERDICT-SHORE-1\n';

export interface ShoreHeader {
  source: string;
  /** lon = x * scale[0] + translate[0]; lat = y * scale[1] + translate[1]. */
  scale: [number, number];
  translate: [number, number];
  rings: number;
  points: number;
}

export interface ShoreRings {
  header: ShoreHeader;
  /** Point count of each ring (closed: the last point repeats the first). */
  ringLength: Int32Array;
  /** Quantised coordinates, ring after ring. */
  x: Int32Array;
  y: Int32Array;
}

function putVarint(out: number[], v: number): void {
  let u = v;
  while (u >= 0x80) {
    out.push((u & 0x7f) | 0x80);
    u = Math.floor(u / 128);
  }
  out.push(u);
}

const zig = (v: number) => (v < 0 ? -2 * v - 1 : 2 * v);
const unzig = (u: number) => (u & 1 ? -(u + 1) / 2 : u / 2);

export function encodeShore(r: ShoreRings): Buffer {
  const body: number[] = [];
  for (let i = 0; i < r.ringLength.length; i++) putVarint(body, r.ringLength[i]!);
  let px = 0;
  let py = 0;
  for (let i = 0; i < r.x.length; i++) {
    putVarint(body, zig(r.x[i]! - px));
    putVarint(body, zig(r.y[i]! - py));
    px = r.x[i]!;
    py = r.y[i]!;
  }
  const head = Buffer.from(`${MAGIC}${JSON.stringify(r.header)}\n`, 'utf8');
  return gzipSync(Buffer.concat([head, Uint8Array.from(body)]), { level: 9 });
}

export function decodeShore(gz: Buffer): ShoreRings {
  const buf = gunzipSync(gz);
  const nl = buf.indexOf(10, MAGIC.length);
  if (buf.subarray(0, MAGIC.length).toString('utf8') !== MAGIC || nl < 0) throw new Error('not a shore data file');
  const header = JSON.parse(buf.subarray(MAGIC.length, nl).toString('utf8')) as ShoreHeader;
  let at = nl + 1;
  const next = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = buf[at++]!;
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  };
  const ringLength = new Int32Array(header.rings);
  for (let i = 0; i < header.rings; i++) ringLength[i] = next();
  const x = new Int32Array(header.points);
  const y = new Int32Array(header.points);
  let px = 0;
  let py = 0;
  for (let i = 0; i < header.points; i++) {
    px += unzig(next());
    py += unzig(next());
    x[i] = px;
    y[i] = py;
  }
  if (at !== buf.length) throw new Error('shore data file has trailing bytes');
  return { header, ringLength, x, y };
}

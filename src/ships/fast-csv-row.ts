/**
 * The shape feeds and exports write most: `mmsi,timestamp,lat,lon,sog` with a 9-digit MMSI, a
 * `YYYY-MM-DDTHH:MM:SSZ` time and plain decimals. Read straight from the file's bytes, without decoding
 * text, splitting the line or cutting substrings (what a scan of millions of rows spends most on;
 * bench:ais). Anything else — quotes, spaces, exponents, more digits than a double holds exactly, a day
 * after the 28th, any byte beyond ASCII — answers false, and the careful general path reads the row as
 * text (and names what is wrong with it).
 */
import type { PositionRow } from './read-positions.ts';

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A plain decimal in b[from, to): the same double `Number()` gives (an integer mantissa of at most 15
 * digits divided by an exact power of ten is correctly rounded), else NaN.
 */
export function plainDecimal(b: Uint8Array, from: number, to: number): number {
  let i = from;
  let neg = false;
  const c0 = b[i];
  if (c0 === 45 /* - */) {
    neg = true;
    i++;
  } else if (c0 === 43 /* + */) i++;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < to; i++) {
    const c = b[i]!;
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (dot) scale++;
    } else if (c === 46 /* . */ && !dot) dot = true;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const v = scale === 0 ? m : m / POW10[scale]!;
  return neg ? -v : v;
}

/** Two digits at i as a number, or a large negative number when either is not a digit. */
function d2(s: Uint8Array, i: number): number {
  const a = s[i]! - 48;
  const b = s[i + 1]! - 48;
  return a >>> 0 <= 9 && b >>> 0 <= 9 ? a * 10 + b : -100000;
}

/** The first `byte` in b[from, to), else -1. */
function find(b: Uint8Array, byte: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b[i] === byte) return i;
  return -1;
}

export class FastCsvRows {
  // Consecutive rows almost always share a date: its midnight is computed once.
  private dayKey = -1;
  private dayMs = 0;

  /** Fill `out` from the line b[from, to) and answer true, or false when the general path must read it. */
  read(b: Uint8Array, from: number, to: number, out: PositionRow): boolean {
    const c1 = from + 9;
    const c2 = c1 + 21;
    if (c2 >= to || b[c1] !== 44 || b[c2] !== 44) return false;
    const c3 = find(b, 44, c2 + 1, to);
    const c4 = c3 < 0 ? -1 : find(b, 44, c3 + 1, to);
    if (c4 < 0 || find(b, 44, c4 + 1, to) >= 0) return false;
    let mmsi = 0;
    for (let i = from; i < c1; i++) {
      const c = b[i]! - 48;
      if (c < 0 || c > 9) return false;
      mmsi = mmsi * 10 + c;
    }
    const t = this.time(b, c1 + 1);
    if (t < 0) return false;
    const lat = plainDecimal(b, c2 + 1, c3);
    const lon = plainDecimal(b, c3 + 1, c4);
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) return false;
    let sog = NaN;
    if (c4 + 1 < to) {
      sog = plainDecimal(b, c4 + 1, to);
      if (!(sog >= 0 && sog <= 102.2)) return false;
    }
    out.mmsi = mmsi;
    out.t = t;
    out.lat = lat;
    out.lon = lon;
    out.sog = sog;
    return true;
  }

  /** "YYYY-MM-DDTHH:MM:SSZ" at `at`, in ms; -1 for anything else (the careful path decides). */
  private time(s: Uint8Array, at: number): number {
    if (s[at + 4] !== 45 || s[at + 7] !== 45 || s[at + 10] !== 84 || s[at + 13] !== 58 || s[at + 16] !== 58 || s[at + 19] !== 90) return -1;
    const y = d2(s, at) * 100 + d2(s, at + 2);
    const mo = d2(s, at + 5);
    const d = d2(s, at + 8);
    const h = d2(s, at + 11);
    const mi = d2(s, at + 14);
    const se = d2(s, at + 17);
    // d2 is negative for a non-digit, so every field is checked from below too.
    if (!(y >= 1900 && mo >= 1 && mo <= 12 && d >= 1 && d <= 28 && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && se >= 0 && se <= 59)) return -1;
    const key = y * 10000 + mo * 100 + d;
    if (key !== this.dayKey) {
      this.dayKey = key;
      this.dayMs = Date.UTC(y, mo - 1, d);
    }
    return this.dayMs + h * 3600000 + mi * 60000 + se * 1000;
  }
}

/**
 * AIS positions from CSV, NDJSON or NMEA, validated row by row (a bad row is a coded error naming its
 * line and field; bad NMEA sentences are skipped and counted). Rows go to a sink as they are read, so
 * the caller decides what to keep (a window keeps only its own hours: memory follows the window).
 */
import { isUtf8 } from 'node:buffer';
import { InterdictError } from '../errors/index.ts';
import { isCountryCode } from '../geo/country-codes.ts';
import { normalizeImo } from '../geo/imo.ts';
import { duplicateKey } from '../io/json-duplicates.ts';
import { notUtf8Message } from '../io/utf8.ts';
import { FastCsvRows } from './fast-csv-row.ts';
import { NmeaPositionReader, type NmeaCounts } from './read-nmea.ts';
import { sanitize } from './sanitize.ts';

export interface PositionRow {
  mmsi: number;
  t: number; // ms since epoch
  lat: number;
  lon: number;
  sog: number; // NaN when not given
}

export interface StaticRow {
  mmsi: number;
  t?: number;
  imo?: string;
  /** An IMO field that is not seven digits (from NMEA, where it cannot be refused). */
  badImo?: string;
  name?: string;
  callsign?: string;
  flag?: string;
}

export interface PositionSink {
  /** `p` may be reused for the next row once this returns: copy what is kept. */
  position(p: PositionRow): void;
  static(s: StaticRow): void;
}

export type InputFormat = 'csv' | 'ndjson' | 'nmea';

export function detectFormat(firstLine: string): InputFormat {
  const s = firstLine.trimStart();
  if (s.startsWith('{')) return 'ndjson';
  if (/[!$][A-Z]{2}VD[MO]/.test(s) || s.startsWith('\\') || s.startsWith('!') || s.startsWith('$')) return 'nmea';
  return 'csv';
}

function bad(line: number, field: string, msg: string): never {
  throw new InterdictError('SHIPS_BAD_INPUT', msg, { record: `line ${line}`, field });
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]00:?00| ?UTC)?$/;

/** ISO 8601 UTC (Z or no zone; a non-zero offset is refused: the contract says UTC). */
export function parseTime(s: string, line: number): number {
  const fast = fastTime(s);
  if (fast !== undefined) return fast;
  const m = ISO.exec(s);
  if (!m) bad(line, 'timestamp', `is ${JSON.stringify(s)}, not an ISO 8601 UTC time`);
  const [y, mo, d, h, mi, se] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)];
  const t = Date.UTC(y, mo - 1, d, h, mi, se) + (m[7] ? Math.round(Number(m[7]) * 1000) : 0);
  const back = new Date(t);
  if (mo < 1 || mo > 12 || back.getUTCDate() !== d || h > 23 || mi > 59 || se > 59) bad(line, 'timestamp', `is ${JSON.stringify(s)}, not a real time`);
  return t;
}

const d2 = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;

/** "YYYY-MM-DDTHH:MM:SSZ", the shape feeds write, without a regular expression; else undefined. */
function fastTime(s: string): number | undefined {
  if (s.length !== 20 || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':' || s[19] !== 'Z') return undefined;
  const y = d2(s, 0) * 100 + d2(s, 2);
  const mo = d2(s, 5);
  const d = d2(s, 8);
  const h = d2(s, 11);
  const mi = d2(s, 14);
  const se = d2(s, 17);
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 28 && h <= 23 && mi <= 59 && se <= 59 && y >= 1900)) return undefined; // the careful path decides
  return Date.UTC(y, mo - 1, d, h, mi, se);
}

function num(v: unknown, line: number, field: string, lo: number, hi: number): number {
  // Decimal notation only: Number() would also read "0x1E" as 30.
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(n) || n < lo || n > hi) bad(line, field, `is ${JSON.stringify(v)}, not a number from ${lo} to ${hi}`);
  return n;
}

// What exports write for "no value" in an optional column.
const NO_VALUE = new Set(['', 'nan', 'null', 'none', 'na', 'n/a']);
function absent(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && NO_VALUE.has(v.trim().toLowerCase()));
}

function mmsiOf(v: unknown, line: number): number {
  // "445123000.0": a number column written by a dataframe.
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim().replace(/\.0+$/, '') : '';
  // A numeric column drops an MMSI's leading zeros (coast stations are 00...): up to nine digits.
  if (!/^\d{1,9}$/.test(s)) bad(line, 'mmsi', `is ${JSON.stringify(v)}, not an MMSI (9 digits)`);
  return Number(s);
}


function text(v: unknown, line: number, field: string): string | undefined {
  if (absent(v)) return undefined;
  if (typeof v !== 'string') bad(line, field, `must be text`);
  const s = sanitize(v).trim();
  return s === '' ? undefined : s;
}

/** One row's fields (CSV cells by name or an NDJSON object) -> position + static. */
function row(get: (k: string) => unknown, line: number, sink: PositionSink): void {
  const mmsi = mmsiOf(get('mmsi'), line);
  const ts = get('timestamp');
  if (typeof ts !== 'string') bad(line, 'timestamp', 'is missing');
  const t = parseTime(ts, line);
  const lat = num(get('lat'), line, 'lat', -90, 90);
  const lon = num(get('lon'), line, 'lon', -180, 180);
  const sogRaw = get('sog');
  // 102.3 kn is AIS's "not available".
  const sog = absent(sogRaw) || Number(sogRaw) === 102.3 ? NaN : num(sogRaw, line, 'sog', 0, 102.2);
  sink.position({ mmsi, t, lat, lon, sog });
  const imoRaw = get('imo');
  const name = text(get('name'), line, 'name');
  const callsign = text(get('callsign'), line, 'callsign');
  const flagRaw = text(get('flag'), line, 'flag');
  if (absent(imoRaw) && name === undefined && callsign === undefined && flagRaw === undefined) return;
  const s: StaticRow = { mmsi, t };
  if (!absent(imoRaw) && String(imoRaw) !== '0') {
    const imo = normalizeImo(imoRaw as string);
    if (!imo) bad(line, 'imo', `is ${JSON.stringify(imoRaw)}, not an IMO number (7 digits)`);
    s.imo = imo;
  }
  if (name) s.name = name;
  if (callsign) s.callsign = callsign;
  if (flagRaw) {
    const f = flagRaw.toUpperCase();
    if (!isCountryCode(f)) bad(line, 'flag', `is ${JSON.stringify(flagRaw)}, not an ISO 3166 alpha-2 country code`);
    s.flag = f;
  }
  sink.static(s);
}

/** Split one CSV line (RFC 4180 quotes; the fast path has none). */
export function splitCsv(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

// Header names some public exports use for our columns (e.g. US MarineCadastre: BaseDateTime, LAT, LON, VesselName).
const ALIASES: Record<string, string> = { latitude: 'lat', longitude: 'lon', basedatetime: 'timestamp', time: 'timestamp', vesselname: 'name', shipname: 'name', call_sign: 'callsign' };

/** Reads lines pushed one at a time, in any of the three formats. */
export class PositionReader {
  private format: InputFormat | undefined;
  private cols: Map<string, number> | undefined;
  private fast = false;
  private line = 0;
  private nmeaReader: NmeaPositionReader | undefined;
  private readonly fastRows = new FastCsvRows();
  /** The fast path's row, filled anew for every line (a sink copies what it keeps). */
  private readonly row: PositionRow = { mmsi: 0, t: 0, lat: 0, lon: 0, sog: NaN };

  constructor(private readonly sink: PositionSink) {}

  push(raw: string): void {
    this.line++;
    const l = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (l.trim() === '') return;
    // Captures open with comment lines ("# From: ..."): they say nothing about the format.
    if (this.format === undefined && l.startsWith('#')) return;
    this.format ??= detectFormat(l);
    if (this.format === 'csv') return this.csv(l);
    if (this.format === 'ndjson') return this.ndjson(l);
    (this.nmeaReader ??= new NmeaPositionReader(this.sink)).push(l, this.line);
  }

  /** What the NMEA reader decoded, skipped and could not time (NMEA input only). */
  counts(): NmeaCounts | undefined {
    return this.nmeaReader?.counts();
  }

  /**
   * One line as bytes (from the file, `\n` and `\r` already cut off): rows of the common CSV shape are
   * read from the bytes; everything else is decoded and read as text. A CSV or NDJSON line that is not
   * UTF-8 refuses the input, naming the line: decoded, its bytes would become U+FFFD, and a vessel's
   * name (what `designated` matches on) garbage. (An NMEA sentence is ASCII: one with other bytes fails
   * its checksum and is counted, as every bad sentence is.)
   */
  pushBytes(b: Buffer, from: number, to: number): void {
    if (this.fast && this.fastRows.read(b, from, to, this.row)) {
      this.line++;
      this.sink.position(this.row);
      return;
    }
    if (this.format !== 'nmea' && !isUtf8(b.subarray(from, to))) {
      const line = this.line + 1;
      throw new InterdictError('SHIPS_BAD_INPUT', notUtf8Message('the AIS input', b.subarray(from, to), line), { record: `line ${line}` });
    }
    this.push(b.toString('utf8', from, to));
  }

  private csv(l: string): void {
    const cells = splitCsv(l);
    if (!this.cols) {
      const cols = new Map<string, number>();
      cells.forEach((c, i) => {
        const raw = c.trim().toLowerCase();
        const k = ALIASES[raw] ?? raw;
        if (cols.has(k)) bad(this.line, k, 'appears twice in the header');
        cols.set(k, i);
      });
      for (const k of ['mmsi', 'timestamp', 'lat', 'lon']) if (!cols.has(k)) bad(this.line, k, 'the CSV header must name mmsi,timestamp,lat,lon');
      // Other columns (a feed's status, vessel type, destination ...) are passed over, not refused.
      this.cols = cols;
      this.fast = cols.size === 5 && cols.get('mmsi') === 0 && cols.get('timestamp') === 1 && cols.get('lat') === 2 && cols.get('lon') === 3 && cols.get('sog') === 4;
      return;
    }
    const cols = this.cols;
    if (cells.length !== cols.size) bad(this.line, 'row', `has ${cells.length} cells, the header has ${cols.size}`);
    row((k) => { const i = cols.get(k); return i === undefined ? undefined : cells[i]; }, this.line, this.sink);
  }

  private ndjson(l: string): void {
    let o: unknown;
    try {
      o = JSON.parse(l);
    } catch {
      bad(this.line, 'line', 'is not valid JSON');
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o)) bad(this.line, 'line', 'is not a JSON object');
    // A key given twice: JSON.parse keeps the last without a word (a position read other than written).
    const twice = duplicateKey(l);
    if (twice !== undefined) bad(this.line, twice, `gives the key ${JSON.stringify(twice)} twice in one object: give each key once`);
    const r = o as Record<string, unknown>;
    // A position's numbers are JSON numbers, as the contract's NDJSON gives them: "12.5" is a writer's
    // fault (a number read as text somewhere), refused naming the field rather than guessed at. The MMSI
    // and IMO are identifiers (an MMSI may begin with zeros): text or number alike.
    for (const k of ['lat', 'lon', 'sog']) {
      const v = r[k];
      if (typeof v === 'string' && !absent(v)) bad(this.line, k, `is the text ${JSON.stringify(v).slice(0, 40)}: give it as a JSON number, without quotes ("${k}": 12.5)`);
    }
    row((k) => (typeof r[k] === 'number' && k !== 'lat' && k !== 'lon' && k !== 'sog' && k !== 'mmsi' ? String(r[k]) : r[k]), this.line, this.sink);
  }
}

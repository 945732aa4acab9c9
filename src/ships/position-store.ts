/**
 * AIS positions in the database (area "ships", migration 2): what `ais enqueue` and `ais watch --db`
 * store, and what a worker reads back for one window. Positions are kept in the order they were read
 * (input, sequence), so a window read back is fed to the scan exactly as one pass over the input fed it:
 * the same reports kept at the same instant, the same identities. On PostgreSQL the table is partitioned
 * by UTC day; a day's partition is created when its first position arrives.
 */
import { migrate } from '../store/migrate.ts';
import type { SqlDriver, SqlExec } from '../store/sql-driver.ts';
import type { PositionRow, PositionSink, StaticRow } from './read-positions.ts';
import { SHIPS_MIGRATIONS } from './ships-migrations.ts';

const DAY = 86400000;
const BATCH = 20000;

export async function migrateShips(driver: SqlDriver): Promise<void> {
  await migrate(driver, 'ships', SHIPS_MIGRATIONS);
}

/** The partition holding day `day` (ms at 00:00 UTC). */
export function partitionName(day: number): string {
  return `ais_positions_d${new Date(day).toISOString().slice(0, 10).replace(/-/g, '')}`;
}

/** Create the day partitions (PostgreSQL) these days need; several writers at once take turns. */
export async function ensurePartitions(driver: SqlDriver, days: Iterable<number>, known: Set<number>): Promise<void> {
  if (driver.dialect !== 'postgres') return;
  const missing = [...days].filter((d) => !known.has(d));
  if (missing.length === 0) return;
  await driver.transaction(async (tx) => {
    await tx.all('SELECT pg_advisory_xact_lock(7271838)');
    for (const d of missing) {
      await tx.run(`CREATE TABLE IF NOT EXISTS ${partitionName(d)} PARTITION OF ais_positions FOR VALUES FROM (${d}) TO (${d + DAY})`);
    }
  });
  for (const d of missing) known.add(d);
}

/** Begin storing an input; undefined when an input with this digest is already stored (nothing to do). */
export async function beginInput(driver: SqlDriver, digest: string, source: string): Promise<number | undefined> {
  const rows = await driver.all<{ id: number | string }>(
    'INSERT INTO ais_inputs (digest, source, positions, stored_at) VALUES (?, ?, 0, ?) ON CONFLICT (digest) DO NOTHING RETURNING id',
    [digest, source, new Date().toISOString()],
  );
  return rows[0] === undefined ? undefined : Number(rows[0].id);
}

export async function inputRange(driver: SqlExec, digest: string): Promise<{ id: number; first: number | null; last: number | null; positions: number } | undefined> {
  const [r] = await driver.all<{ id: string | number; first_ms: string | number | null; last_ms: string | number | null; positions: string | number }>('SELECT id, first_ms, last_ms, positions FROM ais_inputs WHERE digest = ?', [digest]);
  if (!r) return undefined;
  return { id: Number(r.id), first: r.first_ms === null ? null : Number(r.first_ms), last: r.last_ms === null ? null : Number(r.last_ms), positions: Number(r.positions) };
}

/**
 * A sink that stores what a PositionReader reads, in batches. Static reports are kept once per vessel,
 * day and content (the first of each: identity and day facts take the earliest value, so the rest
 * change nothing). Call `flush` after the last line.
 */
export class PositionWriter implements PositionSink {
  private t: number[] = [];
  private mmsi: number[] = [];
  private lat: number[] = [];
  private lon: number[] = [];
  private sog: (number | null)[] = [];
  private seqs: number[] = [];
  private statics: StaticRow[] = [];
  private staticSeqs: number[] = [];
  private readonly staticSeen = new Set<string>();
  private readonly days = new Set<number>();
  private readonly partitions = new Set<number>();
  private seq = 0;
  private pending: Promise<void> = Promise.resolve();
  positions = 0;
  first = Infinity;
  last = -Infinity;

  constructor(
    private readonly driver: SqlDriver,
    private readonly inputId: number,
  ) {}

  position(p: PositionRow): void {
    this.seq++;
    this.positions++;
    this.t.push(p.t);
    this.mmsi.push(p.mmsi);
    this.lat.push(p.lat);
    this.lon.push(p.lon);
    this.sog.push(Number.isNaN(p.sog) ? null : p.sog);
    this.seqs.push(this.seq);
    this.days.add(Math.floor(p.t / DAY) * DAY);
    if (p.t < this.first) this.first = p.t;
    if (p.t > this.last) this.last = p.t;
  }

  static(s: StaticRow): void {
    this.seq++;
    // Events may start at a static report's time (identity): the input's span includes them.
    if (s.t !== undefined && s.t < this.first) this.first = s.t;
    if (s.t !== undefined && s.t > this.last) this.last = s.t;
    const day = s.t === undefined ? 'none' : Math.floor(s.t / DAY);
    const key = `${s.mmsi}|${day}|${s.imo ?? ''}|${s.badImo ?? ''}|${s.name ?? ''}|${s.callsign ?? ''}|${s.flag ?? ''}`;
    if (this.staticSeen.has(key)) return;
    this.staticSeen.add(key);
    this.statics.push({ ...s });
    this.staticSeqs.push(this.seq);
  }

  /** Whether enough is held to write a batch (the reader calls `write` then). */
  get full(): boolean {
    return this.t.length >= BATCH;
  }

  /** Write what is held; the next batch is collected meanwhile. */
  write(): Promise<void> {
    const batch = { t: this.t, mmsi: this.mmsi, lat: this.lat, lon: this.lon, sog: this.sog, seq: this.seqs, statics: this.statics, staticSeqs: this.staticSeqs, days: [...this.days] };
    this.t = [];
    this.mmsi = [];
    this.lat = [];
    this.lon = [];
    this.sog = [];
    this.seqs = [];
    this.statics = [];
    this.staticSeqs = [];
    this.days.clear();
    this.pending = this.pending.then(() => this.writeBatch(batch));
    return this.pending;
  }

  async flush(): Promise<void> {
    await this.write();
    const first = Number.isFinite(this.first) ? this.first : null;
    const last = Number.isFinite(this.last) ? this.last : null;
    await this.driver.run('UPDATE ais_inputs SET positions = ?, first_ms = ?, last_ms = ? WHERE id = ?', [this.positions, first, last, this.inputId]);
  }

  private async writeBatch(b: { t: number[]; mmsi: number[]; lat: number[]; lon: number[]; sog: (number | null)[]; seq: number[]; statics: StaticRow[]; staticSeqs: number[]; days: number[] }): Promise<void> {
    const { driver, inputId } = this;
    await ensurePartitions(driver, b.days, this.partitions);
    if (driver.dialect === 'postgres') {
      // One statement per batch: arrays unnested into rows.
      if (b.t.length > 0) {
        await driver.run(
          'INSERT INTO ais_positions (t, mmsi, lat, lon, sog, input_id, seq) SELECT t, m, la, lo, s, ?, q FROM unnest(?::bigint[], ?::int[], ?::float8[], ?::float8[], ?::float8[], ?::bigint[]) AS u(t, m, la, lo, s, q)',
          [inputId, b.t, b.mmsi, b.lat, b.lon, b.sog, b.seq],
        );
      }
      if (b.statics.length > 0) {
        const col = (k: keyof StaticRow) => b.statics.map((s) => (s[k] ?? null) as string | number | null);
        await driver.run(
          'INSERT INTO ais_statics (mmsi, t, imo, bad_imo, name, callsign, flag, input_id, seq) SELECT m, t, i, bi, n, c, f, ?, q FROM unnest(?::int[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[]) AS u(m, t, i, bi, n, c, f, q)',
          [inputId, col('mmsi'), col('t'), col('imo'), col('badImo'), col('name'), col('callsign'), col('flag'), b.staticSeqs],
        );
      }
      return;
    }
    await driver.transaction(async (tx) => {
      for (let i = 0; i < b.t.length; i++) {
        await tx.run('INSERT INTO ais_positions (t, mmsi, lat, lon, sog, input_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?)', [b.t[i], b.mmsi[i], b.lat[i], b.lon[i], b.sog[i], inputId, b.seq[i]]);
      }
      for (let i = 0; i < b.statics.length; i++) {
        const s = b.statics[i]!;
        await tx.run('INSERT INTO ais_statics (mmsi, t, imo, bad_imo, name, callsign, flag, input_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [s.mmsi, s.t ?? null, s.imo ?? null, s.badImo ?? null, s.name ?? null, s.callsign ?? null, s.flag ?? null, inputId, b.staticSeqs[i]]);
      }
    });
  }
}

interface StaticDbRow {
  mmsi: number;
  t: string | number | null;
  imo: string | null;
  bad_imo: string | null;
  name: string | null;
  callsign: string | null;
  flag: string | null;
}

function staticOf(r: StaticDbRow): StaticRow {
  const s: StaticRow = { mmsi: Number(r.mmsi) };
  if (r.t !== null) s.t = Number(r.t);
  if (r.imo !== null) s.imo = r.imo;
  if (r.bad_imo !== null) s.badImo = r.bad_imo;
  if (r.name !== null) s.name = r.name;
  if (r.callsign !== null) s.callsign = r.callsign;
  if (r.flag !== null) s.flag = r.flag;
  return s;
}

/**
 * Feed a scan what it needs for a window (PostgreSQL): positions in [lo, hi) in the order read, static
 * reports of those days (and those without a time), and — because a vessel's identity is its first
 * value of each field over the whole input — each of those vessels' earliest report of each field from
 * any other day.
 */
export async function readWindow(driver: SqlExec, range: { lo: number; hi: number; dayLo: number; dayHi: number }, sink: PositionSink): Promise<number> {
  // The tracks need [lo, hi); the day facts every position of their days.
  const lo = Math.min(range.lo, range.dayLo);
  const hi = Math.max(range.hi, range.dayHi);
  const { dayLo, dayHi } = range;
  const rows = await driver.all<{ t: string; mmsi: number; lat: number; lon: number; sog: number | null }>(
    'SELECT t, mmsi, lat, lon, sog FROM ais_positions WHERE t >= ? AND t < ? ORDER BY input_id, seq',
    [lo, hi],
  );
  const p: PositionRow = { mmsi: 0, t: 0, lat: 0, lon: 0, sog: NaN };
  for (const r of rows) {
    p.t = Number(r.t);
    p.mmsi = r.mmsi;
    p.lat = r.lat;
    p.lon = r.lon;
    p.sog = r.sog === null ? NaN : r.sog;
    sink.position(p);
  }
  const cols = 'mmsi, t, imo, bad_imo, name, callsign, flag';
  const inWindow = 'mmsi IN (SELECT DISTINCT mmsi FROM ais_positions WHERE t >= ? AND t < ?)';
  const days = await driver.all<StaticDbRow>(`SELECT ${cols} FROM ais_statics WHERE (t IS NULL OR (t >= ? AND t < ?)) AND ${inWindow} ORDER BY input_id, seq`, [dayLo, dayHi, lo, hi]);
  for (const r of days) sink.static(staticOf(r));
  for (const field of ['imo', 'name', 'callsign', 'flag'] as const) {
    const rest = await driver.all<StaticDbRow>(
      `SELECT DISTINCT ON (mmsi) ${cols} FROM ais_statics WHERE ${field} IS NOT NULL AND t IS NOT NULL AND (t < ? OR t >= ?) AND ${inWindow} ORDER BY mmsi, t, input_id, seq`,
      [dayLo, dayHi, lo, hi],
    );
    for (const r of rest) sink.static({ ...staticOf({ ...r, imo: null, bad_imo: null, name: null, callsign: null, flag: null }), [field]: r[field]! });
  }
  return rows.length;
}

/**
 * Stored positions of some vessels in [lo, hi), oldest first, at most `max` per vessel (evenly thinned):
 * what a map draws around an event. Any dialect; nothing when no position was stored.
 */
export async function readTracks(driver: SqlExec, mmsis: readonly number[], lo: number, hi: number, max = 1500): Promise<Map<number, { t: number; lat: number; lon: number }[]>> {
  const out = new Map<number, { t: number; lat: number; lon: number }[]>();
  if (mmsis.length === 0) return out;
  let rows: { mmsi: number | string; t: number | string; lat: number; lon: number }[];
  try {
    rows = await driver.all(`SELECT mmsi, t, lat, lon FROM ais_positions WHERE mmsi IN (${mmsis.map(() => '?').join(', ')}) AND t >= ? AND t < ? ORDER BY mmsi, t`, [...mmsis, lo, hi]);
  } catch {
    return out; // no positions table in this database: no tracks to draw
  }
  for (const r of rows) {
    const m = Number(r.mmsi);
    const list = out.get(m) ?? [];
    out.set(m, list);
    list.push({ t: Number(r.t), lat: Number(r.lat), lon: Number(r.lon) });
  }
  for (const [m, list] of out) {
    if (list.length <= max) continue;
    const step = list.length / max;
    out.set(m, Array.from({ length: max }, (_, i) => list[Math.floor(i * step)]!));
  }
  return out;
}

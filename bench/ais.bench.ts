/**
 * bench:ais — `ais scan` over one synthetic day (2,000 vessels, 2,000,000 positions) against (1) a bare
 * Node read of the same CSV that parses its numbers and times, and (2) the same encounter definition
 * as SQL in DuckDB (targets: at most 2x the bare read, and no slower than DuckDB). The three run in
 * turn, RUNS times; prints medians, each run, the ratios, whether the events agree, and the heap a
 * whole-day pass holds against one 3-hour window's.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { loadPorts } from '../src/ships/ports.ts';
import { forEachLineBytes } from '../src/ships/read-lines.ts';
import { Scan } from '../src/ships/scan.ts';
import { DEFAULT_SCAN_OPTIONS, type ScanOptions } from '../src/ships/scan-options.ts';
import { dayCsv, type DayPlan } from './support/ais-day.ts';
import { median } from './support/median.ts';
import { encounterSql } from './ais/encounters.sql.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const dir = path.join(PROJECT_ROOT, '.bench');
const file = path.join(dir, 'ais-day-2m.csv');
const T0 = Date.UTC(2019, 2, 1);
const plan: DayPlan = {
  seed: 2026, vessels: 2000, stepSec: 86.4, start: T0, hours: 24,
  encounters: Array.from({ length: 40 }, (_, i) => ({ a: 2 * i, b: 2 * i + 1, startH: (i * 0.53) % 21, hours: 2.5 + (i % 4) })),
  gaps: Array.from({ length: 20 }, (_, i) => ({ v: 100 + i, startH: i % 8, hours: 13 })),
};

async function generate(): Promise<void> {
  if (existsSync(file)) return;
  mkdirSync(dir, { recursive: true });
  const out = createWriteStream(file);
  let buf: string[] = [];
  for (const line of dayCsv(plan)) {
    buf.push(line);
    if (buf.length === 10000) {
      if (!out.write(`${buf.join('\n')}\n`)) await once(out, 'drain');
      buf = [];
    }
  }
  out.end(buf.length > 0 ? `${buf.join('\n')}\n` : '');
  await once(out, 'finish');
}

/** The floor: stream the file, split lines and fields, parse every number and time. */
async function bareRead(): Promise<number> {
  let rest = '';
  let sum = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const s = rest + (chunk as Buffer).toString('utf8');
    const lines = s.split('\n');
    rest = lines.pop()!;
    for (const l of lines) {
      const f = l.split(',');
      const t = Date.parse(f[1]!);
      if (Number.isNaN(t)) continue; // the header
      sum += Number(f[0]) + t + Number(f[2]) + Number(f[3]) + Number(f[4]);
    }
  }
  return sum;
}

interface Ours {
  events: { a: number; b: number; start: number; end: number }[];
  all: number;
  positions: number;
  kept: number;
  heapMb: number;
}

/** `measureHeap`: collect garbage after reading and report the live heap the scan holds (needs --expose-gc). */
async function ours(o: Partial<ScanOptions> = {}, measureHeap = false): Promise<Ours> {
  const scan = new Scan({ ...DEFAULT_SCAN_OPTIONS, ...o }, { ports: loadPorts() });
  // Tracks are kept in typed arrays, whose memory lies outside the heap: both are counted.
  const held = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  // Freed typed arrays return their memory after a collection and a turn of the event loop.
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      global.gc?.();
      await new Promise((r) => setImmediate(r));
    }
  };
  if (measureHeap) await settle();
  const before = held();
  // As `ais scan` reads a file (src/app/scan-tracks.ts).
  await forEachLineBytes(file, (b, from, to) => scan.pushBytes(b, from, to));
  if (measureHeap) await settle();
  const heapMb = (held() - before) / 1e6;
  const r = scan.finish();
  const events = r.events.filter((e) => e.event.kind === 'encounter').map(({ event: e }) => ({ a: e.vessels[0]!.mmsi, b: e.vessels[1]!.mmsi, start: Date.parse(e.start), end: Date.parse(e.end) }));
  return { events, all: r.events.length, positions: r.stats.positions, kept: r.stats.positionsInWindow, heapMb };
}

async function duck(): Promise<{ a: number; b: number; start: number; end: number }[]> {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const stmts = encounterSql(file, path.join(PROJECT_ROOT, 'data', 'ports', 'wpi-ports.csv'));
  for (const s of stmts) await con.run(s);
  const rows = (await con.runAndReadAll('SELECT a, b, start_ms, end_ms FROM encounters')).getRows();
  con.closeSync();
  return rows.map((r) => ({ a: Number(r[0]), b: Number(r[1]), start: Number(r[2]), end: Number(r[3]) }));
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

const key = (e: { a: number; b: number; start: number; end: number }) => `${e.a}-${e.b}@${e.start}-${e.end}`;

await generate();
const bare: number[] = [];
const scan: number[] = [];
const db: number[] = [];
let last: Awaited<ReturnType<typeof ours>> | undefined;
let lastDuck: Awaited<ReturnType<typeof duck>> = [];
for (let i = 0; i < RUNS; i++) {
  bare.push((await time(bareRead)).ms);
  const o = await time(() => ours());
  scan.push(o.ms);
  last = o.value;
  const d = await time(duck);
  db.push(d.ms);
  lastDuck = d.value;
}
const whole = await ours({}, true);
const window = await ours({ from: T0 + 11 * 3600000, to: T0 + 12 * 3600000, overlapHours: 2 }, true);
const mine = new Set(last!.events.map(key));
const theirs = new Set(lastDuck.map(key));
const same = mine.size === theirs.size && [...mine].every((k) => theirs.has(k));
const [b, s, d] = [median(bare), median(scan), median(db)];
const secs = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(2)).join(' ');
console.log(`bench:ais — ${plan.vessels} vessels, one day, ${last!.positions.toLocaleString('en')} positions (${RUNS} runs interleaved, medians; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
console.log(`  bare Node read + parse numbers: ${(b / 1000).toFixed(2)} s  (runs: ${secs(bare)})`);
console.log(`  ais scan (all events):          ${(s / 1000).toFixed(2)} s  = ${(s / b).toFixed(2)}x the bare read (target <= 2x)  (runs: ${secs(scan)})`);
console.log(`  DuckDB SQL (encounters only):   ${(d / 1000).toFixed(2)} s  ; ours / DuckDB = ${(s / d).toFixed(2)} (target <= 1)  (runs: ${secs(db)})`);
console.log(`  encounters: ours ${mine.size}, DuckDB ${theirs.size}, same events: ${same ? 'yes' : 'NO'}; all events ours: ${last!.all}`);
console.log(`  memory held after reading (heap + typed arrays): whole day ${whole.heapMb.toFixed(0)} MB (${whole.kept.toLocaleString('en')} positions kept); one 1 h window (+2 h overlap each side) ${window.heapMb.toFixed(0)} MB (${window.kept.toLocaleString('en')} kept)`);
if (!same) {
  console.log(`  only ours: ${[...mine].filter((k) => !theirs.has(k)).slice(0, 5).join(' ')}`);
  console.log(`  only DuckDB: ${[...theirs].filter((k) => !mine.has(k)).slice(0, 5).join(' ')}`);
}

/**
 * bench:ais-queue — windows as jobs against one pass: one synthetic day (BENCH_VESSELS vessels, default
 * 500, a report every 86.4 s: ~500,000 positions) scanned by `ais scan`, then stored by `ais enqueue`
 * into a fresh PostgreSQL database and run by 1 `ais worker`, then queued again and run by 2 workers at
 * once. Prints positions per second of each (input positions / wall time), whether the stored events
 * equal the scan's, and the load average. Needs INTERDICT_BENCH_PG_URL or INTERDICT_TEST_PG_URL (a
 * server where it may create and drop a database). BENCH_WINDOW (default 6h) is the window length.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { dayCsv, type DayPlan } from './support/ais-day.ts';

const url = process.env.INTERDICT_BENCH_PG_URL ?? process.env.INTERDICT_TEST_PG_URL;
if (!url) {
  process.stderr.write('bench:ais-queue needs INTERDICT_BENCH_PG_URL (or INTERDICT_TEST_PG_URL): a PostgreSQL server where it may create a database\n');
  process.exit(1);
}
const VESSELS = Number(process.env.BENCH_VESSELS ?? 500);
const WINDOW = process.env.BENCH_WINDOW ?? '6h';
const dir = path.join(PROJECT_ROOT, '.bench');
const file = path.join(dir, `ais-day-${VESSELS}.csv`);
const T0 = Date.UTC(2019, 2, 1);
const plan: DayPlan = {
  seed: 2026, vessels: VESSELS, stepSec: 86.4, start: T0, hours: 24,
  encounters: Array.from({ length: Math.floor(VESSELS / 50) }, (_, i) => ({ a: 2 * i, b: 2 * i + 1, startH: (i * 0.53) % 21, hours: 2.5 + (i % 4) })),
  gaps: Array.from({ length: Math.floor(VESSELS / 100) }, (_, i) => ({ v: VESSELS / 2 + i, startH: i % 8, hours: 13 })),
};

async function generate(): Promise<number> {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const out = existsSync(file) ? undefined : createWriteStream(file);
  let buf: string[] = [];
  for (const line of dayCsv(plan)) {
    n++;
    if (!out) continue;
    buf.push(line);
    if (buf.length === 10000) {
      if (!out.write(`${buf.join('\n')}\n`)) await once(out, 'drain');
      buf = [];
    }
  }
  if (out) {
    out.end(buf.length > 0 ? `${buf.join('\n')}\n` : '');
    await once(out, 'finish');
  }
  return n - 1; // the header
}

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; seconds: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: PROJECT_ROOT });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - t0) / 1000 }));
  });
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const must = (r: { code: number | null; stderr: string }, what: string) => {
  if (r.code !== 0 && r.code !== 2 && r.code !== 3) throw new Error(`${what} failed: ${r.stderr}`);
};

const positions = await generate();
const name = `interdict_bench_queue_${process.pid}`;
await admin(`CREATE DATABASE ${name}`);
const u = new URL(url);
u.pathname = `/${name}`;
const db = u.toString();
try {
  const scan = await cli(['ais', 'scan', file, '--format', 'json']);
  must(scan, 'ais scan');
  const q1 = await cli(['ais', 'enqueue', file, '--db', db, '--window', WINDOW, '--format', 'json']);
  must(q1, 'ais enqueue');
  const windows = (JSON.parse(q1.stdout) as { windows: number }).windows;
  const w1 = await cli(['ais', 'worker', '--db', db, '--exit-when-idle']);
  must(w1, 'ais worker');
  const events = await cli(['ais', 'events', '--db', db, '--format', 'json']);
  const q2 = await cli(['ais', 'enqueue', file, '--db', db, '--window', WINDOW, '--format', 'json']);
  must(q2, 'ais enqueue (again)');
  const t0 = performance.now();
  const two = await Promise.all([0, 1].map(() => cli(['ais', 'worker', '--db', db, '--exit-when-idle'])));
  const w2 = (performance.now() - t0) / 1000;
  for (const w of two) must(w, 'ais worker (2)');
  const rate = (s: number) => `${Math.round(positions / s).toLocaleString('en')} positions/s`;
  const same = events.stdout === scan.stdout;
  process.stdout.write(`bench:ais-queue — ${VESSELS} vessels, one day, ${positions.toLocaleString('en')} positions, ${windows} windows of ${WINDOW} (24 h overlap); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
  process.stdout.write(`  ais scan (one pass):          ${scan.seconds.toFixed(2)} s  ${rate(scan.seconds)}\n`);
  process.stdout.write(`  ais enqueue (store + queue):  ${q1.seconds.toFixed(2)} s  ${rate(q1.seconds)}\n`);
  process.stdout.write(`  1 worker:                     ${w1.seconds.toFixed(2)} s  ${rate(w1.seconds)}  (${(w1.seconds / scan.seconds).toFixed(2)}x the scan)\n`);
  process.stdout.write(`  2 workers at once:            ${w2.toFixed(2)} s  ${rate(w2)}  (${(w1.seconds / w2).toFixed(2)}x one worker)\n`);
  process.stdout.write(`  events: scan ${scan.stdout.split('\n').length - 1}, stored ${events.stdout.split('\n').length - 1}, the same: ${same ? 'yes' : 'NO'}\n`);
} finally {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

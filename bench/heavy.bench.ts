/**
 * npm run bench:heavy — what one heavy request costs everyone else, against real `interdict serve`
 * processes on one SQLite file (127.0.0.1):
 * 1. a screening batch of 10,000 names with "threshold": 5e-324 (the review's request);
 * 2. the same batch at the default threshold (the heaviest batch the service accepts);
 * 3. an import of 10,000 subjects, while a second server on the same database records a delivery
 *    (how long the delivery waits for the write lock the import holds);
 * 4. a 25 MB list upload.
 * For each: the heavy request's status, time and answer size; /healthz latency on the same server while
 * it runs (probed every 10 ms on one keep-alive connection: count, p50, p99, max); the server's peak
 * resident memory while it runs (sampled from /proc).
 * `--pg`: the same on a scratch PostgreSQL database (INTERDICT_BENCH_PG_URL, else 127.0.0.1:5432/test),
 * where part 3's delivery waits on the audit chain's row lock rather than SQLite's file lock.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import http from 'node:http';
import pg from 'pg';
import { bundledListPath, loadUnList } from '../src/screening/un-list/index.ts';
import { projectRoot, startServerProcess, type ServerProcess } from '../test/service/server-process.ts';
import { seededRandom } from './support/seeded-random.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'interdict-bench-heavy-'));
const pgBase = process.argv.includes('--pg') ? (process.env.INTERDICT_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test') : undefined;
const pgName = `interdict_bench_heavy_${process.pid}`;

async function pgAdmin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: pgBase });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function scratchUrl(): string {
  const u = new URL(pgBase!);
  u.pathname = `/${pgName}`;
  return u.toString();
}
if (pgBase !== undefined) await pgAdmin(`CREATE DATABASE ${pgName}`);
const db = pgBase !== undefined ? scratchUrl() : path.join(dir, 'heavy.sqlite');
const env = { INTERDICT_CACHE_DIR: path.join(dir, 'cache'), INTERDICT_CONFIG_DIR: path.join(dir, 'config') };

function addUser(name: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'users', 'add', name, ...args, '--db', db, '--format', 'json'], { cwd: projectRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`users add ${name}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { key: string }).key;
}

function names(n: number): string[] {
  const rnd = seededRandom(7);
  const listed = loadUnList().records.map((r) => r.names[0]!.full);
  const family = ['KIM', 'RI', 'PAK', 'CHOE', 'JONG', 'SMITH', 'GARCIA', 'NOVAK'];
  const given = ['YONG', 'CHOL', 'SONG', 'IL', 'MYONG', 'HO', 'ANNA', 'JOHN', 'MARIA'];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => (i % 10 === 0 ? pick(listed) : `${pick(family)} ${pick(given)} ${pick(given)}`));
}

/** The bundled list, its records repeated under new references until the file is about `mb` megabytes. */
function bigList(mb: number): Buffer {
  const xml = readFileSync(bundledListPath(), 'utf8');
  const open = xml.indexOf('<INDIVIDUALS>') + '<INDIVIDUALS>'.length;
  const close = xml.indexOf('</INDIVIDUALS>');
  const body = xml.slice(open, close);
  const copies: string[] = [];
  for (let k = 1; xml.length + copies.length * body.length < mb * 1e6; k++) {
    copies.push(body.replace(/<REFERENCE_NUMBER>([^<]+)<\/REFERENCE_NUMBER>/g, (_a, ref: string) => `<REFERENCE_NUMBER>${ref.trim()}-${k}</REFERENCE_NUMBER>`)
      .replace(/<DATAID>(\d+)<\/DATAID>/g, (_a, id: string) => `<DATAID>${Number(id) + k * 10_000_000}</DATAID>`));
  }
  return Buffer.from(`${xml.slice(0, close)}${copies.join('')}${xml.slice(close)}`.replace(/dateGenerated="[^"]+"/, 'dateGenerated="2026-02-01T00:00:00.000Z"'));
}

const q = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};

/** Probe /healthz and sample the server's memory until `work` settles. */
async function during<T>(s: ServerProcess, work: () => Promise<T>): Promise<{ value: T; seconds: number; health: number[]; peakMb: number }> {
  let done = false;
  const health: number[] = [];
  let peakKb = 0;
  const probe = (async () => {
    while (!done) {
      const t0 = performance.now();
      await (await fetch(`${s.url}/healthz`)).arrayBuffer();
      health.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const mem = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${s.child.pid}/status`, 'utf8'))?.[1] ?? 0);
      peakKb = Math.max(peakKb, kb);
    } catch {
      // the process is gone
    }
  }, 50);
  const t0 = performance.now();
  try {
    const value = await work();
    return { value, seconds: (performance.now() - t0) / 1000, health, peakMb: peakKb / 1024 };
  } finally {
    done = true;
    clearInterval(mem);
    await probe;
  }
}

/** One request on a connection of its own (a reused one may be closing just then: keep-alive timeout). */
async function send(s: ServerProcess, method: string, url: string, key: string, body: string | Buffer, type = 'application/json'): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${s.url}${url}`, { method, agent: false, headers: { authorization: `Bearer ${key}`, 'content-type': type, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function line(label: string, r: { value: { status: number; bytes: number }; seconds: number; health: number[]; peakMb: number }, extra = ''): void {
  const h = r.health;
  console.log(`   ${label.padEnd(36)} ${r.value.status} in ${r.seconds.toFixed(2)} s, ${(r.value.bytes / 1e6).toFixed(1)} MB answered; server peak ${r.peakMb.toFixed(0)} MB`);
  console.log(`   ${''.padEnd(36)} /healthz during it: ${h.length} probes, p50 ${q(h, 0.5).toFixed(1)} ms, p99 ${q(h, 0.99).toFixed(1)} ms, max ${Math.max(0, ...h).toFixed(1)} ms${extra}`);
}

const servers: ServerProcess[] = [];
try {
  console.log(`bench:heavy: real \`interdict serve\` processes on one ${pgBase ? 'PostgreSQL database' : 'SQLite file'}`);
  const first = await startServerProcess(env, ['--db', db, '--log-level', 'warn', '--rate-limit', '100000', '--address-rate-limit', '0']).catch(() => startServerProcess(env, ['--db', db, '--log-level', 'warn']));
  servers.push(first);
  const analyst = addUser('heavy-analyst', '--role', 'analyst');
  const batch = names(10_000);
  const queries = (extra: Record<string, unknown>) => JSON.stringify({ queries: Object.fromEntries(batch.map((name, i) => [`q${i}`, { name, ...extra }])) });
  const reporter = addUser('heavy-reporter', '--role', 'reporter', '--state', 'CN');
  const second = await startServerProcess(env, ['--db', db, '--log-level', 'warn', '--rate-limit', '100000', '--address-rate-limit', '0']).catch(() => startServerProcess(env, ['--db', db, '--log-level', 'warn']));
  servers.push(second);
  // Warm up: the index, the matcher's caches and the JIT, with the same batch at the default threshold
  // (not timed), so each part times the work and not the first call.
  await send(first, 'POST', '/v1/screen', analyst, queries({}));

  console.log('\n1-2. screening batches of 10,000 names');
  line('threshold 5e-324', await during(first, () => send(first, 'POST', '/v1/screen', analyst, queries({ threshold: 5e-324 }))));
  line('default threshold', await during(first, () => send(first, 'POST', '/v1/screen', analyst, queries({}))));

  console.log('\n3. importing 10,000 subjects; a delivery recorded through a second server meanwhile');
  const subjects = JSON.stringify(batch.map((name, i) => ({ id: `h${i}`, name })));
  let deliveryMs = 0;
  const imp = await during(first, async () => {
    const importing = send(first, 'POST', '/v1/subjects', analyst, subjects);
    await new Promise((r) => setTimeout(r, 300)); // let the import start
    const t0 = performance.now();
    const d = await send(second, 'POST', '/v1/ledger/deliveries', reporter, JSON.stringify({ commodity: 'refined-petroleum', state: 'CN', date: '2019-03-01', barrels: 100, ref: `heavy-${Date.now()}` }));
    deliveryMs = performance.now() - t0;
    if (d.status >= 300) throw new Error(`delivery: ${d.status}`);
    return importing;
  });
  line('POST /v1/subjects (10,000)', imp, `\n   ${''.padEnd(36)} a delivery on the second server meanwhile: ${deliveryMs.toFixed(0)} ms`);

  console.log('\n4. a 25 MB list upload');
  const admin = addUser('heavy-admin', '--role', 'admin');
  const xml = bigList(25);
  line(`POST /v1/lists (${(xml.length / 1e6).toFixed(1)} MB)`, await during(first, () => send(first, 'POST', '/v1/lists', admin, xml, 'application/xml')));
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  if (pgBase !== undefined) await pgAdmin(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
}

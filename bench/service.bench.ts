/**
 * npm run bench:service — the service against a real `interdict serve` on 127.0.0.1:
 * 1. authenticated single-name POST /v1/screen beside GET /healthz on the same server, same run (autocannon,
 *    alternating rounds, medians): requests/s, the ratio (target >= 40 %), p50/p99 latency, errors;
 * 2. the batch endpoint's names/s beside the CLI batch's (`interdict screen --input`, whole process) on the
 *    same names (target >= 50 %);
 * 3. re-screening 100,000 subjects after a list update that changed 100 records (SQLite target < 10 s; PostgreSQL quoted);
 * 4. 8 concurrent reporters through two server processes on PostgreSQL: exact totals, each notice once.
 * PostgreSQL: INTERDICT_BENCH_PG_URL, else 127.0.0.1:5432/test when reachable (a scratch database is
 * created and dropped); without one, parts 3 (PostgreSQL) and 4 are skipped and say so.
 */
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadUnList } from '../src/screening/un-list/index.ts';
import { startServerProcess, projectRoot, type ServerProcess } from '../test/service/server-process.ts';
import { rescreenBench } from './service/rescreen.ts';
import { median } from './support/median.ts';
import { seededRandom } from './support/seeded-random.ts';

const ROUNDS = 3;
const SECONDS = 4;
const dir = mkdtempSync(path.join(tmpdir(), 'interdict-bench-service-'));
const env = { INTERDICT_CACHE_DIR: path.join(dir, 'cache') };

async function post(s: ServerProcess, url: string, key: string, body: unknown): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(`${s.url}${url}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function cannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon({ connections: 10, duration: SECONDS, ...opts }, (err, r) => (err ? reject(err) : resolve(r))));
}

function names(n: number): { id: string; name: string }[] {
  const rnd = seededRandom(7);
  const listed = loadUnList().records.map((r) => r.names[0]!.full);
  const family = ['KIM', 'RI', 'PAK', 'CHOE', 'JONG', 'SMITH', 'GARCIA', 'NOVAK'];
  const given = ['YONG', 'CHOL', 'SONG', 'IL', 'MYONG', 'HO', 'ANNA', 'JOHN', 'MARIA'];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => ({ id: `n${i}`, name: i % 10 === 0 ? pick(listed) : `${pick(family)} ${pick(given)} ${pick(given)}` }));
}

async function httpPart(only: string[]): Promise<void> {
  // No rate limit: this measures throughput with one key.
  const db = path.join(dir, 'http.sqlite');
  const s = await startServerProcess({ ...env }, ['--db', db, '--log-level', 'info', '--rate-limit', '0', '--address-rate-limit', '0']);
  try {
    // Added at the server's machine (the operator): an admin's grant of analyst would wait for a second admin.
    const added = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'users', 'add', 'bench', '--role', 'analyst', '--db', db, '--format', 'json'], { cwd: projectRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
    if (added.status !== 0) throw new Error(`users add: ${added.stderr}`);
    const analyst = (JSON.parse(added.stdout) as { key: string }).key;
    if (only.includes('1')) await singles(s, analyst);
    if (only.includes('2')) await batches(s, analyst);
  } finally {
    await s.stop();
  }
}

async function singles(s: ServerProcess, analyst: string): Promise<void> {
  const screenBody = JSON.stringify({ name: 'PAK YONG SIK' });
  const health: autocannon.Result[] = [];
  const screen: autocannon.Result[] = [];
  await cannon({ url: `${s.url}/healthz`, duration: 1 }); // warm-up
  for (let i = 0; i < ROUNDS; i++) {
    health.push(await cannon({ url: `${s.url}/healthz` }));
    screen.push(await cannon({ url: `${s.url}/v1/screen`, method: 'POST', body: screenBody, headers: { authorization: `Bearer ${analyst}`, 'content-type': 'application/json' } }));
  }
  const rps = (rs: autocannon.Result[]) => median(rs.map((r) => r.requests.average));
  const errors = [...health, ...screen].reduce((a, r) => a + r.errors + r.non2xx + r.timeouts, 0);
  console.log(`\n1. single requests (${ROUNDS} alternating rounds of ${SECONDS} s, 10 connections, medians)`);
  console.log(`   GET /healthz                      ${rps(health).toFixed(0).padStart(7)} req/s  p50 ${median(health.map((r) => r.latency.p50))} ms  p99 ${median(health.map((r) => r.latency.p99))} ms`);
  console.log(`   POST /v1/screen (authenticated)   ${rps(screen).toFixed(0).padStart(7)} req/s  p50 ${median(screen.map((r) => r.latency.p50))} ms  p99 ${median(screen.map((r) => r.latency.p99))} ms`);
  console.log(`   screen / healthz = ${((100 * rps(screen)) / rps(health)).toFixed(1)} % (target >= 40 %); errors and non-2xx: ${errors}`);
}

async function batches(s: ServerProcess, analyst: string): Promise<void> {
  const batch = names(5000);
  const queries = Object.fromEntries(batch.map((q) => [q.id, { name: q.name }]));
  await post(s, '/v1/screen', analyst, { queries: Object.fromEntries(Object.entries(queries).slice(0, 200)) });
  const http: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    const r = await post(s, '/v1/screen', analyst, { queries });
    if (Object.keys(r.responses).length !== batch.length) throw new Error('batch answered short');
    http.push(batch.length / ((performance.now() - t0) / 1000));
  }
  const csv = path.join(dir, 'names.csv');
  writeFileSync(csv, `id,name\n${batch.map((q) => `${q.id},"${q.name.replace(/"/g, '""')}"`).join('\n')}\n`);
  const cli: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'screen', '--input', csv, '--format', 'json'], { cwd: projectRoot, env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 2) throw new Error(`CLI batch failed: ${r.stderr}`);
    cli.push(batch.length / ((performance.now() - t0) / 1000));
  }
  console.log(`\n2. batch screening, ${batch.length} names (medians of ${ROUNDS})`);
  console.log(`   POST /v1/screen {"queries": …}    ${median(http).toFixed(0).padStart(7)} names/s`);
  console.log(`   interdict screen --input (CLI)    ${median(cli).toFixed(0).padStart(7)} names/s (whole process: start, list, index, screen)`);
  console.log(`   endpoint / CLI = ${((100 * median(http)) / median(cli)).toFixed(1)} % (target >= 50 %)`);
}

async function pgUrl(): Promise<string | undefined> {
  const url = process.env.INTERDICT_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function scratchDb(base: string, name: string, drop = false): Promise<string> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(drop ? `DROP DATABASE IF EXISTS ${name} WITH (FORCE)` : `CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

async function rescreenPart(base: string | undefined): Promise<void> {
  console.log('\n3. re-screening 100,000 subjects after a list update that changed 100 records');
  const sq = await rescreenBench({ kind: 'sqlite', file: path.join(dir, 'rescreen.sqlite'), isDefault: false }, 100_000, 100);
  console.log(`   SQLite      ${sq.seconds.toFixed(2)} s (target < 10 s): ${sq.rescreened} subjects against ${sq.changedRecords} changed records, ${sq.alerts} alerts opened`);
  if (base === undefined) return void console.log('   PostgreSQL  skipped (no server: set INTERDICT_BENCH_PG_URL)');
  const name = `interdict_bench_rescreen_${process.pid}`;
  const url = await scratchDb(base, name);
  try {
    const p = await rescreenBench({ kind: 'postgres', url }, 100_000, 100);
    console.log(`   PostgreSQL  ${p.seconds.toFixed(2)} s: ${p.rescreened} subjects, ${p.alerts} alerts opened`);
  } finally {
    await scratchDb(base, name, true);
  }
}

async function reportersPart(base: string | undefined): Promise<void> {
  console.log('\n4. 8 concurrent reporters through two server processes on PostgreSQL');
  if (base === undefined) return void console.log('   skipped (no server: set INTERDICT_BENCH_PG_URL)');
  const name = `interdict_bench_reporters_${process.pid}`;
  const url = await scratchDb(base, name);
  const servers = await Promise.all([0, 1].map(() => startServerProcess({ ...env, INTERDICT_DATABASE_URL: url }, ['--log-level', 'warn', '--rate-limit', '0', '--address-rate-limit', '0'])));
  try {
    const admin = servers.find((s) => s.adminKey)!.adminKey!;
    const states = ['CN', 'RU', 'IN', 'BY', 'VN', 'MY', 'TH', 'SG'];
    const keys = await Promise.all(states.map(async (st) => (await post(servers[0]!, '/v1/users', admin, { name: `rep${st}`, roles: ['reporter'], state: st })).key as string));
    const PER = 150;
    const t0 = performance.now();
    await Promise.all(states.map(async (st, i) => {
      for (let n = 0; n < PER; n++) {
        const body = { commodity: 'refined-petroleum', state: st, date: '2019-03-01', barrels: 400 + i, ref: `${st}-${n}` };
        await post(servers[n % 2]!, '/v1/ledger/deliveries', keys[i]!, body);
        if (n % 10 === 0) await post(servers[(n + 1) % 2]!, '/v1/ledger/deliveries', keys[i]!, body); // a repeat, through the other server
      }
    }));
    const secs = (performance.now() - t0) / 1000;
    const sent = states.length * (PER + PER / 10);
    const status = await (await fetch(`${servers[1]!.url}/v1/ledger/status?commodity=refined-petroleum&period=2019`, { headers: { authorization: `Bearer ${admin}` } })).json() as { totalBarrels: number; records: number };
    const notices = (await (await fetch(`${servers[0]!.url}/v1/ledger/notices`, { headers: { authorization: `Bearer ${admin}` } })).json() as { notices: { period: string; threshold: number }[] }).notices.filter((x) => x.period === '2019');
    const expected = states.reduce((a, _s, i) => a + PER * (400 + i), 0);
    console.log(`   ${sent} reports (${states.length * PER} distinct, the rest repeats) in ${secs.toFixed(2)} s = ${(sent / secs).toFixed(0)} reports/s`);
    console.log(`   total ${status.totalBarrels} bbl in ${status.records} records (expected ${expected} in ${states.length * PER}): ${status.totalBarrels === expected && status.records === states.length * PER ? 'exact' : 'WRONG'}`);
    const thresholds = notices.map((x) => x.threshold);
    console.log(`   notices ${thresholds.join(', ')}: ${new Set(thresholds).size === thresholds.length ? 'each once' : 'DUPLICATED'}`);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await scratchDb(base, name, true);
  }
}

try {
  console.log('bench:service: a real `interdict serve` on 127.0.0.1 (SQLite), request logs on');
  // `--only 1,3` runs some parts (while tuning); the default is all four.
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]!.split(',') : ['1', '2', '3', '4'];
  if (only.includes('1') || only.includes('2')) await httpPart(only);
  const base = only.includes('3') || only.includes('4') ? await pgUrl() : undefined;
  if (only.includes('3')) await rescreenPart(base);
  if (only.includes('4')) await reportersPart(base);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

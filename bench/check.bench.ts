/**
 * bench:check — how fast `check` decides.
 *  1. In-process: evaluate() over 1,000,000 generated goods transactions (dates 2006-2026, mixed HS
 *     codes and directions). Target: >= 500,000 decisions/s on one core.
 *  2. CLI: the compiled `interdict check FILE --format json` (and `check -` from stdin) over the same
 *     transactions as an NDJSON file (300,000 lines by default), beside the time to merely read and
 *     JSON.parse that file. Target: within 2x of the bare parse. Also its peak resident memory.
 * Prints the median of several runs. Run: npm run bench:check  (BENCH_N=1000000 for a bigger file).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { addDays, loadLaw } from '../src/law/index.ts';
import { median } from './support/median.ts';
import { seededRandom as rng } from './support/seeded-random.ts';

const N = Number(process.env.BENCH_N ?? 300_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HS = ['6203.42', '6109.10', '5208.11', '2709.00', '2710.19', '2710.12', '2711.11', '2701.12', '2601.11', '0302.89', '0303.55', '7108.12', '7113.19', '8703.23', '8471.30', '8429.52', '1006.30', '0702.00', '4403.99', '7208.51', '9302.00', '8710.00', '8903.92', '3004.90', '8802.11', '2616.10', '9703.00'];
const DESCRIPTIONS = ['diesel', 'jet fuel', 'crude oil', 'gas condensate', 'cotton trousers', 'frozen fish', 'assorted goods'];
const COUNTRIES = ['CN', 'RU', 'US', 'FR', 'IN', 'AE', 'SG', 'MY'];

function generate(n: number): Transaction[] {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: Transaction[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const date = addDays('2006-01-01', Math.floor(r() * 7670)); // 2006-01-01 .. 2026-12-31
    const dir = r();
    const other = pick(COUNTRIES);
    const line: NonNullable<Transaction['goods']>[number] = { hs: pick(HS), quantity: Math.floor(r() * 10_000), unit: 'bbl' };
    if (r() < 0.3) line.description = pick(DESCRIPTIONS);
    const tx: Transaction = { id: `tx-${i}`, type: 'goods', date, from: dir < 0.4 ? 'KP' : other, to: dir < 0.4 ? other : dir < 0.8 ? 'KP' : pick(COUNTRIES), goods: [line] };
    if (r() < 0.2) tx.contract = { finalized: addDays(date, -Math.floor(r() * 400)) };
    out[i] = tx;
  }
  return out;
}

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const law = loadLaw();
console.log(`bench:check  N=${N.toLocaleString('en-US')}  runs=${RUNS}  node ${process.version}  law ${law.version}`);
const txs = generate(N);

// 1. In-process decisions per second.
const outcomes: Record<string, number> = {};
for (const d of txs.slice(0, 20_000).map((t) => evaluate(t, law))) outcomes[d.outcome] = (outcomes[d.outcome] ?? 0) + 1; // warm-up
const rates: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < N; i++) sink += evaluate(txs[i]!, law).reasons.length;
  const took = ms(t0);
  rates.push(N / (took / 1000));
  if (sink < 0) console.log(sink);
}
console.log(`in-process: ${Math.round(median(rates)).toLocaleString('en-US')} decisions/s (median; runs: ${rates.map((r) => Math.round(r).toLocaleString('en-US')).join(', ')}); target >= 500,000`);
console.log(`  outcome mix of the first 20,000: ${JSON.stringify(outcomes)}`);

// 2. CLI over NDJSON vs the bare read + JSON.parse of the same file.
const file = path.join(os.tmpdir(), `interdict-bench-check-${process.pid}.ndjson`);
const out = path.join(os.tmpdir(), `interdict-bench-check-${process.pid}.out`);
writeFileSync(file, txs.map((t) => JSON.stringify(t)).join('\n') + '\n');
txs.length = 0;

function bareParse(): number {
  const t0 = process.hrtime.bigint();
  const text = readFileSync(file, 'utf8');
  let start = 0;
  let count = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start && JSON.parse(text.slice(start, end))) count++;
    start = end + 1;
  }
  if (count !== N) throw new Error(`parsed ${count} lines, expected ${N}`);
  return ms(t0);
}

if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
let peakKb = 0;

/** The compiled CLI, as an installed user runs it; input from the file, or piped on stdin. */
function cli(viaStdin = false): number {
  const fd = openSync(out, 'w');
  const inFd = viaStdin ? openSync(file, 'r') : 'ignore';
  const t0 = process.hrtime.bigint();
  // /usr/bin/time, where present, reports the peak resident memory on stderr.
  const timed = existsSync('/usr/bin/time');
  const cmd = [process.execPath, path.join(root, 'bin', 'interdict.js'), 'check', viaStdin ? '-' : file, '--format', 'json'];
  const r = timed ? spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', ...cmd], { cwd: root, stdio: [inFd, fd, 'pipe'] }) : spawnSync(cmd[0]!, cmd.slice(1), { cwd: root, stdio: [inFd, fd, 'pipe'] });
  const took = ms(t0);
  const kb = /peak-kb (\d+)/.exec(r.stderr.toString())?.[1];
  if (kb) peakKb = Math.max(peakKb, Number(kb));
  closeSync(fd);
  if (typeof inFd === 'number') closeSync(inFd);
  if (r.status !== 2 && r.status !== 3 && r.status !== 0) throw new Error(`check exited ${r.status}: ${r.stderr.toString()}`);
  return took;
}

function nodeStartup(): number {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0'], { cwd: root });
  return ms(t0);
}

try {
  const bare: number[] = [];
  const cliTimes: number[] = [];
  const oneThread: number[] = [];
  const startup: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    bare.push(bareParse());
    cliTimes.push(cli());
    oneThread.push(cli(true));
    startup.push(nodeStartup());
  }
  const b = median(bare);
  const c = median(cliTimes);
  const s = median(startup);
  const lines = readFileSync(out, 'utf8').split('\n').length - 1;
  if (lines !== N) throw new Error(`the CLI wrote ${lines} decisions, expected ${N}`);
  console.log(`bare read + JSON.parse: ${Math.round(b)} ms (median; runs ${bare.map(Math.round).join(', ')})`);
  const o = median(oneThread);
  console.log(`CLI check FILE (json, NDJSON out): ${Math.round(c)} ms (median; runs ${cliTimes.map(Math.round).join(', ')})`);
  console.log(`CLI check - (stdin):               ${Math.round(o)} ms (median; runs ${oneThread.map(Math.round).join(', ')})`);
  console.log(`node start-up alone: ~${Math.round(s)} ms; cores: ${os.cpus().length}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  if (peakKb > 0) console.log(`CLI peak resident memory: ${Math.round(peakKb / 1024)} MB (input ${Math.round(statSync(file).size / 1e6)} MB)`);
  console.log(`ratio CLI / bare parse: ${(c / b).toFixed(2)}x file, ${(o / b).toFixed(2)}x stdin; target <= 2x`);
} finally {
  rmSync(file, { force: true });
  rmSync(out, { force: true });
}

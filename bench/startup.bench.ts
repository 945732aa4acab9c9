/**
 * Start-up budget (the compiled package, as an installed user runs it): each command's wall time beside
 * `node -e 0` in the same run, interleaved so machine noise hits all alike. Medians of RUNS runs.
 * Targets: `interdict law list` within 4x of `node -e 0`, screening one name within 8x.
 * The parsed-list and law caches are warmed first: a user's second run onwards is what is measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './support/median.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'interdict.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.log('building the package first (npm run build)');
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}

const cases: { name: string; args: string[]; budget?: number }[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'interdict --version', args: [bin, '--version'] },
  { name: 'interdict --help', args: [bin, '--help'] },
  { name: 'interdict law list', args: [bin, 'law', 'list', '--format', 'json'], budget: 4 },
  { name: 'interdict screen "PAK YONG SIK"', args: [bin, 'screen', 'PAK YONG SIK', '--format', 'json'], budget: 8 },
  // The default ledger does not exist in a fresh data folder (XDG_DATA_HOME below): no database is opened.
  { name: 'interdict check examples/transactions.ndjson', args: [bin, 'check', path.join(root, 'examples', 'transactions.ndjson'), '--format', 'json'] },
];
const env = { ...process.env, XDG_DATA_HOME: path.join(root, '.bench', 'startup-data') };

function once(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  if (r.status !== null && r.status !== 0 && r.status !== 2 && r.status !== 3) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.toString()}`);
  return ms;
}

for (const c of cases) once(c.args); // warm caches (list, law) and the file system
const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
for (let i = 0; i < RUNS; i++) for (const c of cases) times.get(c.name)!.push(once(c.args));

const base = median(times.get('node -e 0')!);
console.log(`start-up, median of ${RUNS} runs (compiled package), beside node -e 0 = ${base.toFixed(0)} ms`);
let failed = false;
for (const c of cases) {
  const m = median(times.get(c.name)!);
  const ratio = m / base;
  const verdict = c.budget === undefined ? '' : ratio <= c.budget ? `  within ${c.budget}x` : `  OVER the ${c.budget}x budget`;
  if (c.budget !== undefined && ratio > c.budget) failed = true;
  console.log(`  ${c.name.padEnd(36)} ${m.toFixed(0).padStart(6)} ms  ${ratio.toFixed(2)}x${verdict}`);
}
if (failed) process.exitCode = 1;

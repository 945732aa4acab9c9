/**
 * Durable records per second: each record is its own transaction, committed to disk before the next
 * (SQLite WAL + synchronous=FULL; PostgreSQL synchronous_commit as the server has it). One writer in
 * this process, and four writers in four processes at once. Medians of several runs. Then the cost of
 * holding a read to the audit log (src/app/ledger/held-ledger.ts): a period's status on a service's
 * SQLite database of BENCH_RECORDS audited deliveries, read plain, held while nothing changed since the
 * last hold, and held after another connection committed (the whole ledger read against the log).
 *
 *   npm run bench:ledger            (PostgreSQL: INTERDICT_BENCH_PG_URL, else 127.0.0.1:5432/test if
 *                                    reachable, else PGlite in-process; the output says which)
 * Child mode (internal): ledger.bench.ts --child '<json>'
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadLaw } from '../src/law/index.ts';
import { capSourceFromLaw } from '../src/ledger/cap-source.ts';
import type { LedgerStore } from '../src/ledger/ledger-store.ts';
import { openSqlLedgerStore } from '../src/ledger/sql-ledger-store.ts';
import { importDeliveries, ledgerStatus } from '../src/app/ledger/index.ts';
import { openService } from '../src/app/service/service-context.ts';
import { openPgliteDriver } from '../src/store/pglite-driver.ts';
import { openPostgresDriver } from '../src/store/postgres-driver.ts';
import { quoteIdent } from '../src/store/sql-driver.ts';
import { openSqliteDriver } from '../src/store/sqlite-driver.ts';
import { median } from './support/median.ts';

type Target = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };
const caps = capSourceFromLaw(loadLaw());
const SELF = fileURLToPath(import.meta.url);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONE = Number(process.env.BENCH_RECORDS ?? 2000);

async function open(t: Target): Promise<LedgerStore> {
  return t.kind === 'sqlite' ? openSqlLedgerStore(openSqliteDriver(t.file), caps) : openSqlLedgerStore(await openPostgresDriver(t.url, { schema: t.schema, maxConnections: 1 }), caps);
}

async function write(store: LedgerStore, prefix: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String(((i >> 5) % 12) + 1).padStart(2, '0');
    await store.record({ commodity: 'refined-petroleum', state: i % 3 === 0 ? 'RU' : 'CN', date: `2018-${month}-${day}`, reported: '2019-01-01', barrels: 100, ref: `${prefix}-${i}` });
  }
}

if (process.argv[2] === '--child') {
  const spec = JSON.parse(process.argv[3]!) as { target: Target; prefix: string; n: number };
  const store = await open(spec.target);
  process.stdout.write('ready\n');
  await new Promise<void>((r) => process.stdin.on('end', r).resume());
  await write(store, spec.prefix, spec.n);
  await store.close();
  process.exit(0);
}

/**
 * The disk's floor, measured beside each run: one-row durable commits per second with the same
 * pragmas. fsync latency on a shared machine varies a lot; the ratio to this floor is the ledger's cost.
 */
function sqliteFloor(n: number): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-floor-'));
  try {
    const db = new Database(path.join(dir, 'floor.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      db.exec('BEGIN IMMEDIATE');
      insert.run(`row ${i}`);
      db.exec('COMMIT');
    }
    db.close();
    return n / ((performance.now() - t0) / 1000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function fourWriters(t: Target, n: number): Promise<number> {
  const children = Array.from({ length: 4 }, (_, w) => spawn(process.execPath, ['--import', 'tsx', SELF, '--child', JSON.stringify({ target: t, prefix: `w${w}`, n })], { stdio: ['pipe', 'pipe', 'inherit'] }));
  await Promise.all(children.map((c) => new Promise<void>((r) => c.stdout!.once('data', () => r()))));
  const t0 = performance.now();
  const exits = children.map((c) => new Promise<number | null>((r) => c.on('exit', r)));
  for (const c of children) c.stdin!.end();
  const codes = await Promise.all(exits);
  if (codes.some((c) => c !== 0)) throw new Error(`a writer failed: ${codes.join(',')}`);
  return (4 * n) / ((performance.now() - t0) / 1000);
}

interface Backend {
  label: string;
  fresh(): Promise<{ target?: Target; store: LedgerStore; cleanup(): Promise<void> }>;
}

async function pgReachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const sqlite: Backend = {
  label: 'SQLite (WAL, synchronous=FULL)',
  async fresh() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
    const target: Target = { kind: 'sqlite', file: path.join(dir, 'ledger.sqlite') };
    const store = await open(target);
    return { target, store, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  },
};

function postgres(url: string): Backend {
  return {
    label: `PostgreSQL server (${url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')})`,
    async fresh() {
      const target: Target = { kind: 'postgres', url, schema: `ledger_bench_${process.pid}_${Date.now().toString(36)}` };
      const store = await open(target);
      return {
        target,
        store,
        cleanup: async () => {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          await c.query(`DROP SCHEMA IF EXISTS ${quoteIdent(target.schema)} CASCADE`);
          await c.end();
        },
      };
    },
  };
}

const pglite: Backend = {
  label: 'PGlite (in-process, in memory: no PostgreSQL server reachable)',
  async fresh() {
    const store = await openSqlLedgerStore(await openPgliteDriver(), caps);
    return { store, cleanup: async () => undefined };
  },
};

const pgUrl = process.env.INTERDICT_BENCH_PG_URL ?? 'postgres://root@127.0.0.1:5432/test';
const backends = [sqlite, (await pgReachable(pgUrl)) ? postgres(pgUrl) : pglite];
console.log(`ledger bench: ${RUNS} runs each, ${ONE} records for one writer, ${ONE} records split over four processes; node ${process.version}, ${os.cpus().length} CPUs`);
for (const b of backends) {
  const one: number[] = [];
  const four: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    if (b === sqlite) floor.push(sqliteFloor(ONE));
    const f = await b.fresh();
    try {
      const t0 = performance.now();
      await write(f.store, `one${run}`, ONE);
      one.push(ONE / ((performance.now() - t0) / 1000));
    } finally {
      await f.store.close();
      await f.cleanup();
    }
    const g = await b.fresh();
    try {
      if (g.target) four.push(await fourWriters(g.target, Math.ceil(ONE / 4)));
    } finally {
      await g.store.close();
      await g.cleanup();
    }
  }
  console.log(`${b.label}`);
  if (floor.length > 0) console.log(`  disk floor (1-row commits): median ${median(floor).toFixed(0)} durable commits/s  (runs: ${floor.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`  one writer:              median ${median(one).toFixed(0)} durable records/s  (runs: ${one.map((x) => x.toFixed(0)).join(', ')})`);
  if (four.length > 0) console.log(`  four writers (processes): median ${median(four).toFixed(0)} durable records/s  (runs: ${four.map((x) => x.toFixed(0)).join(', ')})`);
  else console.log('  four writers: not run (PGlite lives in one process)');
}

/** Milliseconds `fn` takes, median of `n` runs (`between` before each). */
async function timed(n: number, fn: () => Promise<unknown>, between: () => Promise<unknown> = async () => undefined): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    await between();
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

async function heldReads(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-held-'));
  const saved = process.env.INTERDICT_CONFIG_DIR;
  process.env.INTERDICT_CONFIG_DIR = path.join(dir, 'config');
  try {
    const file = path.join(dir, 'service.sqlite');
    const svc = await openService({ target: { kind: 'sqlite', file, isDefault: false } });
    const law = loadLaw();
    const rows = Array.from({ length: ONE }, (_, i) => `${i % 3 === 0 ? 'RU' : 'CN'},refined-petroleum,2018-${String(((i >> 5) % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},100,h-${i},2019-01-01`);
    for (let k = 0; k < ONE; k += 500) {
      await importDeliveries(svc.ledger, law, { name: 'bench', state: null, audited: true }, ['state,commodity,date,barrels,ref,reported', ...rows.slice(k, k + 500)].join('\n'), 'bench.csv');
    }
    const status = () => ledgerStatus(svc.ledger, law, 'refined-petroleum', '2018');
    const held = () => svc.readLedger((l) => ledgerStatus(l, law, 'refined-petroleum', '2018'));
    const first = await timed(1, held);
    const plain = await timed(5, status);
    const unchanged = await timed(5, held);
    // Another connection commits (a table of its own): the next hold reads the whole ledger again.
    const other = openSqliteDriver(file);
    let n = 0;
    const changed = await timed(5, held, () => other.run(`CREATE TABLE bench_other_${n++} (a)`));
    await other.close();
    await svc.close();
    const ms = (xs: number[]) => `median ${median(xs).toFixed(1)} ms  (runs: ${xs.map((x) => x.toFixed(1)).join(', ')})`;
    console.log(`status read held to the audit log (SQLite service database, ${ONE} audited deliveries)`);
    console.log(`  plain read:                         ${ms(plain)}`);
    console.log(`  held, first in the process:         ${ms(first)}`);
    console.log(`  held, nothing changed since:        ${ms(unchanged)}`);
    console.log(`  held, after another connection wrote: ${ms(changed)}`);
  } finally {
    if (saved === undefined) delete process.env.INTERDICT_CONFIG_DIR;
    else process.env.INTERDICT_CONFIG_DIR = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await heldReads();

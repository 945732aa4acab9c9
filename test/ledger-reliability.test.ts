// Reliability with real processes on SQLite and PostgreSQL: eight writers at once, and a writer killed
// mid-stream; the totals and notices must come out exact. PGlite lives in one process and cannot be
// shared with children: its concurrent-writers test is the in-process one in ledger-store.test.ts.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { LedgerStore } from '../src/ledger/ledger-store.ts';
import { backends, closeBackends, type Target } from './ledger/backends.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, 'ledger', 'writer-child.ts');
const WRITERS = 8;
const PER_WRITER = 200;
// 1,600 records x 300 bbl = 480,000 bbl: 96 % of the 500,000 bbl cap, past every threshold.
const BARRELS = 300;

class Writer {
  readonly child: ChildProcess;
  readonly acked: string[] = [];
  readonly ready: Promise<void>;
  readonly exited: Promise<number | null>;
  private waiters = new Map<string, () => void>();
  private stderr = '';

  constructor() {
    this.child = spawn(process.execPath, ['--import', 'tsx', CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
    let onReady!: () => void;
    this.ready = new Promise<void>((r) => (onReady = r));
    let buf = '';
    this.child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (line === 'ready') onReady();
        else if (line.startsWith('ok ')) this.acked.push(line.slice(3));
        else if (line.startsWith('done ')) this.waiters.get(line.slice(5))?.();
      }
    });
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    // 'close', not 'exit': every line the child wrote has been read by then.
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** Start a job; resolves when the child reports it done (rejects if the child dies first). */
  run(target: Target, prefix: string, count: number): Promise<void> {
    const done = new Promise<void>((resolve, reject) => {
      this.waiters.set(prefix, resolve);
      void this.exited.then((code) => reject(new Error(`writer exited (${code}) during ${prefix}: ${this.stderr}`)));
    });
    this.child.stdin!.write(`${JSON.stringify({ target, prefix, count, barrels: BARRELS })}\n`);
    return done;
  }
}

let pool: Writer[] = [];
before(async () => {
  pool = Array.from({ length: WRITERS }, () => new Writer());
  await Promise.all(pool.map((w) => w.ready));
});
after(async () => {
  for (const w of pool) w.child.stdin!.end();
  await Promise.all(pool.map((w) => w.exited));
  await closeBackends();
});

async function assertExact(store: LedgerStore, records: number): Promise<void> {
  const [t] = await store.periodTotals('refined-petroleum');
  assert.equal(t!.records, records);
  assert.equal(t!.barrelsMilli, records * BARRELS * 1000);
  const fresh = await store.recomputeTotals('refined-petroleum', '2018');
  assert.deepEqual([fresh.barrelsMilli, fresh.records], [t!.barrelsMilli, t!.records]);
  const notices = await store.notices();
  assert.deepEqual(notices.map((n) => n.threshold), [75, 90, 95], 'each notice exactly once');
  for (const n of notices) {
    // The notice carries the total at the moment it was crossed: the first multiple of 300 bbl at or past the threshold.
    assert.equal(n.totalBarrelsMilli, Math.ceil((n.threshold * 5000) / BARRELS) * BARRELS * 1000);
  }
}

for (const backend of backends().filter((b) => b.name !== 'pglite')) {
  describe(`ledger reliability on ${backend.name}`, () => {
    test(`${WRITERS} processes x ${PER_WRITER} records at once: exact totals, each notice exactly once`, async () => {
      const f = await backend.fresh();
      try {
        const before = pool.reduce((n, w) => n + w.acked.length, 0);
        // All writers are idle and ready: the jobs start together (each opens its store, then writes).
        await Promise.all(pool.map((w, i) => w.run(f.target!, `${backend.name}-p${i}`, PER_WRITER)));
        assert.equal(pool.reduce((n, w) => n + w.acked.length, 0) - before, WRITERS * PER_WRITER);
        await assertExact(f.store, WRITERS * PER_WRITER);
      } finally {
        await f.store.close();
        await f.cleanup();
      }
    });

    test('a writer killed with SIGKILL mid-stream: every acknowledged record is there, no partial one', async () => {
      const f = await backend.fresh();
      try {
        const w = new Writer();
        await w.ready;
        w.run(f.target!, 'k', 100_000).catch(() => undefined);
        while (w.acked.length < 150) await new Promise((r) => setTimeout(r, 5));
        w.child.kill('SIGKILL');
        await w.exited;
        const store = await f.reopen(); // "after restart": a new connection
        const [t] = await store.periodTotals('refined-petroleum');
        // At most one record can be committed whose "ok" the kill cut off.
        assert.ok(t!.records >= w.acked.length && t!.records <= w.acked.length + 1, `${t!.records} stored, ${w.acked.length} acknowledged`);
        const refs = new Set((await store.records('refined-petroleum', '2018')).map((r) => r.ref));
        for (const ref of w.acked) assert.ok(refs.has(ref), `acknowledged ${ref} is stored`);
        const fresh = await store.recomputeTotals('refined-petroleum', '2018');
        assert.deepEqual([fresh.barrelsMilli, fresh.records], [t!.barrelsMilli, t!.records], 'no partial record: totals match the records');
        assert.equal(t!.barrelsMilli, t!.records * BARRELS * 1000);
        await store.close();
      } finally {
        await f.store.close();
        await f.cleanup();
      }
    });
  });
}

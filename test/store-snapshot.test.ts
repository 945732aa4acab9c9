// A snapshot reads the database at one moment: a write committed by another connection (another process,
// say) while it runs is not seen by its later reads. What the audit checks rely on when they read rows
// and then hold them to the log (src/app/audit/recorded-rows.ts).
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { openPostgresDriver } from '../src/store/postgres-driver.ts';
import { openSqliteDriver } from '../src/store/sqlite-driver.ts';
import type { SqlDriver } from '../src/store/index.ts';

/** Count, let `write` commit elsewhere, count again: both inside one snapshot. */
async function countsAround(db: SqlDriver, write: () => Promise<void>): Promise<[number, number, number]> {
  const count = async (d: SqlDriver) => Number((await d.all<{ n: unknown }>('SELECT COUNT(*) AS n FROM snap_t'))[0]!.n);
  const [a, b] = await db.snapshot(async (s) => {
    const first = await count(s);
    await write();
    return [first, await count(s)] as const;
  });
  return [a, b, await count(db)];
}

const NO_PG = process.env.INTERDICT_TEST_PG_URL === undefined && 'no PostgreSQL server (INTERDICT_TEST_PG_URL)';

/** Two connections (two pools, as two processes) to one fresh schema of the test server, holding table snap_t. */
async function twoConnections(name: string, fn: (a: SqlDriver, b: SqlDriver) => Promise<void>): Promise<void> {
  const url = process.env.INTERDICT_TEST_PG_URL!;
  const schema = `${name}_${process.pid}`;
  const a = await openPostgresDriver(url, { schema });
  const b = await openPostgresDriver(url, { schema });
  try {
    await a.run('CREATE TABLE snap_t (x INTEGER)');
    await fn(a, b);
  } finally {
    await a.run(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
    await a.close();
    await b.close();
  }
}

describe('store: a snapshot does not see what others write while it runs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'interdict-snapshot-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite: another process\'s insert is not seen inside, and is seen after', async () => {
    const file = path.join(dir, 's.sqlite');
    const db = openSqliteDriver(file);
    await db.run('CREATE TABLE snap_t (x INTEGER)');
    await db.run('INSERT INTO snap_t VALUES (1)');
    const write = () => new Promise<void>((resolve, reject) => {
      const child = fork(path.join(import.meta.dirname, 'support', 'sqlite-insert-child.ts'), [file], { execArgv: ['--import', 'tsx'] });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`child exited ${code}`))));
    });
    assert.deepEqual(await countsAround(db, write), [1, 1, 2]);
    await db.close();
  });

  it('PostgreSQL: a transaction\'s lockTables keeps another connection\'s writes out until it ends', { skip: NO_PG }, () => twoConnections('lock', async (a, b) => {
    await a.transaction(async (tx) => {
      await tx.lockTables(['snap_t']);
      // The other connection gives up at once rather than wait (no timing in the test): refused while held.
      await assert.rejects(b.transaction(async (t2) => {
        await t2.run("SET LOCAL lock_timeout = '50ms'");
        await t2.run('INSERT INTO snap_t VALUES (2)');
      }), (e: { code?: string }) => e.code === '55P03');
      assert.deepEqual(await tx.all('SELECT x FROM snap_t'), [], 'reads go on');
    });
    await b.run('INSERT INTO snap_t VALUES (2)');
    assert.equal((await a.all('SELECT x FROM snap_t')).length, 1, 'released at the end of the transaction');
  }));

  it('PostgreSQL: another connection\'s insert is not seen inside, and is seen after', { skip: NO_PG }, () => twoConnections('snap', async (a, b) => {
    await a.run('INSERT INTO snap_t VALUES (1)');
    assert.deepEqual(await countsAround(a, async () => { await b.run('INSERT INTO snap_t VALUES (2)'); }), [1, 1, 2]);
  }));
});

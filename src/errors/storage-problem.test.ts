import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { storageProblem } from './storage-problem.ts';

test('a database that cannot grow is STORE_FULL, saying nothing was stored; other errors are not', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'interdict-full-'));
  try {
    // A real SQLITE_FULL: a database capped at its current page count, then written past it.
    const db = new Database(path.join(dir, 'x.sqlite'));
    db.exec('CREATE TABLE t (v TEXT)');
    const pages = (db.pragma('page_count', { simple: true }) as number);
    db.pragma(`max_page_count = ${pages}`);
    let thrown: unknown;
    try {
      db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000));
    } catch (e) {
      thrown = e;
    }
    db.close();
    const full = storageProblem(thrown);
    assert.ok(full, `not read as full: ${String(thrown)}`);
    assert.equal(full.code, 'STORE_FULL');
    assert.match(full.message, /nothing was stored/);
    assert.equal(storageProblem(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }))?.code, 'STORE_FULL');
    assert.equal(storageProblem(Object.assign(new Error('could not extend file'), { code: '53100' }))?.code, 'STORE_FULL');
    assert.equal(storageProblem(Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT' })), undefined);
    assert.equal(storageProblem(new Error('plain')), undefined);
    assert.equal(storageProblem(undefined), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged database file is STORE_OPEN naming --db, not a fault of the program (hostile new user, M1)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'interdict-damaged-'));
  try {
    const file = path.join(dir, 'd.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE t (a TEXT)');
    const ins = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 2000; i++) ins.run(`row ${i} ${'x'.repeat(100)}`);
    db.close();
    // Bytes overwritten in the middle of the file (pages 3 to 5), as a disk fault or a copy gone wrong leaves them.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(3 * 4096, 0xa5), 0, 3 * 4096, 2 * 4096);
    closeSync(fd);
    const damaged = new Database(file);
    let caught: unknown;
    try {
      damaged.prepare('SELECT count(*) FROM t WHERE a LIKE ?').all('%9%');
    } catch (e) {
      caught = e;
    } finally {
      damaged.close();
    }
    const err = storageProblem(caught);
    assert.equal(err?.code, 'STORE_OPEN', String(caught));
    assert.equal(err?.location.field, 'db');
    assert.match(err?.message ?? '', /damaged/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

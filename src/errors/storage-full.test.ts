import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { storageFull } from './storage-full.ts';

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
    const full = storageFull(thrown);
    assert.ok(full, `not read as full: ${String(thrown)}`);
    assert.equal(full.code, 'STORE_FULL');
    assert.match(full.message, /nothing was stored/);
    assert.equal(storageFull(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }))?.code, 'STORE_FULL');
    assert.equal(storageFull(Object.assign(new Error('could not extend file'), { code: '53100' }))?.code, 'STORE_FULL');
    assert.equal(storageFull(Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT' })), undefined);
    assert.equal(storageFull(new Error('plain')), undefined);
    assert.equal(storageFull(undefined), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

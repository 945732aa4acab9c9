// Hostile new user: a command that fails leaves no new database behind. A mistyped --db on `users add --role
// wizard`, `users list`, `ledger amend` or `ledger baseline --barrels -5` made a full Interdict database there
// (schema, the bundled list, an audit entry), which `check --db` then read as an empty ledger.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { test } from 'node:test';
import { scratch } from './support/cli-harness.ts';

const s = scratch('failed-commands');

test('users add with a bad role, and users list, key, revoke, confirm on a database that is not there: exit 1, no file made', () => {
  const runs: [string[], RegExp][] = [
    [['users', 'add', 'bob', '--role', 'wizard'], /role/],
    [['users', 'add', '', '--role', 'admin'], /name/],
    [['users', 'list'], /STORE_NOT_FOUND/],
    [['users', 'key', 'nobody'], /STORE_NOT_FOUND/],
    [['users', 'revoke', 'nobody'], /STORE_NOT_FOUND/],
    [['users', 'confirm', 'nobody'], /STORE_NOT_FOUND/],
  ];
  runs.forEach(([args, said], i) => {
    const db = path.join(s.dir, `users-${i}.sqlite`);
    const r = s.cli([...args, '--db', db, '--format', 'json']);
    assert.equal(r.code, 1, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, said, args.join(' '));
    assert.equal(existsSync(db), false, `${args.join(' ')} made ${db}`);
  });
});

test('ledger amend of a report in a database that is not there, and ledger baseline with a bad amount: exit 1, no file made', () => {
  const amend = path.join(s.dir, 'amend.sqlite');
  const a = s.cli(['ledger', 'amend', '--state', 'RU', '--ref', 'A1', '--barrels', '10', '--db', amend, '--format', 'json']);
  assert.equal(a.code, 1, a.stdout + a.stderr);
  assert.equal(existsSync(amend), false);
  for (const [i, amount] of ['-5', 'x', '1e309'].entries()) {
    const db = path.join(s.dir, `baseline-${i}.sqlite`);
    const b = s.cli(['ledger', 'baseline', '--state', 'RU', '--barrels', amount, '--db', db, '--format', 'json']);
    assert.equal(b.code, 1, `${amount}: ${b.stdout}${b.stderr}`);
    assert.match(b.stderr, /barrels/);
    assert.equal(existsSync(db), false, amount);
  }
  // The good command still makes its database.
  const good = path.join(s.dir, 'good.sqlite');
  assert.equal(s.cli(['ledger', 'baseline', '--state', 'RU', '--barrels', '5', '--db', good, '--format', 'json']).code, 0);
  assert.equal(existsSync(good), true);
});

test('users list against a database that holds no accounts (a ledger file; an empty PostgreSQL database alike) is STORE_NOT_FOUND, and no table is made there', async () => {
  const db = path.join(s.dir, 'ledger-only.sqlite');
  assert.equal(s.cli(['ledger', 'baseline', '--state', 'RU', '--barrels', '5', '--db', db, '--format', 'json']).code, 0);
  const r = s.cli(['users', 'list', '--db', db, '--format', 'json']);
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stderr, /STORE_NOT_FOUND.*holds no service accounts/);
  const { openSqliteDriver } = await import('../src/store/sqlite-driver.ts');
  const d = openSqliteDriver(db);
  try {
    assert.deepEqual(await d.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'service_users'"), []);
  } finally {
    await d.close();
  }
});

test('lists load of a file that is no list, serve and ais watch that cannot listen, ais watch --connect --once with no sender: exit 1, no file made', async () => {
  const bad = s.write('not-a-list.xml', '<xml');
  const load = path.join(s.dir, 'load.sqlite');
  const l = s.cli(['lists', 'load', bad, '--db', load, '--format', 'json']);
  assert.equal(l.code, 1, l.stdout + l.stderr);
  assert.match(l.stderr, /LIST_INVALID/);
  assert.equal(existsSync(load), false);
  // A port held by another server for the two commands that listen (bound in the kernel, whatever this process does).
  const held = createServer();
  await new Promise<void>((resolve) => held.listen(0, '127.0.0.1', resolve));
  const port = (held.address() as AddressInfo).port;
  try {
    const served = path.join(s.dir, 'serve.sqlite');
    const r = s.cli(['serve', '--port', String(port), '--db', served]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /cannot listen on 127\.0\.0\.1:\d+: the port is in use/);
    assert.equal(existsSync(served), false);
    const watched = path.join(s.dir, 'watch.sqlite');
    const w = s.cli(['ais', 'watch', '--listen', `127.0.0.1:${port}`, '--db', watched, '--format', 'json']);
    assert.equal(w.code, 1, w.stderr);
    assert.match(w.stderr, /cannot listen on 127\.0\.0\.1:\d+/);
    assert.equal(existsSync(watched), false);
  } finally {
    held.close();
  }
  // A port nothing listens on (one just let go).
  const free = createServer();
  await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
  const closed = (free.address() as AddressInfo).port;
  await new Promise<void>((resolve) => free.close(() => resolve()));
  const once = path.join(s.dir, 'once.sqlite');
  const c = s.cli(['ais', 'watch', '--connect', `127.0.0.1:${closed}`, '--once', '--db', once, '--format', 'json']);
  assert.equal(c.code, 1, c.stderr);
  assert.match(c.stderr, /cannot connect to 127\.0\.0\.1:\d+/);
  assert.equal(existsSync(once), false);
});


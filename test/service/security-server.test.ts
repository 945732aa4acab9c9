// Security review, the running server: signed checkpoints written while it runs and on shutdown; the
// request log written out when the process dies of an error; on PostgreSQL, a service role that cannot
// switch the audit log's triggers off (needs INTERDICT_TEST_PG_URL).
import { pgAdmin } from '../support/pg-admin.ts';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { compiledBuild, compiledCli, scratch } from '../support/cli-harness.ts';
import { projectRoot, startServerProcess, testConfigDir } from './server-process.ts';

describe('security: serve --checkpoints', () => {
  const s = scratch('serve-checkpoints');
  it('signs the head at start and again on shutdown; audit verify checks both', async () => {
    const db = path.join(s.dir, 'c.sqlite');
    const file = path.join(s.dir, 'checkpoints.ndjson');
    const server = await startServerProcess({ ...s.env, INTERDICT_CONFIG_DIR: testConfigDir() }, ['--db', db, '--checkpoints', file]);
    const lines = () => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { seq: number });
    assert.deepEqual(lines().map((c) => c.seq), [2], 'the baseline and the first admin, signed at start');
    const r = await fetch(`${server.url}/v1/users`, { method: 'POST', headers: { authorization: `Bearer ${server.adminKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'aud', roles: ['auditor'] }) });
    assert.equal(r.status, 201);
    assert.equal(await server.stop(), 0);
    assert.deepEqual(lines().map((c) => c.seq), [2, 3], 'and the head at shutdown');
    const v = spawnSync(process.execPath, [compiledCli(), 'audit', 'verify', '--db', db, '--checkpoints', file, '--format', 'json'], {
      cwd: projectRoot, env: { ...s.env, INTERDICT_CONFIG_DIR: testConfigDir() }, encoding: 'utf8',
    });
    assert.equal(v.status, 0, v.stdout + v.stderr);
    assert.deepEqual(JSON.parse(v.stdout), { ok: true, entries: 3, checkpoints: 2 });
  });
});

describe('security: the request log survives a crash', () => {
  it('lines still in the buffer are written when the process dies of an uncaught error', () => {
    // The server's own log stream (cli/support/log-stream.ts), a few short lines (under the 4 KB buffer), then a crash.
    const script = `
      import pino from 'pino';
      import { openLogStream } from ${JSON.stringify(pathToFileURL(path.join(compiledBuild(), 'cli', 'support', 'log-stream.js')).href)};
      let log;
      const { stream } = openLogStream(pino, (err, what) => log.fatal({ err }, what));
      log = pino({}, stream);
      for (let i = 0; i < 5; i++) log.info('line ' + i);
      setTimeout(() => { throw new Error('boom'); }, 10);
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8' });
    assert.equal(r.status, 1);
    for (let i = 0; i < 5; i++) assert.match(r.stderr, new RegExp(`"msg":"line ${i}"`));
    assert.match(r.stderr, /"level":60.*uncaught exception/);
  });
});

const baseUrl = process.env.INTERDICT_TEST_PG_URL;

describe('security: PostgreSQL service role', { skip: baseUrl ? false : 'INTERDICT_TEST_PG_URL is not set' }, () => {
  const dbName = `interdict_role_test_${process.pid}`;
  const role = `interdict_svc_${process.pid}`;
  let ownerUrl = '';
  let roleUrl = '';
  const s = scratch('pg-role');
  const admin = (sql: string) => pgAdmin(baseUrl!, sql);
  before(async () => {
    await admin(`CREATE DATABASE ${dbName}`);
    const u = new URL(baseUrl!);
    u.pathname = `/${dbName}`;
    ownerUrl = u.toString();
    u.username = role;
    u.password = '';
    roleUrl = u.toString();
  });
  after(async () => {
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin(`DROP ROLE IF EXISTS ${role}`);
  });

  it('db grant makes a role that writes the service\'s tables but cannot alter or disable the audit log\'s triggers; serve warns only for the owner', async () => {
    const g = s.cli(['db', 'grant', role, '--db', ownerUrl, '--format', 'json']);
    assert.equal(g.code, 0, g.stderr);
    assert.equal(JSON.parse(g.stdout).created, true);
    // The service runs as the role: no warning, and it works (the first admin and its entry are written).
    const server = await startServerProcess({ ...s.env, INTERDICT_DATABASE_URL: roleUrl }, ['--require-restricted-role']);
    assert.ok(server.adminKey);
    const r = await fetch(`${server.url}/v1/users`, { method: 'POST', headers: { authorization: `Bearer ${server.adminKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'aud', roles: ['auditor'] }) });
    assert.equal(r.status, 201);
    assert.equal(await server.stop(), 0);
    const c = new pg.Client({ connectionString: roleUrl });
    await c.connect();
    try {
      for (const sql of ['ALTER TABLE audit_log DISABLE TRIGGER USER', 'DROP TRIGGER audit_log_no_update ON audit_log', "UPDATE audit_log SET actor = 'x'", 'DELETE FROM audit_log', 'TRUNCATE audit_log', 'DROP TABLE audit_log']) {
        await assert.rejects(c.query(sql), /permission denied|must be owner|append-only/, sql);
      }
      assert.equal((await c.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n, 3, 'the baseline and two entries, untouched');
    } finally {
      await c.end();
    }
    const v = s.cli(['audit', 'verify', '--db', roleUrl, '--format', 'json']);
    assert.equal(v.code, 0, v.stdout + v.stderr);
    // As the owner: a warning (and a refusal when asked for).
    const refused = spawnSync(process.execPath, [compiledCli(), 'serve', '--port', '0', '--db', ownerUrl, '--require-restricted-role'], { cwd: projectRoot, env: s.env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /owner of audit_log|superuser/);
  });
});

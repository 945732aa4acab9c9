// Two `interdict serve` processes on one PostgreSQL database are one service: no delivery counted
// twice, no notice issued twice, no alert opened twice, one audit chain. Needs INTERDICT_TEST_PG_URL
// (a server where it may create and drop a database); skipped without it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { spawnSync } from 'node:child_process';
import { projectRoot, startServerProcess, type ServerProcess } from './server-process.ts';
import { compiledCli } from '../support/compiled-cli.ts';

const baseUrl = process.env.INTERDICT_TEST_PG_URL;

describe('service: two server processes on one PostgreSQL', { skip: baseUrl ? false : 'INTERDICT_TEST_PG_URL is not set' }, () => {
  const dbName = `interdict_service_test_${process.pid}_${Date.now()}`;
  let dbUrl = '';
  let servers: ServerProcess[] = [];
  let adminKey = '';
  const keys: Record<string, string> = {};

  const call = async (s: number, method: string, path: string, key: string, body?: unknown) => {
    const res = await fetch(`${servers[s]!.url}${path}`, {
      method, headers: { authorization: `Bearer ${key}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  before(async () => {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(baseUrl!);
    u.pathname = `/${dbName}`;
    dbUrl = u.toString();
    // Both start at once on an empty database: migrations and the first admin are created once.
    // The test is one address sending 80 requests at once to each server: over the default share of the
    // connection slots (a sixteenth), within the largest allowed (an eighth).
    servers = await Promise.all([0, 1].map(() => startServerProcess({ INTERDICT_DATABASE_URL: dbUrl }, ['--max-connections-per-address', '128'])));
    const printed = servers.map((s) => s.adminKey).filter(Boolean) as string[];
    assert.equal(printed.length, 1, 'exactly one process created and printed the admin key');
    adminKey = printed[0]!;
    const accounts = [
      ['analyst', ['analyst']], ['releaser', ['releaser']], ['auditor', ['auditor']],
      ...['CN', 'RU', 'IN', 'BY', 'VN', 'MY', 'TH', 'SG'].map((s) => [`rep${s}`, ['reporter'], s]),
    ] as [string, string[], string?][];
    for (const [name, roles, state] of accounts) {
      const r = await call(0, 'POST', '/v1/users', adminKey, { name, roles, ...(state && { state }) });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      keys[name] = r.body.key;
      // With one admin, its grant of analyst or releaser waits for the operator at the server (the bootstrap).
      if (r.body.account.pending) {
        const c = spawnSync(process.execPath, [compiledCli(), 'users', 'confirm', name, '--db', dbUrl, '--format', 'json'], { cwd: projectRoot, encoding: 'utf8' });
        assert.equal(c.status, 0, c.stderr);
      }
      // The admin saw the key it issued: the operator at the server gives each account a key of its own
      // (else the analyst's and the releaser's keys, both seen by the admin, would not be four eyes).
      const own = spawnSync(process.execPath, [compiledCli(), 'users', 'key', name, '--db', dbUrl, '--format', 'json'], { cwd: projectRoot, encoding: 'utf8' });
      assert.equal(own.status, 0, own.stderr);
      keys[name] = (JSON.parse(own.stdout) as { key: string }).key;
    }
  });

  after(async () => {
    const codes = await Promise.all(servers.map((s) => s.stop()));
    assert.deepEqual(codes, servers.map(() => 0), 'SIGTERM drains and exits 0');
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  it('8 reporters through both servers, every report sent twice: exact totals, each notice once', async () => {
    const states = ['CN', 'RU', 'IN', 'BY', 'VN', 'MY', 'TH', 'SG'];
    const sends: Promise<{ status: number }>[] = [];
    for (const [i, s] of states.entries()) {
      for (let n = 0; n < 10; n++) {
        const body = { commodity: 'refined-petroleum', state: s, date: '2019-05-01', barrels: 6000 + i, ref: `${s}-${n}` };
        sends.push(call(n % 2, 'POST', '/v1/ledger/deliveries', keys[`rep${s}`]!, body), call((n + 1) % 2, 'POST', '/v1/ledger/deliveries', keys[`rep${s}`]!, body));
      }
    }
    const results = await Promise.all(sends);
    assert.ok(results.every((r) => r.status === 200 || r.status === 201), JSON.stringify(results.filter((r) => r.status >= 300)));
    assert.equal(results.filter((r) => r.status === 201).length, 80, 'each report created once');
    const expected = states.reduce((a, _s, i) => a + 10 * (6000 + i), 0);
    for (const s of [0, 1]) {
      const st = await call(s, 'GET', '/v1/ledger/status?commodity=refined-petroleum&period=2019', keys.auditor!);
      assert.equal(st.body.totalBarrels, expected);
      assert.equal(st.body.records, 80);
    }
    const notices = (await call(1, 'GET', '/v1/ledger/notices', keys.auditor!)).body.notices as { threshold: number; period: string }[];
    const mine = notices.filter((n) => n.period === '2019').map((n) => n.threshold);
    assert.deepEqual(mine, [75, 90, 95], 'each threshold notice once');
  });

  it('the same subject through both servers at once opens one alert; four eyes across servers', async () => {
    const subject = [{ id: 'cust-1', name: 'PAK YONG SIK' }];
    const both = await Promise.all([0, 1, 0, 1].map((s) => call(s, 'POST', '/v1/subjects', keys.analyst!, subject)));
    assert.ok(both.every((r) => r.status === 200), JSON.stringify(both.map((b) => b.body)));
    const opened = both.flatMap((r) => r.body.subjects[0].alerts as number[]);
    assert.equal(opened.length, 1, 'one alert, whichever server opened it');
    const id = opened[0]!;
    assert.equal((await call(0, 'POST', `/v1/alerts/${id}/decision`, keys.analyst!, { disposition: 'false-positive', note: 'n' })).status, 200);
    assert.equal((await call(1, 'POST', `/v1/alerts/${id}/confirm`, keys.releaser!, { disposition: 'false-positive' })).status, 200);
  });

  it('one audit chain, intact, seen the same from both', async () => {
    const a = await call(0, 'GET', '/v1/audit/verify', keys.auditor!);
    const b = await call(1, 'GET', '/v1/audit/verify', keys.auditor!);
    assert.equal(a.body.ok, true, JSON.stringify(a.body));
    assert.deepEqual(a.body, b.body);
    assert.ok(a.body.entries >= 80 + 11 + 3);
  });
});

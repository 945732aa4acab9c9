// The service's commands as a user runs them: serve (first start, readiness, SIGTERM), users, subjects
// import, lists load; bad input exits 1 with the field named and nothing stored.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cliCommand, projectRoot, scratch } from '../support/cli-harness.ts';
import { olderListXml } from './fixtures.ts';
import { startServerProcess } from './server-process.ts';

describe('service: commands', () => {
  const s = scratch('service-cli');
  const db = path.join(s.dir, 'svc.sqlite');
  const run = (...args: string[]) => s.cli([...args, '--db', db, '--format', 'json']);

  it('serve: the first start creates and prints the admin key once; readyz; --demo loads the examples; SIGTERM exits 0', async () => {
    const env = { INTERDICT_CACHE_DIR: path.join(s.dir, 'cache') };
    const first = await startServerProcess(env, ['--db', db]);
    assert.match(first.adminKey ?? '', /^ik_/);
    const ready = await fetch(`${first.url}/readyz`);
    assert.equal(ready.status, 200);
    const audit = await fetch(`${first.url}/v1/audit/verify`, { headers: { authorization: `Bearer ${first.adminKey}` } });
    assert.deepEqual(await audit.json(), { ok: true, entries: 2 }, 'the baseline and the first admin');
    assert.equal(await first.stop(), 0);
    const second = await startServerProcess(env, ['--db', db, '--demo']);
    assert.equal(second.adminKey, undefined, 'not printed again');
    const get = async (url: string) => (await fetch(`${second.url}${url}`, { headers: { authorization: `Bearer ${first.adminKey}` } })).json();
    assert.ok((await get('/v1/alerts?status=open')).items.length > 0, '--demo: the example customers opened alerts');
    assert.ok((await get('/v1/ledger/status?commodity=refined-petroleum&period=2018')).totalBarrels > 0, '--demo: the example reports are in the ledger');
    assert.equal(await second.stop(), 0);
  });

  it('serve --checkpoints naming a folder, or a file in a folder that is not there, is a bad flag: exit 1 before anything starts; no checkpoints warned about', () => {
    for (const [file, why] of [[s.dir, /is a folder/], [path.join(s.dir, 'nowhere', 'cp.ndjson'), /does not exist/]] as const) {
      const r = s.cli(['serve', '--db', path.join(s.dir, 'cp-flag.sqlite'), '--port', '0', '--checkpoints', file]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, why);
      assert.match(r.stderr, /"field":"checkpoints"/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack');
    }
  });

  it('serve: a first start that cannot listen creates no account, so the next start still prints the admin key', async () => {
    const env = { INTERDICT_CACHE_DIR: path.join(s.dir, 'cache') };
    const busyDb = path.join(s.dir, 'busy.sqlite');
    const holder = await startServerProcess(env, ['--db', path.join(s.dir, 'holder.sqlite')]);
    const port = new URL(holder.url).port;
    const refused = s.cli(['serve', '--port', port, '--db', busyDb]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /port is in use.*start again/s);
    const next = await startServerProcess(env, ['--db', busyDb]);
    assert.match(next.adminKey ?? '', /^ik_/, 'the key is printed by the start that listens');
    assert.equal(await next.stop(), 0);
    assert.equal(await holder.stop(), 0);
  });

  it('SIGTERM drains: a list update in flight completes, then the process exits 0', async () => {
    const env = { INTERDICT_CACHE_DIR: path.join(s.dir, 'cache') };
    const drainDb = path.join(s.dir, 'drain.sqlite');
    const server = await startServerProcess(env, ['--db', drainDb]);
    // SIGTERM goes only once the server holds the request: asked with "Expect: 100-continue", the server
    // answers 100 once it has read the request's head, and the body follows the signal. A fixed delay raced
    // a slow upload on a loaded machine.
    const xml = olderListXml();
    const url = new URL(`${server.url}/v1/lists`);
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { authorization: `Bearer ${server.adminKey}`, 'content-type': 'application/xml', 'content-length': xml.length, expect: '100-continue' } });
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
    });
    await new Promise<void>((resolve) => req.once('continue', resolve));
    const exited = server.stop();
    req.end(xml);
    const res = await answered;
    // The older list removes records: it is parsed, diffed and stored to wait for a second admin.
    assert.equal(res.status, 202, res.body);
    assert.ok((JSON.parse(res.body) as { pending: { id: number } }).pending.id > 0);
    assert.equal(await exited, 0);
  });

  it('users: add prints a key once, refuses bad roles and a reporter without a State or bound to KP; list; revoke', () => {
    const bad = run('users', 'add', 'x', '--role', 'wizard');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /USER_BAD_INPUT.*roles/s);
    assert.equal(run('users', 'add', 'rep', '--role', 'reporter').code, 1);
    for (const state of ['KP', 'kp']) {
      const kp = run('users', 'add', 'rep', '--role', 'reporter', '--state', state);
      assert.equal(kp.code, 1, `the DPRK is not a supplying State: ${kp.stdout}`);
      assert.match(kp.stderr, /USER_BAD_INPUT.*state/s);
    }
    const ok = run('users', 'add', 'rep', '--role', 'reporter', '--state', 'cn');
    assert.equal(ok.code, 0, ok.stderr);
    const added = JSON.parse(ok.stdout);
    assert.match(added.key, /^ik_/);
    assert.equal(added.state, 'CN');
    assert.equal(run('users', 'add', 'rep', '--role', 'analyst').code, 1, 'the name is taken');
    const list = JSON.parse(run('users', 'list').stdout) as { name: string; revokedAt?: string }[];
    assert.deepEqual(list.map((u) => u.name), ['admin', 'rep']);
    assert.ok(!JSON.stringify(list).includes(added.key));
    assert.equal(run('users', 'revoke', 'rep').code, 0);
    assert.equal(run('users', 'revoke', 'rep').code, 1, 'already revoked');
    assert.ok((JSON.parse(run('users', 'list').stdout) as { name: string; revokedAt?: string }[]).find((u) => u.name === 'rep')!.revokedAt);
  });

  it('users add whose key cannot be written (a full disk) exits 4 saying the account was stored; a list that cannot be written exits 1', { skip: !existsSync('/dev/full') && 'no /dev/full' }, () => {
    const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { cwd: projectRoot, env: s.env, encoding: 'utf8' });
    const add = sh(`${cliCommand()} users add bob --role analyst --db ${JSON.stringify(db)} --format json > /dev/full`);
    assert.equal(add.status, 4, add.stderr);
    const e = (JSON.parse(add.stderr) as { error: { code: string; message: string } }).error;
    assert.equal(e.code, 'CLI_OUTPUT_AFTER_COMMIT');
    assert.match(e.message, /STORED account bob/);
    assert.ok((JSON.parse(run('users', 'list').stdout) as { name: string }[]).some((u) => u.name === 'bob'), 'the account is there');
    const list = sh(`${cliCommand()} users list --db ${JSON.stringify(db)} --format json > /dev/full`);
    assert.equal(list.status, 1);
    assert.equal((JSON.parse(list.stderr) as { error: { code: string } }).error.code, 'CLI_IO');
  });

  it('audit checkpoint whose line cannot be written (a full disk) exits 4 saying the checkpoint was appended; audit verify that cannot be written exits 1', { skip: !existsSync('/dev/full') && 'no /dev/full' }, () => {
    const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { cwd: projectRoot, env: s.env, encoding: 'utf8' });
    const auditDb = path.join(s.dir, 'audit-full.sqlite');
    const file = path.join(s.dir, 'audit-full-checkpoints.ndjson');
    assert.equal(s.cli(['users', 'add', 'aud', '--role', 'auditor', '--db', auditDb, '--format', 'json']).code, 0);
    const signed = sh(`${cliCommand()} audit checkpoint --out ${JSON.stringify(file)} --db ${JSON.stringify(auditDb)} --format json > /dev/full`);
    assert.equal(signed.status, 4, signed.stderr);
    const e = (JSON.parse(signed.stderr) as { error: { code: string; message: string } }).error;
    assert.equal(e.code, 'CLI_OUTPUT_AFTER_COMMIT');
    assert.match(e.message, /STORED the checkpoint of entry \d+/);
    assert.equal(readFileSync(file, 'utf8').trim().split('\n').length, 1, 'the checkpoint is in the file');
    const verify = sh(`${cliCommand()} audit verify --checkpoints ${JSON.stringify(file)} --db ${JSON.stringify(auditDb)} --format json > /dev/full`);
    assert.equal(verify.status, 1, verify.stderr);
    assert.equal((JSON.parse(verify.stderr) as { error: { code: string } }).error.code, 'CLI_IO');
    const ok = s.cli(['audit', 'verify', '--checkpoints', file, '--db', auditDb, '--format', 'json']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal((JSON.parse(ok.stdout) as { checkpoints: number }).checkpoints, 1);
  });

  it('subjects import: hits open alerts (exit 2); a bad row stores nothing (exit 1)', () => {
    const bad = s.write('bad.csv', 'id,name,dob\nb1,Anna Berg,\nb2,Bo Lind,1990-02-31\n');
    const r1 = run('subjects', 'import', bad);
    assert.equal(r1.code, 1);
    assert.match(r1.stderr, /dob/);
    // Into a database that does not exist yet: refused before it is made, so no new file is left behind.
    const fresh = path.join(s.dir, 'never-made.sqlite');
    const r0 = s.cli(['subjects', 'import', s.write('empty-name.csv', 'id,name\n1,PAK YONG SIK\n2,\n'), '--db', fresh, '--format', 'json']);
    assert.equal(r0.code, 1, r0.stderr);
    assert.match(r0.stderr, /name/);
    assert.equal(existsSync(fresh), false, 'no database file made for a refused import');
    const good = s.write('subjects.csv', 'id,name,dob\nc1,PAK YONG SIK,1949\nc2,Anna Berg,\n');
    const r2 = run('subjects', 'import', good);
    assert.equal(r2.code, 2, r2.stderr);
    const out = JSON.parse(r2.stdout);
    assert.equal(out.alertsOpened, 1);
    assert.deepEqual(out.subjects.map((x: { id: string; status: string }) => `${x.id}:${x.status}`), ['c1:created', 'c2:created']);
    assert.deepEqual([out.matched, out.possible], [1, 0]);
  });

  it('subjects import: only possible matches exit 3 and are counted apart; a file that is not UTF-8 stores nothing', () => {
    const possible = s.write('possible.csv', 'id,name\nq1,PAK TONG SIK\n');
    const r = run('subjects', 'import', possible);
    assert.equal(r.code, 3, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual([out.matched, out.possible, out.alertsOpened], [0, 1, 1]);
    const human = s.cli(['subjects', 'import', possible, '--db', db, '--format', 'human']);
    assert.match(human.stdout, /0 matched, 1 possible matches/);
    const euckr = s.write('euckr.csv', Buffer.concat([Buffer.from('id,name\nk1,PAK YONG SIK\nk2,'), Buffer.from([0xb9, 0xda, 0xbf, 0xb5, 0xbd, 0xc4]), Buffer.from('\n')]));
    const bad = run('subjects', 'import', euckr);
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /row 2 .*not valid UTF-8.*iconv -f EUC-KR -t UTF-8/);
    const after = JSON.parse(run('subjects', 'import', s.write('k1.csv', 'id,name\nk1,Anna Berg\n')).stdout);
    assert.equal(after.subjects[0].status, 'created', 'nothing of the refused file was stored');
    // Subjects are kept by their id: a file without ids (rows numbered) would replace the next file's row 1 with
    // its own (hostile new user, HIGH: the listed person monitored as 1 became Jane Roe); an id that shows as
    // another (a zero-width space, full-width letters) would be a second subject beside it. Each refused, naming
    // the field; nothing stored.
    for (const [csv, why] of [['name\nPAK YONG SIK\n', /no \\"id\\" column/], ['id,name\n,PAK YONG SIK\n', /gives no id.*"record":"row 1"/], ['id,name\nk\u200b1,Jane Roe\n', /invisible character U\+200B/], ['id,name\nｋ1,Jane Roe\n', /compatibility form of \\"k\\"/], ['id,name,nationalty\nk2,Jane Roe,KP\n', /column \\"nationalty\\", which is not one of id, name, dob, nationality, type/]] as const) {
      const r = run('subjects', 'import', s.write('no-id.csv', csv));
      assert.equal(r.code, 1, csv);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, why);
      assert.match(r.stderr, /"field":"((\[0\]\.)?id|nationalty)"/);
    }
    assert.deepEqual((JSON.parse(run('subjects', 'import', s.write('k1-again.csv', 'id,name\nk1,Anna Berg\n')).stdout) as { subjects: { status: string }[] }).subjects.map((x) => x.status), ['unchanged']);
  });

  it('lists load: a new list becomes the one in use; a file that is not a list changes nothing', () => {
    const notList = s.write('not-a-list.xml', '<html></html>');
    const r1 = run('lists', 'load', notList);
    assert.equal(r1.code, 1);
    assert.match(r1.stderr, /LIST_INVALID/);
    const older = path.join(s.dir, 'older.xml');
    writeFileSync(older, olderListXml());
    const r2 = run('lists', 'load', older, '--allow-removals');
    assert.equal(r2.code, 0, r2.stderr);
    const out = JSON.parse(r2.stdout);
    assert.equal(out.changed, true);
    assert.match(out.to, /^2025-04-19/);
    assert.equal(out.rescreened, 10, 'every subject (6 from --demo, 4 imported), against the records that differ');
    const v = run('audit', 'verify');
    assert.equal(v.code, 0);
    assert.equal(JSON.parse(v.stdout).ok, true);
  });
});

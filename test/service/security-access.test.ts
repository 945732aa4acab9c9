// Security review, findings 2 and 3: one admin alone can no longer make the two keys four eyes need;
// the last admin stays; a web session cannot be minted from what the database holds.
import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { addAccount, hashKey } from '../../src/app/accounts/accounts.ts';
import { loadSessionSecrets, rotateSessionSecret, SESSION_SECRET_FILE, fixedSessionSecrets } from '../../src/app/web/session-secret.ts';
import { openSession, sessionFor } from '../../src/app/web/web-sessions.ts';
import { rotateKey } from '../../src/app/accounts/account-changes.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { scratch } from '../support/cli-harness.ts';
import { auth, caller, startTestService, suiteService } from './harness.ts';

describe('security: segregation of duties and four eyes on grants', () => {
  const t = suiteService('sqlite');
  const call = caller(t);

  it('no account holds admin together with analyst or releaser (400, field roles), however it is asked', async () => {
    for (const roles of [['admin', 'analyst'], ['admin', 'releaser'], ['analyst', 'releaser', 'reporter', 'auditor', 'admin']]) {
      const r = await call('POST', '/v1/users', t.keys.admin!, { name: `all-${roles.length}`, roles, ...(roles.includes('reporter') && { state: 'CN' }) });
      assert.equal(r.statusCode, 400, JSON.stringify(roles));
      assert.equal(r.json().error.field, 'roles');
      assert.match(r.json().error.message, /segregation of duties/);
    }
    const patch = await call('PATCH', '/v1/users/analyst', t.keys.admin!, { roles: ['analyst', 'admin'] });
    assert.equal(patch.statusCode, 400);
    await assert.rejects(addAccount(t.svc.driver, { name: 'cli-both', roles: ['admin', 'releaser'] }, { actor: 'cli:root', operator: true }), /segregation of duties/);
  });

  it("the review's bypass: one admin adds an analyst and a releaser, then decides and confirms alone: refused", async () => {
    const a = await call('POST', '/v1/users', t.keys.admin!, { name: 'mallory-a', roles: ['analyst'] });
    const r = await call('POST', '/v1/users', t.keys.admin!, { name: 'mallory-r', roles: ['releaser'] });
    assert.equal(a.statusCode, 201);
    assert.deepEqual(a.json().account.roles, []);
    assert.deepEqual(a.json().account.pending.roles, ['analyst']);
    const s = await call('POST', '/v1/subjects', t.keys.analyst!, [{ id: 'bypass-1', name: 'PAK YONG SIK', type: 'person' }]);
    const id = s.json().subjects[0].alerts[0] as number;
    assert.equal((await call('POST', `/v1/alerts/${id}/decision`, a.json().key, { disposition: 'false-positive', note: 'mine' })).statusCode, 403, 'the analyst key decides nothing yet');
    assert.equal((await call('POST', `/v1/alerts/${id}/confirm`, r.json().key, { disposition: 'false-positive' })).statusCode, 403, 'the releaser key confirms nothing yet');
    const self = await call('POST', '/v1/users/mallory-a/confirm', t.keys.admin!);
    assert.equal(self.statusCode, 409, 'the admin who asked cannot confirm its own grant');
    assert.match(self.json().error.message, /second admin must confirm it \(four eyes\)/);
    // The same admin cannot mint a second admin to confirm with: that grant waits too.
    const admin2 = await call('POST', '/v1/users', t.keys.admin!, { name: 'mallory-admin', roles: ['admin'] });
    assert.deepEqual(admin2.json().account.roles, []);
    assert.equal((await call('POST', '/v1/users/mallory-a/confirm', admin2.json().key)).statusCode, 403);
  });

  it('a second admin confirms a grant; the log records who asked and who confirmed; the single-admin bootstrap is the operator at the server', async () => {
    // The bootstrap: the operator (the CLI at the server, audited under the OS account) confirms the second admin.
    const { confirmGrant } = await import('../../src/app/accounts/account-changes.ts');
    const admin2 = await confirmGrant(t.svc.driver, 'mallory-admin', { actor: 'cli:operator', operator: true });
    assert.deepEqual(admin2.roles, ['admin']);
    // The key admin issued (and saw) cannot confirm admin's grant; the account takes its key back first.
    const issued = (await call('POST', '/v1/users/mallory-admin/key', t.keys.admin!)).json().key as string;
    const seen = await call('POST', '/v1/users/mallory-a/confirm', issued);
    assert.equal(seen.statusCode, 409, seen.body);
    assert.match(seen.json().error.message, /admin issued mallory-admin's key/);
    // Rotating its own key keeps the admin as a holder (the admin could have made that request).
    const self = (await call('POST', '/v1/users/me/key', issued)).json().key as string;
    assert.equal((await call('POST', '/v1/users/mallory-a/confirm', self)).statusCode, 409, 'a self-rotation does not clear the admin who saw the key');
    const key2 = (await rotateKey(t.svc.driver, 'mallory-admin', { actor: 'cli:operator', operator: true })).key;
    // The roles the second admin reviewed: another grant by now (the asking admin may change it) is 409.
    const other = await call('POST', '/v1/users/mallory-a/confirm', key2, { roles: ['analyst', 'auditor'] });
    assert.equal(other.statusCode, 409, other.body);
    assert.equal(other.json().error.field, 'roles');
    const ok = await call('POST', '/v1/users/mallory-a/confirm', key2, { roles: ['analyst'] });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().user.roles, ['analyst']);
    assert.equal(ok.json().user.pending, undefined);
    const log = (await call('GET', '/v1/audit?target=user:mallory-a&order=asc', t.keys.auditor!)).json().items as { action: string; actor: string; detail: Record<string, unknown> }[];
    assert.deepEqual(log.map((e) => [e.action, e.actor]), [['user.add', 'admin'], ['user.confirm', 'mallory-admin']]);
    assert.equal(log[1]!.detail.requestedBy, 'admin');
    assert.equal((await call('POST', '/v1/users/mallory-a/confirm', key2)).statusCode, 409, 'nothing waits any more');
    assert.equal((await verifyAudit(t.svc.driver)).ok, true, 'the tables agree with the log');
  });

  it('the last admin cannot be revoked or demoted (409), not even by itself; with two, one may go', async () => {
    const solo = await startTestService('sqlite');
    try {
      const key = solo.keys.admin!;
      const self = await solo.app.inject({ method: 'DELETE', url: '/v1/users/admin', headers: auth(key) });
      assert.equal(self.statusCode, 409);
      assert.match(self.json().error.message, /last admin/);
      const demote = await solo.app.inject({ method: 'PATCH', url: '/v1/users/admin', headers: auth(key), payload: { roles: ['auditor'] } });
      assert.equal(demote.statusCode, 409);
      assert.equal((await solo.app.inject({ method: 'GET', url: '/v1/users', headers: auth(key) })).statusCode, 200, 'still an admin');
    } finally {
      await solo.close();
    }
    // Here there are two admins (admin and mallory-admin): one may step down.
    const down = await call('PATCH', '/v1/users/mallory-admin', t.keys.admin!, { roles: ['auditor'] });
    assert.equal(down.statusCode, 200, down.body);
    assert.deepEqual(down.json().user.roles, ['auditor']);
    assert.equal((await call('DELETE', '/v1/users/admin', t.keys.admin!)).statusCode, 409, 'now admin is the last one again');
  });
});

describe('security: web sessions keyed by a server secret', () => {
  const t = suiteService('sqlite');

  it("a session minted from the stored key hash (what a backup holds) is no session", async () => {
    const rows = await t.svc.driver.all<{ key_hash: string }>('SELECT key_hash FROM service_users WHERE name = ?', ['admin']);
    const keyHash = rows[0]!.key_hash;
    const payload = `${Buffer.from('admin').toString('base64url')}.${Date.now() + 3600_000}`;
    // The old scheme (HMAC keyed by the key hash), and the new one's input with the key hash as the secret.
    for (const mac of [
      createHmac('sha256', keyHash).update(`session\n${payload}`).digest('base64url'),
      createHmac('sha256', keyHash).update(`session\n${keyHash}\n${payload}`).digest('base64url'),
    ]) {
      const cookie = `${payload}.${mac}`;
      assert.equal(await sessionFor(t.svc.driver, t.sessions, cookie), undefined);
      const page = await t.app.inject({ method: 'GET', url: '/audit', headers: { cookie: `interdict_session=${cookie}` } });
      assert.equal(page.statusCode, 303);
      assert.equal(page.headers.location, '/sign-in');
    }
  });

  it('a session opens with the key, is bound to the key (a new key ends it), and needs this deployment\'s secret', async () => {
    const s = await openSession(t.svc.driver, t.sessions, t.keys.auditor!);
    assert.ok(s);
    assert.ok(await sessionFor(t.svc.driver, t.sessions, s.cookie));
    assert.equal(await sessionFor(t.svc.driver, fixedSessionSecrets(randomBytes(32)), s.cookie), undefined, "another deployment's secret");
    await t.svc.driver.run('UPDATE service_users SET key_hash = ? WHERE name = ?', [hashKey('ik_other'), 'auditor']);
    assert.equal(await sessionFor(t.svc.driver, t.sessions, s.cookie), undefined, 'a new key ends the session');
  });

  it('a malformed or hostile cookie sends the browser to sign-in, never a 500', async () => {
    for (const cookie of ['interdict_session=AA.99999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'interdict_session=%00%00', 'interdict_session=\u00ff\u00fe', 'interdict_session=' + 'x'.repeat(5000)]) {
      const r = await t.app.inject({ method: 'GET', url: '/', headers: { cookie } });
      assert.equal(r.statusCode, 303, cookie.slice(0, 60));
      assert.equal(r.headers.location, '/sign-in');
    }
  });

  it('the secret: from the environment, else a 0600 file in the config folder; rotation keeps the previous one for the sessions it signed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'interdict-secret-'));
    const saved = process.env.INTERDICT_CONFIG_DIR;
    process.env.INTERDICT_CONFIG_DIR = dir;
    try {
      const first = loadSessionSecrets({});
      assert.equal(statSync(path.join(dir, SESSION_SECRET_FILE)).mode & 0o777, 0o600);
      const old = first.current();
      const { previousUntil } = rotateSessionSecret(Date.parse('2030-01-01T00:00:00Z'));
      const rotated = loadSessionSecrets({});
      assert.notDeepEqual(rotated.current(), old);
      assert.deepEqual(rotated.accepted(Date.parse('2030-01-01T01:00:00Z')).map((b) => b.toString()), [rotated.current().toString(), old.toString()]);
      assert.deepEqual(rotated.accepted(Date.parse(previousUntil!) + 1).length, 1, 'after the grace period only the new one');
      // A leaked secret (review 17, R17-19): --drop-previous keeps none of the old ones, at once.
      const leaked = rotated.current();
      const dropped = rotateSessionSecret(Date.parse('2030-01-01T02:00:00Z'), { dropPrevious: true });
      assert.equal(dropped.previousUntil, null);
      assert.equal(dropped.dropped, true);
      const after = loadSessionSecrets({});
      assert.deepEqual(after.accepted(Date.parse('2030-01-01T02:00:01Z')).map((b) => b.toString()), [after.current().toString()]);
      assert.notDeepEqual(after.current(), leaked);
      assert.notDeepEqual(after.current(), old);
      const env = loadSessionSecrets({ INTERDICT_SESSION_SECRET: 's'.repeat(40), INTERDICT_SESSION_SECRET_PREVIOUS: 'p'.repeat(40) });
      assert.deepEqual(env.accepted().map((b) => b.toString()), ['s'.repeat(40), 'p'.repeat(40)]);
      assert.throws(() => loadSessionSecrets({ INTERDICT_SESSION_SECRET: 'short' }), /at least 32/);
    } finally {
      if (saved === undefined) delete process.env.INTERDICT_CONFIG_DIR;
      else process.env.INTERDICT_CONFIG_DIR = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('security: the CLI names who acted', () => {
  const s = scratch('actor');
  it('the OS account, not $USER; --as NAME recorded beside it; confirm at the server is the bootstrap', async () => {
    const db = path.join(s.dir, 'actor.sqlite');
    const { userInfo } = await import('node:os');
    const me = userInfo().username;
    const add = s.cli(['users', 'add', 'ann', '--role', 'auditor', '--db', db, '--format', 'json'], undefined);
    assert.equal(add.code, 0, add.stderr);
    const spoofed = scratch('actor-env', { USER: 'someone-else', LOGNAME: 'someone-else' });
    assert.equal(spoofed.cli(['users', 'add', 'bob', '--role', 'auditor', '--db', db, '--as', 'carol', '--format', 'json']).code, 0);
    assert.equal(s.cli(['users', 'add', 'dan', '--role', 'auditor', '--db', db, '--as', 'bad name!', '--format', 'json']).code, 1);
    const list = JSON.parse(s.cli(['users', 'list', '--db', db, '--format', 'json']).stdout) as { name: string; createdBy: string }[];
    assert.equal(list.find((a) => a.name === 'ann')!.createdBy, `cli:${me}`);
    assert.equal(list.find((a) => a.name === 'bob')!.createdBy, `cli:${me} as carol`, '$USER is not who acted');
    const nothing = s.cli(['users', 'confirm', 'ann', '--db', db, '--format', 'json']);
    assert.equal(nothing.code, 1);
    assert.match(nothing.stderr, /no grant waiting/);
    const rotated = s.cli(['sessions', 'rotate-secret', '--format', 'json']);
    assert.equal(rotated.code, 0, rotated.stderr);
    const file = JSON.parse(readFileSync(path.join(s.dir, 'config', SESSION_SECRET_FILE), 'utf8')) as { current: string; previous?: string };
    assert.ok(file.previous && file.previous !== file.current, 'the old secret is kept beside the new one');
    const drop = s.cli(['sessions', 'rotate-secret', '--drop-previous', '--format', 'json']);
    assert.equal(drop.code, 0, drop.stderr);
    assert.equal(JSON.parse(drop.stdout).previousUntil, null);
    const bare = JSON.parse(readFileSync(path.join(s.dir, 'config', SESSION_SECRET_FILE), 'utf8')) as { current: string; previous?: string };
    assert.equal(bare.previous, undefined, 'a leaked secret is kept by no one');
    assert.notEqual(bare.current, file.current);
    assert.notEqual(bare.current, file.previous);
  });
});

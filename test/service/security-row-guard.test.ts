// A row changed in the database directly is never trusted, so the service's next entry cannot launder it:
// a planted key hash signs no one in and cannot be rotated into a clean one, raised roles grant nothing,
// an alert's lowered band cannot be decided, and `audit verify` goes on naming the change. (The second
// security review's reproductions, with the service's own database role's powers: the tables, not the log.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashKey } from '../../src/app/accounts/accounts.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { tempEnvDir } from '../support/temp-env-dir.ts';
import { alertForSubject, auth, suiteService, type TestBackend } from './harness.ts';

tempEnvDir('INTERDICT_CONFIG_DIR', 'audit-key');

const PLANTED = 'planted-key-0123456789abcdef0123456789abcdef';

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`security: rows changed outside Interdict are not trusted (${backend})`, () => {
    const t = suiteService(backend);
    const call = (method: 'GET' | 'POST', url: string, key: string, payload?: object) => t.app.inject({ method, url, headers: auth(key), payload });

    it('a planted key hash signs no one in, cannot be rotated into a clean key, and verify keeps naming it', async () => {
      await t.svc.driver.run('UPDATE service_users SET key_hash = ? WHERE name = ?', [hashKey(PLANTED), 'analyst2']);
      const r = await call('GET', '/v1/alerts', PLANTED);
      assert.equal(r.statusCode, 401, r.body);
      assert.match(r.json().error.message, /changed in the database outside Interdict/);
      assert.equal((await call('POST', '/v1/users/me/key', PLANTED, {})).statusCode, 401, 'no rotation launders it');
      const signIn = (key: string) => t.app.inject({ method: 'POST', url: '/session', payload: `key=${key}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.ok((await signIn(t.keys.analyst!)).headers['set-cookie'], 'a trusted key opens a session');
      assert.equal((await signIn(PLANTED)).headers['set-cookie'], undefined, 'the planted one does not');
      const v = await verifyAudit(t.svc.driver);
      assert.equal(v.ok, false);
      assert.match(v.problem ?? '', /analyst2/);
    });

    it('roles raised in the table grant nothing: the account is refused until the table is what the log says', async () => {
      const before = await call('GET', '/v1/alerts', t.keys.releaser2!);
      assert.equal(before.statusCode, 200);
      await t.svc.driver.run('UPDATE service_users SET roles = ? WHERE name = ?', [JSON.stringify(['admin']), 'auditor']);
      const r = await call('GET', '/v1/users', t.keys.auditor!);
      assert.equal(r.statusCode, 401, r.body);
      await t.svc.driver.run('UPDATE service_users SET roles = ? WHERE name = ?', [JSON.stringify(['auditor']), 'auditor']);
      assert.equal((await call('GET', '/v1/audit?limit=1', t.keys.auditor!)).statusCode, 200, 'restored: trusted again');
    });

    it('an alert whose band was lowered in the table cannot be decided, so the decision cannot launder it', async () => {
      const id = await alertForSubject(t, `rg-${backend}`);
      await t.svc.driver.run("UPDATE alerts SET band = 'possible', score = 0.55 WHERE id = ?", [id]);
      const r = await call('POST', `/v1/alerts/${id}/decision`, t.keys.analyst!, { disposition: 'false-positive', note: 'only a possible match' });
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      const a = await call('GET', `/v1/alerts/${id}`, t.keys.releaser!);
      assert.equal(a.json().status, 'open', 'nothing was changed');
      const v = await verifyAudit(t.svc.driver);
      assert.equal(v.ok, false);
    });

    it('an admin (or anyone) removing a subject leaves its match alert in the queue for four eyes', async () => {
      const id = await alertForSubject(t, `rm-${backend}`);
      const r = await t.app.inject({ method: 'DELETE', url: `/v1/subjects/rm-${backend}`, headers: auth(t.keys.admin!) });
      assert.equal(r.statusCode, 200, r.body);
      assert.deepEqual(r.json().alertsOpen, [id]);
      assert.equal((await call('GET', `/v1/alerts/${id}`, t.keys.releaser!)).json().status, 'open');
    });
  });
}

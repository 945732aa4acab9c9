// Security review 18, R18-1: a key an admin issued (or rotated) kept acting alone after that admin was
// revoked: its holder removed a subject from monitoring, assigned and rejected alerts, proposed decisions
// and imported subjects (one-person actions), and R17-9 had kept it out of four-eyes steps only. Now such a
// key is suspended, every request with it 403 SERVICE_KEY_SUSPENDED naming the admin, until another admin
// (or the operator) issues the account a new key; the same when the admin is demoted. Each reproduction
// was a 200 before the fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rotateKey } from '../../src/app/accounts/account-changes.ts';
import { addAccount } from '../../src/app/accounts/accounts.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { alertForSubject, caller, suiteService, type TestBackend } from './harness.ts';

const OPERATOR = { actor: 'cli:operator', operator: true } as const;

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`security: the keys a revoked or demoted admin issued act no more (R18-1, ${backend})`, () => {
    const t = suiteService(backend);
    const call: ReturnType<typeof caller> = (...args) => caller(t)(...args);
    const suspended = (r: { statusCode: number; body: string; json(): { error: { code: string; message: string } } }, admin: string, how: RegExp): void => {
      assert.equal(r.statusCode, 403, r.body);
      assert.equal(r.json().error.code, 'SERVICE_KEY_SUSPENDED');
      assert.match(r.json().error.message, new RegExp(`may have been seen by ${admin}, who ${how.source}`));
    };

    it('revoked: removing a subject, assigning, rejecting, deciding, importing and reading are 403 until another admin re-keys', async () => {
      const rogue = (await addAccount(t.svc.driver, { name: 'rogue', roles: ['admin'] }, OPERATOR)).key;
      // The rogue admin re-keys an analyst and a releaser: it holds both keys.
      const an = (await call('POST', '/v1/users/analyst2/key', rogue)).json().key as string;
      const rel = (await call('POST', '/v1/users/releaser2/key', rogue)).json().key as string;
      const id = await alertForSubject(t, 'susp-1');
      const proposed = await alertForSubject(t, 'susp-2');
      assert.equal((await call('POST', `/v1/alerts/${proposed}/decision`, t.keys.analyst!, { disposition: 'false-positive', note: 'not him' })).statusCode, 200);
      // Before the revocation the keys act.
      assert.equal((await call('GET', '/v1/alerts', an)).statusCode, 200);
      assert.equal((await call('DELETE', '/v1/users/rogue', t.keys.admin!)).statusCode, 200);

      const was = /was revoked/;
      suspended(await call('DELETE', '/v1/subjects/susp-1', an), 'rogue', was);
      suspended(await call('POST', `/v1/alerts/${id}/assign`, an, { user: 'analyst2' }), 'rogue', was);
      suspended(await call('POST', `/v1/alerts/${proposed}/reject`, rel, { note: 'send back' }), 'rogue', was);
      suspended(await call('POST', `/v1/alerts/${id}/decision`, an, { disposition: 'false-positive', note: 'not him' }), 'rogue', was);
      suspended(await call('POST', '/v1/subjects', an, [{ id: 'susp-3', name: 'KIM IL', type: 'person' }]), 'rogue', was);
      suspended(await call('GET', '/v1/alerts', an), 'rogue', was);
      // The account's own rotation keeps the holders, so it lifts nothing and is refused too.
      suspended(await call('POST', '/v1/users/me/key', an), 'rogue', was);
      // Nothing happened: the subject is monitored, the alerts as they were.
      const subjects = (await call('GET', '/v1/subjects?q=susp-1', t.keys.auditor!)).json();
      assert.equal(subjects.total, 1);
      assert.equal((await call('GET', `/v1/alerts/${id}`, t.keys.auditor!)).json().status, 'open');
      assert.equal((await call('GET', `/v1/alerts/${id}`, t.keys.auditor!)).json().assignedTo, undefined);
      assert.equal((await call('GET', `/v1/alerts/${proposed}`, t.keys.auditor!)).json().status, 'proposed');
      // The admin sees which keys to issue again.
      const users = (await call('GET', '/v1/users', t.keys.admin!)).json().users as { name: string; keySuspended?: string }[];
      assert.match(users.find((u) => u.name === 'analyst2')?.keySuspended ?? '', /rogue, who was revoked/);
      assert.equal(users.find((u) => u.name === 'analyst')?.keySuspended, undefined);
      // The web page says so too.
      const page = await t.app.inject({ method: 'POST', url: '/session', payload: `key=${encodeURIComponent(an)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(page.statusCode, 303, page.body);
      const cookie = String(page.headers['set-cookie']).split(';')[0]!;
      const shown = await t.app.inject({ method: 'GET', url: '/', headers: { cookie } });
      assert.equal(shown.statusCode, 403);
      assert.match(shown.body, /Key suspended/);

      // Another admin issues new keys: the accounts act again.
      const an2 = (await call('POST', '/v1/users/analyst2/key', t.keys.admin!)).json().key as string;
      const a = await call('POST', `/v1/alerts/${id}/assign`, an2, { user: 'analyst2' });
      assert.equal(a.statusCode, 200, a.body);
      const rel2 = (await rotateKey(t.svc.driver, 'releaser2', OPERATOR)).key;
      assert.equal((await call('POST', `/v1/alerts/${proposed}/reject`, rel2, { note: 'send back' })).statusCode, 200);
      assert.equal((await verifyAudit(t.svc.driver)).ok, true);
    });

    it('demoted: the keys it issued are suspended; a key another admin issued from it (through a chain) too', async () => {
      const boss = (await addAccount(t.svc.driver, { name: 'boss', roles: ['admin'] }, OPERATOR)).key;
      const other = (await addAccount(t.svc.driver, { name: 'other-admin', roles: ['admin'] }, OPERATOR)).key;
      // boss re-keys other-admin, who then re-keys an analyst: boss may have seen that key as well.
      const otherHeld = (await call('POST', '/v1/users/other-admin/key', boss)).json().key as string;
      assert.ok(other.length > 0);
      const an = (await call('POST', '/v1/users/analyst/key', otherHeld)).json().key as string;
      t.keys.analyst = an;
      const id = await alertForSubject(t, 'susp-4');
      assert.equal((await call('PATCH', '/v1/users/boss', t.keys.admin!, { roles: ['auditor'] })).statusCode, 200);
      suspended(await call('POST', `/v1/alerts/${id}/assign`, an, { user: 'analyst2' }), 'boss', /is no longer an admin/);
      suspended(await call('POST', '/v1/users/x-new/key', otherHeld), 'boss', /is no longer an admin/);
      // The demoted account itself keeps acting in its new role (its key is its own).
      assert.equal((await call('GET', '/v1/audit?limit=1', boss)).statusCode, 200);
      t.keys.analyst = (await rotateKey(t.svc.driver, 'analyst', OPERATOR)).key;
      assert.equal((await call('POST', `/v1/alerts/${id}/assign`, t.keys.analyst, { user: 'analyst2' })).statusCode, 200);
      assert.equal((await verifyAudit(t.svc.driver)).ok, true);
    });

    it('a key issued by the operator, or by an admin still standing, acts as before', async () => {
      const fine = (await call('POST', '/v1/users/auditor/key', t.keys.admin!)).json().key as string;
      t.keys.auditor = fine;
      assert.equal((await call('GET', '/v1/audit?limit=1', fine)).statusCode, 200);
    });
  });
}

// Second security review, M3: one admin alone could load a list that removes designated records (or an
// older list, undoing delistings and listings alike), and every subject screened afterwards missed them.
// Now such an update waits, with what it removes, for a second admin, as a grant does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addAccount } from '../../src/app/accounts/accounts.ts';
import { rotateKey } from '../../src/app/accounts/account-changes.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { bundledListXml, olderListXml } from './fixtures.ts';
import { auth, suiteService } from './harness.ts';

describe('security: a list update that removes records or is not newer needs a second admin', () => {
  const t = suiteService('sqlite');
  const call = (method: string, url: string, key: string, payload?: Buffer) =>
    t.app.inject({ method: method as 'POST', url, headers: { ...auth(key), ...(payload && { 'content-type': 'application/xml' }) }, ...(payload && { payload }) });

  it('one admin uploads an older list: nothing changes until another admin (whose key it never saw) confirms', async () => {
    const inUse = (await call('GET', '/v1/list', t.keys.auditor!)).json().version.id as string;
    const r = await call('POST', '/v1/lists', t.keys.admin!, olderListXml());
    assert.equal(r.statusCode, 202, r.body);
    assert.equal((await call('GET', '/v1/list', t.keys.auditor!)).json().version.id, inUse, 'the list in use is unchanged');
    const id = r.json().pending.id as number;
    // A second admin whose key the first issued (and so may hold) is not a second person.
    const b = (await addAccount(t.svc.driver, { name: 'admin-b', roles: ['admin'] }, { actor: 'cli:operator', operator: true })).key;
    const stolen = (await t.app.inject({ method: 'POST', url: '/v1/users/admin-b/key', headers: auth(t.keys.admin!) })).json().key as string;
    assert.notEqual(stolen, b);
    const refused = await call('POST', `/v1/lists/pending/${id}/confirm`, stolen);
    assert.equal(refused.statusCode, 409, refused.body);
    assert.match(refused.json().error.message, /admin issued admin-b's key/);
    // Rotating the stolen key as admin-b keeps admin as its holder: still not a second person.
    const self = (await call('POST', '/v1/users/me/key', stolen)).json().key as string;
    assert.equal((await call('POST', `/v1/lists/pending/${id}/confirm`, self)).statusCode, 409);
    // The operator at the server gives admin-b a key of its own.
    const own = (await rotateKey(t.svc.driver, 'admin-b', { actor: 'cli:operator', operator: true })).key;
    const ok = await call('POST', `/v1/lists/pending/${id}/confirm`, own);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.notEqual((await call('GET', '/v1/list', t.keys.auditor!)).json().version.id, inUse);
    const v = await verifyAudit(t.svc.driver);
    assert.equal(v.ok, true, v.problem);
  });

  it('a list dated in the future is refused, preview and upload alike (it would make every real list after it "not newer")', async () => {
    const inUse = (await call('GET', '/v1/list', t.keys.auditor!)).json().version.id as string;
    const future = Buffer.from(bundledListXml().toString('utf8').replace(/dateGenerated="[^"]+"/, 'dateGenerated="2099-12-31T00:00:00.000Z"'));
    for (const url of ['/v1/lists', '/v1/lists/preview']) {
      const r = await call('POST', url, t.keys.admin!, future);
      if (r.statusCode === 404) continue; // no API preview route
      assert.equal(r.statusCode, 400, r.body);
      assert.equal(r.json().error.code, 'LIST_INVALID');
      assert.equal(r.json().error.field, 'dateGenerated');
    }
    assert.equal((await call('GET', '/v1/list', t.keys.auditor!)).json().version.id, inUse, 'nothing changed');
  });
});

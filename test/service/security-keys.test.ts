// Second security review, H1: an admin who issues or rotates other accounts' keys has seen them, so two
// accounts whose keys one admin issued are not four eyes. Each reproduction passed before the fix.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { confirmGrant, rotateKey } from '../../src/app/accounts/account-changes.ts';
import { addAccount } from '../../src/app/accounts/accounts.ts';
import { alertForSubject, caller, startTestService, type TestService } from './harness.ts';

describe('security: four eyes between people, not keys (who issued each key)', () => {
  let t: TestService;
  let admin2: string;
  before(async () => {
    t = await startTestService('sqlite');
    admin2 = (await addAccount(t.svc.driver, { name: 'admin2', roles: ['admin'] }, { actor: 'cli:operator', operator: true })).key;
  });
  after(() => t.close());
  const call: ReturnType<typeof caller> = (...args) => caller(t)(...args);
  const alertFor = (id: string): Promise<number> => alertForSubject(t, id);

  it('one admin issues an analyst and a releaser (a second admin confirms both grants): they cannot make four eyes (409)', async () => {
    const x = await call('POST', '/v1/users', t.keys.admin!, { name: 'x-analyst', roles: ['analyst'] });
    const y = await call('POST', '/v1/users', t.keys.admin!, { name: 'y-releaser', roles: ['releaser'] });
    assert.equal((await call('POST', '/v1/users/x-analyst/confirm', admin2)).statusCode, 200);
    assert.equal((await call('POST', '/v1/users/y-releaser/confirm', admin2)).statusCode, 200);
    const id = await alertFor('keys-1');
    assert.equal((await call('POST', `/v1/alerts/${id}/decision`, x.json().key, { disposition: 'false-positive', note: 'not him' })).statusCode, 200);
    const confirm = await call('POST', `/v1/alerts/${id}/confirm`, y.json().key, { disposition: 'false-positive' });
    assert.equal(confirm.statusCode, 409, confirm.body);
    assert.match(confirm.json().error.message, /admin issued \(or may have seen\) both x-analyst's and y-releaser's keys/);
    const a = (await call('GET', `/v1/alerts/${id}`, t.keys.auditor!)).json();
    assert.equal(a.status, 'proposed', 'nothing was confirmed');
    // An account rotating its own key ends the old key but keeps its holders: the admin, who holds the old
    // key, could have made that request itself (and then confirmed as the other account).
    const x2 = await call('POST', '/v1/users/me/key', x.json().key);
    assert.equal(x2.statusCode, 200, x2.body);
    assert.equal((await call('GET', '/v1/alerts', x.json().key)).statusCode, 401, 'the issued key is dead');
    const ySelf = (await call('POST', '/v1/users/me/key', y.json().key)).json().key as string;
    const still = await call('POST', `/v1/alerts/${id}/confirm`, ySelf, { disposition: 'false-positive' });
    assert.equal(still.statusCode, 409, 'a self-rotation does not make the admin a second person');
    // The operator at the server issues each a key of its own; then the two keys are two people's. The
    // proposal made with the key the admin held no longer stands (proposal-stands.ts): rejected, made again.
    const x3 = (await rotateKey(t.svc.driver, 'x-analyst', { actor: 'cli:operator', operator: true })).key;
    const y2 = (await rotateKey(t.svc.driver, 'y-releaser', { actor: 'cli:operator', operator: true })).key;
    const stale = await call('POST', `/v1/alerts/${id}/confirm`, y2, { disposition: 'false-positive' });
    assert.equal(stale.statusCode, 409, stale.body);
    assert.match(stale.json().error.message, /had its key replaced since/);
    assert.equal((await call('POST', `/v1/alerts/${id}/reject`, y2, { note: 'made again with the new key' })).statusCode, 200);
    assert.equal((await call('POST', `/v1/alerts/${id}/decision`, x3, { disposition: 'false-positive', note: 'not him' })).statusCode, 200);
    const ok = await call('POST', `/v1/alerts/${id}/confirm`, y2, { disposition: 'false-positive' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((await verifyAudit(t.svc.driver)).ok, true);
  });

  it("an admin who rotates another admin's key cannot have that admin confirm its own grant (409)", async () => {
    const stolen = (await call('POST', '/v1/users/admin2/key', t.keys.admin!)).json().key as string;
    const ask = await call('POST', '/v1/users', t.keys.admin!, { name: 'z-releaser', roles: ['releaser'] });
    assert.equal(ask.statusCode, 201);
    const r = await call('POST', '/v1/users/z-releaser/confirm', stolen);
    assert.equal(r.statusCode, 409, r.body);
    assert.match(r.json().error.message, /admin issued admin2's key/);
    // Reversed: admin2's grant, confirmed by admin, whose key admin2 never saw, is four eyes; the grant
    // admin2 (key seen by admin) asks for cannot be confirmed by admin either.
    const ask2 = await call('POST', '/v1/users', stolen, { name: 'w-analyst', roles: ['analyst'] });
    assert.equal((await call('POST', '/v1/users/w-analyst/confirm', t.keys.admin!)).statusCode, 409);
    assert.equal(ask2.statusCode, 201);
    // The operator at the server's machine is trusted as an issuer and confirmer.
    await confirmGrant(t.svc.driver, 'z-releaser', { actor: 'cli:operator', operator: true });
  });

  it('the issuer of each key is recorded in the account row and in its audit entry', async () => {
    const rows = await t.svc.driver.all<{ name: string; key_by: string; key_seen: string }>("SELECT name, key_by, key_seen FROM service_users WHERE name IN ('admin2', 'x-analyst', 'analyst') ORDER BY name");
    assert.deepEqual(rows.map((r) => [r.name, r.key_by, JSON.parse(r.key_seen)]), [['admin2', 'admin', ['admin']], ['analyst', 'test', []], ['x-analyst', 'cli:operator', []]]);
    const log = (await call('GET', '/v1/audit?target=user:x-analyst&action=user.key', t.keys.auditor!)).json().items as { detail: Record<string, unknown> }[];
    // Its own rotation kept the admin who issued the first key; the operator's key is its alone.
    assert.deepEqual(log.map((e) => [e.detail.keyBy, e.detail.keySeen, e.detail.self]), [['cli:operator', [], undefined], ['x-analyst', ['admin'], true]]);
    assert.equal((await call('POST', '/v1/users', t.keys.admin!, { name: 'me', roles: ['auditor'] })).statusCode, 400, '"me" is reserved');
  });
});

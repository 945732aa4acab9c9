// Security review 17, R17-8 and R17-9: a four-eyes proposal stands only while its proposer does, and a key a
// revoked account may hold takes part in no four-eyes step. Each reproduction was a 200 before the fix, and
// `audit verify` said ok; a log written around the rule (a confirmation after the proposer's revocation)
// is now reported by the replay.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rotateKey } from '../../src/app/accounts/account-changes.ts';
import { addAccount } from '../../src/app/accounts/accounts.ts';
import { appendAudit } from '../../src/app/audit/audit-log.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { alertForSubject, caller, startTestService, type TestService } from './harness.ts';

const OPERATOR = { actor: 'cli:operator', operator: true } as const;

describe('security: a proposal stands only while its proposer does (R17-8, R17-9)', () => {
  let t: TestService;
  const call: ReturnType<typeof caller> = (...args) => caller(t)(...args);
  const fresh = async (name: string, roles: ('analyst' | 'releaser' | 'admin')[]): Promise<string> => (await addAccount(t.svc.driver, { name, roles }, OPERATOR)).key;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('R17-8: a proposal by an analyst revoked since cannot be confirmed (409); a releaser rejects it to the queue', async () => {
    const an = await fresh('an-gone', ['analyst']);
    const rel = await fresh('rel-a', ['releaser']);
    const id = await alertForSubject(t, 'stands-1');
    assert.equal((await call('POST', `/v1/alerts/${id}/decision`, an, { disposition: 'false-positive', note: 'not him' })).statusCode, 200);
    assert.equal((await call('DELETE', '/v1/users/an-gone', t.keys.admin!)).statusCode, 200);
    const r = await call('POST', `/v1/alerts/${id}/confirm`, rel, { disposition: 'false-positive' });
    assert.equal(r.statusCode, 409, r.body);
    assert.match(r.json().error.message, /made by an-gone, who was revoked since: it no longer stands/);
    assert.equal((await call('GET', `/v1/alerts/${id}`, t.keys.auditor!)).json().status, 'proposed', 'nothing confirmed, no suppression');
    assert.equal((await call('POST', `/v1/alerts/${id}/reject`, rel, { note: 'proposer revoked' })).statusCode, 200);
    assert.equal((await call('GET', `/v1/alerts/${id}`, t.keys.auditor!)).json().status, 'open');
    assert.equal((await verifyAudit(t.svc.driver)).ok, true);
  });

  it('R17-8: demoted or re-keyed by someone else since the proposal: 409; the proposer\'s own rotation is no reason', async () => {
    const rel = await fresh('rel-b', ['releaser']);
    const demoted = await fresh('an-demoted', ['analyst']);
    const id1 = await alertForSubject(t, 'stands-2');
    assert.equal((await call('POST', `/v1/alerts/${id1}/decision`, demoted, { disposition: 'false-positive', note: 'no' })).statusCode, 200);
    assert.equal((await call('PATCH', '/v1/users/an-demoted', t.keys.admin!, { roles: ['auditor'] })).statusCode, 200);
    const r1 = await call('POST', `/v1/alerts/${id1}/confirm`, rel, { disposition: 'false-positive' });
    assert.equal(r1.statusCode, 409, r1.body);
    assert.match(r1.json().error.message, /who is no longer an analyst/);

    const rekeyed = await fresh('an-rekeyed', ['analyst']);
    const id2 = await alertForSubject(t, 'stands-3');
    assert.equal((await call('POST', `/v1/alerts/${id2}/decision`, rekeyed, { disposition: 'false-positive', note: 'no' })).statusCode, 200);
    await rotateKey(t.svc.driver, 'an-rekeyed', OPERATOR);
    const r2 = await call('POST', `/v1/alerts/${id2}/confirm`, rel, { disposition: 'false-positive' });
    assert.equal(r2.statusCode, 409, r2.body);
    assert.match(r2.json().error.message, /had its key replaced since/);

    const rotates = await fresh('an-rotates', ['analyst']);
    const id3 = await alertForSubject(t, 'stands-4');
    assert.equal((await call('POST', `/v1/alerts/${id3}/decision`, rotates, { disposition: 'false-positive', note: 'no' })).statusCode, 200);
    assert.equal((await call('POST', '/v1/users/me/key', rotates)).statusCode, 200);
    const r3 = await call('POST', `/v1/alerts/${id3}/confirm`, rel, { disposition: 'false-positive' });
    assert.equal(r3.statusCode, 200, r3.body);
    assert.equal((await verifyAudit(t.svc.driver)).ok, true);
  });

  it('R17-9: a grant asked for by an admin revoked since cannot be confirmed, and the keys it issued take part in no four-eyes step', async () => {
    const admin3 = await fresh('admin3', ['admin']);
    const admin4 = await fresh('admin4', ['admin']);
    const g1 = await call('POST', '/v1/users', admin3, { name: 'g1', roles: ['releaser'] });
    assert.equal(g1.statusCode, 201, g1.body);
    const g1Key = g1.json().key as string;
    assert.equal((await call('DELETE', '/v1/users/admin3', t.keys.admin!)).statusCode, 200);
    const c = await call('POST', '/v1/users/g1/confirm', admin4);
    assert.equal(c.statusCode, 409, c.body);
    assert.match(c.json().error.message, /made by admin3, who was revoked since/);
    // A releaser whose key the revoked admin issued (granted before the revocation) confirms nothing.
    const g2 = (await call('POST', '/v1/users', admin4, { name: 'g2', roles: ['releaser'] })).json().key as string;
    assert.equal((await call('POST', '/v1/users/g2/confirm', t.keys.admin!)).statusCode, 200);
    const an = await fresh('an-c', ['analyst']);
    const id = await alertForSubject(t, 'stands-5');
    assert.equal((await call('POST', `/v1/alerts/${id}/decision`, an, { disposition: 'false-positive', note: 'no' })).statusCode, 200);
    assert.equal((await call('DELETE', '/v1/users/admin4', t.keys.admin!)).statusCode, 200);
    // Since R18-1 the key acts no more at all (security-key-suspension.test.ts): 403 before the four-eyes rule.
    const r = await call('POST', `/v1/alerts/${id}/confirm`, g2, { disposition: 'false-positive' });
    assert.equal(r.statusCode, 403, r.body);
    assert.equal(r.json().error.code, 'SERVICE_KEY_SUSPENDED');
    assert.match(r.json().error.message, /may have been seen by admin4, who was revoked/);
    // The operator issues g2 a key of its own: g2 is one person again.
    const g2b = (await rotateKey(t.svc.driver, 'g2', OPERATOR)).key;
    assert.equal((await call('POST', `/v1/alerts/${id}/confirm`, g2b, { disposition: 'false-positive' })).statusCode, 200);
    assert.equal(g1Key.length > 0, true);
    assert.equal((await verifyAudit(t.svc.driver)).ok, true);
  });

  it('audit verify reports a confirmation written after the proposer was revoked', async () => {
    const an = await fresh('an-forged', ['analyst']);
    const rel = await fresh('rel-f', ['releaser']);
    const id = await alertForSubject(t, 'stands-6');
    assert.equal((await call('POST', `/v1/alerts/${id}/decision`, an, { disposition: 'escalate', note: 'look' })).statusCode, 200);
    assert.equal((await call('DELETE', '/v1/users/an-forged', t.keys.admin!)).statusCode, 200);
    // What the old code wrote: the confirmation's entry (the table changed alike by the same writer).
    await t.svc.driver.transaction(async (tx) => {
      await tx.run("UPDATE alerts SET status = 'escalated', confirmed_by = ?, confirmed_at = ? WHERE id = ?", ['rel-f', new Date().toISOString(), id]);
      await appendAudit(tx, { actor: 'rel-f', action: 'alert.confirm', target: `alert:${id}`, detail: { disposition: 'escalate', proposedBy: 'an-forged' }, rows: [{ table: 'alerts', key: [id] }] });
    });
    const v = await verifyAudit(t.svc.driver);
    assert.equal(v.ok, false);
    assert.match(JSON.stringify(v), /made by an-forged, who was revoked since/);
    assert.ok(rel.length > 0);
  });
});

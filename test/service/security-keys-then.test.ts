// Third security review, HIGH-1 residual: four eyes between people was checked against the keys as they
// are at the confirmation. An admin who held the proposer's key could propose with it, have that key
// replaced (by the operator, or another admin), and then confirm with a second key it holds. Now the
// proposer's key counts as it was when the proposal was made, and now (fail closed); verify replays it.
// Each reproduction was served (200) before the fix.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rotateKey } from '../../src/app/accounts/account-changes.ts';
import { addAccount } from '../../src/app/accounts/accounts.ts';
import { appendAudit } from '../../src/app/audit/audit-log.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { alertForSubject, caller, startTestService, type TestService } from './harness.ts';

const operator = { actor: 'cli:operator', operator: true } as const;

describe('security: four eyes against the proposer\'s key as it was when it proposed', () => {
  let t: TestService;
  let admin2: string;
  before(async () => {
    t = await startTestService('sqlite');
    admin2 = (await addAccount(t.svc.driver, { name: 'admin2', roles: ['admin'] }, operator)).key;
  });
  after(() => t.close());
  const call: ReturnType<typeof caller> = (...args) => caller(t)(...args);
  const alertFor = (id: string): Promise<number> => alertForSubject(t, id);

  it('an alert proposed with a key the admin held, the key then replaced: the admin cannot confirm with another key it holds (409)', async () => {
    // The admin rotates the analyst's key (so holds it) and proposes with it.
    const held = (await call('POST', '/v1/users/analyst2/key', t.keys.admin!)).json().key as string;
    const id = await alertFor('then-1');
    assert.equal((await call('POST', `/v1/alerts/${id}/decision`, held, { disposition: 'false-positive', note: 'not him' })).statusCode, 200);
    // The operator gives the analyst a key of its own; the admin also holds the releaser's key.
    await rotateKey(t.svc.driver, 'analyst2', operator);
    const releaser = (await call('POST', '/v1/users/releaser2/key', t.keys.admin!)).json().key as string;
    const r = await call('POST', `/v1/alerts/${id}/confirm`, releaser, { disposition: 'false-positive' });
    assert.equal(r.statusCode, 409, r.body);
    assert.match(r.json().error.message, /admin may have held analyst2's key when the proposal was made|made by analyst2, who had its key replaced since/);
    assert.equal((await call('GET', `/v1/alerts/${id}`, t.keys.auditor!)).json().status, 'proposed');
    assert.equal((await verifyAudit(t.svc.driver)).ok, true);
  });

  it('a grant asked for with an admin key another admin held, the key then replaced: that admin cannot confirm it (409)', async () => {
    // admin2 rotates admin's key (and holds it), asks for a grant as admin; the operator replaces admin's key.
    const asAdmin = (await call('POST', '/v1/users/admin/key', admin2)).json().key as string;
    const ask = await call('POST', '/v1/users', asAdmin, { name: 'then-releaser', roles: ['releaser'] });
    assert.equal(ask.statusCode, 201, ask.body);
    const fresh = (await rotateKey(t.svc.driver, 'admin', operator)).key;
    t.keys.admin = fresh;
    const r = await call('POST', '/v1/users/then-releaser/confirm', admin2);
    assert.equal(r.statusCode, 409, r.body);
    assert.match(r.json().error.message, /admin2 may have held admin's key when the proposal was made|made by admin, who had its key replaced since/);
  });

  it('verify replays the rule: a confirmation written past it (as a service without it did) is named', async () => {
    const held = (await call('POST', '/v1/users/analyst/key', t.keys.admin!)).json().key as string;
    t.keys.analyst = held;
    const id = await alertFor('then-3');
    assert.equal((await call('POST', `/v1/alerts/${id}/decision`, held, { disposition: 'true-match', note: 'listed' })).statusCode, 200);
    await rotateKey(t.svc.driver, 'analyst', operator);
    // releaser2's key is held by admin (the first test): the confirmation the old rule let through.
    const now = new Date().toISOString();
    await t.svc.driver.transaction(async (tx) => {
      await tx.run("UPDATE alerts SET status = 'closed', confirmed_by = 'releaser2', confirmed_at = ? WHERE id = ?", [now, id]);
      await appendAudit(tx, { actor: 'releaser2', action: 'alert.confirm', target: `alert:${id}`, detail: { disposition: 'true-match', proposedBy: 'analyst' }, rows: [{ table: 'alerts', key: [id] }] }, now);
    });
    const v = await verifyAudit(t.svc.driver);
    assert.equal(v.ok, false);
    assert.match(v.problem ?? '', /alert\.confirm by releaser2\) breaks a rule: (admin may have held analyst's key when the proposal was made|the proposal was made by analyst, who had its key replaced since)/);
  });
});

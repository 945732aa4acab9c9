// Second security review, H6: an alert showed the subject as it is now, not as it was screened, and a
// subject changed while its alert was undecided never alerted again. Now the alert keeps its snapshot, and
// suppression and re-alerting follow the content of both the subject and the listed record.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { caller, suiteService } from './harness.ts';

describe('security: alerts keep the subject as screened; new content alerts again', () => {
  const t = suiteService('sqlite');
  const call = caller(t);
  const importSubject = async (s: Record<string, string>) => {
    const r = await call('POST', '/v1/subjects', t.keys.analyst!, [{ id: 'snap-1', type: 'person', ...s }]);
    assert.equal(r.statusCode, 200, r.body);
    return r.json().subjects[0] as { status: string; alerts: number[] };
  };

  it('a subject changed while its alert is undecided: the alert still shows what was screened, and the new content opens its own alert', async () => {
    const first = await importSubject({ name: 'PAK YONG SIK' });
    assert.equal(first.alerts.length, 1);
    const a1 = first.alerts[0]!;
    const changed = await importSubject({ name: 'PAK YONG SIK', nationality: 'KP' });
    assert.equal(changed.status, 'updated');
    assert.equal(changed.alerts.length, 1, 'the changed subject is an alert of its own');
    const a2 = changed.alerts[0]!;
    assert.notEqual(a2, a1);
    const old = (await call('GET', `/v1/alerts/${a1}`, t.keys.auditor!)).json();
    assert.deepEqual(old.subject, { id: 'snap-1', name: 'PAK YONG SIK', type: 'person' }, 'as screened then, not as now');
    const now = (await call('GET', `/v1/alerts/${a2}`, t.keys.auditor!)).json();
    assert.equal(now.subject.nationality, 'KP');
    // The same content again opens nothing more.
    assert.deepEqual((await importSubject({ name: 'PAK YONG SIK', nationality: 'KP' })).alerts, []);
  });

  it('a false positive suppresses the content it was decided on only: the subject changed back alerts again', async () => {
    const ids = ((await call('GET', '/v1/alerts?subject=snap-1&status=open&order=asc', t.keys.auditor!)).json() as { items: { id: number }[] }).items.map((a) => a.id);
    for (const id of ids) {
      assert.equal((await call('POST', `/v1/alerts/${id}/decision`, t.keys.analyst!, { disposition: 'false-positive', note: 'other person' })).statusCode, 200);
      assert.equal((await call('POST', `/v1/alerts/${id}/confirm`, t.keys.releaser!, { disposition: 'false-positive' })).statusCode, 200);
    }
    // Suppressed: the content last decided (with KP) again.
    assert.deepEqual((await importSubject({ name: 'PAK YONG SIK', nationality: 'KP' })).alerts, []);
    const other = await importSubject({ name: 'PAK YONG SIK', nationality: 'CN' });
    assert.equal(other.alerts.length, 1, 'new subject content is screened afresh');
    const v = await verifyAudit(t.svc.driver);
    assert.equal(v.ok, true, v.problem);
  });
});

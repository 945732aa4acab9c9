// Faults an independent reviewer found in the service, each pinned: the API's check sees the imported
// vessels list as the CLI's does; an impossible expiry date is refused; a dropped or emptied audit log
// verifies as broken.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { parseVesselList } from '../../src/ships/vessel-list-csv.ts';
import { storeVesselList } from '../../src/app/import-vessels.ts';
import { auth, suiteService } from './harness.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('service review', () => {
  const t = suiteService('sqlite');

  it('POST /v1/check screens vessels against the imported 1718 list, as the CLI does', async () => {
    const tx = { id: 'v1', type: 'vessel-transfer', date: '2019-05-01', from: 'CN', to: 'PA', vessels: [{ imo: '8604917', name: 'YU JONG 2', flag: 'PA' }] };
    const before = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: tx });
    assert.equal(before.statusCode, 200);
    assert.match(before.body, /not screened/);
    await storeVesselList(t.svc.driver, parseVesselList(readFileSync(path.join(root, 'examples', '1718-vessels-sample.csv'), 'utf8')), 'sample');
    const r = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: tx });
    const d = r.json() as { outcome: string; reasons: { resolution: number; paragraph: string }[] };
    assert.equal(d.outcome, 'prohibited');
    assert.ok(d.reasons.some((x) => x.resolution === 2375 && x.paragraph === '6'));
  });

  it('a decision whose expiry is not a real date, or is not after today, is refused (400, field expires)', async () => {
    const s = await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [{ id: 'e1', name: 'PAK YONG SIK', type: 'person' }] });
    assert.equal(s.statusCode, 200, s.body);
    const list = (await t.app.inject({ method: 'GET', url: '/v1/alerts?status=open', headers: auth(t.keys.analyst!) })).json() as { items: { id: number }[] };
    const id = list.items[0]!.id;
    const r = await t.app.inject({ method: 'POST', url: `/v1/alerts/${id}/decision`, headers: auth(t.keys.analyst!), payload: { disposition: 'false-positive', note: 'x', expires: '2020-13-45' } });
    assert.equal(r.statusCode, 400);
    assert.equal((r.json() as { error: { field: string } }).error.field, 'expires');
    // A day already past (or today) would suppress nothing: refused, naming expires, nothing stored.
    for (const expires of ['2001-01-01', new Date().toISOString().slice(0, 10)]) {
      const past = await t.app.inject({ method: 'POST', url: `/v1/alerts/${id}/decision`, headers: auth(t.keys.analyst!), payload: { disposition: 'false-positive', note: 'x', expires } });
      assert.equal(past.statusCode, 400, expires);
      assert.match((past.json() as { error: { field: string; message: string } }).error.message, /must be a day after today/);
    }
    const alert = (await t.app.inject({ method: 'GET', url: `/v1/alerts/${id}`, headers: auth(t.keys.analyst!) })).json() as { status: string };
    assert.equal(alert.status, 'open', 'nothing stored');
  });

  it('an audit log whose table was dropped, or which was emptied while accounts exist, does not verify', async () => {
    const before = await verifyAudit(t.svc.driver);
    assert.equal(before.ok, true, before.problem);
    await t.svc.driver.run('DROP TRIGGER IF EXISTS audit_log_no_delete');
    await t.svc.driver.run('DELETE FROM audit_log');
    await t.svc.driver.run('DELETE FROM audit_head');
    const emptied = await verifyAudit(t.svc.driver);
    assert.equal(emptied.ok, false);
    assert.match(emptied.problem ?? '', /accounts exist/);
    await t.svc.driver.run('DROP TABLE audit_head');
    assert.equal((await verifyAudit(t.svc.driver)).ok, false);
  });
});

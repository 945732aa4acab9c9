// Security review 17, R17-23, over HTTP: POST /v1/ledger/deliveries screens the delivery's vessel against the
// 1718 vessels list imported in the service's database, as `check` does.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from './server-process.ts';
import { accountCaller, pageSignIn, suiteService } from './harness.ts';

describe('a delivery\'s vessel screened by the service (R17-23)', () => {
  const t = suiteService('sqlite');
  it('PETREL 8 and a former name are matches, stored with the delivery; an unlisted vessel is clear', async () => {
    const { importVessels } = await import('../../src/app/vessel-list.ts');
    await importVessels(path.join(projectRoot, 'examples', '1718-vessels-sample.csv'), t.dbFile!);
    const call = accountCaller(t);
    const body = (ref: string, vessel: string) => ({ commodity: 'refined-petroleum', state: 'CN', date: '2018-03-03', barrels: 10, ref, vessel, parties: [], reported: '2018-03-05' });
    for (const [ref, vessel, want] of [['r17-y', 'PETREL 8', 'match'], ['r17-ex', 'SEA STAR (EX-PETREL 8)', 'match'], ['r17-ok', 'OCEAN GRACE', 'clear']] as const) {
      const r = await call('POST', '/v1/ledger/deliveries', 'reporterCN', body(ref, vessel));
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const v = (r.body.record.screening as { of?: string; result: string; matches: { ref: string }[] }[]).find((s) => s.of === 'vessel');
      assert.equal(v?.result, want, vessel);
      if (want === 'match') assert.equal(v!.matches[0]!.ref, 'IMO 9562233');
    }
  });
});

// Review 18: with no 1718 vessels list imported in the database, a delivery's vessel was stored with no
// screening and went into the notification as an ordinary delivery. Fail closed: it is `unscreened`, the
// answer and the notification list it for review, the web form says so.
describe('a delivery\'s vessel with no vessels list imported is unscreened and listed for review', () => {
  const t = suiteService('sqlite');
  it('the API answers it in `review`, stores it `unscreened`, and the notification lists it', async () => {
    const call = accountCaller(t);
    const r = await call('POST', '/v1/ledger/deliveries', 'reporterCN', { commodity: 'refined-petroleum', state: 'CN', date: '2018-03-03', barrels: 10, ref: 'nolist-1', vessel: 'OCEAN GRACE', reported: '2018-03-05' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const v = (r.body.record.screening as { of?: string; result: string; reason?: string }[]).find((s) => s.of === 'vessel');
    assert.equal(v?.result, 'unscreened');
    assert.equal(v?.reason, 'no designated-vessels list imported');
    assert.equal(r.body.review.length, 1);
    assert.match(r.body.review[0], /vessel "OCEAN GRACE" was not screened .*no designated-vessels list imported/);
    // Without a vessel nothing calls for review.
    const plain = await call('POST', '/v1/ledger/deliveries', 'reporterCN', { commodity: 'refined-petroleum', state: 'CN', date: '2018-03-04', barrels: 10, ref: 'nolist-2', reported: '2018-03-05' });
    assert.deepEqual(plain.body.review, []);
    const web = await pageSignIn(t, t.keys.reporterCN!);
    const form = new URLSearchParams({ csrf: web.csrf, commodity: 'refined-petroleum', date: '2018-03-06', ref: 'nolist-web', barrels: '5', reported: '2018-03-07', vessel: 'SEA BREEZE' });
    const page = await t.app.inject({ method: 'POST', url: '/ledger/deliveries', payload: form.toString(), headers: { cookie: web.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(page.statusCode, 201, page.body);
    assert.match(page.body, /REVIEW: vessel &quot;SEA BREEZE&quot; was not screened[^<]*no designated-vessels list imported/);
    const n = await t.app.inject({ method: 'GET', url: '/ledger/reports/notification?state=CN&from=2018-03-01&to=2018-03-31', headers: { cookie: web.cookie } });
    assert.match(n.body, /nolist-1 \(2018-03-03\): vessel &quot;OCEAN GRACE&quot; was not screened/);
    assert.match(n.body, /<span class="flag">unscreened<\/span>: no designated-vessels list imported/);
    assert.doesNotMatch(n.body, /nolist-2 \(2018-03-04\): vessel/);
  });
});

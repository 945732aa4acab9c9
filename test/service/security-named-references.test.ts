// Security review 23, HIGH-1 over HTTP: a listed name written with HTML named references or a Latin-1 percent
// byte is prohibited by /v1/check and opens an alert for a monitored subject, as its plain form does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountCaller, suiteService } from './harness.ts';

describe('service: names written with named references or Latin-1 bytes (review 23, HIGH-1)', () => {
  const t = suiteService('sqlite');
  const req = accountCaller(t);
  const names = ['Tanch&ocirc;n Commercial Bank', 'Tanch%F4n Commercial Bank', 'PAK Y&Ouml;NG SIK', 'PAK YO&ZeroWidthSpace;NG SIK', 'PAK&NoBreak;YONG SIK', 'P&it;AK YONG SIK'];
  it('check prohibits each', async () => {
    for (const name of names) {
      const r = await req('POST', '/v1/check', 'analyst', { type: 'financial', date: '2025-03-01', from: 'CN', to: 'RU', purpose: 'payment', parties: [{ name, role: 'payee', country: 'RU' }] });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.outcome, 'prohibited', name);
    }
  });
  it('a subject so written opens an alert on the listed record', async () => {
    const r = await req('POST', '/v1/subjects', 'analyst', names.map((name, i) => ({ id: `n${i}`, name })));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    for (const [i, s] of (r.body.subjects as { id: string; alerts: number[] }[]).entries()) {
      assert.ok(s.alerts.length >= 1, names[i]);
      const a = await req('GET', `/v1/alerts/${s.alerts[0]}`, 'auditor');
      assert.match(String(a.body.ref), i < 2 ? /KPe\.003/ : /KPi\.063/, names[i]);
    }
  });
  it('a subject named with a reference no table reads opens a disguised-name alert', async () => {
    const r = await req('POST', '/v1/subjects', 'analyst', [{ id: 'g1', name: 'Harbour&Gamble; Trading' }]);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const a = await req('GET', `/v1/alerts/${(r.body.subjects as { alerts: number[] }[])[0]!.alerts[0]}`, 'auditor');
    assert.equal(a.body.kind, 'disguised-name');
    assert.equal(a.body.disguise.word, '&Gamble;');
  });
});

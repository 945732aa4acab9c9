// POST /v1/check reads DPRK links as `interdict check` does (security review 16: the unrated finding and R16-8):
// a payment between two other countries to "ACME LTD, DPRK" or to a DPRK bank named only by its BIC is review
// naming the party's name, never permitted; the south's bank by its code stays permitted.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { accountCaller, startTestService, type TestService } from './harness.ts';

describe('service: POST /v1/check and DPRK links in a party\'s name', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  const check = async (name: string) => {
    const r = await accountCaller(t)('POST', '/v1/check', 'analyst', { type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name }] });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body as { outcome: string; reasons: { field?: string; summary: string }[] };
  };

  it('the review\'s inputs are review naming parties[0].name and the word or code; KOEXKRSE is permitted', async () => {
    for (const [name, word] of [['ACME LTD, DPRK', '"dprk"'], ['FTBDKPPY', '"FTBDKPPY"'], ['ACME LTD, TEL +850 2 381 8111', '"+850 2 381 8111"']] as const) {
      const d = await check(name);
      assert.equal(d.outcome, 'review', name);
      assert.ok(d.reasons.some((r) => r.field === 'parties[0].name' && r.summary.includes(word)), `${name}: ${JSON.stringify(d.reasons)}`);
    }
    assert.equal((await check('KOEXKRSE')).outcome, 'permitted');
  });
});

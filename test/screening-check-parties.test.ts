// check's parties, screened by the real party screener (korean-v3 by default): a listed entity with a
// branch, office or place added is still that entity, so a payment to it is prohibited, never permitted.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { buildIndex, createPartyScreener, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import { scratch } from './support/cli-harness.ts';

const law = loadLaw();
let index: ScreeningIndex;
before(() => {
  index = buildIndex(loadUnList());
});

const payment = (name: string, extra: Record<string, string> = {}): Transaction => ({
  type: 'financial', date: '2020-01-01', from: 'AE', to: 'MY', parties: [{ name, ...extra }],
});

describe('check: parties through the party screener', () => {
  it('a payment to KOMID\'s Pyongyang branch or OMM\'s Nampo office is prohibited, citing the match', () => {
    const screenParty = createPartyScreener(index);
    for (const [name, ref] of [
      ['Korea Mining Development Trading Corp., Pyongyang branch', 'KPe.001'],
      ['Ocean Maritime Management, Nampo office', 'KPe.020'],
      ['Tanchon Commercial Bank (Dandong representative office)', 'KPe.003'],
      ['KOREA MINING DEVELOPMENT TRADING CORPORATION LLC', 'KPe.001'],
    ] as const) {
      const d = evaluate(payment(name), law, { screenParty });
      assert.equal(d.outcome, 'prohibited', name);
      assert.ok(d.reasons.some((r) => r.summary.includes(ref) && r.summary.includes('korean-v3')), name);
    }
  });

  it('korean-v1 would have missed the KOMID branch (the miss v2 fixes); check no longer permits it all the same: "Pyongyang" in the name is a DPRK link', () => {
    const v1 = createPartyScreener(buildIndex(loadUnList(), 'korean-v1'));
    const d = evaluate(payment('Korea Mining Development Trading Corp., Pyongyang branch'), law, { screenParty: v1 });
    assert.ok(!d.reasons.some((r) => r.matchedRef === 'KPe.001'), JSON.stringify(d.reasons));
    assert.equal(d.outcome, 'review');
    assert.ok(d.reasons.some((r) => r.field === 'parties[0].name' && r.summary.includes('"pyongyang"')), JSON.stringify(d.reasons));
  });

  it('a generic name needs the country: MINISTRY OF DEFENSE alone is reviewed (possible), with country KP prohibited, with KR reviewed', () => {
    const screenParty = createPartyScreener(index);
    assert.equal(evaluate(payment('Ministry of Defense'), law, { screenParty }).outcome, 'review');
    assert.equal(evaluate(payment('Ministry of Defense', { country: 'KP' }), law, { screenParty }).outcome, 'prohibited');
    // A contradicting country holds the match at possible, never drops it: a false permitted cannot be taken back.
    assert.equal(evaluate(payment('Ministry of Defense', { country: 'KR' }), law, { screenParty }).outcome, 'review');
    assert.equal(evaluate(payment('Korea Mining Corporation'), law, { screenParty }).outcome, 'review');
    assert.equal(evaluate(payment('Korea Mining Corporation', { country: 'KP' }), law, { screenParty }).outcome, 'prohibited');
  });

  it('the CLI: check of that payment exits 2 (prohibited)', () => {
    const sandbox = scratch('check-parties');
    const file = sandbox.write('pay.json', JSON.stringify({ id: 'p1', ...payment('Korea Mining Development Trading Corp., Pyongyang branch') }));
    const r = sandbox.cli(['check', file, '--format', 'json']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stdout, /KPe\.001/);
  });
});

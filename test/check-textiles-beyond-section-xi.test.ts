// 2375 para 16 bans DPRK textiles "including but not limited to" fabrics and apparel products. HS Section XI
// (chapters 50-63) is only the common reading: hats and caps of textile material (6501-6505) may be apparel
// products too, so they are reviewed, never passed. Wigs and false eyelashes stay outside (no measure names them).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();
const goods = (from: string, to: string, date: string, hs: string | undefined, description: string): Transaction => ({
  type: 'goods', date, from, to, goods: [{ ...(hs !== undefined && { hs }), description, quantity: 1, unit: 'units' }],
});

describe('check: textiles beyond HS Section XI (2375 para 16, "including but not limited to")', () => {
  const reviewed: [string | undefined, string][] = [
    ['6505.00', 'caps'], ['6505.00', 'knitted hats'], ['6504.00', 'straw hats'], ['6505.00', 'berets'],
    ['6501.00', 'felt hat forms'], [undefined, 'baseball caps'], [undefined, 'winter hats'], [undefined, 'beanies'],
  ];

  it('from the DPRK on and after 11 Sep 2017: review citing para 16', () => {
    for (const date of ['2017-09-11', '2018-06-01', '2024-01-01']) {
      for (const [hs, description] of reviewed) {
        const d = evaluate(goods('KP', 'CN', date, hs, description), law);
        assert.notEqual(d.outcome, 'permitted', `${date} ${hs} ${description}`);
        const r = d.reasons.find((x) => x.measure === 'unscr-2375-16-beyond-section-xi');
        assert.ok(r, `${date} ${hs} ${description}: ${JSON.stringify(d.reasons.map((x) => x.measure))}`);
        assert.equal(r.effect, 'requires-review');
        assert.equal(r.paragraph, '16');
      }
    }
  });

  it('before 2375, or going the other way, or goods that are no headgear: not reached', () => {
    for (const [hs, description] of reviewed) {
      const before = evaluate(goods('KP', 'CN', '2017-09-10', hs, description), law);
      assert.ok(!before.reasons.some((x) => x.measure === 'unscr-2375-16-beyond-section-xi'), `before: ${description}`);
      const toDprk = evaluate(goods('CN', 'KP', '2018-06-01', hs, description), law);
      assert.ok(!toDprk.reasons.some((x) => x.measure === 'unscr-2375-16-beyond-section-xi'), `to the DPRK: ${description}`);
    }
    const others: [string, string][] = [['8309.90', 'bottle caps'], ['8309.90', 'crown caps for beer bottles'], ['3923.50', 'plastic caps'], ['6704.20', 'wigs of human hair'], ['6704.11', 'false eyelashes'], ['6506.10', 'safety helmets']];
    for (const [hs, description] of others) {
      const d = evaluate(goods('KP', 'CN', '2018-06-01', hs, description), law);
      assert.ok(!d.reasons.some((x) => x.measure === 'unscr-2375-16-beyond-section-xi'), `${hs} ${description}`);
    }
  });
});

// Coke, semi-coke and peat from the DPRK (hostile user H17-7): coal carbonised, or burnt as coal, and the first
// relabelling of banned coal; reviewed under 2371 para 8 from its adoption, never passed unexamined.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, parseTransaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();
const check = (date: string, line: Record<string, unknown>, from = 'KP', to = 'CN') =>
  evaluate(parseTransaction({ id: 't', type: 'goods', date, from, to, goods: [line] }, 1), law);

test('coke and peat leaving the DPRK after 5 Aug 2017 are review, citing 2371 para 8', () => {
  for (const line of [{ hs: '2704.00', description: 'metallurgical coke', quantity: 5000, unit: 't' }, { hs: '2704' }, { hs: '2703' }, { description: 'semi-coke' }, { description: 'peat briquettes' }]) {
    const d = check('2018-06-01', line);
    assert.equal(d.outcome, 'review', JSON.stringify(line));
    assert.ok(d.reasons.some((r) => r.measure === 'unscr-2371-8-coal-products'), JSON.stringify(line));
  }
});

test('coal itself stays prohibited; coke going to the DPRK and coke before 2371 are not reached by this measure', () => {
  assert.equal(check('2018-06-01', { hs: '2701', description: 'anthracite' }).outcome, 'prohibited');
  assert.ok(!check('2018-06-01', { hs: '2704' }, 'CN', 'KP').reasons.some((r) => r.measure === 'unscr-2371-8-coal-products'));
  assert.ok(!check('2017-08-04', { hs: '2704' }).reasons.some((r) => r.measure === 'unscr-2371-8-coal-products'));
});

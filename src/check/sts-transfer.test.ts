import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLaw } from '../law/index.ts';
import type { CheckContext } from './context.ts';
import { evaluate } from './evaluate.ts';
import { stsEvidence } from './sts-transfer.ts';
import type { Transaction } from './transaction.ts';

const law = loadLaw();
// A vessels list that lists none of these ships: the answer then rests on the law alone.
const screened: CheckContext = { screenVessel: () => [] };
const rice = (over: Partial<Transaction> = {}, description = 'rice'): Transaction => ({
  id: 's', type: 'goods', date: '2018-03-01', from: 'CN', to: 'KP',
  goods: [{ hs: '1006.30', description, quantity: 100, unit: 't' }],
  vessels: [{ name: 'SEA STAR', flag: 'PA' }, { name: 'CHON MA SAN', flag: 'KP' }],
  ...over,
});
const sts = (d: ReturnType<typeof evaluate>) => d.reasons.filter((r) => r.resolution === 2375 && r.paragraph === '11');

test('a goods record saying the goods went ship-to-ship to a DPRK-flagged vessel is prohibited under 2375 para 11, like the vessel-transfer', () => {
  for (const words of ['rice, transferred ship-to-ship at sea', 'rice (STS)', 'rice, S.T.S. transfer off Nampo', 'rice transferred at sea', 'rice, at-sea transfer', 'rice discharged on the high seas', 'rice by lightering', 'rice, vessel-to-vessel']) {
    const d = evaluate(rice({}, words), law, screened);
    assert.equal(d.outcome, 'prohibited', words);
    assert.equal(sts(d)[0]?.effect, 'prohibits', words);
  }
  assert.equal(evaluate(rice({ type: 'vessel-transfer' }), law, screened).outcome, 'prohibited', 'the same record as a vessel-transfer');
  // The purpose may say it as well as a description.
  assert.equal(evaluate(rice({ purpose: 'STS transfer to CHON MA SAN' }), law, screened).outcome, 'prohibited');
});

test('two vessels, one DPRK-flagged, and no words: review naming the flag, never permitted', () => {
  const d = evaluate(rice(), law, screened);
  assert.equal(d.outcome, 'review');
  const r = sts(d)[0]!;
  assert.equal(r.effect, 'requires-review');
  assert.equal(r.field, 'vessels[1].flag');
  assert.match(r.summary, /ship-to-ship/);
  assert.match(r.summary, /2 vessels, and vessels\[1\] flies the DPRK flag/);
});

test('goods to or from the DPRK on two vessels, a flag not given: review asking for it (it may be the DPRK flag)', () => {
  const d = evaluate(rice({ vessels: [{ name: 'A', flag: 'PA' }, { name: 'B' }] }), law, screened);
  assert.equal(d.outcome, 'review');
  assert.equal(sts(d)[0]?.field, 'vessels[1].flag');
  assert.match(sts(d)[0]!.summary, /flag is not given/);
  assert.deepEqual(sts(evaluate(rice({ to: 'JP', vessels: [{ name: 'A', flag: 'PA' }, { name: 'B' }] }), law, screened)), [], 'no tie to the DPRK');
});

test('what does not show a transfer is left alone; the measure keeps its date and its gates', () => {
  assert.equal(evaluate(rice({ vessels: [{ name: 'CHON MA SAN', flag: 'KP' }] }), law, screened).outcome, 'permitted', 'one vessel carries, nothing is transferred');
  assert.equal(evaluate(rice({ to: 'JP', vessels: [{ name: 'A', flag: 'PA' }, { name: 'B', flag: 'JP' }] }), law, screened).outcome, 'permitted');
  assert.deepEqual(sts(evaluate(rice({ vessels: [{ name: 'A', flag: 'PA' }, { name: 'B', flag: 'SL' }] }, 'rice transferred at sea'), law, screened)), [], 'no DPRK-flagged vessel');
  assert.deepEqual(sts(evaluate(rice({ date: '2017-09-10' }, 'rice, STS'), law, screened)), [], 'the day before 2375');
  assert.equal(sts(evaluate(rice({ date: '2017-09-11' }, 'rice, STS'), law, screened))[0]?.effect, 'prohibits', 'the day of 2375');
  // Said in words, a vessel's flag not given: asked for, as for a vessel-transfer.
  const d = evaluate(rice({ vessels: [{ name: 'A', flag: 'PA' }, { name: 'B' }] }, 'rice, STS'), law, screened);
  assert.equal(d.outcome, 'review');
  assert.equal(sts(d)[0]?.field, 'vessels[1].flag');
});

test('a DPRK-flagged vessel on a goods record is a DPRK link for the goods measures', () => {
  const d = evaluate({ id: 'c', type: 'goods', date: '2018-03-01', from: 'SG', to: 'CN', goods: [{ hs: '2701.12', description: 'coal', quantity: 100, unit: 't' }], vessels: [{ name: 'Y', flag: 'KP' }] }, law, screened);
  assert.equal(d.outcome, 'review');
  assert.ok(d.reasons.some((r) => r.measure === 'unscr-2371-8' && r.field === 'vessels[0].flag'));
});

test('stsEvidence: words, not look-alikes', () => {
  assert.equal(stsEvidence(rice({}, 'rice, ship to ship'))?.stated, true);
  assert.equal(stsEvidence(rice({ vessels: [] }, 'rice, ship to ship'))?.field, 'goods[0].description');
  assert.equal(stsEvidence(rice({ vessels: [] }, 'posts, stsl steel, lists')), undefined);
  assert.equal(stsEvidence(rice({ vessels: [] }, 'seafood transported by sea')), undefined);
  assert.equal(stsEvidence(rice())?.stated, false);
});

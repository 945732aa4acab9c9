import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLaw } from '../law/index.ts';
import { evaluate } from './evaluate.ts';
import { claimedProject } from './project-claim.ts';
import type { GoodsLine, Transaction } from './transaction.ts';

const law = loadLaw();
const RK = new Set(['rajin-khasan']);
const tx = (line: GoodsLine, over: Partial<Transaction> = {}): Transaction => ({ id: 'r', type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', goods: [{ quantity: 10000, unit: 't', ...line }], ...over });
const notice = (d: ReturnType<typeof evaluate>) => d.obligations.map((o) => [o.measure, o.due]);

test('the Rajin-Khasan claim: the project field, a purpose naming it, or text saying the goods pass through Rajin', () => {
  assert.equal(claimedProject(tx({}, { jointVenture: { project: 'rajin-khasan' } }), RK), 'rajin-khasan');
  assert.equal(claimedProject(tx({}, { purpose: 'Rajin-Khasan project' }), RK), 'rajin-khasan');
  assert.equal(claimedProject(tx({}, { purpose: 'rajin_khasan' }), RK), 'rajin-khasan');
  assert.equal(claimedProject(tx({ description: 'coal transshipped via Rajin' }), RK), 'rajin-khasan');
  assert.equal(claimedProject(tx({ description: 'coal through the port of Najin' }), RK), 'rajin-khasan');
  assert.equal(claimedProject(tx({ description: 'coal' }, { purpose: 'transit via Rason' }), RK), 'rajin-khasan');
  assert.equal(claimedProject(tx({ description: 'coal shipped from Nampo' }), RK), undefined, 'another port is no Rajin claim');
  assert.equal(claimedProject(tx({ description: 'coal via Rajin' }, { jointVenture: { project: 'other' } }), RK), 'other', 'the field, when given, is the claim');
});

test('Rajin transit coal: conditional on the advance notice, however the record puts it (review 12, M1)', () => {
  const cases: Transaction[] = [
    tx({ hs: '2701.12', description: 'Russian-origin coal transshipped via Rajin', origin: 'RU' }, { from: 'RU' }),
    tx({ hs: '2701.12', description: 'Russian-origin coal transshipped via Rajin', origin: 'RU' }),
    tx({ hs: '2701.12', description: 'coal', origin: 'RU' }, { jointVenture: { project: 'rajin-khasan' } }),
    tx({ hs: '2701.12', description: 'coal', origin: 'RU' }, { purpose: 'rajin-khasan' }),
    tx({ product: 'coal', description: 'Russian-origin coal, Rajin port' }, { from: 'RU' }),
  ];
  for (const t of cases) {
    const d = evaluate(t, law);
    assert.equal(d.outcome, 'conditional', JSON.stringify(t));
    assert.deepEqual(notice(d), [['unscr-2371-8', '2018-02-28']], JSON.stringify(t));
  }
  // Earlier, under 2321 para 26 and 2270 para 29, the same notice.
  assert.deepEqual(notice(evaluate(tx({ hs: '2701.12', description: 'coal via Rajin', origin: 'RU', value: 1000 }, { from: 'RU', date: '2017-03-01' }), law)), [['unscr-2321-26b', '2017-02-28']]);
  assert.deepEqual(notice(evaluate(tx({ hs: '2701.12', description: 'coal via Rajin', origin: 'RU' }, { from: 'RU', date: '2016-06-01' }), law)), [['unscr-2270-29-coal', '2016-05-31']]);
});

test('the Rajin claim must fit: origin not stated is review, DPRK or another port is the ban', () => {
  const noOrigin = evaluate(tx({ hs: '2701.12', description: 'coal' }, { purpose: 'rajin-khasan' }), law);
  assert.equal(noOrigin.outcome, 'review');
  assert.ok(noOrigin.reasons.some((r) => r.field === 'goods[0].origin'));
  assert.equal(evaluate(tx({ hs: '2701.12', description: 'coal', origin: 'KP' }, { purpose: 'rajin-khasan' }), law).outcome, 'review', 'a claim that does not fit is said, not silently dropped');
  assert.equal(evaluate(tx({ hs: '2701.12', description: 'Russian coal shipped from Nampo', origin: 'RU' }, { from: 'RU' }), law).outcome, 'prohibited');
});

test('the Rajin exception is for coal: iron ore and pig iron stay banned (review 12, M2)', () => {
  for (const line of [{ hs: '2601.11', description: 'iron ore' }, { hs: '7201.10', description: 'pig iron' }, { product: 'iron-ore' }, { description: 'iron ore' }]) {
    assert.equal(evaluate(tx({ ...line, origin: 'RU' }, { jointVenture: { project: 'rajin-khasan' } }), law).outcome, 'prohibited', JSON.stringify(line));
    assert.equal(evaluate(tx({ ...line, origin: 'RU' }, { purpose: 'rajin-khasan' }), law).outcome, 'prohibited', JSON.stringify(line));
    assert.equal(evaluate(tx({ ...line, description: `${line.description ?? 'ore'} via Rajin`, origin: 'RU' }, { from: 'RU' }), law).outcome, 'prohibited', JSON.stringify(line));
  }
  // Coal and iron ore on one record: the iron ore line keeps the ban.
  const mixed = tx({ hs: '2701.12', description: 'coal', origin: 'RU' }, { purpose: 'rajin-khasan' });
  mixed.goods!.push({ hs: '2601.11', description: 'iron ore', quantity: 100, unit: 't', origin: 'RU' });
  assert.equal(evaluate(mixed, law).outcome, 'prohibited');
});

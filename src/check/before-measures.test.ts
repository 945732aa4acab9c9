import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLaw } from '../law/index.ts';
import { evaluate } from './evaluate.ts';
import type { Transaction } from './transaction.ts';

const law = loadLaw();
const tx: Transaction = { id: 't2005', type: 'goods', date: '2005-06-01', from: 'KP', to: 'CN', goods: [{ description: 'machine parts' }], parties: [{ name: 'KOREA MINING DEVELOPMENT TRADING CORPORATION' }] };
const komid = () => [{ ref: 'KPe.001 ', name: 'KOREA MINING DEVELOPMENT TRADING CORPORATION', score: 1, regime: 'DPRK', algorithm: 'test', listVersion: 'x', listedOn: '2009-04-24' }];

test('before the first measure: permitted, with a reason saying no measure was in force and citing the first', () => {
  const d = evaluate(tx, law, {});
  assert.equal(d.outcome, 'permitted');
  assert.equal(d.reasons.length, 1);
  const r = d.reasons[0]!;
  assert.equal(r.effect, 'permits');
  assert.equal(r.resolution, 1718);
  assert.match(r.summary, /^No measure of the DPRK regime was in force on 2005-06-01: the first, resolution 1718 para 8\(a\).*took effect on 2006-10-14\./);
  assert.doesNotMatch(r.summary, /KPe\.001/, 'parties were not screened here: nothing said of them');
});

test('before the first measure: a party listed today is named with its listing date, after the transaction', () => {
  const d = evaluate(tx, law, { screenParty: komid });
  assert.equal(d.outcome, 'permitted', 'the decision is kept: no measure reached the dealing');
  assert.match(d.reasons[0]!.summary, /matches KOREA MINING DEVELOPMENT TRADING CORPORATION \(KPe\.001\), listed on 2009-04-24, after this transaction/);
  // A possible match is not told as a listing.
  const possible = evaluate(tx, law, { screenParty: () => komid().map((m) => ({ ...m, band: 'possible' as const, score: 0.7 })) });
  assert.doesNotMatch(possible.reasons[0]!.summary, /KPe\.001/);
});

test('on the first measure\'s day and after: no such reason', () => {
  const d = evaluate({ ...tx, date: '2006-10-14' }, law, { screenParty: () => [] });
  assert.ok(d.reasons.every((r) => !/No measure of the DPRK regime was in force/.test(r.summary)));
});

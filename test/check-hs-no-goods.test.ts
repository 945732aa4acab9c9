// An HS code that names no goods identifies none (security review 17, R17-3): chapter 00, reserved chapter 77
// and a heading 00 are refused at input, naming the field; a national chapter (98, 99) leaves the line to its
// product or description, so a line with nothing else is review, never permitted as goods no measure lists.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, parseTransaction, type Transaction } from '../src/check/index.ts';
import { hsNational, hsNoGoods, parseHs } from '../src/hs/index.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();
const tx = (from: string, to: string, line: Record<string, string>): Transaction =>
  parseTransaction({ id: 't', type: 'goods', date: '2025-03-01', from, to, goods: [line] }, 1);

test('codes of no goods are named as such; real codes are not', () => {
  for (const c of ['00', '0000', '000000', '77', '7700', '7701', '770100', '2700', '9900', '6200.10']) {
    assert.ok(hsNoGoods(parseHs(c)!) !== undefined, c);
  }
  for (const c of ['01', '0101', '27', '2709', '2710.19', '6203.42', '97', '9706', '0501.00', '7601', '78', '9801', '99']) {
    assert.equal(hsNoGoods(parseHs(c)!), undefined, c);
  }
  assert.ok(hsNational('98') && hsNational('9801') && hsNational('999999') && !hsNational('97') && !hsNational('9706'));
});

test('a code of no goods is refused at input, naming goods[0].hs', () => {
  for (const hs of ['00', '0000', '77', '7700', '7701.10', '2700', '270000']) {
    assert.throws(() => tx('KP', 'CN', { hs }), (e: Error & { code?: string }) => /goods\[0\]\.hs/.test(e.message) && /names no goods/.test(e.message), hs);
  }
});

test('a national chapter (98, 99) alone is review both ways, never permitted', () => {
  for (const [from, to] of [['KP', 'CN'], ['CN', 'KP']] as const) {
    for (const hs of ['98', '9801', '9999', '999999', '9802.00.80']) {
      const d = evaluate(tx(from, to, { hs }), law);
      assert.equal(d.outcome, 'review', `${from}->${to} ${hs}`);
      assert.ok(d.reasons.some((r) => r.field === 'goods[0].hs'), `${from}->${to} ${hs} names the code`);
    }
  }
});

test('a national chapter with a description is decided by the description', () => {
  const coal = evaluate(tx('KP', 'CN', { hs: '9801', description: 'anthracite coal' }), law);
  assert.equal(coal.outcome, 'prohibited');
  const trousers = evaluate(tx('KP', 'CN', { hs: '9999', description: "men's cotton trousers" }), law);
  assert.equal(trousers.outcome, 'prohibited');
});

test('real codes decide as before', () => {
  assert.equal(evaluate(tx('KP', 'CN', { hs: '6203.42' }), law).outcome, 'prohibited');
  assert.equal(evaluate(tx('CN', 'KP', { hs: '0102' }), law).outcome, 'permitted');
});

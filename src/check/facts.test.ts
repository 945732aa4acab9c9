import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../law/measure.ts';
import { checkFact, checkFacts } from './facts.ts';
import { originOf } from './goods-origin.ts';
import type { Transaction } from './transaction.ts';

const tx = (t: Partial<Transaction>): Transaction => ({ type: 'goods', date: '2018-01-01', ...t });

test('a scalar fact holds, fails with a sentence naming what was said, or names its missing field', () => {
  const f: Fact = { field: 'deliveredAt', not: 'KP', says: 'supplied outside the DPRK' };
  assert.deepEqual(checkFact(f, tx({ deliveredAt: 'CN' })), { ok: true });
  assert.deepEqual(checkFact(f, tx({ deliveredAt: 'KP' })), { ok: false, fails: 'supplied outside the DPRK, but deliveredAt is "KP"', field: 'deliveredAt' });
  assert.deepEqual(checkFact(f, tx({})), { ok: false, missing: 'deliveredAt' });
  // Types compare without case or punctuation.
  const types: Fact = { field: 'aircraft.type', in: ['Tu-204-100B', 'Il-62M'], says: 'a listed type' };
  assert.equal(checkFact(types, tx({ aircraft: { type: 'TU 204-100b' } })).ok, true);
  assert.equal(checkFact(types, tx({ aircraft: { type: 'Tu-204' } })).ok, false);
  assert.equal(checkFact({ field: 'worker.hostNational', is: true, says: 'x' }, tx({ worker: { hostNational: true } })).ok, true);
  assert.equal(checkFact({ field: 'banking.accounts', above: 1, says: 'x' }, tx({ type: 'financial', banking: { kind: 'account', act: 'open', accounts: 1 } })).ok, false);
});

test('partner is the side of from/to that is not the DPRK; vessels.flag holds for any vessel', () => {
  const cn: Fact = { field: 'partner', in: ['CN'], says: 'China-DPRK' };
  assert.equal(checkFact(cn, tx({ from: 'CN', to: 'KP' })).ok, true);
  assert.equal(checkFact(cn, tx({ from: 'KP', to: 'CN' })).ok, true);
  assert.deepEqual(checkFact(cn, tx({ from: 'DE', to: 'KP' })), { ok: false, fails: 'China-DPRK, but the other country is DE', field: 'from' });
  assert.deepEqual(checkFact(cn, tx({ to: 'KP' })), { ok: false, missing: 'from' });
  const kp: Fact = { field: 'vessels.flag', is: 'KP', says: 'a DPRK vessel' };
  assert.equal(checkFact(kp, tx({ vessels: [{ flag: 'PA' }, { flag: 'KP' }] })).ok, true);
  assert.deepEqual(checkFact(kp, tx({ vessels: [{ flag: 'PA' }, {}] })), { ok: false, missing: 'vessels[1].flag' });
  assert.deepEqual(checkFact(kp, tx({})), { ok: false, missing: 'vessels' });
  assert.equal(checkFact(kp, tx({ vessels: [{ flag: 'PA' }] })).ok, false);
});

test('goods facts read every line in question: HS prefixes, quantities in their own units, origins', () => {
  const parts: Fact = { field: 'goods.hs', hs: ['8803', '8411'], says: 'aircraft parts' };
  assert.equal(checkFact(parts, tx({ goods: [{ hs: '8803.30' }, { hs: '841191' }] })).ok, true);
  assert.deepEqual(checkFact(parts, tx({ goods: [{ hs: '8803.30' }, { hs: '8704.22' }] })), { ok: false, fails: 'aircraft parts, but goods[1] is HS 8704.22', field: 'goods[1].hs' });
  assert.equal(checkFact(parts, tx({ goods: [{ hs: '8803.30' }, { hs: '8704.22' }] }), [0]).ok, true, 'only the lines in question');
  assert.deepEqual(checkFact(parts, tx({ goods: [{ description: 'parts' }] })), { ok: false, missing: 'goods[0].hs' });
  const fill: Fact = { field: 'goods.quantity', atMost: { t: 300, bbl: 2400, l: 380000 }, says: 'one aircraft' };
  assert.equal(checkFact(fill, tx({ goods: [{ quantity: 30000, unit: 'litres' }] })).ok, true);
  assert.equal(checkFact(fill, tx({ goods: [{ quantity: 30, unit: 'm3' }] })).ok, true);
  assert.equal(checkFact(fill, tx({ goods: [{ quantity: 250000, unit: 'kg' }] })).ok, true, 'kg against the tonnes bound');
  assert.equal(checkFact(fill, tx({ goods: [{ quantity: 50000, unit: 't' }] })).ok, false);
  assert.equal(checkFact(fill, tx({ goods: [{ quantity: 5, unit: 'kl' }] })).ok, true, 'kilolitres are litres too');
  assert.equal(checkFact(fill, tx({ goods: [{ quantity: 500, unit: 'kl' }] })).ok, false, '500,000 l is more than 380,000 l');
  assert.deepEqual(checkFact(fill, tx({ goods: [{ quantity: 5, unit: 'gal' }] })), { ok: false, missing: 'goods[0].unit' });
  assert.deepEqual(checkFact(fill, tx({ goods: [{ unit: 't' }] })), { ok: false, missing: 'goods[0].quantity' });
  const nonKp: Fact = { field: 'goods.origin', not: 'KP', says: 'non-DPRK coal' };
  assert.equal(checkFact(nonKp, tx({ goods: [{ description: 'Russian-origin coal' }] })).ok, true);
  assert.equal(checkFact(nonKp, tx({ goods: [{ description: 'coal of DPRK origin' }] })).ok, false);
  assert.equal(checkFact(nonKp, tx({ goods: [{ origin: 'RU', description: 'coal of DPRK origin' }] })).ok, true, 'the field wins over the description');
});

test('origins read from a description', () => {
  const o = (d: string) => originOf({ description: d });
  assert.equal(o('Russian-origin coal'), 'non-KP');
  assert.equal(o('coal of Mongolian origin'), 'non-KP');
  assert.equal(o('coal of non-DPRK origin'), 'non-KP');
  assert.equal(o('coal, not of DPRK origin'), 'non-KP');
  assert.equal(o('coal of South Korean origin'), 'non-KP');
  assert.equal(o('North Korean origin anthracite'), 'KP');
  assert.equal(o('DPRK-origin coal'), 'KP');
  assert.equal(o('anthracite coal'), undefined);
});

test('banking facts on a record with no banking presence fail (a payment is not a branch); absent holds then', () => {
  const branch: Fact = { field: 'banking.kind', in: ['branch'], says: 'a branch' };
  assert.equal(checkFact(branch, tx({ type: 'financial' })).ok, false);
  assert.ok(!('missing' in checkFact(branch, tx({ type: 'financial' }))));
  const none: Fact = { field: 'banking.kind', absent: true, says: 'trade finance' };
  assert.equal(checkFact(none, tx({ type: 'financial' })).ok, true);
  assert.equal(checkFact(none, tx({ type: 'financial', banking: { kind: 'branch', act: 'open' } })).ok, false);
});

test('several facts: what fails is said together, with a missing one named beside it', () => {
  const facts: Fact[] = [
    { field: 'deliveredAt', not: 'KP', says: 'supplied outside the DPRK' },
    { field: 'goods.quantity', atMost: { t: 300 }, says: 'one aircraft' },
  ];
  const r = checkFacts(facts, tx({ goods: [{ quantity: 50000, unit: 't' }] }));
  assert.equal(r.ok, false);
  assert.ok('fails' in r && r.fails.includes('goods[0] is 50,000 t') && r.fails.includes('"deliveredAt" is not given'), JSON.stringify(r));
  assert.deepEqual(checkFacts(facts, tx({ goods: [{ quantity: 20, unit: 't' }] })), { ok: false, missing: 'deliveredAt' });
  assert.deepEqual(checkFacts(facts, tx({ deliveredAt: 'CN', goods: [{ quantity: 20, unit: 't' }] })), { ok: true });
});

test('an origin in the DPRK read from a description: named first, or "from"/"made in" the DPRK; never from a denial', () => {
  const o = (d: string) => originOf({ description: d });
  assert.equal(o('DPRK anthracite, steam grade'), 'KP');
  assert.equal(o('North Korean coal'), 'KP');
  assert.equal(o('anthracite from the DPRK'), 'KP');
  assert.equal(o('garments made in North Korea'), 'KP');
  assert.equal(o('coal, not from the DPRK'), undefined);
  assert.equal(o('coal for DPRK power plants'), undefined, 'a destination is not an origin');
  assert.equal(o('DPRK-bound diesel'), undefined);
});

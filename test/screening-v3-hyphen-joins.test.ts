// korean-v3 (hostile review U-6): two listed words run together next to a hyphen ("WEIHAIWORLD-SHIPPING
// FREIGHT"): the run is split as well as the hyphen parted; the listed entity is a match and check never permits.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const NAMES: readonly (readonly [string, string])[] = [
  ['WEIHAIWORLD-SHIPPING FREIGHT', 'KPe.074'],
  // our own
  ['WEIHAI WORLD-SHIPPINGFREIGHT', 'KPe.074'], ['KOREAACHIM-SHIPPING CO', 'KPe.061'], ['Korea Samma-ShippingCo', 'KPe.065'],
];

const sale = (name: string): Transaction => ({
  id: 'b', type: 'goods', date: '2020-03-02', from: 'CN', to: 'DE',
  goods: [{ hs: '8471.30', description: 'laptop computers', quantity: 10, unit: 'pcs', value: 5000 }],
  parties: [{ name, role: 'seller' }],
});

describe('korean-v3: listed words run together next to a hyphen', () => {
  it('each example is a match', () => {
    for (const [name, ref] of NAMES) assert.equal(screenName(v3, { name }).find((m) => m.ref === ref)?.band, 'match', name);
  });

  it('check never permits a party so written', () => {
    const law = loadLaw();
    for (const [name] of NAMES) assert.notEqual(evaluate(sale(name), law, { screenParty }).outcome, 'permitted', name);
  });
});

// korean-v3 (hostile review U-1): a listed entity's name followed by its address (after a comma, a semicolon
// or c/o): the name is screened on its own too, so the address cannot drown it; check never permits.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { nameBeforeAddress } from '../src/screening/address-tail.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const NAMES: readonly (readonly [string, string])[] = [
  ['Ocean Maritime Management Co Ltd, Dongheung-dong Changgwang Street', 'KPe.020'],
  ['Hong Kong Electronics, Sinhung-dong Street 3', 'KPe.005'],
  ['Pro-Gain Group Corporation c/o Sinhung-dong Street 3', 'KPe.071'],
  ['Ocean Maritime Management Company, Limited c/o Sinhung-dong Street 3', 'KPe.020'],
  // our own
  ['Koryo Bank, Pyongyang', 'KPe.045'], ['Korea Kumsan Trading Corporation; Room 1203, Tower 2', 'KPe.044'],
  ['KOTI Corp, Potonggang District', 'KPe.067'], ['Hesong Trading Company, No. 12 Kangan 1-dong, Sinuiju', 'KPe.024'],
  ['Korea Achim Shipping Co, Changgwang Street, Central District, Pyongyang', 'KPe.061'],
];

const sale = (name: string): Transaction => ({
  id: 'b', type: 'goods', date: '2020-03-02', from: 'CN', to: 'DE',
  goods: [{ hs: '8471.30', description: 'laptop computers', quantity: 10, unit: 'pcs', value: 5000 }],
  parties: [{ name, role: 'seller' }],
});

describe('korean-v3: a name followed by its address', () => {
  it('reads the name before the first part that is an address', () => {
    assert.equal(nameBeforeAddress('Ocean Maritime Management Company, Limited c/o Sinhung-dong Street 3'), 'Ocean Maritime Management Company Limited');
    assert.equal(nameBeforeAddress('Hong Kong Electronics, Sinhung-dong Street 3'), 'Hong Kong Electronics');
    assert.equal(nameBeforeAddress('Kim, Yong Chol'), undefined);
    assert.equal(nameBeforeAddress('Tanchon Commercial Bank'), undefined);
  });

  it('each example finds the listed entity', () => {
    for (const [name, ref] of NAMES) assert.ok(screenName(v3, { name }).some((m) => m.ref === ref), name);
  });

  it('check never permits a party so written', () => {
    const law = loadLaw();
    for (const [name] of NAMES) assert.notEqual(evaluate(sale(name), law, { screenParty }).outcome, 'permitted', name);
  });
});

// korean-v3 (hostile review H2): JR or SR inside a person's name (RI JR-SON, KIM SR GON) is a mistyped syllable
// (je, se), not Jr./Sr.: the listed person is found and check never permits; at the end, Jr. is still a suffix.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { innerSuffixReading } from '../src/screening/suffix-typos.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const INNER: readonly (readonly [string, string])[] = [
  ['RI JR-SON', 'KPi.002'], ['Ri Jr son', 'KPi.002'], ['KIM SR GON', 'KPi.032'], ['PAEK SR BONG', 'KPi.048'],
  // our own
  ['Paek Sr Pong', 'KPi.048'], ['Kim Sr-Gon', 'KPi.032'], ['RI JR SON', 'KPi.002'],
];

const sale = (name: string): Transaction => ({
  type: 'goods', date: '2025-06-01', from: 'CN', to: 'SG', goods: [{ hs: '8207.13', description: 'rock drilling tools' }],
  parties: [{ name, role: 'buyer', country: 'CN' }],
});

describe('korean-v3: JR or SR inside a person\'s name', () => {
  it('each example finds the listed person', () => {
    for (const [name, ref] of INNER) assert.ok(screenName(v3, { name }).some((m) => m.ref === ref), name);
  });

  it('check never permits a party so written', () => {
    const law = loadLaw();
    for (const [name] of INNER) assert.notEqual(evaluate(sale(name), law, { screenParty }).outcome, 'permitted', name);
  });

  it('at the end of the name Jr. and Sr. are left as suffixes', () => {
    assert.equal(innerSuffixReading(['kim', 'yong', 'chol', 'jr']), undefined);
    assert.deepEqual(innerSuffixReading(['ri', 'jr-son']), ['ri', 'je-son']);
    assert.equal(screenName(v3, { name: 'Kim Yong Chol, Jr.' }).find((m) => m.ref === 'KPi.024')?.band, 'match');
  });
});

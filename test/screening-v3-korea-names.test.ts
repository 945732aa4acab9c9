// korean-v3 (hostile review H27): Choson, Chosun, Joseon (the DPRK's own name for Korea) or Corée in place of
// Korea in a listed organisation's name: the listed entity is a match, and check never permits the party.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { koreaReading } from '../src/screening/korea-names.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const KOREA: readonly (readonly [string, string])[] = [
  ['Joseon Ryeonbong General Corp', 'KPe.002'], ['Choson Ryonbong General Corporation', 'KPe.002'], ['Choson Kwangson Banking Corp', 'KPe.025'],
  ['Chosun Tanchon Commercial Bank', 'KPe.003'], ['Coree Ryonbong General Corp', 'KPe.002'],
  // our own
  ['Joson Kwangson Banking Corporation', 'KPe.025'], ['CHOSUN RYONBONG GENERAL CORPORATION', 'KPe.002'],
];

const sale = (name: string): Transaction => ({
  type: 'goods', date: '2025-06-01', from: 'CN', to: 'SG', goods: [{ hs: '8207.13', description: 'rock drilling tools' }],
  parties: [{ name, role: 'buyer', country: 'CN' }],
});

describe('korean-v3: Choson, Chosun, Joseon for Korea in an organisation\'s name', () => {
  it('each example is a match, with or without a country', () => {
    for (const [name, ref] of KOREA) {
      assert.equal(screenName(v3, { name }).find((m) => m.ref === ref)?.band, 'match', name);
      assert.ok(screenName(v3, { name, country: 'CN' }).some((m) => m.ref === ref), `${name} (CN)`);
    }
  });

  it('check never permits a party so written', () => {
    const law = loadLaw();
    for (const [name] of KOREA) assert.notEqual(evaluate(sale(name), law, { screenParty }).outcome, 'permitted', name);
  });

  it('the reading replaces the names of Korea only', () => {
    assert.deepEqual(koreaReading(['joseon', 'ryeonbong']), ['korea', 'ryeonbong']);
    assert.equal(koreaReading(['seoul', 'trading']), undefined);
  });
});

// korean-v3 (hostile review H1, H5, H10): a listed organisation's name with a space lost or added inside it
// at a line break, or a compound hyphenated (Joint-Venture), is found, and check never permits the party.
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

/** The reviewer's examples, then variants of our own: each with the record it stands for. */
const BROKEN: readonly (readonly [string, string])[] = [
  ['KOREA INTERNATIONAL CHEMICALJOINT VENTURE COMPANY', 'KPe.039'], ['KOREA INTERNATIONAL CHEMICAL JOINT VENTURECOMPANY', 'KPe.039'],
  ['KOREA RYONHA MACHINERY JOINT V ENTURE CORPORATION', 'KPe.016'], ['SIN GWANG ECONOMICS AND TRADING GENERAL CORPORATION', 'KPe.036'],
  ['KORE AN TANGUN TRADING CORPORATION', 'KPe.008'], ['HONG K ONG ELECTRONICS', 'KPe.005'],
  ['AMROGGANG DEVELOPMENT BA NKING CORPORATION', 'KPe.009'], ['Korea International Chemical Joint-Venture Company', 'KPe.039'],
  ['KOREA INTERNATIONAL CHEMICAL JOINT-VENTURE CO., LTD', 'KPe.039'], ['Korea Ryonha Machinery Joint-Venture Corporation', 'KPe.016'],
  ['First Oil Joint-Venture Co Ltd', 'KPe.057'], ['KOMIDHK', 'KPe.001'],
  // our own
  ['Korea Ryonha MachineryJoint Venture Corporation', 'KPe.016'], ['Korean Tangun TradingCorporation', 'KPe.008'],
  ['Hong Kong Electro nics', 'KPe.005'], ['Amroggang Development Bank ingCorporation', 'KPe.009'],
];

const sale = (name: string): Transaction => ({
  type: 'goods', date: '2025-06-01', from: 'CN', to: 'SG', goods: [{ hs: '8207.13', description: 'rock drilling tools' }],
  parties: [{ name, role: 'buyer', country: 'CN' }],
});

describe('korean-v3: a space lost or added inside an organisation\'s name', () => {
  it('each example is found, a match when the reading gives the listed name', () => {
    for (const [name, ref] of BROKEN) {
      const found = screenName(v3, { name }).find((m) => m.ref === ref);
      assert.ok(found !== undefined, `${name}: ${ref}`);
    }
    for (const [name, ref] of BROKEN.slice(0, 12)) assert.equal(screenName(v3, { name }).find((m) => m.ref === ref)?.band, 'match', name);
  });

  it('check never permits a party so written', () => {
    const law = loadLaw();
    for (const [name] of BROKEN) assert.notEqual(evaluate(sale(name), law, { screenParty }).outcome, 'permitted', name);
  });
});

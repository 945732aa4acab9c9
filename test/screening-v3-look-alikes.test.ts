// korean-v3 (security review): an organisation's name written with digits or a lower-case l for its letters
// (TANCH0N, K0REA, MlNlNG, KOMlD) is found as the name itself, and check never permits the party. A real
// number in a name stays a number.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { lookAlikeReading, twoWayLettersReadings } from '../src/io/look-alike-words.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

/** The reviewer's examples, then variants of our own: each with the record it stands for. */
const MASKED: readonly (readonly [string, string])[] = [
  ['TANCH0N COMMERCIAL BANK', 'KPe.003'], ['K0REA MINING DEVEL0PMENT TRADING C0RP0RATI0N', 'KPe.001'],
  ['KOREA MlNlNG DEVELOPMENT TRADlNG CORPORATlON', 'KPe.001'], ['GREEN P1NE ASS0CIATED C0RP0RATI0N', 'KPe.010'],
  ['KOMlD', 'KPe.001'], ['K0MID', 'KPe.001'], ['KOM|D', 'KPe.001'], ['KOM!D', 'KPe.001'], ['K0M|D', 'KPe.001'],
  ['Tanch0n C0mmercial Bank', 'KPe.003'], ['TANCHON C0MMERC1AL BANK', 'KPe.003'], ['KOREA M1N1NG DEVELOPMENT TRAD1NG CORPORAT1ON', 'KPe.001'],
  ['GREEN PlNE ASSOClATED CORPORATlON', 'KPe.010'], ['GR33N PINE AS5OCIATED CORPORATION', 'KPe.010'], ['K0M1D', 'KPe.001'],
];

const sale = (name: string): Transaction => ({
  type: 'goods', date: '2025-06-01', from: 'CN', to: 'SG', goods: [{ hs: '8207.13', description: 'rock drilling tools' }],
  parties: [{ name, role: 'buyer', country: 'CN' }],
});

describe('korean-v3: look-alike digits and letters in an organisation\'s name', () => {
  it('each example is a match for the listed entity', () => {
    for (const [name, ref] of MASKED) {
      const found = screenName(v3, { name }).find((m) => m.ref === ref);
      assert.equal(found?.band, 'match', `${name}: ${ref}`);
    }
  });

  it('check never permits a party so written', () => {
    const law = loadLaw();
    for (const [name] of MASKED) assert.notEqual(evaluate(sale(name), law, { screenParty }).outcome, 'permitted', name);
  });

  it('a real number stays a number: no reading for a number alone or digits side by side', () => {
    for (const name of ['PETREL 8', 'OFFICE 39', '2.8 SEPTEMBER', 'UNIT586', 'B52 Trading', 'Korea 1 Ltd', 'Pier 3A']) {
      assert.equal(lookAlikeReading(name), undefined, name);
    }
    assert.equal(screenName(v3, { name: 'OFFICE 39' }).find((m) => m.ref === 'KPe.030')?.band, 'match');
  });

  it('the reading is of the look-alikes only, in the word\'s own case', () => {
    assert.equal(lookAlikeReading('TANCH0N COMMERCIAL BANK'), 'TANCHON COMMERCIAL BANK');
    assert.equal(lookAlikeReading('Tanch0n bank'), 'Tanchon bank');
    assert.equal(lookAlikeReading('KOREA MlNlNG'), 'KOREA MINING');
    assert.equal(lookAlikeReading('Kim Il Sung'), undefined);
    assert.equal(lookAlikeReading('Global Trading'), undefined);
  });
});

describe('korean-v3: letters read two ways, β and ß as ss or B, Ы as bl or bI (hostile review N6)', () => {
  it('a name is found whichever way the letter is meant', () => {
    for (const [name, ref] of [
      ['KORYO βANK', 'KPe.045'], ['KORYO ßANK', 'KPe.045'], ['βUREAU 39', 'KPe.030'], ['GREEN PINE AβOCIATED CORPORATION', 'KPe.010'],
      ['RECONNAIßANCE GENERAL ßUREAU', 'KPe.031'], ['PAK ЫONG NAM', 'KPi.073'], ['βONG NAM PAK', 'KPi.073'],
    ] as const) assert.equal(screenName(v3, { name }).find((m) => m.ref === ref)?.band, 'match', name);
  });

  it('the other readings: every such letter, then those starting a word; none without one', () => {
    assert.deepEqual(twoWayLettersReadings('KORYO βANK'), ['KORYO BANK']);
    assert.deepEqual(twoWayLettersReadings('RECONNAIßANCE GENERAL ßUREAU'), ['RECONNAIBANCE GENERAL BUREAU', 'RECONNAIßANCE GENERAL BUREAU']);
    assert.deepEqual(twoWayLettersReadings('PAK ЫONG'), ['PAK BIONG']);
    assert.deepEqual(twoWayLettersReadings('KORYO BANK'), []);
  });
});

// korean-v3 (security review 16, R16-5): a listed organisation's whole name written as its initials, dotted,
// spaced or joined, and a person's given-name initials run together ("PAK YS"): possible, so check reviews;
// never a match unless the list carries the initialism. Real companies' initials stay plain.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../check/index.ts';
import { loadLaw } from '../law/index.ts';
import { v3Screener, type V3Screener } from '../../test/support/list-screeners.ts';
import { entityInitialsParts, initialsOf, writtenInitials } from './entity-initials.ts';
import type { ScreeningIndex } from './build-index.ts';
import { screenName } from './screen-name.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const payment = (name: string): Transaction => ({ id: 'p', type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name }] });

/** The review's names, and our own on other listed entities and persons. */
const LISTED: readonly (readonly [string, string])[] = [
  ['K.M.D.T.C.', 'KPe.001'], ['K M D T C', 'KPe.001'], ['KMDTC', 'KPe.001'], ['kmdtc', 'KPe.001'], ['KMDT', 'KPe.001'],
  ['K.R.G.C.', 'KPe.002'], ['T.C.B.', 'KPe.003'], ['T C B', 'KPe.003'], ['TCB Pyongyang', 'KPe.003'],
  // our own
  ['K.M.D.T.C. Co., Ltd', 'KPe.001'], ['KRGC', 'KPe.002'], ['k r g c', 'KPe.002'], ['G.P.A.C.', 'KPe.010'], ['KHTC', 'KPe.006'],
  ['B.O.E.L.', 'KPe.013'], ['KCEIC', 'KPe.019'], ['OMMCL', 'KPe.020'], ['KUDB', 'KPe.033'], ['K.P.T.C.', 'KPe.038'],
  ['KDGTC', 'KPe.042'], ['KFTTC', 'KPe.037'], ['S.E.T.G.C.', 'KPe.036'],
  // a person's given-name initials run together, or set apart
  ['PAK YS', 'KPi.063'], ['KIM YC', 'KPi.024'], ['RI MG', 'KPi.026'], ['PAK Y S', 'KPi.063'], ['YS PAK', 'KPi.063'], ['Y.S. PAK', 'KPi.063'],
  ['JO YC', 'KPi.034'], ['RI SY', 'KPi.052'], ['KIM SC', 'KPi.036'], ['CHOE CS', 'KPi.013'], ['HAN JS', 'KPi.055'], ['TSANG YY', 'KPi.080'],
];

/** Real companies' and bodies' initials and short names (some written dotted or spaced): 106. */
const INNOCENT = [
  'IBM', 'KPMG', 'DHL', 'HSBC', 'SK', 'LG', 'KT', 'CJ', 'KCC', 'GS', 'BASF', 'BMW', 'UBS', 'ING', 'ABB', 'AMD', 'BHP', 'BNP',
  'BP', 'CBS', 'CNN', 'CSC', 'DBS', 'DSV', 'EY', 'GE', 'GM', 'HP', 'HTC', 'ICBC', 'JBS', 'KB', 'KDB', 'KEB', 'KFC', 'LVMH', 'MSC',
  'NEC', 'NTT', 'OCBC', 'PWC', 'RBC', 'RBS', 'SAP', 'SMBC', 'TSMC', 'UOB', 'UPS', 'CMA CGM', 'COSCO', 'MUFG', 'STX', 'SKF', 'TDK',
  'TCL', 'ZTE', 'BYD', 'CATL', 'CNOOC', 'CNPC', 'SINOPEC', 'KOGAS', 'KEPCO', 'POSCO', 'HMM', 'KAI', 'KCTC', 'KRX', 'IBK', 'SCB',
  'BOC', 'CCB', 'ABC', 'CITIC', 'CIMC', 'OOCL', 'APL', 'NYK', 'MOL', 'ZIM', 'KMTC', 'SITC', 'TSL', 'KOTRA', 'KITA', 'KEXIM',
  'NATO', 'OPEC', 'ASEAN', 'UNICEF', 'FIFA', 'DBS Bank', 'I.B.M.', 'K.P.M.G.', 'H S B C', 'NASA', 'IKEA', 'ASML', 'BBVA', 'CIBC',
  'SGX', 'HKEX', 'KEPCO E&C', 'DNV', 'BV', 'SGS',
];

/** Real people's names with initials run together: no listed person's. */
const INNOCENT_PERSONS = ['LEE JY', 'PARK JH', 'KIM MH', 'NG WK', 'WONG KL', 'CHAN TM', 'TAN CK', 'LIM BS', 'KIM JH', 'CHOI YS', 'CHEN YL', 'LI XM', 'WANG JX', 'ZHANG WL'];

describe('korean-v3: initials of a listed name', () => {
  it('takes a listed name\'s initials with and without small words and the legal form', () => {
    assert.deepEqual(initialsOf('KOREA MINING DEVELOPMENT TRADING CORPORATION').sort(), ['kmdt', 'kmdtc']);
    assert.deepEqual(initialsOf('BANK OF EAST LAND').sort(), ['bel', 'boel']);
    assert.deepEqual(initialsOf('OCEAN MARITIME MANAGEMENT COMPANY, LIMITED').sort(), ['omm', 'ommc', 'ommcl']);
  });

  it('reads dotted, spaced and joined initials, a legal form or DPRK word beside', () => {
    assert.deepEqual(writtenInitials('K.M.D.T.C.'), { letters: 'kmdtc', dprk: false, apart: true });
    assert.deepEqual(writtenInitials('K M D T C Ltd'), { letters: 'kmdtc', dprk: false, apart: true });
    assert.deepEqual(writtenInitials('KMDTC'), { letters: 'kmdtc', dprk: false, apart: false });
    assert.deepEqual(writtenInitials('TCB Pyongyang'), { letters: 'tcb', dprk: true, apart: false });
    assert.equal(writtenInitials('KOREA MINING DEVELOPMENT'), undefined);
    assert.equal(writtenInitials('K.M.'), undefined);
  });

  it('three letters joined only with a DPRK link (the party\'s country or a DPRK word), or spelt out', () => {
    assert.equal(entityInitialsParts(v3, 'TCB').length, 0);
    assert.ok(entityInitialsParts(v3, 'TCB Pyongyang').some((p) => p.text === 'TANCHON COMMERCIAL BANK'));
    assert.ok(entityInitialsParts(v3, 'T.C.B.').some((p) => p.text === 'TANCHON COMMERCIAL BANK'));
    assert.ok(entityInitialsParts(v3, 'T.C.B.', 'KP').some((p) => p.text === 'TANCHON COMMERCIAL BANK'));
    assert.ok(screenName(v3, { name: 'TCB', country: 'KP' }).some((m) => m.ref === 'KPe.003'));
    // A listed name of common words only is possible written out, for want of the country (generic-entity.ts):
    // its initials are read where the country is given.
    assert.ok(screenName(v3, { name: 'SAONS', country: 'KP' }).some((m) => m.ref === 'KPe.018' && m.band === 'possible'));
  });

  it('each example finds the listed record, possible and never a match', () => {
    for (const [name, ref] of LISTED) {
      const m = screenName(v3, { name }).find((x) => x.ref === ref);
      assert.ok(m !== undefined, name);
      assert.equal(m.band, 'possible', name);
    }
    // The list carrying the initialism: a match, as before.
    assert.equal(screenName(v3, { name: 'O.M.M.' }).find((x) => x.ref === 'KPe.020')?.band, 'match');
  });

  it('check never permits a party so written', () => {
    const law = loadLaw();
    for (const [name] of LISTED) assert.notEqual(evaluate(payment(name), law, { screenParty }).outcome, 'permitted', name);
  });

  it('real companies\' initials: at most 1 of 106 read as a listed name\'s (KCTC); 3 with a DPRK link', () => {
    assert.ok(INNOCENT.length >= 100);
    const read = INNOCENT.filter((n) => entityInitialsParts(v3, n).length > 0);
    assert.deepEqual(read, ['KCTC']);
    // Had three letters joined been read alone, these would be possible too: the reason for the DPRK link.
    const linked = INNOCENT.filter((n) => entityInitialsParts(v3, n, 'KP').length > 0);
    assert.deepEqual(linked, ['CSC', 'HTC', 'KDB', 'MSC', 'NEC', 'KCTC', 'CCB']);
    // Their dotted forms (K.D.B.) are read: the price of T.C.B.
    const dotted = INNOCENT.filter((n) => /^[A-Z]{3}$/u.test(n)).map((n) => [...n].join('.') + '.');
    assert.deepEqual(dotted.filter((n) => entityInitialsParts(v3, n).length > 0), ['C.S.C.', 'H.T.C.', 'K.D.B.', 'M.S.C.', 'N.E.C.', 'C.C.B.']);
  });

  it('real people\'s initials run together stay plain', () => {
    for (const name of INNOCENT_PERSONS) assert.deepEqual(screenName(v3, { name }).filter((m) => m.recordKind === 'person' && m.ref.startsWith('KP')), [], name);
  });
});

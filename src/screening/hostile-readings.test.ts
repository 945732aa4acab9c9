// korean-v3 (hostile review H5, H6, H7, M1): a number written in words, initials beside a family name spelt the
// Southern way, a nickname in quotation marks, and a Korean name in its Chinese (pinyin) reading each hid a
// listed party, which `check` then permitted. Each is read now; innocents stay as they were.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../check/index.ts';
import { loadLaw } from '../law/index.ts';
import { v3Screener, type V3Screener } from '../../test/support/list-screeners.ts';
import type { ScreeningIndex } from './build-index.ts';
import { screenName } from './screen-name.ts';
import { numberReadings } from './number-words.ts';
import { quotedAsBracketed } from './party-labels.ts';
import { pinyinReadings } from './pinyin-readings.ts';
import { parseBatchRows } from './batch-input.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const payment = (name: string): Transaction => ({ id: 'p', type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name }] });
const best = (name: string) => screenName(v3, { name })[0];
const outcome = (name: string): string => evaluate(payment(name), loadLaw(), { screenParty }).outcome;

describe('numbers written as words in a party name (H5)', () => {
  it('reads number words as digits and digits as words', () => {
    assert.deepEqual(numberReadings('Division Forty-Two'), ['Division 42']);
    assert.deepEqual(numberReadings('Unit Five Hundred and Eighty Six'), ['Unit 586']);
    assert.deepEqual(numberReadings('Third Bureau'), ['3rd Bureau']);
    assert.deepEqual(numberReadings('21st Century Fund'), ['twenty-first Century Fund']);
    assert.deepEqual(numberReadings('Kim Yong Chol'), []);
  });
  for (const [name, ref] of [
    ['Division Thirty-Nine', 'KPe.030'], ['Central Committee Bureau Thirty Nine', 'KPe.030'], ['Laskar Ninety-Nine', 'QDe.133'],
    ['KPA Unit Five Hundred Eighty-Six', 'KPe.031'], ['Seventh of Tir', 'IRe.001'], ['1st Oil JV Co Ltd', 'KPe.057'],
  ] as const) {
    it(`${name} is ${ref}, a match`, () => {
      const m = best(name);
      assert.equal(m?.ref, ref);
      assert.equal(m?.band, 'match');
    });
  }
  it('another number is another body', () => {
    assert.equal(screenName(v3, { name: 'Office Thirty-Eight' }).some((m) => m.ref === 'KPe.030'), false);
    assert.equal(screenName(v3, { name: 'Bureau Forty' }).some((m) => m.ref === 'KPe.030'), false);
  });
});

describe('initials beside a family name spelt the Southern way (H6)', () => {
  for (const [name, ref] of [
    ['Lee J. I.', 'KPi.051'], ['Yoon H. J.', 'KPi.001'], ['Cho Y. W.', 'KPi.043'], ['Rhee W. H.', 'KPi.033'], ['Choi S. I.', 'KPi.014'],
    ['Bak B. N.', 'KPi.073'], ['W. H. Lee', 'KPi.033'], ['CHANG S C', 'KPi.056'],
  ] as const) {
    it(`${name} is possibly ${ref}; check reviews`, () => {
      const m = screenName(v3, { name }).find((x) => x.ref === ref);
      assert.equal(m?.band, 'possible');
      assert.equal(outcome(name), 'review');
    });
  }
  it('initials agreeing with no listed name stay clear', () => {
    assert.deepEqual(screenName(v3, { name: 'Smith J. K.' }), []);
    assert.deepEqual(screenName(v3, { name: 'Park J. H.' }), []);
  });
});

describe('a nickname in quotation marks (H7)', () => {
  it('reads a quoted word as a bracketed one', () => {
    assert.equal(quotedAsBracketed('Ri “Smiley” Su Yong'), 'Ri (Smiley) Su Yong');
    assert.equal(quotedAsBracketed("Ri Ch'ol 'Fox' Ho"), "Ri Ch'ol (Fox) Ho");
    assert.equal(quotedAsBracketed('"KOMID"'), '"KOMID"');
    assert.equal(quotedAsBracketed("O'Neil Chemicals"), "O'Neil Chemicals");
  });
  for (const [name, ref] of [
    ['Jang „Uncle" Song Chol', 'KPi.056'], ['Choe ‹Fox› Song Il', 'KPi.014'], ["Ri 'Smiley' Su Yong", 'KPi.052'],
    ['Kim 「Boss」 Tong Chol', 'KPi.068'], ['Han Jang Su “the Banker”', 'KPi.055'], ['"Ox" Ri Won Ho', 'KPi.033'],
  ] as const) {
    it(`${name} is ${ref}, a match; check prohibits`, () => {
      const m = best(name);
      assert.equal(m?.ref, ref);
      assert.equal(m?.band, 'match');
      assert.equal(outcome(name), 'prohibited');
    });
  }
  it('a CSV batch row with the quotes doubled finds the listed person', () => {
    const rows = parseBatchRows('id,name\n1,"Ri ""Smiley"" Su Yong"\n2,"Choe \u201cFox\u201d Song Il"\n', 'batch.csv');
    assert.deepEqual(rows.map((r) => r.query !== undefined && best(r.query.name)?.band), ['match', 'match']);
    assert.deepEqual(rows.map((r) => r.query !== undefined && best(r.query.name)?.ref), ['KPi.052', 'KPi.014']);
  });
  it('a quoted nickname in an innocent name finds nothing', () => {
    assert.deepEqual(screenName(v3, { name: 'John "Jack" Smith' }), []);
  });
});

describe('a Korean name in its Chinese (pinyin) reading (M1)', () => {
  it('reads pinyin syllables as the Korean syllables of their characters', () => {
    const all = (): boolean => true;
    assert.ok(pinyinReadings('Piao Chunri', all).includes('pak chun il'));
    assert.ok(pinyinReadings('Chengri Cui', all).includes('choe song il'));
    assert.deepEqual(pinyinReadings('Wang Wei', all), []);
    assert.deepEqual(pinyinReadings('Korea Trading', all), []);
  });
  for (const [name, ref] of [
    ['Piao Chunri', 'KPi.029'], ['Cui Chengri', 'KPi.014'], ['Zhao Yongyuan', 'KPi.043'], ['Jin Zhengzhi', 'KPi.066'],
    ['Piao Fengnan', 'KPi.073'], ['Xuan Guangri', 'KPi.015'], ['Guangri Xuan', 'KPi.015'], ['Jin Dong-zhe', 'KPi.068'],
  ] as const) {
    it(`${name} is possibly ${ref} (never a match by the reading alone); check reviews`, () => {
      const m = screenName(v3, { name }).find((x) => x.ref === ref);
      assert.equal(m?.band, 'possible');
      assert.equal(outcome(name), 'review');
    });
  }
  it('common Chinese names are no Korean names', () => {
    for (const name of ['Wang Wei', 'Zhang Wei', 'Liu Yang', 'Chen Jie', 'Huang Min', 'Zhao Lei']) assert.deepEqual(screenName(v3, { name }), [], name);
  });
});

// korean-v3: agreement too weak for the possible band (random negatives screened against the whole list, every
// regime): common given names only, one word of another person's name, two typing errors stacked in a short name,
// a common Korean business word without its country and line of business (src/screening/common-agreement.ts).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildIndex, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

let v3: ScreeningIndex;
before(() => {
  v3 = buildIndex(loadUnList(), 'korean-v3');
});
const band = (name: string, ref: string, country?: string): string | undefined =>
  screenName(v3, { name, ...(country !== undefined && { country }) }).find((m) => m.ref === ref)?.band;

describe('korean-v3: common given names alone carry no name to the possible band', () => {
  it('a random name sharing common given names with a listed one, beside a name of its own, is nobody', () => {
    assert.equal(band('Hassan Khalid Mansour', 'QDi.337'), undefined); // Muhammad Khalid Hassan
    assert.equal(band('Mohammad Reza Abbasi', 'IRi.026'), undefined); // MOHAMMAD REZA NAQDI
    assert.equal(band('Ali Akbar Bagheri', 'IRi.004'), undefined); // ALI AKBAR AHMADIAN
    assert.equal(band('Abu Mohammed Nasser', 'QDi.325'), undefined); // Abu Mohammed al-Adnani
    assert.equal(band('Bilal Mohammed Yassin', 'QDi.167'), undefined); // Bilal
  });
  it('part of a listed name and nothing else is still reviewed; the listed name whole is a match', () => {
    assert.equal(band('Mohammed Abdullah', 'QDi.081'), 'possible'); // Binalshibh Ramzi Mohammed Abdullah
    assert.equal(band('Mohamed Hassan', 'QDi.092'), 'match');
    assert.equal(band('Ali Akbar Ahmadian', 'IRi.004'), 'match');
  });
  it('one name of another person, each side with a given name of its own, is nobody', () => {
    assert.equal(band('Navid Mohammadi', 'IRi.024'), undefined); // JAFAR MOHAMMADI
    assert.equal(band('Klaus Wilson', 'HTi.004'), undefined); // WILSON JOSEPH
    assert.equal(band('Jafar Mohammadi', 'IRi.024'), 'match');
    assert.equal(band('Jafar Mohamadi', 'IRi.024'), 'possible');
  });
  it('a Korean name one syllable changed stays possible (a syllable is a word there)', () => {
    assert.equal(band('Kim Tong Chol', 'KPi.024'), 'possible'); // KIM YONG CHOL
    assert.equal(band('Pak Yong Chol', 'KPi.063'), 'possible'); // PAK YONG SIK
  });
});

describe('korean-v3: two typing errors stacked in a short name', () => {
  it('ZHU LEI and Fu Jia are not a three-syllable listed name read through two corrections', () => {
    assert.equal(band('ZHU LEI', 'KPi.052'), undefined); // RI SU YONG
    assert.equal(band('Fu Jia', 'KPi.070'), undefined); // KU JA HYONG
  });
  it('one typing error in a listed name is still found', () => {
    assert.equal(band('Ri Su Yomg', 'KPi.052'), 'match');
    assert.notEqual(band('Ku Jz Hyong', 'KPi.070'), undefined);
  });
});

describe('korean-v3: a common Korean business word without its country and line of business', () => {
  it('Mirae X is not KOREA MIRAE SHIPPING', () => {
    for (const name of ['Mirae Logistics Co', 'Mirae Holdings Limited', 'Mirae JSC', 'Mirae Trading Co']) assert.equal(band(name, 'KPe.020'), undefined, name);
  });
  it('with the country or the line of business given it is compared as before', () => {
    assert.equal(band('Korea Mirae Trading', 'KPe.020'), 'possible');
    assert.equal(band('Mirae Shipping', 'KPe.020'), 'match');
    assert.equal(band('Korea Mirae Shipping Co Ltd', 'KPe.020'), 'match');
    assert.notEqual(band('Mirae Logistics Co', 'KPe.020', 'KP'), undefined);
  });
  it("a listed front's distinctive word among ordinary words stays possible (R18-3)", () => {
    assert.equal(band('New Ryonbong', 'KPe.002'), 'possible');
    assert.equal(band('Golden Tanchon', 'KPe.003'), 'possible');
    assert.equal(band('Daesung Industrial', 'KPe.042'), 'possible');
  });
});

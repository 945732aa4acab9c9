// korean-v3 (hostile review U-2, U-5): a listed organisation's word with its vowel spelled another common way
// (oo or ou for u, eo for o, u for o): the listed entity is found, at least possible, and check never permits.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { vowelSpellingReading } from '../src/screening/vowel-spellings.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const NAMES: readonly (readonly [string, string])[] = [
  ['Mansoodae Overseas Project Group of Companies', 'KPe.050'], ['Korea Koomryong Trading Corporation', 'KPe.014'],
  ['Korean National Insoorance Company', 'KPe.048'], ['Moonitions Industry Department', 'KPe.028'],
  ['First Eoil JV Co Ltd', 'KPe.057'], ['First Uil JV Co Ltd', 'KPe.057'], ['Secund Economic Committee', 'KPe.032'], ['Kuti Corp', 'KPe.067'],
  // our own
  ['Korea Kumryoong Trading Corporation', 'KPe.014'], ['Mansoudae Art Studio', 'KPe.050'], ['Korea Poogang Trading Corporation', 'KPe.038'],
  ['Korea Koomsan Trading Corporation', 'KPe.044'], ['Hapjanggang Sheeping Corp', 'KPe.058'], ['Tosong Technoligy Trading Corporation', 'KPe.015'],
];

const sale = (name: string): Transaction => ({
  id: 'b', type: 'goods', date: '2020-03-02', from: 'CN', to: 'DE',
  goods: [{ hs: '8471.30', description: 'laptop computers', quantity: 10, unit: 'pcs', value: 5000 }],
  parties: [{ name, role: 'seller' }],
});

describe('korean-v3: a vowel spelled another way in an organisation\'s word', () => {
  it('reads a word one vowel spelling from a listed word as it', () => {
    const listed = new Set(['mansudae', 'munitions', 'oil', 'second']);
    const isListed = (w: string): boolean => listed.has(w);
    assert.deepEqual(vowelSpellingReading(['mansoodae', 'overseas'], isListed, isListed), ['mansudae', 'overseas']);
    assert.deepEqual(vowelSpellingReading(['first', 'eoil'], isListed, isListed), ['first', 'oil']);
    assert.deepEqual(vowelSpellingReading(['secund', 'economic'], isListed, isListed), ['second', 'economic']);
    assert.equal(vowelSpellingReading(['munitions', 'industry'], isListed, isListed), undefined);
    assert.equal(vowelSpellingReading(['moonlight', 'bakery'], isListed, isListed), undefined);
  });

  it('each example finds the listed entity, at least possible', () => {
    for (const [name, ref] of NAMES) assert.ok(screenName(v3, { name }).some((m) => m.ref === ref), name);
  });

  it('check never permits a party so written', () => {
    const law = loadLaw();
    for (const [name] of NAMES) assert.notEqual(evaluate(sale(name), law, { screenParty }).outcome, 'permitted', name);
  });
});

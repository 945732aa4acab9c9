// korean-v3 (hostile review H22): a listed organisation's Korean word in the Revised Romanization written as one
// word (Dancheon for TANCHON) is found, and check never permits the party.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { hangulWordsReading, rrSyllableReading } from '../src/screening/rr-syllables.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const RR: readonly (readonly [string, string])[] = [
  ['Dancheon Commercial Bank', 'KPe.003'], ['Korea Gwangseong Trading Corporation', 'KPe.026'], ['Korea Gwangseon Banking Corporation', 'KPe.025'],
  ['Korea Geumryong Trading Corporation', 'KPe.014'], ['Cheongcheongang Shipping Company', 'KPe.022'], ['Dancheon Bank', 'KPe.003'],
  ['Korea Geumryeong Trading', 'KPe.014'], ['Geumhaeryong Company', 'KPe.010'],
  // our own
  ['DANCHEON COMMERCIAL BANK', 'KPe.003'], ['Gwangseon Banking Corp', 'KPe.025'], ['Cheongcheongang Shipping Co Ltd', 'KPe.022'],
];

const sale = (name: string): Transaction => ({
  type: 'goods', date: '2025-06-01', from: 'CN', to: 'SG', goods: [{ hs: '8207.13', description: 'rock drilling tools' }],
  parties: [{ name, role: 'buyer', country: 'CN' }],
});

describe('korean-v3: a Revised Romanization word written whole', () => {
  it('each example is a match', () => {
    for (const [name, ref] of RR) assert.equal(screenName(v3, { name }).find((m) => m.ref === ref)?.band, 'match', name);
  });

  it('check never permits a party so written', () => {
    const law = loadLaw();
    for (const [name] of RR) assert.notEqual(evaluate(sale(name), law, { screenParty }).outcome, 'permitted', name);
  });

  it('hostile review H9: a Hangul organisation name without spaces is a match; a person\'s three syllables are left alone', () => {
    assert.equal(screenName(v3, { name: '조선대성은행' }).find((m) => m.ref === 'KPe.035')?.band, 'match');
    assert.equal(screenName(v3, { name: '조선자원개발투자회사' }).find((m) => m.ref === 'KPe.010')?.band, 'match');
    const law = loadLaw();
    for (const name of ['조선대성은행', '조선자원개발투자회사', '조선대성은행 평양지점']) assert.notEqual(evaluate(sale(name), law, { screenParty }).outcome, 'permitted', name);
    assert.equal(hangulWordsReading('박영식'), undefined);
    assert.equal(hangulWordsReading('금해룡회사'), '금해룡 회사');
    assert.equal(hangulWordsReading('조선대성은행'), '조선 대성 은행');
  });

  it('only a word in the RR\'s letters that is no known word is split', () => {
    assert.deepEqual(rrSyllableReading(['dancheon', 'bank'], () => false), ['dan', 'cheon', 'bank']);
    assert.equal(rrSyllableReading(['tanchon', 'bank'], () => false), undefined);
    assert.equal(rrSyllableReading(['general', 'bank'], (w) => w === 'general'), undefined);
  });
});

// korean-v3 (security review 16, R16-3): every listed body written in Hangul as a North Korean would write it
// (조직지도부, 선전선동부, 39호실, 조선통일발전은행, 국가항공우주기술총국), listed persons in Hangul, DPRK and
// South Korean spellings: found, and check never permits them; South Korean companies, banks and ministries
// stay plain (never a match).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { hangulVocabularyReadings } from '../src/screening/hangul-vocabulary.ts';
import { HANGUL_ENTITIES, HANGUL_INNOCENTS, HANGUL_PERSONS } from './support/hangul-names.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const payment = (name: string): Transaction => ({ id: 'h', type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name }] });

describe('korean-v3: listed bodies and persons in Hangul', () => {
  it('reads the words of state and party bodies, numbered offices, initialisms and words the list writes two ways', () => {
    assert.ok(hangulVocabularyReadings('조직지도부').includes('organization guidance department'));
    assert.ok(hangulVocabularyReadings('선전선동부').includes('propaganda agitation department'));
    assert.ok(hangulVocabularyReadings('39호실').includes('office 39'));
    assert.ok(hangulVocabularyReadings('39국').includes('bureau 39'));
    // 총국 is General Bureau and Administration; 기술 keeps Technology while 총국 takes its second.
    assert.ok(hangulVocabularyReadings('국가항공우주기술총국').includes('national aerospace technology administration'));
    assert.ok(hangulVocabularyReadings('조선통일발전은행').includes('korea united development bank'));
    // The party left out, as the list names its bodies.
    assert.ok(hangulVocabularyReadings('로동당 선전선동부').includes('propaganda agitation department'));
    assert.ok(hangulVocabularyReadings('디씨비금융').includes('dcb finance'));
    assert.ok(hangulVocabularyReadings('국방성').includes('national defense ministry'));
    // A person's name has no such word; a one-syllable word counts only after one or at the end of a long run.
    assert.deepEqual(hangulVocabularyReadings('박영식'), []);
    assert.deepEqual(hangulVocabularyReadings('김영국'), []);
    assert.deepEqual(hangulVocabularyReadings('이지오'), []);
  });

  it('has a Hangul rendering of every listed DPRK entity, and each finds its record', () => {
    const listed = new Set(v3.records.filter((r) => r.regime === 'DPRK' && r.kind === 'entity').map((r) => r.ref));
    assert.deepEqual([...new Set(HANGUL_ENTITIES.map(([, ref]) => ref))].sort(), [...listed].sort());
    const missed = HANGUL_ENTITIES.filter(([name, ref]) => !screenName(v3, { name }).some((m) => m.ref === ref)).map(([n]) => n);
    assert.deepEqual(missed, []);
  });

  it('each listed person written in Hangul (리 and 이, 류 and 유) finds the record', () => {
    assert.ok(new Set(HANGUL_PERSONS.map(([, ref]) => ref)).size >= 50);
    const missed = HANGUL_PERSONS.filter(([name, ref]) => !screenName(v3, { name }).some((m) => m.ref === ref)).map(([n]) => n);
    assert.deepEqual(missed, []);
  });

  it('check never permits a listed body or person so written', () => {
    const law = loadLaw();
    const permitted = [...HANGUL_ENTITIES, ...HANGUL_PERSONS].filter(([name]) => evaluate(payment(name), law, { screenParty }).outcome === 'permitted').map(([n]) => n);
    assert.deepEqual(permitted, []);
  });

  it('South Korean companies, banks and ministries are never a match, and seldom possible', () => {
    assert.ok(HANGUL_INNOCENTS.length >= 40);
    for (const country of [undefined, 'KR']) {
      const results = HANGUL_INNOCENTS.map((name) => ({ name, m: screenName(v3, { name, ...(country !== undefined && { country }) }) }));
      assert.deepEqual(results.filter((r) => r.m.some((m) => m.band === 'match')).map((r) => r.name), []);
      // Possible only where the words agree with a listed name's (국방부, the ministry of defence).
      assert.ok(results.filter((r) => r.m.length > 0).length <= 4, String(country));
    }
  });
});

// korean-v3 (hostile review U-3): a listed organisation's name in Hangul as the DPRK writes it, its words of
// organisation names (은행 bank, 해운 shipping, 회사 company) read as the list's English: at least possible, and
// check never permits the party.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { hangulVocabularyReading } from '../src/screening/hangul-vocabulary.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const REVIEW: readonly (readonly [string, string])[] = [
  ['고려은행', 'KPe.045'], ['단천상업은행', 'KPe.003'], ['대동신용은행', 'KPe.023'], ['원양해운관리회사', 'KPe.020'],
  ['압록강개발은행', 'KPe.009'], ['청천강해운회사', 'KPe.022'], ['만수대창작사 해외사업그룹', 'KPe.050'],
];
// Our own: listed entities written as the DPRK writes them in Hangul (the names the DPRK's own publications
// use for these bodies and companies; 조선 is Korea, 총회사 general corporation).
const OWN: readonly (readonly [string, string])[] = [
  ['조선광업개발무역회사', 'KPe.001'], ['조선련봉총회사', 'KPe.002'], ['조선혁신무역회사', 'KPe.006'], ['조선금룡무역회사', 'KPe.014'],
  ['토성기술무역회사', 'KPe.015'], ['조선련하기계합영회사', 'KPe.016'], ['조선광선은행', 'KPe.025'], ['조선광성무역회사', 'KPe.026'],
  ['조선부강무역회사', 'KPe.038'], ['조선금산무역회사', 'KPe.044'], ['강봉무역회사', 'KPe.043'], ['조선무역은행', 'KPe.047'],
  ['조선민족보험총회사', 'KPe.048'], ['군수공업부', 'KPe.028'], ['제2경제위원회', 'KPe.032'], ['원자력공업성', 'KPe.027'],
  ['정찰총국', 'KPe.031'], ['조선국제화학합영회사', 'KPe.039'], ['조선흥진무역회사', 'KPe.011'], ['고려신용개발은행', 'KPe.049'],
  ['일심국제은행', 'KPe.034'], ['신광경제무역총회사', 'KPe.036'], ['조선종합설비수입회사', 'KPe.019'], ['묘향해운회사', 'KPe.068'],
  ['백마해운회사', 'KPe.069'], ['천명해운회사', 'KPe.056'], ['합장강해운회사', 'KPe.058'], ['조선삼마해운회사', 'KPe.065'],
  ['조선단군무역회사', 'KPe.008'], ['조선아침해운회사', 'KPe.061'], ['조선명덕해운회사', 'KPe.063'], ['만수대창작사', 'KPe.050'],
];

const sale = (name: string): Transaction => ({
  id: 'b', type: 'goods', date: '2020-03-02', from: 'CN', to: 'DE',
  goods: [{ hs: '8471.30', description: 'laptop computers', quantity: 10, unit: 'pcs', value: 5000 }],
  parties: [{ name, role: 'seller' }],
});

describe('korean-v3: Hangul organisation names', () => {
  it('reads the words of organisation names in English, the rest natively or romanized', () => {
    assert.equal(hangulVocabularyReading('고려은행'), '고려 bank');
    assert.equal(hangulVocabularyReading('원양해운관리회사'), 'ocean maritime management company');
    assert.equal(hangulVocabularyReading('만수대창작사 해외사업그룹', true), 'mansudae art studio overseas project group');
    assert.equal(hangulVocabularyReading('청천강해운회사', true), 'chongchongang shipping company');
    assert.equal(hangulVocabularyReading('제2경제위원회'), 'second economic committee');
    assert.equal(hangulVocabularyReading('군수공업부'), 'munitions industry department');
    // A person's name has no such word; a one-syllable word counts only at the end of a long run.
    assert.equal(hangulVocabularyReading('박영식'), undefined);
    assert.equal(hangulVocabularyReading('김영국'), undefined);
  });

  it('each of the review\'s names and ours finds the listed entity, at least possible', () => {
    for (const [name, ref] of [...REVIEW, ...OWN]) {
      assert.ok(screenName(v3, { name }).some((m) => m.ref === ref), name);
    }
  });

  it('check never permits a party so written', () => {
    const law = loadLaw();
    for (const [name] of [...REVIEW, ...OWN]) assert.notEqual(evaluate(sale(name), law, { screenParty }).outcome, 'permitted', name);
  });

  it('a Hangul company name of other words is no match', () => {
    for (const name of ['삼성전자', '현대자동차', '한국전력공사', '신한은행']) {
      assert.ok(!screenName(v3, { name }).some((m) => m.band === 'match'), name);
    }
  });
});

// korean-v3 (security review 16, R16-6): a Chinese given name joined ("TSANG YUNGYUAN") or split where the
// list joins it is the listed name: a match as a joined Korean given name is (YONGSIK), and check never permits.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../check/index.ts';
import { loadLaw } from '../law/index.ts';
import { v3Screener, type V3Screener } from '../../test/support/list-screeners.ts';
import { buildIndex, type ScreeningIndex } from './build-index.ts';
import { CHINESE_SYLLABLES, chineseSyllableReadings, chineseSyllables } from './chinese-syllables.ts';
import { screenName } from './screen-name.ts';
import { loadUnList } from './un-list/index.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const payment = (name: string): Transaction => ({ id: 'p', type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name }] });

/** The review's name, and our own on the list's other Chinese-named persons (KPi.019, KPi.035, KPi.073, KPi.077). */
const LISTED: readonly (readonly [string, string])[] = [
  ['TSANG YUNGYUAN', 'KPi.080'], ['Tsang Yungyuan', 'KPi.080'], ['TSANGYUNGYUAN', 'KPi.080'], ['YUNYUAN TSANG', 'KPi.080'],
  ['TSANG YUNG-YUAN', 'KPi.080'], ['LUI WAIMING', 'KPi.073'], ['LUIWAIMING', 'KPi.073'], ['LI CHENGHE', 'KPi.077'],
  ['JIANG WENJI', 'KPi.019'], ['JIAN WEN JI', 'KPi.019'], ['JIN TIE SAN', 'KPi.035'], ['JIN TIESAN', 'KPi.035'],
];

/** Chinese and other names that are no listed person's. */
const INNOCENT = [
  'TSANG YUNGMING', 'ZHANG WEIMING', 'WANG XIAOMING', 'CHAN TAIMAN', 'LEE KAHSHING', 'CHEN JIANGUO', 'LIU YANG', 'HUANG ZHIQIANG',
  'WONG KAMWAH', 'LAU TAKWAH', 'HSU CHIHYUAN', 'CHANG KUOHUA', 'LIN YUNGCHUAN', 'TSAI INGWEN', 'LUCIANO ROSSI', 'MA YUN',
  'ZHOU XUN', 'LI MING', 'YANG LIWEI', 'SUN YATSEN',
];

describe('korean-v3: a Chinese given name joined or split', () => {
  it('holds the pinyin and Wade-Giles syllables', () => {
    for (const s of ['zhuang', 'xiong', 'yuan', 'hsien', 'tsung', 'chih', 'ssu', 'szu', 'lve', 'jih']) assert.ok(CHINESE_SYLLABLES.has(s), s);
    for (const s of ['kim', 'yongsik', 'bong', 'pak']) assert.equal(CHINESE_SYLLABLES.has(s), false, s);
    assert.ok(CHINESE_SYLLABLES.size > 500);
    assert.deepEqual(chineseSyllables('yungyuan')[0], ['yung', 'yuan']);
  });

  it('splits a joined word and joins split syllables where that gives listed words', () => {
    const listed = new Set(['tsang', 'yung', 'yuan', 'yu', 'an', 'jian', 'wen', 'ji', 'wenji']);
    const isListed = (w: string): boolean => listed.has(w);
    assert.deepEqual(chineseSyllableReadings(['tsang', 'yungyuan'], isListed), [['tsang', 'yung', 'yuan']]);
    assert.deepEqual(chineseSyllableReadings(['jian', 'wen', 'ji'], isListed), [['jian', 'wenji']]);
    assert.deepEqual(chineseSyllableReadings(['luciano', 'rossi'], isListed), []);
    assert.deepEqual(chineseSyllableReadings(['tsang', 'yung', 'yuan'], isListed), []);
  });

  it('each example finds the listed person; check never permits it', () => {
    const law = loadLaw();
    for (const [name, ref] of LISTED) {
      assert.ok(screenName(v3, { name }).some((m) => m.ref === ref && m.band === 'match'), name);
      assert.notEqual(evaluate(payment(name), law, { screenParty }).outcome, 'permitted', name);
    }
  });

  it('a listed name joined where the query splits it (a list that writes TSANG YUNGYUAN)', () => {
    const list = loadUnList();
    const joined = buildIndex({ ...list, records: list.records.map((r) => (r.ref.trim() === 'KPi.080' ? { ...r, names: [{ full: 'TSANG YUNGYUAN', kind: 'primary' as const }] } : r)) }, 'korean-v3');
    for (const name of ['TSANG YUNG YUAN', 'Tsang Yung Yuan', 'TSANG YUNGYUAN']) assert.ok(screenName(joined, { name }).some((m) => m.ref === 'KPi.080' && m.band === 'match'), name);
  });

  // Never a match; a possible result is one syllable from a listed person (TSANG YUNGMING against JANG YONG
  // SON: two of three syllables read alike), which the possible band is for.
  it('names that are no listed person\'s are never a match', () => {
    for (const name of INNOCENT) assert.deepEqual(screenName(v3, { name }).filter((m) => m.recordKind === 'person' && m.ref.startsWith('KP') && m.band === 'match'), [], name);
  });
});

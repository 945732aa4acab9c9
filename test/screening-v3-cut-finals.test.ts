// korean-v3: a syllable cut after its vowel by a space or a dot ("Kim Yo.ng Chol", "Ri Chu N Song",
// "Mun Cho ng Chol") is read joined beside the name as written, and "Bk" after a distinctive word is read
// as Bank ("Koryo Bk"): the listed record is a match, and check never permits a party written that way.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { bankReading } from '../src/screening/entity-vocabulary.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { joinedFinalsReading } from '../src/screening/syllable-fragments.ts';
import { scratch } from './support/cli-harness.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

/** Written with a final cut from its syllable, or Bank as Bk, with the listed record each stands for. */
const CUT: readonly (readonly [string, 'person' | 'entity', string])[] = [
  ['Kim Yo.ng Chol', 'person', 'KPi.024'], ['Kim Yo ng Chol', 'person', 'KPi.024'], ['Pak Ha N Se', 'person', 'KPi.049'],
  ['Ri Chu N Song', 'person', 'KPi.075'], ['Ri Chu.n Hwan', 'person', 'KPi.074'], ['Ha.n Jang Su', 'person', 'KPi.055'],
  ['Kim Yong Cho l', 'person', 'KPi.024'], ['Mun Cho ng Chol', 'person', 'KPi.012'], ['Kim Chu ng Cho ng', 'person', 'KPi.021'],
  ['Kim Yo.ng-Cho.l', 'person', 'KPi.024'], ['Pa k Yong Sik', 'person', 'KPi.063'], ['Ki m Tong Chol', 'person', 'KPi.068'],
  ['Kim Yon.g Chol', 'person', 'KPi.024'], ['Pak Yon G Sik', 'person', 'KPi.063'], ['Mun Chon.g Chol', 'person', 'KPi.012'],
  ['Koryo Bk', 'entity', 'KPe.045'], ['Tongbang Bk', 'entity', 'KPe.013'], ['Korea Kwangson Bkg', 'entity', 'KPe.025'],
];

describe('korean-v3: a final cut after its vowel, and Bk for Bank', () => {
  it('each is a match naming the listed record', () => {
    for (const [name, , ref] of CUT) {
      const m = screenName(v3, { name }).find((x) => x.ref === ref);
      assert.equal(m?.band, 'match', name);
    }
  });

  it('the joined reading is a second reading: the name as written is kept', () => {
    assert.deepEqual(joinedFinalsReading(['kim', 'yo', 'ng', 'chol']), ['kim', 'yong', 'chol']);
    assert.deepEqual(joinedFinalsReading(['ri', 'chu', 'n', 'song']), ['ri', 'chun', 'song']);
    assert.deepEqual(joinedFinalsReading(['kim', 'yo', 'ng-cho', 'l']), ['kim', 'yong-chol']);
    assert.equal(joinedFinalsReading(['pak', 'yong', 'sik']), undefined);
    assert.equal(joinedFinalsReading(['kim', 'n']), undefined, 'KIMN reads as no syllable');
    assert.equal(bankReading('Koryo Bk.'), 'Koryo Bank');
    assert.equal(bankReading('Pak Bk'), undefined, 'a short word before Bk: a mistyped syllable as much');
  });
});

describe('check: a party written with a cut final or Bk is never permitted', () => {
  const law = loadLaw();
  const sale = (name: string, type: 'person' | 'entity'): Transaction => ({
    type: 'goods', date: '2025-06-01', from: 'CN', to: 'MY', goods: [{ hs: '8471.30', description: 'laptop computers' }],
    parties: [{ name, type }],
  });

  it('each is prohibited, naming the listed record', () => {
    for (const [name, type, ref] of CUT) {
      const d = evaluate(sale(name, type), law, { screenParty });
      assert.equal(d.outcome, 'prohibited', name);
      assert.ok(d.reasons.some((r) => r.matchedRef === ref), name);
    }
  });

  it('through the CLI: check and screen', () => {
    const sandbox = scratch('cut-finals');
    const c = sandbox.cli(['check', '-', '--format', 'json'], JSON.stringify({ id: 'cut', ...sale('Ri Chu N Song', 'person') }));
    assert.equal(c.code, 2, c.stderr);
    assert.equal(JSON.parse(c.stdout).outcome, 'prohibited');
    const s = sandbox.cli(['screen', 'Koryo Bk', '--format', 'json']);
    assert.equal(s.code, 2, s.stderr);
    assert.equal(JSON.parse(s.stdout).matches[0].ref, 'KPe.045');
  });
});

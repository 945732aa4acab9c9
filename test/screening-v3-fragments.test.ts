// korean-v3 (security review): a syllable cut apart or masked inside a person's name ("Kim Tong Ch-ol",
// "Pak Yong-s-ik", "Ch ol", "Ch.ol", "Ch0l", "S1k") is put together before recall, so the listed person is
// found as a match, and check never permits a party written that way.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { joinSyllableFragments, unmaskDigits } from '../src/screening/syllable-fragments.ts';
import { scratch } from './support/cli-harness.ts';
import { v3AndV2Screeners, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let v2: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, v2, screenParty } = v3AndV2Screeners());
});

/** Written in pieces, with the listed record each stands for. */
const PIECES: readonly (readonly [string, string])[] = [
  ['Kim Tong Ch-ol', 'KPi.068'], ['Pak Yong-s-ik', 'KPi.063'], ['Kim Tong Ch ol', 'KPi.068'], ['Kim Tong Ch.ol', 'KPi.068'],
  ['Kim Tong Ch0l', 'KPi.068'], ['Pak Yong S1k', 'KPi.063'], ['Pak Yong Si-k', 'KPi.063'], ['Pak Yo-ng Sik', 'KPi.063'],
  ['Ri Je-s-on', 'KPi.002'], ['K1m Tong Chol', 'KPi.068'], ['Kim Tong Ch - ol', 'KPi.068'],
];

describe('korean-v3: a syllable written in pieces or with a digit is put together before recall', () => {
  it('each is a match at the default thresholds, and with the possible band switched off', () => {
    for (const [name, ref] of PIECES) {
      for (const opts of [{}, { reviewThreshold: 0.85 }]) {
        const m = screenName(v3, { name }, opts).find((x) => x.ref === ref);
        assert.equal(m?.band, 'match', `${name} ${JSON.stringify(opts)}`);
        assert.equal(m?.score, 1, name);
      }
    }
  });

  it('korean-v2 is unchanged (it loses most of them)', () => {
    assert.equal(screenName(v2, { name: 'Kim Tong Ch0l' }).length, 0);
    assert.equal(screenName(v2, { name: 'Kim Tong Ch ol' }).length, 0);
  });

  it('two valid syllables are never run together, and another syllable is still another name', () => {
    assert.deepEqual(joinSyllableFragments(['pak', 'yong', 'sik']), ['pak', 'yong', 'sik']);
    assert.deepEqual(joinSyllableFragments(['ri', 'je-son']), ['ri', 'je-son']);
    assert.deepEqual(joinSyllableFragments(['kim', 'tong', 'ch-ol']), ['kim', 'tong', 'chol']);
    assert.deepEqual(joinSyllableFragments(['pak', 'yong-s-ik']), ['pak', 'yong-sik']);
    assert.deepEqual(joinSyllableFragments(['pak', 'yo-ng', 'sik']), ['pak', 'yong', 'sik']);
    assert.deepEqual(joinSyllableFragments(['ch', 'yon', 'chun']), ['ch', 'yon', 'chun'], 'CHO with its vowel dropped');
    assert.deepEqual(joinSyllableFragments(['kyung-su', 'l']), ['kyung-su', 'l'], 'RA written last, its vowel dropped');
    assert.equal(screenName(v3, { name: 'Pak T0ng Sik' }).find((m) => m.ref === 'KPi.063')?.band, 'possible');
  });

  it('a digit is read as a letter only where the word then reads as Korean: UNIT586 and B2 stay', () => {
    assert.equal(unmaskDigits('Ch0l S1k'), 'Chol Sik');
    assert.equal(unmaskDigits('UNIT586'), 'UNIT586');
    assert.equal(unmaskDigits('Unit 586 B2'), 'Unit 586 B2');
    assert.equal(unmaskDigits('X1Z'), 'X1Z');
  });
});

describe('check: a party written in pieces is never permitted', () => {
  const sale = (name: string): Transaction => ({
    type: 'goods', date: '2025-06-01', from: 'CN', to: 'MY', goods: [{ hs: '8471.30', description: 'laptop computers' }],
    parties: [{ name, type: 'person' }],
  });
  const law = loadLaw();

  it('each is prohibited, naming the listed person', () => {
    for (const [name, ref] of PIECES) {
      const d = evaluate(sale(name), law, { screenParty });
      assert.equal(d.outcome, 'prohibited', name);
      assert.ok(d.reasons.some((r) => r.matchedRef === ref && r.band === 'match'), name);
    }
  });

  it('a typing error in another syllable count, Co or Hk for a syllable, a name as one word: never permitted', () => {
    for (const [name, type] of [['Apek Se Bong', 'person'], ['Ko Ate Hun', 'person'], ['Co Yon Chun', 'person'], ['Kim Hk Song', 'person'], ['KOTI', 'entity'], ['KOREAMININGDEVELOPMENTTRADINGCORP', 'entity'], ['Huaxin Shippinghk Ltd', 'entity']] as const) {
      const d = evaluate({ ...sale(name), parties: [{ name, type }] }, law, { screenParty });
      assert.notEqual(d.outcome, 'permitted', name);
    }
  });

  it('through the CLI: check and screen', () => {
    const sandbox = scratch('fragments');
    const c = sandbox.cli(['check', '-', '--format', 'json'], JSON.stringify({ id: 'pieces', ...sale('Kim Tong Ch.ol') }));
    assert.equal(c.code, 2, c.stderr);
    assert.equal(JSON.parse(c.stdout).outcome, 'prohibited');
    const s = sandbox.cli(['screen', 'Pak Yong S1k', '--format', 'json']);
    assert.equal(s.code, 2, s.stderr);
    const m = JSON.parse(s.stdout).matches[0];
    assert.equal(m.ref, 'KPi.063');
    assert.equal(m.band, 'match');
  });
});

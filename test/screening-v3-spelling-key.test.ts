// korean-v3: two words sharing a consonant key (first letter and later consonants) are a spelling variant only when
// they are also close in their letters: ALI KHAN was a match (0.967) for ALI KONY, and `check` prohibited it (the
// hostile-user test, M2). Spellings of one name stay one: MOHAMMED / MUHAMMAD, HUSSEIN / HUSAIN, YUSUF / YOUSSEF.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildIndex, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import { PROFILES } from '../src/screening/profile.ts';
import { compareWords, WordTable } from '../src/screening/words.ts';

let v3: ScreeningIndex;
before(() => {
  v3 = buildIndex(loadUnList());
});

describe('korean-v3: a spelling variant is close in its letters too', () => {
  it('KHAN is no spelling of KONY in korean-v3; it still is in korean-v2 (its results stay)', () => {
    const t3 = new WordTable(undefined, PROFILES['korean-v3']);
    const t2 = new WordTable(undefined, PROFILES['korean-v2']);
    assert.equal(compareWords(t3.intern('khan'), t3.intern('kony')), 'different');
    assert.equal(compareWords(t2.intern('khan'), t2.intern('kony')), 'spelling');
    for (const [a, b] of [['mohammed', 'muhammad'], ['hussein', 'husain'], ['yusuf', 'youssef']]) {
      assert.equal(compareWords(t3.intern(a!), t3.intern(b!)), 'spelling', `${a} ${b}`);
    }
  });
  it('Ali Khan is no match for ALI KONY; Muhammad Yusuf still finds Muhammad Yusuf', () => {
    assert.ok(!screenName(v3, { name: 'Ali Khan' }).some((m) => m.band === 'match'), 'Ali Khan');
    assert.equal(screenName(v3, { name: 'Mohammad Yousuf' }).find((m) => m.name === 'Muhammad Yusuf')?.band, 'match');
  });
});

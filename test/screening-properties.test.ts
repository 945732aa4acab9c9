// Properties of korean-v1 over generated Korean names: form of writing never changes the score.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { buildIndex, screenName, segmentSyllables, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

let index: ScreeningIndex;
before(() => {
  index = buildIndex(loadUnList());
});

const SYLLABLES = ['kim', 'ri', 'pak', 'yong', 'sik', 'je', 'son', 'chol', 'song', 'il', 'nam', 'su', 'myong', 'chun', 'tong', 'ho', 'hyok'];
const syllable = fc.constantFrom(...SYLLABLES);
const person = fc.record({ family: syllable, given: fc.array(syllable, { minLength: 1, maxLength: 2 }) });

const scores = (name: string): string =>
  JSON.stringify(screenName(index, { name }, { threshold: 0.5 }).map((m) => [m.ref, m.score]));

test('hyphenated, spaced and (when it splits only one way) joined given names score the same', () => {
  fc.assert(
    fc.property(person, ({ family, given }) => {
      const hyphen = scores(`${family} ${given.join('-')}`);
      assert.equal(scores(`${family} ${given.join(' ')}`), hyphen);
      // A joined name that splits two ways (sukim = su+kim or suk+im) may find more: the hyphen disambiguates.
      if (segmentSyllables(given.join('')).length === 1) assert.equal(scores(`${family} ${given.join('')}`), hyphen);
    }),
    { numRuns: 60, seed: 42 },
  );
});

test('apostrophes and letter case never change the score', () => {
  fc.assert(
    fc.property(person, fc.integer({ min: 1, max: 3 }), ({ family, given }, at) => {
      const plain = `${family} ${given.join('-')}`;
      const marked = plain.slice(0, at) + '’' + plain.slice(at);
      if (marked.includes(' ’') || marked.includes('’ ')) return;
      assert.equal(scores(marked.toUpperCase()), scores(plain));
    }),
    { numRuns: 60, seed: 7 },
  );
});

test('the listed names themselves always match their record', () => {
  const list = loadUnList();
  const dprk = list.records.filter((r) => r.regime === 'DPRK');
  fc.assert(
    fc.property(fc.constantFrom(...dprk), (r) => {
      const primary = r.names[0]?.full ?? '';
      assert.ok(screenName(index, { name: primary }).some((m) => m.ref === r.ref), primary);
    }),
    { numRuns: 80, seed: 3 },
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstWordForms, inflections, phrasePattern } from './word-forms.ts';

const reads = (phrase: string, text: string): boolean => new RegExp(`(?:^|[^a-z0-9])(?:${phrasePattern(phrase)})(?![a-z0-9])`).test(text);

test('a head noun is read in the singular and the plural, whichever the data writes', () => {
  const both: [string, string][] = [
    ['clam', 'clams'], ['anchovy', 'anchovies'], ['torpedo', 'torpedoes'], ['knife', 'knives'], ['bus', 'buses'], ['lathe', 'lathes'],
    ['sea cucumber', 'sea cucumbers'], ['fighter jet', 'fighter jets'], ['armoured personnel carrier', 'armoured personnel carriers'],
    ['tapestries', 'tapestry'], ['molluscs', 'mollusc'], ['peach', 'peaches'], ['fisherman', 'fishermen'],
  ];
  for (const [data, text] of both) {
    assert.ok(reads(data, text), `"${data}" reads "${text}"`);
    assert.ok(reads(data, data), `"${data}" reads itself`);
  }
});

test('British and American spellings, and compounds apart, hyphenated or joined, read alike', () => {
  assert.ok(reads('armoured vehicle', 'armored vehicles'));
  assert.ok(reads('air defence system', 'air defense systems'));
  assert.ok(reads('aluminium', 'aluminum ingots'));
  assert.ok(reads('mollusc', 'mollusks'));
  assert.ok(reads('anti-aircraft gun', 'anti aircraft guns'));
  assert.ok(reads('anti-aircraft gun', 'antiaircraft gun'));
  assert.ok(reads('sub-machine gun', 'submachine guns'));
});

test('words a plural ending does not make, and short codes, keep their one form', () => {
  assert.ok(!reads('arms', 'robotic arm'), '"arms" is not an arm');
  assert.ok(!reads('shorts', 'short-range'), '"shorts" is not "short"');
  assert.deepEqual(inflections('ngl').sort(), ['ngl', 'ngls']);
  assert.deepEqual(inflections('ts'), ['ts']);
  assert.ok(reads('jet a-1', 'jet a1'));
  assert.ok(!reads('jet a', 'jet aircraft'));
  assert.ok(!reads('gas', 'ga'));
});

test('the first word of a compound is looked up in its spellings; a one-word phrase in its inflections too', () => {
  assert.ok(firstWordForms('armoured vehicle').includes('armored'));
  assert.ok(!firstWordForms('armoured vehicle').includes('armoureds'));
  assert.ok(firstWordForms('clam').includes('clams'));
});

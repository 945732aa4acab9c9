import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatHs, HsPrefixIndex, hsCovers, hsLevel, parseHs } from '../src/hs/index.ts';

test('the three spellings of a subheading are the same code', () => {
  assert.equal(parseHs('6203.42'), '620342');
  assert.equal(parseHs('620342'), '620342');
  assert.equal(parseHs(' 6203.42 '), '620342');
  assert.equal(parseHs('6203'), '6203');
  assert.equal(parseHs('62'), '62');
  assert.equal(parseHs('2710.19.41'), '27101941');
  assert.equal(formatHs('620342'), '6203.42');
  assert.equal(hsLevel('62'), 'chapter');
  assert.equal(hsLevel('6203'), 'heading');
  assert.equal(hsLevel('620342'), 'subheading');
});

test('malformed codes are refused', () => {
  for (const bad of ['abc', '', '6', '620', '62034', '62.03', '6203.4', '6203..42', '6203.42.', '62a3', '6203-42']) {
    assert.equal(parseHs(bad), undefined, bad);
  }
});

test('prefix matching works at chapter, heading and subheading level', () => {
  assert.ok(hsCovers('62', '620342'));
  assert.ok(hsCovers('6203', '620342'));
  assert.ok(hsCovers('620342', '620342'));
  assert.ok(!hsCovers('6204', '620342'));
  const idx = new HsPrefixIndex<string>();
  idx.add('62', 'textiles');
  idx.add('2709', 'crude-or-condensate');
  idx.add('271111', 'ngl');
  assert.deepEqual(idx.lookup('620342'), ['textiles']);
  assert.deepEqual(idx.lookup('6203'), ['textiles']);
  assert.deepEqual(idx.lookup('62'), ['textiles']);
  assert.deepEqual(idx.lookup('27'), [], 'a chapter does not match a heading prefix below it');
  assert.deepEqual(idx.lookup('2711'), [], 'heading 2711 is broader than subheading 2711.11');
  assert.deepEqual(idx.lookup('271111'), ['ngl']);
  assert.deepEqual(idx.lookup('270900'), ['crude-or-condensate']);
  assert.ok(idx.has('61091000') === false && idx.has('62034210'));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.ts';

const nested = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;

test('nesting past the limit is found; brackets inside strings and escaped quotes do not count', () => {
  assert.equal(nestsDeeperThan(nested(MAX_JSON_DEPTH)), false);
  assert.equal(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1)), true);
  assert.equal(nestsDeeperThan(`{"a":${nested(40)}}`), true);
  assert.equal(nestsDeeperThan(JSON.stringify({ name: '['.repeat(1000), note: '"\\[{'.repeat(100) })), false);
  assert.equal(nestsDeeperThan(JSON.stringify({ parties: [{ name: 'x', aliases: [['a']] }], goods: [{ hs: '2710' }] })), false);
  // Siblings do not add up: depth, not count.
  assert.equal(nestsDeeperThan(`[${Array.from({ length: 1000 }, () => '[[]]').join(',')}]`), false);
  // A million brackets are refused at the 33rd.
  assert.equal(nestsDeeperThan(`{"name":${'['.repeat(1_000_000)}`), true);
});

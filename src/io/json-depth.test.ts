import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonShapeProblem, MAX_JSON_DEPTH, MAX_JSON_ITEMS, MAX_JSON_MEMBERS, nestsDeeperThan } from './json-depth.ts';

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

test('an object or array wider than the limit is found; strings, nested members and a batch of 10,000 items are not', () => {
  const keys = (n: number): string => `{${Array.from({ length: n }, (_, i) => `"k${i}":1`).join(',')}}`;
  assert.equal(jsonShapeProblem(keys(MAX_JSON_MEMBERS)), undefined);
  assert.equal(jsonShapeProblem(keys(MAX_JSON_MEMBERS + 1)), 'wide');
  assert.equal(jsonShapeProblem(`[${Array.from({ length: 150_000 }, () => '1e308').join(',')}]`), 'wide');
  // An array holds up to MAX_JSON_ITEMS (a transaction's goods lines), an object MAX_JSON_MEMBERS keys.
  const items = (n: number): string => `[${Array.from({ length: n }, () => '{"hs":"8471"}').join(',')}]`;
  assert.equal(jsonShapeProblem(items(MAX_JSON_ITEMS)), undefined);
  assert.equal(jsonShapeProblem(items(MAX_JSON_ITEMS + 1)), 'wide');
  assert.equal(jsonShapeProblem(`{"goods":${items(13_000)}}`), undefined);
  assert.equal(jsonShapeProblem(JSON.stringify({ note: ','.repeat(100_000) })), undefined);
  // 10,000 subjects of five fields: 10,000 members in the array, five in each object.
  assert.equal(jsonShapeProblem(JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ id: `s${i}`, name: 'Kim Chol', dob: '1970', nationality: 'KP', type: 'person' })))), undefined);
  assert.equal(jsonShapeProblem(nested(MAX_JSON_DEPTH + 1)), 'deep');
});

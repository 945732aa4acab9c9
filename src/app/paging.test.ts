// The API's one list shape: limits clamp, cursors are opaque round trips, a forged cursor is bad input naming `cursor`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInterdictError } from '../errors/index.ts';
import { clampLimit, decodeCursor, encodeCursor, readOrder } from './paging.ts';

const field = (f: string) => (e: unknown) => isInterdictError(e) && e.location.field === f;

test('limit: default 50, clamped to 1..500, not a whole number is bad input', () => {
  assert.equal(clampLimit(undefined), 50);
  assert.equal(clampLimit('7'), 7);
  assert.equal(clampLimit('100000'), 500);
  assert.equal(clampLimit('0'), 1);
  assert.throws(() => clampLimit('ten'), field('limit'));
  assert.throws(() => clampLimit('1e3'), field('limit'));
});

test('cursor: an opaque round trip of the sort key; anything else names cursor', () => {
  const c = encodeCursor(['2018-03-01', 42]);
  assert.match(c, /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(decodeCursor(c, ['string', 'number']), ['2018-03-01', 42]);
  assert.equal(decodeCursor(undefined, ['string', 'number']), undefined);
  assert.throws(() => decodeCursor(encodeCursor([42, '2018']), ['string', 'number']), field('cursor'));
  assert.throws(() => decodeCursor('not a cursor!', ['string', 'number']), field('cursor'));
  assert.throws(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'), ['string']), field('cursor'));
});

test('order: newest first unless asc', () => {
  assert.equal(readOrder(undefined), 'desc');
  assert.equal(readOrder('asc'), 'asc');
  assert.throws(() => readOrder('up'), field('order'));
});

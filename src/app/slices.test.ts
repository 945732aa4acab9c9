import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapInSlices } from './slices.ts';

test('mapInSlices: the result of a plain map; past its work budget it stops at the item reached and throws what `over` makes', async () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  assert.deepEqual(await mapInSlices(items, (x) => x * 2, { sliceMs: 0 }), items.map((x) => x * 2));
  assert.deepEqual(await mapInSlices(items, (x) => x + 1, { budget: { workMs: Number.POSITIVE_INFINITY, over: () => new Error('never') } }), items.map((x) => x + 1));
  const seen: number[] = [];
  await assert.rejects(
    mapInSlices(items, (x) => seen.push(x), { sliceMs: 0, budget: { workMs: 0, over: (i) => new Error(`stopped at ${i}`) } }),
    /stopped at 1$/,
  );
  assert.deepEqual(seen, [0], 'nothing after the item where the budget ran out');
  // One item alone is done whatever the budget (nothing is left to stop before).
  assert.deepEqual(await mapInSlices([7], (x) => x, { budget: { workMs: 0, over: () => new Error('no') } }), [7]);
});

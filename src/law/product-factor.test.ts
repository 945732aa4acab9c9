import assert from 'node:assert/strict';
import { test } from 'node:test';
import { barrelsPerTonne } from './product-factor.ts';

test('a tonnage is converted by the product the line names (docs/regime.md §3), else at the default, saying so', () => {
  const f = (hs: string | undefined, d: string | undefined): number => barrelsPerTonne('refined-petroleum', hs, d).factor;
  assert.equal(f('271019', 'diesel fuel'), 7.5, '"fuel" in "diesel fuel" is not residual fuel oil');
  assert.equal(f('271019', 'Marine Gas Oil'), 7.5);
  assert.equal(f('271019', 'heavy fuel oil'), 6.7);
  assert.equal(f('271012', 'gasoline'), 8.5);
  assert.equal(f('271012', 'naphtha'), 8.9);
  assert.equal(f('271019', 'kerosene'), 7.9);
  assert.equal(f('271112', undefined), 11.6, 'HS 2711.12 (propane) is LPG without a description');
  assert.equal(f(undefined, 'LPG (propane)'), 11.6);
  assert.equal(f('271119', undefined), 11.6, 'HS 2711.19 (other liquefied petroleum gases) is LPG');
  assert.equal(barrelsPerTonne('refined-petroleum', undefined, undefined, 'lpg').factor, 11.6, 'the product kind lpg');
  assert.equal(f('271114', undefined), 8.33, 'HS 2711.14 (ethylene, propylene, ...) is not LPG');
  const none = barrelsPerTonne('refined-petroleum', '271019', 'refined petroleum products');
  assert.equal(none.factor, 8.33);
  assert.match(none.why, /default.*names no product/);
  assert.equal(barrelsPerTonne('crude-oil', '270900', 'diesel').factor, 7.33, 'crude oil has one factor');
});

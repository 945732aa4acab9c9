import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLaw } from '../law/index.ts';
import { evaluate } from './evaluate.ts';
import { litresPerUnit, LITRES_PER_BARREL, otherCurrency } from './goods-value.ts';

const law = loadLaw();
const snowmobile = (description: string, value: number) => evaluate({ id: 'v', type: 'goods', date: '2017-03-01', from: 'CA', to: 'KP', goods: [{ hs: '8703.10', description, quantity: 1, unit: 'pcs', value }] }, law);

test('volumes: litres, kilolitres and cubic metres, exactly; gallons are not guessed', () => {
  assert.equal(litresPerUnit('l'), 1);
  assert.equal(litresPerUnit('Litres'), 1);
  assert.equal(litresPerUnit('m3'), 1000);
  assert.equal(litresPerUnit('KL'), 1000);
  assert.equal(litresPerUnit('cubic metres'), 1000);
  assert.equal(litresPerUnit('gal'), undefined);
  assert.equal(litresPerUnit('bbl'), undefined);
  assert.equal(LITRES_PER_BARREL, 42 * 231 * 0.016387064);
});

test('another currency named beside a value at or below a threshold: review naming the value (review 12, L2)', () => {
  assert.equal(otherCurrency({ description: 'snowmobile, price EUR 1,950' }), 'eur');
  assert.equal(otherCurrency({ description: 'rug ¥30,000' }), '¥');
  assert.equal(otherCurrency({ description: 'snowmobile, 300 pounds' }), undefined, 'a weight');
  assert.equal(otherCurrency({ description: 'europe model snowmobile' }), undefined);
  assert.equal(otherCurrency({ description: 'snowmobile', unit: 'EUR' }), 'eur');
  assert.equal(otherCurrency({ description: 'snowmobile', unit: 'pcs' }), undefined);
  const d = snowmobile('snowmobile, price EUR 1,950', 1950);
  assert.equal(d.outcome, 'review');
  assert.equal(d.reasons[0]!.field, 'goods[0].value');
  assert.match(d.reasons[0]!.summary, /read as US dollars/);
  assert.equal(snowmobile('snowmobile', 1950).outcome, 'permitted', 'no other currency: the value is US dollars');
  assert.equal(snowmobile('snowmobile, EUR', 5000).outcome, 'prohibited', 'above the threshold the figure decides as given (fail closed)');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLaw } from '../law/index.ts';
import { evaluate } from './evaluate.ts';

// Security review 17, R17-18: a vehicle or machine named in words reaches 2397 para 7 (HS 84-89, all
// transport vehicles and industrial machinery to the DPRK) whatever its value; the luxury-goods value
// threshold (2270 Annex V) is a separate measure and does not shadow it.
const law = loadLaw();
const toKp = (description: string, value: number, date = '2025-03-01') =>
  evaluate({ id: 'v', type: 'goods', date, from: 'CN', to: 'KP', goods: [{ description, value }] }, law);

test('a snowmobile under the luxury threshold is still a transport vehicle after 22 Dec 2017 (R17-18)', () => {
  for (const d of ['snowmobile', 'snowmobiles', 'Snow mobile', 'snow scooter']) {
    const r = toKp(d, 1500);
    assert.equal(r.outcome, 'prohibited', d);
    assert.ok(r.reasons.some((x) => x.measure === 'unscr-2397-7'), d);
  }
  assert.equal(toKp('snowmobile', 100, '2018-06-01').outcome, 'prohibited');
  // Before 2397 the luxury threshold alone decides: a cheap snowmobile is not a luxury good.
  assert.notEqual(toKp('snowmobile', 1500, '2017-03-01').outcome, 'prohibited');
});

test('common vehicle and machine words reach 2397 para 7 without an HS code (R17-18)', () => {
  const words = ['ATV', 'quad bike', 'jet ski', 'personal watercraft', 'tractor', 'excavator', 'forklift', 'truck', 'lorry', 'bus',
    'motorcycle', 'scooter', 'yacht', 'motor boat', 'speedboat', 'generator', 'pump', 'lathe', 'CNC machining centre', 'pickup truck',
    'SUV', 'jeep', 'dump truck', 'hovercraft', 'outboard motor', 'sewing machines', 'golf cart', 'e-bike'];
  for (const d of words) {
    const r = toKp(d, 500);
    assert.equal(r.outcome, 'prohibited', d);
    assert.ok(r.reasons.some((x) => x.measure === 'unscr-2397-7'), d);
  }
});

test('innocent goods to the DPRK are not read as vehicles', () => {
  for (const d of ['rice', 'wheat flour', 'infant formula', 'insulin', 'maize seed', 'soybean oil']) {
    const r = toKp(d, 500);
    assert.ok(!r.reasons.some((x) => x.measure === 'unscr-2397-7'), d);
  }
});

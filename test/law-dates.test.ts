import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addDays, addMonths, isValidDate } from '../src/law/index.ts';
import { isValidDateByRegex } from '../src/law/dates.ts';

test('real calendar dates only', () => {
  for (const d of ['2017-09-11', '2016-02-29', '2000-02-29', '2017-12-31']) assert.ok(isValidDate(d), d);
  for (const d of ['2017-02-30', '2017-02-29', '1900-02-29', '2017-13-01', '2017-00-10', '2017-04-31', '2017-9-11', '17-09-11', '2017-09-11T00:00', '2017/09/11', '']) {
    assert.ok(!isValidDate(d), d);
  }
});

test('the fast date check agrees with the regex one and with the calendar', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)), (s) => {
      assert.equal(isValidDate(s), isValidDateByRegex(s));
      if (isValidDate(s)) assert.equal(new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10), s);
    }),
    { seed: 7, numRuns: 3000 },
  );
});

test('"within N days of adoption" is adoption + N, last day inclusive', () => {
  assert.equal(addDays('2017-09-11', 90), '2017-12-10'); // 2375 para 16 import window
  assert.equal(addDays('2017-09-11', 135), '2018-01-24'); // its notice
  assert.equal(addDays('2017-09-11', 120), '2018-01-09'); // 2375 para 18 closure
  assert.equal(addDays('2017-08-05', 30), '2017-09-04'); // 2371 para 8
  assert.equal(addDays('2017-12-22', 30), '2018-01-21'); // 2397 para 6
  assert.equal(addMonths('2017-12-22', 24), '2019-12-22'); // 2397 para 8
  assert.equal(addMonths('2020-01-31', 1), '2020-02-29');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capPeriodFor, capPeriods, loadLaw } from '../src/law/index.ts';

const law = loadLaw();

test('refined petroleum: 2017-Q4 under 2375 para 14, then calendar years under 2397 para 5', () => {
  const q4 = capPeriodFor(law, 'refined-petroleum', '2017-10-01')!;
  assert.deepEqual(
    { period: q4.period, start: q4.start, end: q4.end, cap: q4.capBarrels, res: q4.resolution, para: q4.paragraph, days: q4.reportWithinDays },
    { period: '2017-Q4', start: '2017-10-01', end: '2017-12-31', cap: 500_000, res: 2375, para: '14', days: 30 },
  );
  assert.equal(capPeriodFor(law, 'refined-petroleum', '2017-12-31')!.period, '2017-Q4');
  const y = capPeriodFor(law, 'refined-petroleum', '2018-01-01')!;
  assert.deepEqual([y.period, y.start, y.end, y.capBarrels, y.resolution, y.paragraph], ['2018', '2018-01-01', '2018-12-31', 500_000, 2397, '5']);
  assert.deepEqual(y.thresholds, [75, 90, 95]);
  assert.equal(capPeriodFor(law, 'refined-petroleum', '2026-07-04')!.period, '2026');
});

test('crude oil: 12-month periods from 22 Dec 2017 under 2397 para 4', () => {
  const p = capPeriodFor(law, 'crude-oil', '2017-12-22')!;
  assert.deepEqual([p.start, p.end, p.capBarrels, p.capTonnes, p.reportWithinDays, p.paragraph], ['2017-12-22', '2018-12-21', 4_000_000, 525_000, 90, '4']);
  assert.equal(capPeriodFor(law, 'crude-oil', '2018-12-21')!.start, '2017-12-22');
  assert.equal(capPeriodFor(law, 'crude-oil', '2018-12-22')!.start, '2018-12-22');
  assert.equal(capPeriodFor(law, 'crude-oil', '2020-02-29')!.end, '2020-12-21');
});

test('crude oil before 22 Dec 2017: a 2375 para 15 period with no aggregate bound and no notices', () => {
  const p = capPeriodFor(law, 'crude-oil', '2017-12-21')!;
  assert.deepEqual([p.start, p.end, p.resolution, p.paragraph, p.capBarrels, p.capTonnes], ['2017-09-11', '2017-12-21', 2375, '15', undefined, undefined]);
  assert.deepEqual(p.thresholds, []);
  assert.equal(capPeriodFor(law, 'crude-oil', '2017-09-11')!.start, '2017-09-11');
});

test('a date outside every period has no period (the law answers "none", not another area\'s error)', () => {
  for (const [c, d] of [['refined-petroleum', '2017-09-30'], ['crude-oil', '2017-09-10'], ['crude-oil', '2006-01-01']] as const) {
    assert.equal(capPeriodFor(law, c, d), undefined);
  }
});

test('capPeriods lists contiguous, non-overlapping periods, oldest first', () => {
  for (const c of ['refined-petroleum', 'crude-oil'] as const) {
    const list = capPeriods(law, c);
    assert.ok(list.length > 20);
    for (let i = 1; i < list.length; i++) assert.ok(list[i - 1]!.end < list[i]!.start, `${c} ${list[i]!.period}`);
  }
  assert.equal(capPeriods(law, 'refined-petroleum')[0]!.period, '2017-Q4');
  assert.ok(!capPeriods(law, 'refined-petroleum').some((p) => p.capBarrels === 2_000_000), 'the 2,000,000 bbl figure never took effect');
});

// Issue: the ledger as the Committee keeps it. After-cease deliveries, correction notices, products,
// the plausibility bound, periods from the law; every backend alike.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { evaluate, parseTransaction } from '../src/check/index.ts';
import { isInterdictError } from '../src/errors/index.ts';
import { loadCapStateLookup } from '../src/ledger/cap-state-lookup.ts';
import type { LedgerStore } from '../src/ledger/ledger-store.ts';
import { periodStatus, resolvePeriod, resolvePeriods } from '../src/ledger/period-status.ts';
import { readCountryCode } from '../src/geo/country-codes.ts';
import { backends, caps, closeBackends, law } from './ledger/backends.ts';
import { refined, rejects } from './ledger/ledger-asserts.ts';

after(closeBackends);

for (const backend of backends()) {
  describe(`the Committee's ledger on ${backend.name}`, () => {
    const withStore = (fn: (store: LedgerStore) => Promise<void>) => async () => {
      const f = await backend.fresh();
      try {
        await fn(f.store);
      } finally {
        await f.store.close();
        await f.cleanup();
      }
    };

    test('a delivery dated on or after the cease notice is stored and flagged afterCease; one before it is not', withStore(async (store) => {
      const cross = await store.record(refined({ barrels: 480_000, ref: 'cross', date: '2018-05-10', reported: '2018-05-20' }));
      assert.deepEqual(cross.notices.map((n) => n.threshold), [75, 90, 95]);
      assert.equal(cross.record.afterCease, false, 'the crossing delivery itself came before the notice');
      const later = await store.record(refined({ state: 'RU', barrels: 30_000, ref: 'later', date: '2018-06-01', reported: '2018-06-05' }));
      assert.equal(later.created, true, 'a report is a fact: never refused');
      assert.equal(later.record.afterCease, true);
      const sameDay = await store.record(refined({ state: 'RU', barrels: 1, ref: 'same-day', date: '2018-05-10', reported: '2018-06-05' }));
      assert.equal(sameDay.record.afterCease, true, 'on the day of the cease notice');
      const earlier = await store.record(refined({ state: 'RU', barrels: 1, ref: 'late-report', date: '2018-04-01', reported: '2018-06-05' }));
      assert.equal(earlier.record.afterCease, false, 'a late report of an earlier delivery');
      const s = await periodStatus(store, caps, resolvePeriod(caps, 'refined-petroleum', '2018', '2018-07-01'));
      assert.deepEqual(s.afterCease.map((a) => a.ref), ['same-day', 'later']);
      assert.equal(s.remainingBarrels, 0, 'never a negative remainder');
      assert.equal(s.overBarrels, 10_002);
    }));

    test('an amendment below a notified threshold issues a correction once; check no longer sees the cease and cites both', withStore(async (store) => {
      // The case: 480,000 bbl keyed for 48,000.
      await store.record(refined({ barrels: 480_000, ref: 'typo', date: '2018-03-01', reported: '2018-03-05' }));
      const fixed = await store.amend({ state: 'CN', ref: 'typo', barrels: '48000', by: 'clerk', reason: 'mis-keyed' }, { today: '2018-03-20', now: '2018-03-20T10:00:00.000Z' });
      assert.deepEqual(fixed.notices.map((n) => [n.kind, n.threshold]), [['correction', 95], ['correction', 90], ['correction', 75]]);
      assert.deepEqual((await store.amend({ state: 'CN', ref: 'typo', barrels: '47000', by: 'clerk' })).notices, [], 'once');
      const all = await store.notices();
      assert.equal(all.filter((n) => n.kind === 'threshold').length, 3, 'notices are never deleted');
      const s = await periodStatus(store, caps, resolvePeriod(caps, 'refined-petroleum', '2018', '2018-07-01'));
      assert.equal(s.ceaseIssued, false);
      assert.equal(s.thresholds.every((t) => t.issued && t.corrected), true, 'the history stays');
      // check: the cease held from 1 March until the correction's date, and not after it.
      const lookup = await loadCapStateLookup(store, law);
      assert.equal(all.find((n) => n.kind === 'correction')!.issuedAt.slice(0, 10), '2018-03-20');
      assert.equal(lookup('refined-petroleum', '2018-03-19')?.ceaseIssued, true, 'States had been told to cease until the correction');
      const afterFix = lookup('refined-petroleum', '2018-12-31');
      assert.equal(afterFix?.ceaseIssued, false);
      assert.deepEqual(afterFix?.corrected?.map((c) => c.threshold).sort(), [75, 90, 95]);
      const tx = parseTransaction({ id: 't', date: '2018-12-31', type: 'goods', from: 'CN', to: 'KP', purpose: 'livelihood', goods: [{ hs: '2710.19', description: 'diesel fuel', product: 'refined-petroleum', quantity: 1000, unit: 'bbl' }] }, 0);
      const d = evaluate(tx, law, { capState: lookup });
      assert.notEqual(d.outcome, 'prohibited', JSON.stringify(d.reasons));
      const text = JSON.stringify(d.reasons);
      assert.match(text, /withdrawn by a correction notice/);
      assert.doesNotMatch(text, /had reached its last threshold/);
    }));

    test('a single delivery above 10x the cap is refused unless confirmed; nothing is stored', withStore(async (store) => {
      await rejects(store.record(refined({ barrels: '99999999999', ref: 'huge' })), 'LEDGER_BAD_INPUT', 'barrels');
      await rejects(store.record(refined({ tonnes: '1000000', ref: 'huge-t' })), 'LEDGER_BAD_INPUT', 'barrels');
      assert.deepEqual(await store.periodTotals(), []);
      const ok = await store.record(refined({ barrels: '5000001', ref: 'huge', confirmLarge: true }));
      assert.equal(ok.record.exceedsCap, true);
      const crude = await store.record({ commodity: 'crude-oil', state: 'RU', date: '2018-03-01', reported: '2018-03-01', tonnes: '5250001', ref: 'c', confirmLarge: true });
      assert.equal(crude.created, true);
      await rejects(store.record({ commodity: 'crude-oil', state: 'RU', date: '2018-03-01', reported: '2018-03-01', tonnes: '5250001', ref: 'c2' }), 'LEDGER_BAD_INPUT', 'tonnes');
    }));

    test('barrels by product: as reported, else the product factor, else the default; the record says which', withStore(async (store) => {
      const lpg = await store.record(refined({ tonnes: 1000, product: 'LPG', ref: 'lpg' }));
      assert.deepEqual([lpg.record.barrelsMilli, lpg.record.derivation, lpg.record.factor, lpg.record.product], [11_600_000, 'product-factor', 11.6, 'lpg']);
      const diesel = await store.record(refined({ tonnes: 1000, product: 'gas oil', ref: 'diesel' }));
      assert.deepEqual([diesel.record.barrelsMilli, diesel.record.derivation, diesel.record.product], [7_500_000, 'product-factor', 'diesel']);
      const lube = await store.record(refined({ tonnes: 1000, product: 'lubricants', ref: 'lube' }));
      assert.deepEqual([lube.record.barrelsMilli, lube.record.derivation, lube.record.factor], [8_330_000, 'default-factor', 8.33]);
      const reported = await store.record(refined({ tonnes: 1000, barrels: 9000, product: 'lpg', ref: 'both' }));
      assert.deepEqual([reported.record.barrelsMilli, reported.record.derivation], [9_000_000, 'as-reported']);
      const given = await store.record(refined({ tonnes: 1000, product: 'lpg', factor: 8, ref: 'given' }));
      assert.deepEqual([given.record.barrelsMilli, given.record.derivation], [8_000_000, 'given-factor']);
      // Amending the product re-derives with the new product's factor.
      const am = await store.amend({ state: 'CN', ref: 'lpg', product: 'naphtha', by: 'clerk' });
      assert.deepEqual([am.after.barrelsMilli, am.after.factor, am.after.derivation], [8_900_000, 8.9, 'product-factor']);
      await rejects(store.record(refined({ tonnes: 1, product: 'whale oil', ref: 'x' })), 'LEDGER_BAD_INPUT', 'product');
      await rejects(store.record({ commodity: 'crude-oil', state: 'CN', date: '2018-03-01', reported: '2018-03-01', tonnes: 1, product: 'diesel', ref: 'y' }), 'LEDGER_BAD_INPUT', 'product');
    }));

    test('country codes are read one way: case and aliases', withStore(async (store) => {
      assert.equal((await store.record(refined({ state: ' ru ', barrels: 1, ref: 'r' }))).record.state, 'RU');
      assert.equal((await store.record(refined({ state: 'UK', barrels: 1, ref: 'g' }))).record.state, 'GB');
      await rejects(store.record(refined({ state: 'kp', barrels: 1, ref: 'k' })), 'LEDGER_BAD_INPUT', 'state');
      assert.equal(readCountryCode('kp'), 'KP');
      assert.equal(readCountryCode('XX'), undefined);
    }));
  });
}

test('a year means the periods overlapping it: refined 2017 is Oct-Dec 2017; crude 2017 holds two; the key wins', () => {
  assert.deepEqual(resolvePeriods(caps, 'refined-petroleum', '2017', '2020-01-01').map((p) => [p.period, p.start, p.end]), [['2017-Q4', '2017-10-01', '2017-12-31']]);
  assert.deepEqual(resolvePeriods(caps, 'crude-oil', '2017', '2020-01-01').map((p) => p.period), ['2017-09-11/2017-12-21', '2017-12-22/2018-12-21']);
  assert.deepEqual(resolvePeriods(caps, 'refined-petroleum', '2018', '2020-01-01').map((p) => p.period), ['2018']);
  assert.throws(() => resolvePeriod(caps, 'crude-oil', '2017', '2020-01-01'), /overlaps 2 crude-oil periods/);
  assert.throws(() => resolvePeriods(caps, 'refined-petroleum', '1999', '2020-01-01'), (e: unknown) => isInterdictError(e) && e.location.field === 'period');
});

test('2375 para 15 windows end where the law ends the measure', () => {
  assert.equal(caps.baselineEnd, '2017-12-21');
});

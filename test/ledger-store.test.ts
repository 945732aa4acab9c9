// One suite, every backend (ARCHITECTURE habit 6): the ledger's rules must hold on each store alike.
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { isInterdictError } from '../src/errors/index.ts';
import { loadCapStateLookup } from '../src/ledger/cap-state-lookup.ts';
import type { LedgerStore } from '../src/ledger/ledger-store.ts';
import { openSqlLedgerStore } from '../src/ledger/sql-ledger-store.ts';
import { openSqliteDriver } from '../src/store/sqlite-driver.ts';
import { backends, caps, closeBackends, law, type Fresh } from './ledger/backends.ts';
import { refined, rejects } from './ledger/ledger-asserts.ts';

after(closeBackends);

async function assertConsistent(store: LedgerStore): Promise<void> {
  // INVARIANT under test: maintained totals equal the sum of the current versions.
  for (const t of await store.periodTotals()) {
    const r = await store.recomputeTotals(t.commodity, t.period);
    assert.deepEqual({ b: t.barrelsMilli, t: t.tonnesMilli, n: t.records }, { b: r.barrelsMilli, t: r.tonnesMilli, n: r.records }, `${t.commodity} ${t.period}`);
  }
}

for (const backend of backends()) {
  describe(`ledger store on ${backend.name}`, () => {
    const withStore = (fn: (store: LedgerStore, f: Fresh) => Promise<void>) => async () => {
      const f = await backend.fresh();
      try {
        await fn(f.store, f);
      } finally {
        await f.store.close();
        await f.cleanup();
      }
    };

    test('a reference counts once: one with an invisible character or differing in case only is refused; one given twice in an input says so (hostile new user 34)', withStore(async (store) => {
      await store.record(refined({ barrels: 5000, ref: 'RU-R1', state: 'RU' }));
      await rejects(store.record(refined({ barrels: 5000, ref: 'RU-R1\u200b', state: 'RU' })), 'LEDGER_BAD_INPUT', 'ref');
      await rejects(store.record(refined({ barrels: 5000, ref: 'RU\u00adR1', state: 'RU' })), 'LEDGER_BAD_INPUT', 'ref');
      // Full-width letters are RU-R1 too (hostile new user: ＲU-2018-001 counted the demo's delivery twice).
      await rejects(store.record(refined({ barrels: 5000, ref: 'ＲU-R1', state: 'RU' })), 'LEDGER_BAD_INPUT', 'ref');
      const caseOnly = await store.record(refined({ barrels: 5000, ref: 'ru-r1 ', state: 'RU' })).then(() => undefined, (e: unknown) => e as Error);
      assert.match(caseOnly?.message ?? '', /already reported ref "RU-R1", which "ru-r1" differs from in case only/);
      // The same State's other references, and another State's ru-r1, are other reports.
      assert.equal((await store.record(refined({ barrels: 5000, ref: 'RU-R2', state: 'RU' }))).created, true);
      assert.equal((await store.record(refined({ barrels: 5000, ref: 'ru-r1', state: 'CN' }))).created, true);
      const twice = await store.recordAll([refined({ barrels: 10, ref: 'CN-X' }), refined({ barrels: 20, ref: 'CN-X' })]).then(() => undefined, (e: unknown) => e as Error);
      assert.match(twice?.message ?? '', /ref "CN-X" is given twice in this input with different content; nothing was stored/);
      const status = await store.periodTotals();
      assert.equal(status.reduce((n, t) => n + t.records, 0), 3, 'RU-R1, RU-R2, CN ru-r1: nothing else counted');
      await assertConsistent(store);
    }));

    test('records a delivery with its period, totals and percent of the law cap', withStore(async (store) => {
      const r = await store.record(refined({ barrels: '1000.5', ref: 'cn-1', vessel: ' Yu Jong 2 ', parties: ['A Co', 'B Co'] }));
      assert.equal(r.created, true);
      assert.equal(r.record.period, '2018');
      assert.equal(r.record.barrelsMilli, 1_000_500);
      assert.equal(r.record.vessel, 'Yu Jong 2');
      assert.deepEqual(r.record.parties, ['A Co', 'B Co']);
      assert.equal(r.record.derived, 'tonnes');
      assert.equal(r.record.factor, 8.33, 'refined petroleum derives tonnes at 8.33 bbl/t by default');
      assert.equal(r.record.tonnesMilli, Math.round(1_000_500 / 8.33));
      assert.equal(r.totals.barrelsMilli, 1_000_500);
      assert.equal(r.totals.records, 1);
      assert.deepEqual(r.notices, []);
      assert.equal(r.record.late, false);
      assert.equal(r.record.exceedsCap, false);
    }));

    test('derives barrels from tonnes with the given factor and says so', withStore(async (store) => {
      const r = await store.record(refined({ tonnes: '100', factor: '8.33', ref: 'x' }));
      assert.equal(r.record.derived, 'barrels');
      assert.equal(r.record.factor, 8.33);
      assert.equal(r.record.barrelsMilli, 833_000);
      const both = await store.record(refined({ tonnes: '100', barrels: '750', ref: 'y' }));
      assert.equal(both.record.derived, null);
      assert.equal(both.record.factor, null);
    }));

    test('the same State and ref never counts twice; different content must be an amendment', withStore(async (store) => {
      await store.record(refined({ barrels: 5000, ref: 'r1' }));
      const again = await store.record(refined({ barrels: 5000, ref: 'r1' }));
      assert.equal(again.created, false);
      assert.equal(again.totals.barrelsMilli, 5_000_000);
      // Sent again on a later day without a reported date: still the same report.
      const later = await store.record({ ...refined({ barrels: 5000, ref: 'r1' }), reported: undefined }, { today: '2026-01-01' });
      assert.equal(later.created, false);
      await rejects(store.record(refined({ barrels: 5001, ref: 'r1' })), 'LEDGER_REF_CONFLICT', 'ref');
      // The same ref from another State is another report.
      const ru = await store.record(refined({ barrels: 5000, ref: 'r1', state: 'ru' }));
      assert.equal(ru.created, true);
      assert.equal(ru.record.state, 'RU');
      assert.equal((await store.periodTotals())[0]!.barrelsMilli, 10_000_000);
    }));

    test('threshold notices: each issued once, with the record and total that crossed it; 95 % says cease', withStore(async (store) => {
      const a = await store.record(refined({ barrels: 374_999, ref: 'a' }));
      assert.deepEqual(a.notices, []);
      const b = await store.record(refined({ barrels: 1, ref: 'b', state: 'RU' }));
      assert.deepEqual(b.notices.map((n) => n.threshold), [75]);
      assert.equal(b.notices[0]!.totalBarrelsMilli, 375_000_000);
      assert.equal(b.notices[0]!.ref, 'b');
      assert.equal(b.notices[0]!.state, 'RU');
      assert.equal(b.notices[0]!.cease, false);
      const c = await store.record(refined({ barrels: 100_000, ref: 'c' }));
      assert.deepEqual(c.notices.map((n) => [n.threshold, n.cease]), [[90, false], [95, true]]);
      const d = await store.record(refined({ barrels: 25_000, ref: 'd' }));
      assert.deepEqual(d.notices, []);
      assert.equal(d.record.exceedsCap, false, 'reaching the cap exactly is inside it');
      const e = await store.record(refined({ barrels: 1, ref: 'e' }));
      assert.equal(e.record.exceedsCap, true, 'a delivery past the cap is recorded and flagged');
      const all = await store.notices();
      assert.deepEqual(all.map((n) => [n.commodity, n.period, n.threshold]), [['refined-petroleum', '2018', 75], ['refined-petroleum', '2018', 90], ['refined-petroleum', '2018', 95]]);
      // Another period starts from nothing.
      const q4 = await store.record(refined({ date: '2017-12-01', reported: '2017-12-05', barrels: 400_000, ref: 'q4' }));
      assert.equal(q4.record.period, '2017-Q4');
      assert.deepEqual(q4.notices.map((n) => [n.period, n.threshold]), [['2017-Q4', 75]]);
    }));

    test('crude oil: the percent is of the fuller bound (4,000,000 bbl or 525,000 t)', withStore(async (store) => {
      const r = await store.record({ commodity: 'crude-oil', state: 'CN', date: '2018-02-01', reported: '2018-03-01', barrels: 2_950_000, tonnes: 400_000, ref: 'c1' });
      assert.equal(r.record.period, '2017-12-22/2018-12-21');
      // 73.75 % of the barrels bound, 76.19 % of the tonnes bound: the tonnes decide.
      assert.deepEqual(r.notices.map((n) => n.threshold), [75]);
      assert.equal(r.notices[0]!.percent, 76.19);
    }));

    test('late reports are flagged: more than 30 days (refined) or 90 days (crude) after delivery', withStore(async (store) => {
      assert.equal((await store.record(refined({ barrels: 1, ref: 'l1', reported: '2018-03-31' }))).record.late, false);
      assert.equal((await store.record(refined({ barrels: 1, ref: 'l2', reported: '2018-04-01' }))).record.late, true);
      const crude = (ref: string, reported: string) => ({ commodity: 'crude-oil', state: 'CN', date: '2018-03-01', barrels: 1, ref, reported });
      assert.equal((await store.record(crude('c1', '2018-05-30'))).record.late, false);
      assert.equal((await store.record(crude('c2', '2018-05-31'))).record.late, true);
    }));

    test('amendments add a version; totals use the latest; a lowered total keeps its notices', withStore(async (store) => {
      await store.record(refined({ barrels: 380_000, ref: 'big' }));
      const am = await store.amend({ state: 'CN', ref: 'big', barrels: '300000', by: 'analyst A', reason: 'State corrected its figure' });
      assert.equal(am.before.version, 1);
      assert.equal(am.after.version, 2);
      assert.equal(am.after.amendedBy, 'analyst A');
      assert.equal(am.before.barrelsMilli, 380_000_000);
      assert.equal(am.after.barrelsMilli, 300_000_000);
      assert.equal(am.totals.barrelsMilli, 300_000_000);
      const history = await store.history('CN', 'big');
      assert.deepEqual(history.map((v) => [v.version, v.barrelsMilli]), [[1, 380_000_000], [2, 300_000_000]]);
      // Lowering a total never deletes a notice (it was sent); below its threshold it issues a correction, once.
      assert.deepEqual((await store.notices()).map((n) => [n.kind, n.threshold]), [['threshold', 75], ['correction', 75]]);
      assert.deepEqual(am.notices.map((n) => [n.kind, n.threshold, n.ref, n.version]), [['correction', 75, 'big', 2]]);
      const lower = await store.amend({ state: 'CN', ref: 'big', barrels: '290000', by: 'analyst A' });
      assert.deepEqual(lower.notices, [], 'a correction is issued once');
      // Raising it again past 90 % issues the 90 % notice, attributed to the amendment's version.
      const up = await store.amend({ state: 'CN', ref: 'big', barrels: '460000', by: 'analyst B' });
      assert.deepEqual(up.notices.map((n) => [n.threshold, n.ref, n.version]), [[90, 'big', 4]]);
      await assertConsistent(store);
      await rejects(store.amend({ state: 'CN', ref: 'nope', barrels: '1', by: 'x' }), 'LEDGER_NOT_FOUND');
      await rejects(store.amend({ state: 'CN', ref: 'big', barrels: '1' }), 'LEDGER_BAD_INPUT', 'by');
      await rejects(store.amend({ state: 'CN', ref: 'big', barrels: '460000', by: 'x' }), 'LEDGER_BAD_INPUT');
    }));

    test('an amendment that moves the date into another period moves the quantity', withStore(async (store) => {
      await store.record(refined({ tonnes: '10', ref: 'mv' }));
      const am = await store.amend({ state: 'CN', ref: 'mv', date: '2019-01-15', reported: '2019-01-20', by: 'a' });
      assert.equal(am.after.period, '2019');
      assert.equal(am.after.derived, 'barrels', 'a derived figure stays derived');
      const totals = await store.periodTotals('refined-petroleum');
      assert.deepEqual(totals.map((t) => [t.period, t.barrelsMilli, t.records]), [['2019', 83_300, 1]]);
      await assertConsistent(store);
    }));

    test('bad input is refused naming the field, and nothing is stored', withStore(async (store) => {
      await rejects(store.record(refined({ barrels: '-5', ref: 'n' })), 'LEDGER_BAD_INPUT', 'barrels');
      await rejects(store.record(refined({ ref: 'n' })), 'LEDGER_BAD_INPUT', 'barrels');
      await rejects(store.record(refined({ barrels: 0, ref: 'n' })), 'LEDGER_BAD_INPUT', 'barrels');
      await rejects(store.record(refined({ barrels: 1, state: 'XX', ref: 'n' })), 'LEDGER_BAD_INPUT', 'state');
      await rejects(store.record(refined({ barrels: 1, state: 'KP', ref: 'n' })), 'LEDGER_BAD_INPUT', 'state');
      await rejects(store.record(refined({ barrels: 1, commodity: 'coal', ref: 'n' })), 'LEDGER_BAD_INPUT', 'commodity');
      await rejects(store.record(refined({ barrels: 1, date: '2018-02-30', ref: 'n' })), 'LEDGER_BAD_INPUT', 'date');
      await rejects(store.record(refined({ barrels: 1, date: '2017-09-30', reported: '2017-10-01', ref: 'n' })), 'LEDGER_NO_PERIOD', 'date');
      await rejects(store.record({ commodity: 'crude-oil', state: 'CN', date: '2017-09-10', barrels: 1, ref: 'n' }), 'LEDGER_NO_PERIOD', 'date');
      await rejects(store.record(refined({ barrels: 1, reported: '2018-02-01', ref: 'n' })), 'LEDGER_BAD_INPUT', 'reported');
      await rejects(store.record(refined({ barrels: '1.2345', ref: 'n' })), 'LEDGER_BAD_INPUT', 'barrels');
      assert.deepEqual(await store.periodTotals(), []);
      assert.deepEqual(await store.history('CN', 'n'), []);
    }));

    test('recordAll is all-or-nothing and names the bad row', withStore(async (store) => {
      const rows = [refined({ barrels: 1, ref: 'i1' }), refined({ barrels: 2, ref: 'i2' }), refined({ barrels: 'x', ref: 'i3' })];
      await assert.rejects(store.recordAll(rows, { labels: ['line 2', 'line 3', 'line 4'] }), (e: unknown) => isInterdictError(e) && e.location.record === 'line 4' && e.location.field === 'barrels');
      assert.deepEqual(await store.periodTotals(), []);
      // A conflict found only while writing rolls back the rows written before it.
      await store.record(refined({ barrels: 9, ref: 'i2' }));
      await assert.rejects(store.recordAll(rows.slice(0, 2)), (e: unknown) => isInterdictError(e) && e.code === 'LEDGER_REF_CONFLICT' && e.location.record === 'row 2');
      assert.equal((await store.periodTotals())[0]!.records, 1);
      const ok = await store.recordAll([refined({ barrels: 1, ref: 'i1' }), refined({ barrels: 9, ref: 'i2' })]);
      assert.deepEqual(ok.map((r) => r.created), [true, false]);
    }));

    test('crude oil before 22 Dec 2017 is recorded under 2375 para 15: counted, no aggregate notices, baseline still applies', withStore(async (store) => {
      await store.setBaseline('RU', '50000');
      const r = await store.record({ commodity: 'crude-oil', state: 'RU', date: '2017-10-02', reported: '2017-10-09', barrels: 60_000, ref: 'p15' });
      assert.equal(r.record.period, '2017-09-11/2017-12-21');
      assert.equal(r.record.exceedsCap, false, 'there is no aggregate cap to exceed');
      assert.equal(r.record.exceedsBaseline, true, 'past the State\'s own baseline');
      assert.deepEqual(r.notices, []);
      const totals = await store.periodTotals('crude-oil');
      assert.deepEqual(totals.map((t) => [t.period, t.barrelsMilli, t.records]), [['2017-09-11/2017-12-21', 60_000_000, 1]]);
      await assertConsistent(store);
    }));

    test('the 2375 para 15 baseline: a State past its own baseline is flagged', withStore(async (store) => {
      const b = await store.setBaseline('cn', '1000');
      assert.equal(b.version, 1);
      const crude = (ref: string, date: string, barrels: number) => ({ commodity: 'crude-oil', state: 'CN', date, reported: date, barrels, ref });
      assert.equal((await store.record(crude('k1', '2017-10-10', 900))).record.exceedsBaseline, false);
      assert.equal((await store.record(crude('k2', '2017-12-21', 200))).record.exceedsBaseline, true);
      // The law ends 2375 para 15 on 21 Dec 2017 (2397 para 4 replaced it): no baseline window runs past it.
      assert.equal((await store.record(crude('k3', '2018-01-10', 5000))).record.exceedsBaseline, false);
      assert.deepEqual(await store.stateCrudeTotal('CN', '2017-09-11', '2017-12-21'), { barrelsMilli: 1_100_000, tonnesMilli: Math.round(900_000 / 7.33) + Math.round(200_000 / 7.33) });
      await store.setBaseline('CN', '5000', '700');
      assert.deepEqual((await store.baselines()).map((x) => [x.state, x.version, x.barrelsMilli, x.tonnesMilli]), [['CN', 2, 5_000_000, 700_000]]);
      await rejects(store.setBaseline('CN'), 'LEDGER_BAD_INPUT', 'barrels');
    }));

    test('the Committee table: by month and by State, from the latest versions', withStore(async (store) => {
      await store.record(refined({ barrels: 100, ref: 't1', date: '2018-01-05', reported: '2018-01-06' }));
      await store.record(refined({ barrels: 50, ref: 't2', date: '2018-01-20', reported: '2018-01-21', state: 'RU' }));
      await store.record(refined({ barrels: 25, ref: 't3', date: '2018-02-02', reported: '2018-02-06' }));
      await store.amend({ state: 'CN', ref: 't3', barrels: '30', by: 'a' });
      const rows = await store.monthStateRows('refined-petroleum', '2018');
      assert.deepEqual(rows.map((r) => [r.month, r.state, r.barrelsMilli, r.records]), [['2018-01', 'CN', 100_000, 1], ['2018-01', 'RU', 50_000, 1], ['2018-02', 'CN', 30_000, 1]]);
      const recs = await store.records('refined-petroleum', '2018');
      assert.deepEqual(recs.map((r) => [r.ref, r.version]), [['t1', 1], ['t2', 1], ['t3', 2]]);
      await assertConsistent(store);
    }));

    test('eight concurrent clients: exact totals, each notice exactly once', withStore(async (store, f) => {
      const clients = [store, ...(await Promise.all(Array.from({ length: 7 }, () => f.reopen())))];
      const perClient = 25;
      // 200 records x 2,400 bbl = 480,000 bbl = 96 % of the 500,000 bbl cap.
      await Promise.all(clients.map(async (c, i) => {
        for (let k = 0; k < perClient; k++) await c.record(refined({ barrels: 2400, ref: `c${i}-${k}` }));
      }));
      const [t] = await store.periodTotals();
      assert.equal(t!.barrelsMilli, 480_000_000);
      assert.equal(t!.records, 200);
      assert.deepEqual((await store.notices()).map((n) => n.threshold), [75, 90, 95]);
      for (const n of await store.notices()) assert.equal(n.totalBarrelsMilli, Math.ceil((n.threshold * 5000) / 2400) * 2_400_000, `the ${n.threshold} % notice carries the total at the crossing`);
      await assertConsistent(store);
      for (const c of clients.slice(1)) if (c !== store) await c.close();
    }));

    test('clients writing one reference in different cases at once: one counts, the others are refused', withStore(async (store, f) => {
      const clients = [store, ...(await Promise.all(Array.from({ length: 5 }, () => f.reopen())))];
      const refs = ['RU-C1', 'ru-c1', 'Ru-C1', 'rU-c1', 'RU-c1', 'ru-C1'];
      const runs = await Promise.allSettled(clients.map((c, i) => c.record(refined({ barrels: 1000 + i, ref: refs[i]!, state: 'RU' }))));
      assert.equal(runs.filter((r) => r.status === 'fulfilled').length, 1, JSON.stringify(runs.map((r) => r.status === 'rejected' ? String(r.reason) : 'stored')));
      for (const r of runs) if (r.status === 'rejected') assert.match(String(r.reason), /differs from in case only/);
      const [t] = await store.periodTotals();
      assert.equal(t!.records, 1);
      await assertConsistent(store);
      for (const c of clients.slice(1)) await c.close();
    }));

    // One import is one transaction, and a PostgreSQL transaction keeps every lock it takes: a lock per reference
    // ran the server out of lock slots (16,000 rows: "out of shared memory"). The real server only.
    test('an import of 16,000 references in one transaction', { skip: backend.name !== 'postgres' && 'the real PostgreSQL server only' }, withStore(async (store) => {
      const rows = Array.from({ length: 16_000 }, (_, i) => refined({ barrels: 1, ref: `BIG-${i}`, state: 'CN' }));
      const out = await store.recordAll(rows);
      assert.equal(out.filter((r) => r.created).length, 16_000);
      await assertConsistent(store);
    }));

    test('loadCapStateLookup: a synchronous snapshot of each period for check', withStore(async (store) => {
      await store.record(refined({ barrels: 380_000, ref: 's1' }));
      await store.record({ commodity: 'crude-oil', state: 'RU', date: '2018-01-05', reported: '2018-01-06', barrels: 3_500_000, tonnes: 500_000, ref: 's2' });
      const lookup = await loadCapStateLookup(store, law);
      const r = lookup('refined-petroleum', '2018-11-30');
      assert.deepEqual(r, {
        commodity: 'refined-petroleum', periodStart: '2018-01-01', periodEnd: '2018-12-31', measure: 'unscr-2397-5', capBarrels: 500_000,
        totalBarrels: 380_000, totalTonnes: Math.round(380_000_000 / 8.33) / 1000, percent: 76, remainingBarrels: 120_000, thresholdsIssued: [75], ceaseIssued: false,
      });
      const c = lookup('crude-oil', '2018-12-21');
      assert.equal(c?.percent, 95.238);
      assert.deepEqual(c?.thresholdsIssued, [75, 90, 95]);
      assert.equal(c?.ceaseIssued, true);
      assert.equal(c?.remainingTonnes, 25_000);
      assert.equal(lookup('refined-petroleum', '2019-01-01'), undefined, 'the ledger holds nothing for 2019');
      assert.equal(lookup('refined-petroleum', '2016-01-01'), undefined, 'outside every period');
    }));

    test('loadCapStateLookup answers as of the transaction\'s date: deliveries up to it, notices crossed by then', withStore(async (store) => {
      // 2018: 390,000 bbl by 1 May (78 %), then a September delivery crosses 90 % and 95 %.
      await store.record(refined({ barrels: 390_000, date: '2018-04-20', reported: '2018-04-25', ref: 'a1' }));
      await store.record(refined({ barrels: 90_000, date: '2018-09-10', reported: '2018-09-12', ref: 'a2' }));
      const lookup = await loadCapStateLookup(store, law);
      const may = lookup('refined-petroleum', '2018-05-01');
      assert.equal(may?.percent, 78);
      assert.equal(may?.remainingBarrels, 110_000);
      assert.deepEqual(may?.thresholdsIssued, [75], 'the 75 % notice was crossed on 20 Apr; 90 and 95 only in September');
      assert.equal(may?.ceaseIssued, false);
      const before = lookup('refined-petroleum', '2018-04-19');
      assert.equal(before, undefined, 'nothing delivered in 2018 by 19 Apr');
      const sep = lookup('refined-petroleum', '2018-09-10');
      assert.equal(sep?.percent, 96);
      assert.deepEqual(sep?.thresholdsIssued, [75, 90, 95]);
      assert.equal(sep?.ceaseIssued, true);
      assert.equal(lookup('refined-petroleum', '2018-09-09')?.ceaseIssued, false, 'the day before the crossing delivery');
    }));

    test('migrations are numbered, recorded, and applied once', withStore(async (_store, f) => {
      const again = await f.reopen();
      assert.deepEqual(await again.periodTotals(), []);
      if (again !== f.store) await again.close();
    }));
  });
}

test('a database migrated by a newer program is refused, not altered', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-mig-'));
  const file = path.join(dir, 'l.sqlite');
  try {
    await (await openSqlLedgerStore(openSqliteDriver(file), caps)).close();
    const raw = new Database(file);
    assert.deepEqual(raw.prepare("SELECT version FROM store_migrations WHERE area = 'ledger' ORDER BY version").all(), [{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
    raw.prepare("INSERT INTO store_migrations VALUES ('ledger', 99, 'future', 'x')").run();
    raw.close();
    await rejects(openSqlLedgerStore(openSqliteDriver(file), caps), 'STORE_SCHEMA');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('another program\'s SQLite database is refused, not written into (hostile new user 34)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-foreign-'));
  const file = path.join(dir, 'other.sqlite');
  try {
    const raw = new Database(file);
    raw.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    raw.close();
    const bytes = fs.readFileSync(file);
    const { openDatabase } = await import('../src/store/open-database.ts');
    await assert.rejects(openDatabase({ kind: 'sqlite', file, isDefault: false }, { access: 'write' }), (e: Error) => /holds another program's tables \(customers\)/.test(e.message));
    // Not a byte changed: its journal mode was switched to WAL on opening before (the last hostile new user).
    assert.ok(fs.readFileSync(file).equals(bytes), 'the file is byte for byte as it was');
    assert.equal(fs.existsSync(`${file}-wal`), false);
    const after = new Database(file);
    assert.deepEqual(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all(), [{ name: 'customers' }], 'nothing added');
    after.close();
    // An empty file is a new database, as before.
    const empty = path.join(dir, 'empty.sqlite');
    new Database(empty).close();
    await (await openDatabase({ kind: 'sqlite', file: empty, isDefault: false }, { access: 'write' })).close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

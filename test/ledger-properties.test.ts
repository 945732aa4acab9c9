// Properties of the ledger over random sequences of reports, re-sends and amendments (SQLite, where a
// run is fast): the maintained totals always equal the sums of the latest versions, and the notices
// are exactly the thresholds the running total has ever reached, each once.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { isInterdictError } from '../src/errors/index.ts';
import { openSqlLedgerStore } from '../src/ledger/sql-ledger-store.ts';
import { openSqliteDriver } from '../src/store/sqlite-driver.ts';
import { caps } from './ledger/backends.ts';

type Op = { kind: 'record'; ref: number; barrels: number } | { kind: 'amend'; ref: number; barrels: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('record' as const), ref: fc.integer({ min: 0, max: 7 }), barrels: fc.integer({ min: 1, max: 150_000 }) }),
  fc.record({ kind: fc.constant('amend' as const), ref: fc.integer({ min: 0, max: 7 }), barrels: fc.integer({ min: 1, max: 150_000 }) }),
);

test('totals equal the latest versions; notices are the thresholds ever reached, once each', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-prop-'));
  let run = 0;
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const store = await openSqlLedgerStore(openSqliteDriver(path.join(dir, `p${run++}.sqlite`)), caps);
        try {
          const latest = new Map<number, number>();
          let peak = 0;
          for (const o of ops) {
            const input = { commodity: 'refined-petroleum', state: 'CN', date: '2018-05-01', reported: '2018-05-02', barrels: o.barrels, ref: `r${o.ref}` };
            try {
              if (o.kind === 'record') await store.record(input);
              else await store.amend({ state: 'CN', ref: `r${o.ref}`, barrels: String(o.barrels), by: 'prop' });
            } catch (e) {
              // Expected refusals: a different report under a taken ref, an amendment of an unknown or unchanged one.
              assert.ok(isInterdictError(e) && ['LEDGER_REF_CONFLICT', 'LEDGER_NOT_FOUND', 'LEDGER_BAD_INPUT'].includes(e.code), String(e));
              continue;
            }
            latest.set(o.ref, o.barrels);
            peak = Math.max(peak, [...latest.values()].reduce((a, b) => a + b, 0));
          }
          const expected = [...latest.values()].reduce((a, b) => a + b, 0);
          const [t] = await store.periodTotals();
          assert.equal(t?.barrelsMilli ?? 0, expected * 1000);
          assert.equal((await store.recomputeTotals('refined-petroleum', '2018')).barrelsMilli, expected * 1000);
          const reached = [75, 90, 95].filter((x) => peak * 100 >= x * 500_000);
          assert.deepEqual((await store.notices()).map((n) => n.threshold).sort((a, b) => a - b), reached);
        } finally {
          await store.close();
        }
      }),
      { numRuns: 40, seed: 20171222 },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// The last hostile new user's ledger findings: a delivery dated in the future was blamed on a report date the user
// never gave; `ledger import` refused the `product` column its help lists; an amendment of a reference in another
// case said only "no report".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInterdictError } from '../src/errors/index.ts';
import { parseDeliveryCsv } from '../src/ledger/import-csv.ts';
import { validateDelivery } from '../src/ledger/validate-delivery.ts';
import { caps } from './ledger/backends.ts';

test('a delivery dated after today is refused naming its date, whether a report date is given or not', () => {
  for (const reported of [undefined, '2018-03-01']) {
    assert.throws(() => validateDelivery({ commodity: 'refined-petroleum', state: 'RU', date: '2018-06-01', barrels: '10', ref: 'FUT1', ...(reported !== undefined && { reported }) }, caps, '2018-03-01'), (e: unknown) => {
      assert.ok(isInterdictError(e));
      assert.equal(e.location.field, 'date');
      assert.match(e.message, /date \(2018-06-01\) is after today \(2018-03-01\)/);
      return true;
    });
  }
  // The day after today is a State ahead of UTC: accepted, as for the report date.
  assert.equal(validateDelivery({ commodity: 'refined-petroleum', state: 'RU', date: '2018-03-02', barrels: '10', ref: 'T1', reported: '2018-03-02' }, caps, '2018-03-01').content.date, '2018-03-02');
});

test('ledger import reads the product column (its factor converts a tonnage), as ledger record --product does', () => {
  const { inputs } = parseDeliveryCsv('state,commodity,date,barrels,tonnes,ref,product\nCN,refined-petroleum,2018-03-01,,10,P-1,diesel\nCN,refined-petroleum,2018-03-01,,10,P-2,\n', 'p.csv');
  assert.equal(inputs[0]!.product, 'diesel');
  assert.equal(inputs[1]!.product, undefined);
  const v = validateDelivery(inputs[0]!, caps, '2018-03-05');
  assert.equal(v.content.product, 'diesel');
});

test('an amendment of a reference written in another case names the stored one', async () => {
  const { openSqliteDriver } = await import('../src/store/sqlite-driver.ts');
  const { openSqlLedgerStore } = await import('../src/ledger/sql-ledger-store.ts');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const dir = mkdtempSync(path.join(tmpdir(), 'ledger-amend-case-'));
  const store = await openSqlLedgerStore(openSqliteDriver(path.join(dir, 'l.sqlite')), caps);
  try {
    await store.record({ commodity: 'refined-petroleum', state: 'CN', date: '2018-03-01', reported: '2018-03-02', barrels: '10', ref: 'A-1' });
    await assert.rejects(store.amend({ state: 'CN', ref: 'a-1', barrels: '20', by: 'x' }), (e: unknown) => {
      assert.ok(isInterdictError(e));
      assert.equal(e.code, 'LEDGER_NOT_FOUND');
      assert.match(e.message, /reported "A-1", which it differs from in case only/);
      return true;
    });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

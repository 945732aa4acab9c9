// Security review 23, LOW-1: the committee table's CSV let a cell run as a formula when it began with a minus and
// a digit (`-2+3+cmd|' /C calc'!A0`), and the ledger status CSV had no guard at all. One guard (src/io/csv-cell.ts)
// for every CSV the product writes: only a plain number is left as it is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell } from '../src/io/csv-cell.ts';
import { tableCsv } from '../src/ledger/render-reports.ts';
import { statusCsv } from '../src/ledger/render-status.ts';

const EVIL = "-2+3+cmd|' /C calc'!A0";

describe('CSV cells a spreadsheet would run as formulas', () => {
  it('are written after an apostrophe; plain numbers are left alone', () => {
    for (const s of [EVIL, '=1+1', '+1', '@SUM(A1)', '\t=1', '\r=1', '-1+1', '-2e3', '1+1'.replace(/^/, '-')]) assert.ok(csvCell(s).replace(/^"/, '').startsWith("'"), s);
    for (const n of ['-12', '3.5', '-0.25', '42', 0, -7.5, null]) assert.equal(csvCell(n), n === null ? '' : String(n));
    assert.equal(csvCell('a,b'), '"a,b"');
  });
  it('the committee table and the ledger status CSV both use the guard', () => {
    const row = { year: 2018, month: 3, state: 'CN', ref: EVIL, date: '2018-03-01', quantity: 1, unit: 'barrels', product: 'diesel', barrels: 1, derivation: 'as reported', factor: null, runningBarrels: 1, percentOfCap: 0, afterCease: false };
    const table = tableCsv({ rows: [row] } as unknown as Parameters<typeof tableCsv>[0]);
    assert.ok(table.includes(`"'${EVIL.replace(/"/g, '""')}"`) || table.includes(`'${EVIL}`), table);
    const status = statusCsv([{ commodity: 'refined-petroleum', period: '2018', table: [{ month: '=HYPERLINK("x")', state: EVIL, barrels: -5, tonnes: 1, records: 1, runningBarrels: 1, runningTonnes: 1, runningPercent: 0 }] }] as unknown as Parameters<typeof statusCsv>[0]);
    assert.ok(!/(^|,)"?[=+@]|(^|,)"?-2\+/m.test(status), status);
    assert.match(status, /,-5,/);
  });
});

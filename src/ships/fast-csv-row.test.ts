// The fast CSV path reads exactly what the careful path reads, or leaves the row to it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { FastCsvRows, plainDecimal } from './fast-csv-row.ts';
import { PositionReader, type PositionRow } from './read-positions.ts';

test('a plain decimal reads as the same double Number() gives; anything else is NaN', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), fc.integer({ min: 0, max: 15 }), fc.boolean(), (m, scale, neg) => {
    const digits = String(m).padStart(scale + 1, '0');
    const s = `${neg ? '-' : ''}${digits.slice(0, digits.length - scale)}${scale > 0 ? `.${digits.slice(digits.length - scale)}` : ''}`;
    const got = plainDecimal(Buffer.from(s), 0, s.length);
    // More than 15 digits in all is left to the careful path (NaN); up to 15, the exact double.
    if (digits.length > 15) assert.ok(Number.isNaN(got) || Object.is(got, Number(s)), s);
    else assert.ok(Object.is(got, Number(s)), s);
  }), { numRuns: 5000 });
  for (const s of ['', '-', '.', '1e5', '0x1F', ' 12', '12 ', '1.2.3', '1234567890123456']) assert.ok(Number.isNaN(plainDecimal(Buffer.from(s), 0, s.length)), s);
  assert.equal(plainDecimal(Buffer.from('.5'), 0, 2), 0.5);
});

function careful(line: string): PositionRow[] {
  const got: PositionRow[] = [];
  // A header the fast path does not take (an extra column) sends every row down the general path.
  const r = new PositionReader({ position: (p) => got.push({ ...p }), static: () => undefined });
  r.push('mmsi,timestamp,lat,lon,sog,x');
  r.push(`${line},`);
  return got;
}

test('every row the fast path takes, the careful path reads the same; the rows it leaves are the unusual ones', () => {
  const fast = new FastCsvRows();
  const row: PositionRow = { mmsi: 0, t: 0, lat: 0, lon: 0, sog: NaN };
  const dec = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map((x) => String(Math.round(x * 1e5) / 1e5));
  const time = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), time, dec(-90, 90), dec(-180, 180), fc.oneof(dec(0, 102.2), fc.constant('')), (m, t, lat, lon, sog) => {
    const line = `${String(m).padStart(9, '0')},${t},${lat},${lon},${sog}`;
    const want = careful(line);
    // Inside a larger buffer, as a chunk of a file holds it.
    const b = Buffer.from(`x\n${line}\ny`);
    if (fast.read(b, 2, 2 + line.length, row)) assert.deepEqual([{ ...row }], want, line);
    else assert.ok(Number(t.slice(8, 10)) > 28, `left to the careful path: ${line}`);
  }), { numRuns: 3000 });
  for (const line of ['445123000,2019-03-01T00:00:00Z,1e1,2,3', '44512300,2019-03-01T00:00:00Z,1,2,3', '445123000,2019-03-01 00:00:00Z,1,2,3', '445123000,2019-03-01T00:00:00Z,1,2,102.3', '445123000,2019-03-01T00:00:00Z,91,2,3', '445123000,19:0-03-01T00:00:00Z,1,2,3', '445123000,2019-03-01T00:00:00Z,1,2,3,4', '445123000,2019-03-01T00:00:00Z,1,2,3\u00e9', '445123000,2019-03-01T00:00:00Z']) {
    const b = Buffer.from(line);
    assert.equal(fast.read(b, 0, b.length, row), false, line);
  }
});

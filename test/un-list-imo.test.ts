// IMO numbers in the DPRK entities' comments, and both check-digit schemes.
import { unListSnapshot } from './support/un-list-fixtures.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findImoNumbers, isValidCompanyImo, isValidShipImo, loadUnList } from '../src/screening/un-list/index.ts';

// These tests are about reading the XML: the parsed-list disk cache is tested in un-list-cache.test.ts.
process.env.INTERDICT_CACHE_DIR = 'off';
const snapshot = unListSnapshot;

// The 16 DPRK entities that quote a company IMO number (read from the 2026-01-28 file by hand).
const COMPANY_IMO: Record<string, string> = {
  'KPe.020': '1790183',
  'KPe.022': '5342883',
  'KPe.056': '5571322',
  'KPe.057': '5963351',
  'KPe.058': '5787684',
  'KPe.061': '5936312',
  'KPe.062': '5676084',
  'KPe.063': '5985863',
  'KPe.064': '5954061',
  'KPe.065': '5145892',
  'KPe.066': '5434358',
  'KPe.067': '5982254',
  'KPe.068': '5988369',
  'KPe.070': '5878561',
  'KPe.074': '5905801',
  'KPe.075': '5987860',
};

describe('IMO check digits', () => {
  it('ship numbers: weights 7..2, sum mod 10', () => {
    assert.ok(isValidShipImo('9074729')); // 9*7+0*6+7*5+4*4+7*3+2*2 = 139, check 9
    assert.ok(!isValidShipImo('9074728'));
    assert.ok(!isValidShipImo('907472'));
    assert.ok(!isValidShipImo('90747290'));
    assert.ok(!isValidShipImo('90747a9'));
  });
  it('company numbers: weights 8,6,4,2,9,7, check = (11 - sum mod 11) mod 10', () => {
    // 5342883: 5*8+3*6+4*4+2*2+8*9+8*7 = 206; 206 mod 11 = 8; (11-8) mod 10 = 3.
    assert.ok(isValidCompanyImo('5342883'));
    assert.ok(!isValidCompanyImo('5342884'));
    assert.ok(!isValidCompanyImo('534288'));
  });
  it('every one of the 16 real company numbers passes the company check; 15 fail the ship check', () => {
    const numbers = Object.values(COMPANY_IMO);
    assert.ok(numbers.every(isValidCompanyImo));
    assert.deepEqual(numbers.filter(isValidShipImo), ['1790183']);
  });
  it('finds the number in the comment wordings the UN uses', () => {
    const found = (s: string): string[] => findImoNumbers(s, 'company').map((n) => n.number);
    assert.deepEqual(found('IMO Number: 5342883. The company'), ['5342883']);
    assert.deepEqual(found('through a ship-to-ship transfer operation. Company Number IMO 5434358.'), ['5434358']);
    assert.deepEqual(found('International Maritime Organization (IMO) Number: 1790183.'), ['1790183']);
    assert.deepEqual(found('ship-to-ship transfer operations for oil. IMO number: 5676084'), ['5676084']);
    assert.deepEqual(found('Facsimile number: +850-2-3814685; SALIMOVICH'), []);
    assert.deepEqual(found('IMO number: 12345678'), [], 'eight digits is no IMO number');
    assert.deepEqual(findImoNumbers(undefined, 'ship'), []);
  });
});

describe('IMO numbers in the real lists', () => {
  for (const date of ['2025-04-19', '2026-01-28']) {
    it(`${date}: the 16 DPRK entities carry their company number, all valid`, () => {
      const list = loadUnList(snapshot(date));
      const withImo = list.records.filter((r) => r.imoNumbers.length > 0);
      assert.deepEqual(Object.fromEntries(withImo.map((r) => [r.ref, r.imoNumbers.map((n) => n.number).join()])), COMPANY_IMO);
      for (const r of withImo) {
        assert.equal(r.kind, 'entity');
        assert.equal(r.regime, 'DPRK');
        assert.deepEqual(r.imoNumbers, [{ number: COMPANY_IMO[r.ref], kind: 'company', valid: true }]);
      }
    });
  }
  it('2020-11-30: only KPe.020, KPe.022 and KPe.066 quoted their number then', () => {
    const list = loadUnList(snapshot('2020-11-30'));
    const refs = list.records.filter((r) => r.imoNumbers.length > 0).map((r) => r.ref).sort();
    assert.deepEqual(refs, ['KPe.020', 'KPe.022', 'KPe.066']);
  });
});

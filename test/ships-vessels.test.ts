// The 1718 Designated Vessels List: parsing (every row validated), matching, and the store on each backend.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { isInterdictError } from '../src/errors/index.ts';
import { DesignatedVessels } from '../src/ships/designated-vessels.ts';
import { imoVariants, isValidShipImo } from '../src/geo/imo.ts';
import { parseVesselList } from '../src/ships/vessel-list-csv.ts';
import { importVesselList, loadDesignatedVessels } from '../src/ships/vessel-store.ts';
import { openPgliteDriver } from '../src/store/pglite-driver.ts';
import { openPostgresDriver } from '../src/store/postgres-driver.ts';
import { quoteIdent } from '../src/store/sql-driver.ts';
import { openSqliteDriver } from '../src/store/sqlite-driver.ts';
import type { SqlDriver } from '../src/store/sql-driver.ts';

const sample = readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8');
const HEADER = 'name,imo,mmsi,flag,callsign,type,designated,owner,legalBases';

function refused(text: string, line: string, field: string): void {
  assert.throws(() => parseVesselList(text), (e) => isInterdictError(e) && e.code === 'VESSELS_BAD_LIST' && e.location.record === line && e.location.field === field);
}

test('IMO check digits and look-alike variants', () => {
  assert.ok(isValidShipImo('9562233'));
  assert.ok(!isValidShipImo('9562238'));
  assert.ok(imoVariants('8660313').includes('8660813'));
  assert.ok(imoVariants('8660313').includes('8660318'));
  assert.ok(!imoVariants('8660313').includes('8660313'));
});

test('the sample list parses: every IMO number passes its check digit', () => {
  const list = parseVesselList(sample);
  assert.equal(list.length, 12);
  assert.deepEqual(list.find((v) => v.name === 'YU JONG 2')?.legalBases, ['asset-freeze', 'deflag', 'port-entry-ban']);
});

test('a bad row refuses the list, naming line and field', () => {
  refused(`${HEADER}\nA,9562234,,,,,2017-10-03,,port-entry-ban\n`, 'line 2', 'imo');
  refused(`${HEADER}\nA,9562233,,,,,2017-10-03,,port-entry-ban\nB,9562233,,,,,2017-10-03,,port-entry-ban\n`, 'line 3', 'imo');
  refused(`${HEADER}\nA,9562233,12345,,,,2017-10-03,,port-entry-ban\n`, 'line 2', 'mmsi');
  refused(`${HEADER}\nA,9562233,,XX,,,2017-10-03,,port-entry-ban\n`, 'line 2', 'flag');
  refused(`${HEADER}\nA,9562233,,,,,2017-02-30,,port-entry-ban\n`, 'line 2', 'designated');
  refused(`${HEADER}\nA,9562233,,,,,2017-10-03,,embargo\n`, 'line 2', 'legalBases');
  refused(`${HEADER}\n,9562233,,,,,2017-10-03,,port-entry-ban\n`, 'line 2', 'name');
  refused(`${HEADER},colour\n`, 'line 1', 'colour');
  refused('name,imo\nA,9562233\n', 'line 1', 'designated');
  refused(`${HEADER}\n`, 'line 2', 'row');
});

test('matching: by IMO, by folded name, by MMSI, and a repainted number as a near miss', () => {
  const vessels = parseVesselList(sample).map((v) => (v.imo === '9417115' ? { ...v, mmsi: '445000001' } : v));
  const list = new DesignatedVessels(vessels, 'v1');
  assert.equal(list.match({ mmsi: 445000001 })[0]?.vessel.name, 'KOTI');
  assert.equal(list.match({ imo: '8660313' })[0]?.by, 'imo');
  assert.equal(list.match({ name: 'Chon-Ma San' })[0]?.vessel.imo, '8660313');
  assert.deepEqual(list.match({ imo: '8660813' }).map((m) => [m.vessel.name, m.by]), [['CHON MA SAN', 'imo-near-miss']]);
  assert.deepEqual(list.match({ imo: '9000003', name: 'OCEAN' }), []);
});

async function roundTrip(driver: SqlDriver): Promise<void> {
  try {
    assert.equal(await loadDesignatedVessels(driver), undefined, 'nothing imported yet');
    const first = parseVesselList(sample);
    const r = await importVesselList(driver, first, 'sample.csv');
    assert.equal(r.vessels, 12);
    const loaded = await loadDesignatedVessels(driver);
    assert.equal(loaded?.version, r.version);
    assert.deepEqual(loaded?.vessels.map((v) => v.imo).sort(), first.map((v) => v.imo).sort());
    assert.deepEqual(loaded?.vessels.find((v) => v.imo === '8604917'), first.find((v) => v.imo === '8604917'));
    // A newer import replaces the list as a whole.
    await importVesselList(driver, first.slice(0, 2), 'smaller.csv');
    assert.equal((await loadDesignatedVessels(driver))?.vessels.length, 2);
  } finally {
    await driver.close();
  }
}

test('store round trip on SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'interdict-vessels-'));
  try {
    await roundTrip(openSqliteDriver(path.join(dir, 'db.sqlite')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('store round trip on PGlite', async () => {
  await roundTrip(await openPgliteDriver());
});

const PG_URL = process.env.INTERDICT_TEST_PG_URL;
test('store round trip on PostgreSQL (INTERDICT_TEST_PG_URL)', { skip: PG_URL ? false : 'INTERDICT_TEST_PG_URL is not set' }, async () => {
  const schema = `ships_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
  try {
    await roundTrip(await openPostgresDriver(PG_URL!, { schema }));
  } finally {
    await admin.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
    await admin.end();
  }
});

// A fresh PostgreSQL database's first `vessels import` failed, INTERNAL "current transaction is aborted": the list in
// use was read in a snapshot, and the read asked store_migrations before any table stood, which on PostgreSQL ends the
// transaction. The table is looked for first now (needs INTERDICT_TEST_PG_URL).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { scratch } from '../support/cli-harness.ts';
import { pgAdmin } from '../support/pg-admin.ts';

const baseUrl = process.env.INTERDICT_TEST_PG_URL;

describe('PostgreSQL: the first vessels import into a fresh database', { skip: baseUrl ? false : 'INTERDICT_TEST_PG_URL is not set' }, () => {
  const db = `interdict_fresh_${process.pid}_${Date.now() % 100000}`;
  const url = (): string => {
    const u = new URL(baseUrl!);
    u.pathname = `/${db}`;
    return u.toString();
  };
  before(async () => pgAdmin(baseUrl!, `CREATE DATABASE ${db}`));
  after(async () => pgAdmin(baseUrl!, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));

  it('imports, and check then prohibits the designated vessel', () => {
    const s = scratch('pg-fresh-import');
    const r = s.cli(['vessels', 'import', 'examples/1718-vessels-sample.csv', '--db', url(), '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).added, 12);
    const tx = JSON.stringify({ id: 't', type: 'vessel-transfer', date: '2019-05-01', vessels: [{ name: 'PETREL 8', imo: '9562233' }, { name: 'SEA STAR', flag: 'PA' }] });
    const c = s.cli(['check', '-', '--db', url(), '--format', 'json'], tx);
    assert.equal(JSON.parse(c.stdout).outcome, 'prohibited', c.stderr);
  });
});

// Security re-review, a LOW: `check --db` on a database whose migration 5 (the audit MACs) had been undone in the
// database (its column dropped, its row deleted) failed with "INTERNAL: no such column: mac", and a writing command
// tried to apply the migration again and failed half-way ("duplicate column name"). A reader now refuses, naming
// the migration; a writer refuses to re-apply a migration missing below a recorded one; neither changes anything.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { errorLine, scratch } from '../support/cli-harness.ts';
import { openService } from '../../src/app/service/service-context.ts';
import { serviceMigrations } from '../../src/app/service/service-migrations.ts';
import { LEDGER_MIGRATIONS } from '../../src/ledger/sql/ledger-migrations.ts';
import { SHIPS_MIGRATIONS } from '../../src/ships/ships-migrations.ts';
import { AREA_TABLES } from '../../src/store/area-tables.ts';

const TX = '{"type":"financial","date":"2025-01-01","from":"CN","to":"RU"}';

describe('a service database lacking a migration: refused by name, nothing changed', () => {
  it('migration 5 undone in the database: check --db and a writing command refuse (exit 1, STORE_SCHEMA naming it)', () => {
    const s = scratch('schema-gap');
    const file = `${s.dir}/x.sqlite`;
    assert.equal(s.cli(['users', 'add', 'alice', '--role', 'analyst', '--db', file]).code, 0);
    const db = new Database(file);
    db.exec(`DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ALTER TABLE audit_log DROP COLUMN mac;
      DELETE FROM store_migrations WHERE area = 'service' AND version = 5;`);
    db.close();
    const check = s.cli(['check', '--db', file, '-'], TX);
    assert.equal(check.code, 1);
    assert.match(errorLine(check.stderr), /^STORE_SCHEMA: the database's service tables lack migration 5 \(key issuers, audit entry MACs\) though later ones are recorded: they were changed outside Interdict/);
    const users = s.cli(['users', 'list', '--db', file]);
    assert.equal(users.code, 1);
    assert.match(errorLine(users.stderr), /^STORE_SCHEMA: .*lack migration 5/);
    const after = new Database(file, { readonly: true });
    assert.equal((after.prepare(`SELECT count(*) AS n FROM store_migrations WHERE area = 'service' AND version = 5`).get() as { n: number }).n, 0, 'nothing re-applied');
    assert.equal((after.prepare(`SELECT count(*) AS n FROM pragma_table_info('audit_log') WHERE name = 'mac'`).get() as { n: number }).n, 0);
    after.close();
  });

  it('tables an earlier version wrote (its newest migrations not there): check --db says to migrate them first', () => {
    const s = scratch('schema-older');
    const file = `${s.dir}/x.sqlite`;
    assert.equal(s.cli(['users', 'add', 'alice', '--role', 'analyst', '--db', file]).code, 0);
    const db = new Database(file);
    const newest = (db.prepare(`SELECT max(version) AS v FROM store_migrations WHERE area = 'service'`).get() as { v: number }).v;
    db.prepare(`DELETE FROM store_migrations WHERE area = 'service' AND version = ?`).run(newest);
    db.close();
    const check = s.cli(['check', '--db', file, '-'], TX);
    assert.equal(check.code, 1);
    assert.match(errorLine(check.stderr), new RegExp(`^STORE_SCHEMA: the database's service tables were written by an earlier version and lack migration ${newest} .*"interdict db migrate"`));
  });

  it('the service\'s migration rows deleted (so that readers take its tables for absent and skip holding rows to the log): check --db, users list and serve refuse, STORE_SCHEMA', async () => {
    const s = scratch('schema-unrecorded');
    const file = `${s.dir}/x.sqlite`;
    assert.equal(s.cli(['users', 'add', 'alice', '--role', 'analyst', '--db', file]).code, 0);
    assert.equal(s.cli(['vessels', 'import', 'examples/1718-vessels-sample.csv', '--db', file]).code, 0);
    const petrel = '{"id":"t1","type":"goods","date":"2019-01-10","from":"CN","to":"JP","goods":[{"hs":"6203.42","description":"trousers"}],"vessels":[{"name":"PETREL 8","imo":"9562233"}]}';
    assert.match(s.cli(['check', '--db', file, '-', '--format', 'json'], petrel).stdout, /"outcome":"prohibited"/);
    const db = new Database(file);
    db.exec(`DELETE FROM designated_vessels WHERE imo = '9562233'; DELETE FROM store_migrations WHERE area = 'service';`);
    db.close();
    const check = s.cli(['check', '--db', file, '-', '--format', 'json'], petrel);
    assert.equal(check.code, 1, check.stdout);
    assert.doesNotMatch(check.stdout, /permitted/);
    assert.match(errorLine(check.stderr), /^STORE_SCHEMA: the database holds the service tables but no record of their migrations/);
    // The log renamed too (the fifth re-review): the other service tables still say the service is there.
    const renamed = new Database(file);
    renamed.exec('ALTER TABLE audit_log RENAME TO audit_log_old');
    renamed.close();
    const again = s.cli(['check', '--db', file, '-', '--format', 'json'], petrel);
    assert.equal(again.code, 1, again.stdout);
    // Refused either way: the renamed table's triggers are on a table Interdict never makes, or its records are missing.
    assert.match(errorLine(again.stderr), /^STORE_SCHEMA: (the database holds the service tables but no record|field "db": the database file holds a trigger audit_log_no_update on audit_log_old)/);
    // Every service table renamed in capitals, which SQLite still finds by its own name (the sixth re-review).
    const upper = new Database(file);
    for (const t of ['audit_log_old', 'audit_head', 'service_users', 'subjects', 'alerts', 'suppressions', 'un_lists', 'pending_lists', 'web_signouts']) {
      upper.exec(`ALTER TABLE ${t} RENAME TO ${t}_x; ALTER TABLE ${t}_x RENAME TO ${t.replace('_old', '').toUpperCase()};`);
    }
    upper.close();
    const capitals = s.cli(['check', '--db', file, '-', '--format', 'json'], petrel);
    assert.equal(capitals.code, 1, capitals.stdout);
    assert.match(errorLine(capitals.stderr), /^STORE_SCHEMA: the database holds the service tables but no record/);
    const users = s.cli(['users', 'list', '--db', file]);
    assert.equal(users.code, 1);
    assert.match(errorLine(users.stderr), /^STORE_SCHEMA: the database holds the service tables but no record/);
    // The service (serve, as it opens its database): refused, not "table service_users already exists".
    await assert.rejects(openService({ target: { kind: 'sqlite', file, isDefault: false } }), /the database holds the service tables but no record of their migrations/);
  });

  it('the ledger\'s migration rows deleted and its reports table renamed (the fifth re-review, MEDIUM): check --db refuses', () => {
    const s = scratch('schema-ledger');
    const file = `${s.dir}/x.sqlite`;
    assert.equal(s.cli(['users', 'add', 'alice', '--role', 'analyst', '--db', file]).code, 0);
    // Exit 3: a delivery of the sample after the cease notice, stored and flagged.
    assert.ok([0, 3].includes(s.cli(['ledger', 'import', 'examples/deliveries.csv', '--db', file]).code ?? -1));
    const db = new Database(file);
    db.exec(`DELETE FROM store_migrations WHERE area = 'ledger'; ALTER TABLE deliveries RENAME TO deliveries_old;`);
    db.close();
    const check = s.cli(['check', '--db', file, '-', '--format', 'json'], TX);
    assert.equal(check.code, 1, check.stdout);
    assert.match(errorLine(check.stderr), /^STORE_SCHEMA: the database holds the ledger tables but no record of their migrations/);
  });

  it('the tables each area is known by are every table its migrations make', () => {
    const made = (ms: readonly { statements: string[] }[]): string[] => [...new Set(ms.flatMap((m) => m.statements.flatMap((st) => [...st.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)/g)].map((x) => x[1]!))))].sort();
    assert.deepEqual(made(serviceMigrations('sqlite')), [...AREA_TABLES.service!].sort());
    assert.deepEqual(made(LEDGER_MIGRATIONS), [...AREA_TABLES.ledger!].sort());
    assert.deepEqual(made(SHIPS_MIGRATIONS), [...AREA_TABLES.ships!].sort());
  });
});


// Security re-review 8, HIGH-4 (SQLite): an index that left one designated vessel out, its schema text rewritten to
// look whole and the planner's statistics set so that the read that screens chose it while the read that held the
// rows to the log scanned the table: `check --db` permitted PETREL 8 and `audit verify --checkpoints` said intact.
// Now the list is read once (the rows screened are the rows held), and an index that disagrees with its table is
// refused before anything is read (sqlite-driver.ts, schemaGuard).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { errorLine, projectRoot, scratch } from '../support/cli-harness.ts';

const tx = JSON.stringify({ id: 't1', type: 'vessel-transfer', date: '2019-05-01', vessels: [{ name: 'PETREL 8', imo: '9562233' }, { name: 'SEA STAR', flag: 'PA' }] });

describe('security re-review 8: a lying index in a SQLite file', () => {
  it('check --db refuses the file rather than permit the vessel the index leaves out; as Interdict wrote it, prohibited', () => {
    const s = scratch('lying-index');
    const file = path.join(s.dir, 'v.sqlite');
    assert.equal(s.cli(['vessels', 'import', 'examples/1718-vessels-sample.csv', '--db', file]).code, 0);
    assert.equal(s.cli(['users', 'add', 'boss', '--role', 'admin', '--db', file]).code, 0);
    const before = s.cli(['check', '-', '--db', file, '--format', 'json'], tx);
    assert.equal(JSON.parse(before.stdout).outcome, 'prohibited', before.stderr);

    const db = new Database(file);
    db.unsafeMode(true);
    db.exec(`CREATE INDEX dvx ON designated_vessels (import_id, imo DESC) WHERE imo <> '9562233'; ANALYZE;`);
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX dvx ON designated_vessels (import_id, imo DESC)' WHERE name = 'dvx'").run();
    db.prepare("UPDATE sqlite_stat1 SET stat = '1000000 1000000 1' WHERE tbl = 'designated_vessels'").run();
    db.pragma('writable_schema = OFF');
    db.close();

    const after = s.cli(['check', '-', '--db', file, '--format', 'json'], tx);
    assert.notEqual(after.stdout.includes('"permitted"'), true, after.stdout);
    assert.equal(after.code, 1, after.stdout);
    assert.match(errorLine(after.stderr), /^STORE_SCHEMA: field "db": the database file's table designated_vessels does not agree with its indexes/);
    const verify = s.cli(['audit', 'verify', '--db', file, '--format', 'json']);
    assert.notEqual(verify.code, 0, verify.stdout);
  });

  it('a view standing for one of the tables, or a table renamed in other letter case with a lying index, is refused (re-review 9)', () => {
    const s = scratch('lying-view');
    const setUp = (name: string): string => {
      const file = path.join(s.dir, name);
      assert.equal(s.cli(['users', 'add', 'boss', '--role', 'admin', '--db', file]).code, 0);
      assert.equal(s.cli(['vessels', 'import', 'examples/1718-vessels-sample.csv', '--db', file]).code, 0);
      return file;
    };
    const view = setUp('view.sqlite');
    let db = new Database(view);
    db.exec(`PRAGMA foreign_keys = OFF; ALTER TABLE vessel_list_imports RENAME TO vli_real;
      CREATE VIEW vessel_list_imports AS SELECT id, version, source, vessels, imported_at FROM vli_real;`);
    db.close();
    const v = s.cli(['check', '-', '--db', view, '--format', 'json'], tx);
    assert.equal(v.code, 1, v.stdout);
    assert.match(errorLine(v.stderr), /^STORE_SCHEMA: field "db": the database file holds a view vessel_list_imports where Interdict keeps a table/);
    assert.notEqual(s.cli(['audit', 'verify', '--db', view, '--format', 'json']).code, 0);

    const cased = setUp('cased.sqlite');
    db = new Database(cased);
    db.unsafeMode(true);
    db.exec(`ALTER TABLE designated_vessels RENAME TO dv_tmp; ALTER TABLE dv_tmp RENAME TO DESIGNATED_VESSELS;
      CREATE INDEX dvx ON DESIGNATED_VESSELS (import_id, imo DESC) WHERE imo <> '9562233';`);
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX dvx ON DESIGNATED_VESSELS (import_id, imo DESC)' WHERE name = 'dvx'").run();
    db.pragma('writable_schema = OFF');
    db.close();
    const c = s.cli(['check', '-', '--db', cased, '--format', 'json'], tx);
    assert.equal(c.code, 1, c.stdout);
    assert.match(errorLine(c.stderr), /^STORE_SCHEMA: field "db": the database file's table DESIGNATED_VESSELS does not agree with its indexes/);
  });

  it('a trigger Interdict never makes is refused: it changed the row Interdict wrote before the log vouched for it (re-review 10)', () => {
    const s = scratch('foreign-trigger');
    const file = path.join(s.dir, 't.sqlite');
    assert.equal(s.cli(['users', 'add', 'boss', '--role', 'admin', '--db', file]).code, 0);
    const sample = readFileSync(path.join(projectRoot, 'examples', '1718-vessels-sample.csv'), 'utf8');
    const old = s.write('old.csv', sample.split('\n').filter((l) => !l.startsWith('PETREL 8,')).join('\n'));
    assert.equal(s.cli(['vessels', 'import', old, '--db', file]).code, 0);
    const db = new Database(file);
    db.exec(`CREATE TRIGGER dv_later AFTER INSERT ON designated_vessels WHEN NEW.imo = '9562233'
      BEGIN UPDATE designated_vessels SET designated = '2099-12-31' WHERE import_id = NEW.import_id AND imo = NEW.imo; END;`);
    db.close();
    const r = s.cli(['vessels', 'import', 'examples/1718-vessels-sample.csv', '--db', file, '--format', 'json']);
    assert.equal(r.code, 1, r.stdout);
    assert.match(errorLine(r.stderr), /^STORE_SCHEMA: field "db": the database file holds a trigger dv_later on designated_vessels Interdict never makes/);
    const c = s.cli(['check', '-', '--db', file, '--format', 'json'], tx);
    assert.equal(c.code, 1, c.stdout);
  });
});

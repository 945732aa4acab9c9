// Security re-review 8, HIGH-4 (SQLite): an index that left one designated vessel out, its schema text rewritten to
// look whole and the planner's statistics set so that the read that screens chose it while the read that held the
// rows to the log scanned the table: `check --db` permitted PETREL 8 and `audit verify --checkpoints` said intact.
// Now the list is read once (the rows screened are the rows held), and an index that disagrees with its table is
// refused before anything is read (sqlite-driver.ts, indexGuard).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import Database from 'better-sqlite3';
import { errorLine, scratch } from '../support/cli-harness.ts';

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
});

// Hostile new user, M6: a subjects file's duplicate id (or an id with a control character) was located by the
// batch's 0-based index ("record": 1, "field": "[1].id", no file); every other error of the command names the
// row, its id and the file. Now all do. Nothing is stored either way.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { scratch } from './support/cli-harness.ts';

test('subjects import: a duplicate id is located by its row, id and file; nothing stored', () => {
  const s = scratch('subjects-csv-locations');
  const db = path.join(s.dir, 's.sqlite');
  const file = s.write('sb1.csv', 'id,name\nx1,John Smith\nx1,PAK YONG SIK\n');
  const r = s.cli(['subjects', 'import', file, '--db', db, '--format', 'json']);
  assert.equal(r.code, 1);
  const e = (JSON.parse(r.stderr) as { error: { code: string; field: string; record: string; file: string } }).error;
  assert.deepEqual([e.code, e.field, e.record, e.file], ['SUBJECT_BAD_INPUT', 'id', 'row 2 (id x1)', file]);
  assert.equal(existsSync(db), false, 'no database made');
});

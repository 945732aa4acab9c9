// Review 19, LOW-2: `audit checkpoint --out FILE` signed a head that contradicts a checkpoint already in FILE
// (entries deleted by the database's owner, the head set back), and signed although verify found the tables
// disagreeing with the log. A checkpoint is signed only when `audit verify --checkpoints FILE` would say
// intact: otherwise exit 2 saying why, nothing appended; `serve --checkpoints` reports the problem and signs
// nothing.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadSigningKey } from '../../src/app/audit/audit-key.ts';
import { Checkpointer } from '../../src/app/audit/checkpointer.ts';
import { keyIdOfPublic } from '../../src/app/audit/audit-key.ts';
import { readCheckpoints, signCheckpoint } from '../../src/app/audit/checkpoints.ts';
import { openSqliteDriver } from '../../src/store/sqlite-driver.ts';
import { scratch } from '../support/cli-harness.ts';
import { triggersOff } from './tamper.ts';

describe('security: a checkpoint is never signed over a log that does not verify (command line)', () => {
  const s = scratch('checkpoint-refusal');
  const users = (db: string, ...names: string[]) => {
    for (const n of names) assert.equal(s.cli(['users', 'add', n, '--role', 'auditor', '--db', db, '--format', 'json']).code, 0);
  };

  it('entries deleted and the head set back under a checkpoint in the file: exit 2 naming the checkpoint, nothing appended', async () => {
    const db = path.join(s.dir, 'deleted.sqlite');
    const out = path.join(s.dir, 'deleted.ndjson');
    users(db, 'one', 'two', 'three');
    assert.equal(s.cli(['audit', 'checkpoint', '--db', db, '--out', out, '--format', 'json']).code, 0);
    assert.equal(readCheckpoints(out)[0]!.seq, 4);
    const d = openSqliteDriver(db);
    await triggersOff(d);
    await d.run('DELETE FROM audit_log WHERE seq > 2');
    const head = (await d.all<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log WHERE seq = 2'))[0]!;
    await d.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [head.seq, head.hash]);
    await d.run("DELETE FROM service_users WHERE name IN ('two', 'three')");
    await d.close();
    const before = readFileSync(out, 'utf8');
    for (const format of ['json', 'human']) {
      const r = s.cli(['audit', 'checkpoint', '--db', db, '--out', out, '--format', format]);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stdout, /checkpoint 1 \(entry 4, signed .*\): the log ends at entry 2, before the signed entry \(entries were removed\)/);
    }
    assert.equal(readFileSync(out, 'utf8'), before, 'nothing appended');
  });

  it('a line signed with another key after this key\'s checkpoints: exit 2 naming it, nothing appended; another key\'s lines before (a rotation\'s past) are left to verify', async () => {
    const db = path.join(s.dir, 'stray.sqlite');
    const out = path.join(s.dir, 'stray.ndjson');
    users(db, 'one');
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const other = { privateKey, publicKey, keyId: keyIdOfPublic(publicKey), file: 'elsewhere' };
    const otherLine = `${JSON.stringify(signCheckpoint(other, { seq: 1, hash: 'a'.repeat(64) }))}\n`;
    // Before this key's first checkpoint: a rotation's past, signed on below.
    writeFileSync(out, otherLine);
    assert.equal(s.cli(['audit', 'checkpoint', '--db', db, '--out', out, '--format', 'json']).code, 0);
    assert.equal(readCheckpoints(out).length, 2);
    // After it: refused, naming the line.
    appendFileSync(out, otherLine);
    const before = readFileSync(out, 'utf8');
    for (const format of ['json', 'human']) {
      const r = s.cli(['audit', 'checkpoint', '--db', db, '--out', out, '--format', format]);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stdout, /checkpoint 3 .*(signed with key|another key)/);
    }
    assert.equal(readFileSync(out, 'utf8'), before, 'nothing appended');
  });

  it('the tables disagree with the log: exit 2 saying so, no file written', async () => {
    const db = path.join(s.dir, 'tables.sqlite');
    const out = path.join(s.dir, 'tables.ndjson');
    users(db, 'ann');
    const d = openSqliteDriver(db);
    await d.run('UPDATE service_users SET roles = ? WHERE name = ?', ['["auditor","admin"]', 'ann']);
    await d.close();
    const r = s.cli(['audit', 'checkpoint', '--db', db, '--out', out, '--format', 'human']);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stdout, /not signed.*the account "ann" holds \[auditor, admin\] in the table, \[auditor\] according to the log/);
    assert.equal(existsSync(out), false);
  });
});

describe('security: serve\'s periodic checkpoints sign nothing over a log that does not verify', () => {
  const s = scratch('checkpointer-refusal');
  // The server's keys are the command line's: the same configuration directory.
  const saved = process.env.INTERDICT_CONFIG_DIR;
  before(() => {
    process.env.INTERDICT_CONFIG_DIR = s.env.INTERDICT_CONFIG_DIR;
  });
  after(() => {
    if (saved === undefined) delete process.env.INTERDICT_CONFIG_DIR;
    else process.env.INTERDICT_CONFIG_DIR = saved;
  });

  it('a tick reports the problem and appends nothing; the log put right, it signs again', async () => {
    const db = path.join(s.dir, 'serve.sqlite');
    assert.equal(s.cli(['users', 'add', 'ann', '--role', 'auditor', '--db', db, '--format', 'json']).code, 0);
    const file = path.join(s.dir, 'serve.ndjson');
    const d = openSqliteDriver(db);
    const problems: unknown[] = [];
    const cp = new Checkpointer(d, loadSigningKey(true), file, (problem) => {
      if (problem !== undefined) problems.push(problem);
    });
    try {
      await cp.tick(true);
      assert.deepEqual(problems, []);
      assert.equal(readCheckpoints(file).length, 1);
      await d.run('UPDATE service_users SET roles = ? WHERE name = ?', ['["auditor","admin"]', 'ann']);
      await cp.tick(true);
      assert.equal(readCheckpoints(file).length, 1, 'nothing signed');
      assert.match(String((problems[0] as Error | undefined)?.message), /does not verify, so it is not signed: .*according to the log/);
      await d.run('UPDATE service_users SET roles = ? WHERE name = ?', ['["auditor"]', 'ann']);
      await cp.tick(true);
      assert.equal(readCheckpoints(file).length, 2);
    } finally {
      await d.close();
    }
  });
});

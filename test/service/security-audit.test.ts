// Security review, finding 1: an audit log that holds against whoever can write the database. The
// review's reproductions, pinned: a rewritten and fully re-hashed chain verifies on its own, but not
// against a signed checkpoint; an admin account inserted straight into the table, and a confirmation
// whose confirmer the log and the table disagree on, are found by the cross-check.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadSigningKey } from '../../src/app/audit/audit-key.ts';
import { appendCheckpoint, readCheckpoints, takeCheckpoint } from '../../src/app/audit/checkpoints.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { scratch } from '../support/cli-harness.ts';
import { tempEnvDir } from '../support/temp-env-dir.ts';
import { auth, suiteService, type TestBackend, type TestService } from './harness.ts';
import { digestsNow, rewriteEntry, seqOf, stolenMacKey } from './tamper.ts';

tempEnvDir('INTERDICT_CONFIG_DIR', 'audit-key');

/** One alert proposed by `analyst` and confirmed by `releaser`; its id. */
async function decidedAlert(t: TestService, subject: string): Promise<number> {
  const s = await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [{ id: subject, name: 'PAK YONG SIK', type: 'person' }] });
  const id = (s.json() as { subjects: { alerts: number[] }[] }).subjects[0]!.alerts[0]!;
  assert.equal((await t.app.inject({ method: 'POST', url: `/v1/alerts/${id}/decision`, headers: auth(t.keys.analyst!), payload: { disposition: 'true-match', note: 'listed' } })).statusCode, 200);
  assert.equal((await t.app.inject({ method: 'POST', url: `/v1/alerts/${id}/confirm`, headers: auth(t.keys.releaser!), payload: { disposition: 'true-match' } })).statusCode, 200);
  return id;
}

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`security: the audit log against the database's writers (${backend})`, () => {
    const t = suiteService(backend);

    it('a rewritten, fully re-hashed chain verifies on its own, but not against the checkpoint signed before', async () => {
      const id = await decidedAlert(t, `c-${backend}`);
      const key = loadSigningKey(true);
      const signed = await takeCheckpoint(t.svc.driver, key);
      assert.equal((await verifyAudit(t.svc.driver, { checkpoints: [signed], keys: [key.publicKey] })).ok, true);
      // The review: the confirmation now names another releaser; every later hash and the head recomputed.
      // Without the deployment's MAC secret, the rewritten entries' MACs give it away at once.
      const seq = await seqOf(t.svc.driver, 'alert.confirm', `alert:${id}`);
      await t.svc.driver.run('UPDATE alerts SET confirmed_by = ? WHERE id = ?', ['releaser2', id]);
      await rewriteEntry(t.svc.driver, seq, (e) => {
        e.actor = 'releaser2';
      });
      assert.match((await verifyAudit(t.svc.driver)).problem ?? '', new RegExp(`entry ${seq}'s MAC does not match`));
      // With the MAC secret stolen too (row digests made again), only the signed checkpoint tells.
      const digests = await digestsNow(t.svc.driver, [{ table: 'alerts', key: [id] }]);
      await rewriteEntry(t.svc.driver, seq, (e) => {
        e.actor = 'releaser2';
        e.detail = { ...e.detail, rowDigests: digests };
      }, stolenMacKey());
      const chainOnly = await verifyAudit(t.svc.driver);
      assert.equal(chainOnly.ok, true, `the chain and the tables agree: without a checkpoint nothing shows (${chainOnly.problem})`);
      const v = await verifyAudit(t.svc.driver, { checkpoints: [signed], keys: [key.publicKey] });
      assert.equal(v.ok, false);
      assert.equal(v.firstBad, signed.seq);
      assert.match(v.problem!, /not the entry that was signed \(the chain was rewritten\)/);
      // The service's own verify, for a server that keeps checkpoints (serve --checkpoints), says the same.
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'interdict-audit-cp-')), 'checkpoints.jsonl');
      appendCheckpoint(file, signed);
      const plain = await t.app.inject({ method: 'GET', url: '/v1/audit/verify', headers: auth(t.keys.auditor!) });
      assert.equal(plain.json().ok, true, 'without the file the rewrite is not seen');
      t.svc.checkpoints = { file, keys: [key.publicKey] };
      try {
        const served = await t.app.inject({ method: 'GET', url: '/v1/audit/verify', headers: auth(t.keys.auditor!) });
        assert.equal(served.json().ok, false);
        assert.match(served.json().problem, /the chain was rewritten/);
      } finally {
        delete t.svc.checkpoints;
      }
    });
  });

  describe(`security: the tables against the log (${backend})`, () => {
    const t = suiteService(backend);

    it('an admin account inserted straight into the table is found (no user.add entry)', async () => {
      assert.equal((await verifyAudit(t.svc.driver)).ok, true);
      const hash = createHash('sha256').update('ik_mallory').digest('hex');
      await t.svc.driver.run('INSERT INTO service_users (name, roles, key_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)', ['mallory', '["admin"]', hash, new Date().toISOString(), 'admin']);
      const v = await verifyAudit(t.svc.driver);
      assert.equal(v.ok, false);
      assert.match(v.problem!, /the account "mallory" has no user\.add entry/);
      await t.svc.driver.run('DELETE FROM service_users WHERE name = ?', ['mallory']);
    });

    it('a confirmation the log gives to one releaser and the table to another is found', async () => {
      const id = await decidedAlert(t, `x-${backend}`);
      await rewriteEntry(t.svc.driver, await seqOf(t.svc.driver, 'alert.confirm', `alert:${id}`), (e) => {
        e.actor = 'releaser2';
      }, stolenMacKey());
      const v = await verifyAudit(t.svc.driver);
      assert.equal(v.ok, false);
      assert.match(v.problem!, new RegExp(`alert ${id} was confirmed by releaser2 according to the log, by releaser according to the table`));
      await rewriteEntry(t.svc.driver, await seqOf(t.svc.driver, 'alert.confirm', `alert:${id}`), (e) => {
        e.actor = 'releaser';
      }, stolenMacKey());
      assert.equal((await verifyAudit(t.svc.driver)).ok, true, 'put back, it agrees again');
    });

    it('roles raised in the table behind the log, and a key replaced, are found', async () => {
      await t.svc.driver.run('UPDATE service_users SET roles = ? WHERE name = ?', ['["auditor","admin"]', 'auditor']);
      assert.match((await verifyAudit(t.svc.driver)).problem ?? '', /the account "auditor" holds \[auditor, admin\] in the table, \[auditor\] according to the log/);
      await t.svc.driver.run('UPDATE service_users SET roles = ? WHERE name = ?', ['["auditor"]', 'auditor']);
      await t.svc.driver.run('UPDATE service_users SET key_hash = ? WHERE name = ?', [createHash('sha256').update('ik_known').digest('hex'), 'auditor']);
      assert.match((await verifyAudit(t.svc.driver)).problem ?? '', /the account "auditor"'s key in the table is not the key the log recorded/);
    });
  });
}

describe('security: audit checkpoint and verify on the command line', () => {
  const s = scratch('audit-sign');
  it('checkpoint appends a signed line (key created 0600); verify exits 0, then 2 naming the rewritten entry; bad files exit 1', async () => {
    const db = path.join(s.dir, 'a.sqlite');
    const out = path.join(s.dir, 'checkpoints.ndjson');
    assert.equal(s.cli(['users', 'add', 'ann', '--role', 'analyst', '--db', db, '--format', 'json']).code, 0);
    assert.equal(s.cli(['users', 'add', 'bob', '--role', 'auditor', '--db', db, '--format', 'json']).code, 0);
    const c = s.cli(['audit', 'checkpoint', '--db', db, '--out', out, '--format', 'json']);
    assert.equal(c.code, 0, c.stderr);
    const [line] = readCheckpoints(out);
    assert.deepEqual(Object.keys(line!).sort(), ['at', 'hash', 'keyId', 'macFrom', 'seq', 'signature']);
    assert.equal(line!.seq, 3, 'the baseline, then two accounts');
    assert.equal(statSync(path.join(s.dir, 'config', 'audit-signing-key.pem')).mode & 0o777, 0o600);
    const ok = s.cli(['audit', 'verify', '--db', db, '--checkpoints', out, '--format', 'json']);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout), { ok: true, entries: 3, checkpoints: 1 });
    // An empty checkpoint file (emptied, or the wrong one) vouches for nothing: exit 2, not "ok, 0 checkpoints" (review 17, R17-13).
    const empty = path.join(s.dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const none = s.cli(['audit', 'verify', '--db', db, '--checkpoints', empty, '--format', 'json']);
    assert.equal(none.code, 2, none.stdout + none.stderr);
    assert.match(none.stdout, /holds no checkpoint/);
    // Verifying needs only the public key.
    const pub = path.join(s.dir, 'public.pem');
    const { createPublicKey } = await import('node:crypto');
    writeFileSync(pub, createPublicKey(readFileSync(path.join(s.dir, 'config', 'audit-signing-key.pem'))).export({ type: 'spki', format: 'pem' }));
    assert.equal(s.cli(['audit', 'verify', '--db', db, '--checkpoints', out, '--public-key', pub, '--format', 'json']).code, 0);

    const { openSqliteDriver } = await import('../../src/store/sqlite-driver.ts');
    const driver = openSqliteDriver(db);
    await driver.run('UPDATE service_users SET roles = ? WHERE name = ?', ['["analyst","releaser"]', 'ann']);
    const digests = await digestsNow(driver, [{ table: 'service_users', key: ['ann'] }]);
    await rewriteEntry(driver, 2, (e) => {
      e.detail = { ...e.detail, roles: ['analyst', 'releaser'], rowDigests: digests };
    }, stolenMacKey());
    await driver.close();
    assert.equal(s.cli(['audit', 'verify', '--db', db, '--format', 'json']).code, 0, 'the rewritten chain and the tables agree');
    const bad = s.cli(['audit', 'verify', '--db', db, '--checkpoints', out, '--format', 'human']);
    assert.equal(bad.code, 2);
    assert.match(bad.stdout, /BROKEN at entry 3: checkpoint 1 \(entry 3, signed .*\): entry 3 is not the entry that was signed/);
    // A forged checkpoint line (its hash changed to the rewritten chain's) fails its signature.
    const forged = { ...line!, hash: 'f'.repeat(64) };
    appendCheckpoint(out, forged);
    assert.match(s.cli(['audit', 'verify', '--db', db, '--checkpoints', out, '--format', 'human']).stdout, /BROKEN/);
    writeFileSync(path.join(s.dir, 'junk.ndjson'), 'not json\n');
    const junk = s.cli(['audit', 'verify', '--db', db, '--checkpoints', path.join(s.dir, 'junk.ndjson'), '--format', 'json']);
    assert.equal(junk.code, 1);
    assert.match(junk.stderr, /AUDIT_CHECKPOINT/);
    // A head that contradicts a checkpoint already in the file is never signed (review 19, LOW-2): exit 2,
    // saying why, nothing appended.
    const before = readFileSync(out, 'utf8');
    const refuse = s.cli(['audit', 'checkpoint', '--db', db, '--out', out, '--format', 'json']);
    assert.equal(refuse.code, 2, refuse.stdout + refuse.stderr);
    assert.match(refuse.stdout, /checkpoint 1 \(entry 3, signed .*\): entry 3 is not the entry that was signed/);
    assert.equal(readFileSync(out, 'utf8'), before);
    // In a file of its own the rewritten chain, intact on its own, is signed: only the checkpoints tell.
    const fresh = s.cli(['audit', 'checkpoint', '--db', db, '--out', path.join(s.dir, 'fresh.ndjson'), '--format', 'json']);
    assert.equal(fresh.code, 0, fresh.stdout + fresh.stderr);
  });
});

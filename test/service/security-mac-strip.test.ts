// Second security review, H2: taking every MAC away switched the MAC check off. The MAC is not in the
// hash, so an owner (or whoever holds the SQLite file) set mac = NULL on every entry, the checkpoints
// still held, and an admin appended with no MAC passed `audit verify`, with and without --checkpoints.
// Now the entry from which MACs begin says so in its hashed content, and every signed checkpoint says
// from which entry MACs are in use: verify demands a valid MAC of every entry from there on.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { describe, it } from 'node:test';
import { entryHash, MAC_FROM } from '../../src/app/audit/audit-log.ts';
import { loadSigningKey } from '../../src/app/audit/audit-key.ts';
import { AUDIT_MAC_FROM_ENV } from '../../src/app/audit/mac-pin.ts';
import { readCheckpoints, takeCheckpoint } from '../../src/app/audit/checkpoints.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import type { SqlDriver } from '../../src/store/index.ts';
import { scratch } from '../support/cli-harness.ts';
import { tempEnvDir } from '../support/temp-env-dir.ts';
import { auth, startTestService, type TestBackend } from './harness.ts';
import { digestsNow, rewriteEntry, stolenMacKey, triggersOff } from './tamper.ts';

tempEnvDir('INTERDICT_CONFIG_DIR', 'mac-strip');

/** The review's attack: every MAC taken away (the hashes stay, so do the checkpoints). */
async function stripMacs(driver: SqlDriver): Promise<void> {
  await triggersOff(driver);
  await driver.run('UPDATE audit_log SET mac = NULL');
}

/** The review's forged admin: a row in service_users and its user.add entry, well chained, its row digest right, no MAC. */
async function appendForgedAdmin(driver: SqlDriver, name: string): Promise<number> {
  const now = new Date().toISOString();
  await driver.run(
    "INSERT INTO service_users (name, roles, key_hash, created_at, created_by, key_by, key_seen) VALUES (?, '[\"admin\"]', ?, ?, 'cli:root', 'cli:root', '[]')",
    [name, createHash('sha256').update(`ik_${name}`).digest('hex'), now],
  );
  const rowDigests = await digestsNow(driver, [{ table: 'service_users', key: [name] }]);
  const head = (await driver.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1'))[0]!;
  const e = {
    seq: Number(head.seq) + 1, at: now, actor: 'cli:root', action: 'user.add', target: `user:${name}`,
    detail: { keyBy: 'cli:root', keySeen: [], operator: true, roles: ['admin'], rowDigests }, prevHash: head.hash,
  };
  const hash = entryHash(e);
  await driver.run('INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)', [
    e.seq, e.at, e.actor, e.action, e.target, canonicalize(e.detail) ?? '{}', e.prevHash, hash,
  ]);
  await driver.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [e.seq, hash]);
  return e.seq;
}

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`security: MACs taken away (${backend})`, () => {
    it('a new chain says in its first entry that MACs begin there: stripped MACs and a forged admin fail verify, with and without checkpoints', async () => {
      const t = await startTestService(backend);
      try {
        const first = (await t.svc.driver.all<{ detail: string }>('SELECT detail FROM audit_log WHERE seq = 1'))[0]!;
        assert.equal((JSON.parse(first.detail) as Record<string, unknown>)[MAC_FROM], 1, 'the marker is in the hashed detail of entry 1');
        const key = loadSigningKey(true);
        const signed = await takeCheckpoint(t.svc.driver, key);
        assert.equal(signed.macFrom, 1);
        const cps = { checkpoints: [signed], keys: [key.publicKey] };
        assert.equal((await verifyAudit(t.svc.driver, cps)).ok, true);
        await stripMacs(t.svc.driver);
        const forged = await appendForgedAdmin(t.svc.driver, 'evil');
        assert.ok(forged > signed.seq);
        const plain = await verifyAudit(t.svc.driver);
        assert.equal(plain.ok, false);
        assert.equal(plain.firstBad, 1);
        assert.match(plain.problem!, /entry 1 carries no MAC, though entry 1 says in its hashed content that every entry from it on carries a MAC/);
        const v = await verifyAudit(t.svc.driver, cps);
        assert.equal(v.ok, false);
        assert.equal(v.firstBad, 1);
        assert.match(v.problem!, /entry 1 carries no MAC/);
        // Nor is the stripped chain signed.
        await assert.rejects(takeCheckpoint(t.svc.driver, key), /does not verify, so it is not signed: entry 1: entry 1 carries no MAC/);
      } finally {
        await t.close();
      }
    });

    it('a chain with MACs but no marker (written before it): the signed checkpoint\'s macFrom catches the stripped MACs and the forged admin', async () => {
      const t = await startTestService(backend);
      try {
        assert.equal((await t.app.inject({ method: 'POST', url: '/v1/users', headers: auth(t.keys.admin!), payload: { name: 'aud2', roles: ['auditor'] } })).statusCode, 201);
        // The marker taken out of entry 1, every hash and MAC made again: a chain as MACs first wrote them.
        await rewriteEntry(t.svc.driver, 1, (e) => {
          delete e.detail[MAC_FROM];
        }, stolenMacKey());
        assert.equal((await verifyAudit(t.svc.driver)).ok, true);
        const key = loadSigningKey(true);
        const signed = await takeCheckpoint(t.svc.driver, key);
        assert.equal(signed.macFrom, 1, 'the first entry with a MAC');
        await stripMacs(t.svc.driver);
        const forged = await appendForgedAdmin(t.svc.driver, 'evil');
        const v = await verifyAudit(t.svc.driver, { checkpoints: [signed], keys: [key.publicKey] });
        assert.equal(v.ok, false);
        assert.equal(v.firstBad, 1);
        assert.match(v.problem!, /entry 1 carries no MAC, though checkpoint 1 \(entry \d+, signed .*\) says every entry from 1 on carries a MAC/);
        // Only the forged entry without a MAC (the others put back): named by the checkpoint's macFrom.
        const k = stolenMacKey();
        const { entryMac } = await import('../../src/app/audit/audit-mac.ts');
        for (const r of await t.svc.driver.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_log WHERE seq < ?', [forged])) {
          await t.svc.driver.run('UPDATE audit_log SET mac = ? WHERE seq = ?', [entryMac(k, r.hash), Number(r.seq)]);
        }
        const v2 = await verifyAudit(t.svc.driver, { checkpoints: [signed], keys: [key.publicKey] });
        assert.equal(v2.ok, false);
        assert.equal(v2.firstBad, forged);
        assert.match(v2.problem!, new RegExp(`entry ${forged} carries no MAC`));
      } finally {
        await t.close();
      }
    });

    it('a chain from before MACs still verifies; the first entry written after it carries the marker, and MACs are demanded from there', async () => {
      const t = await startTestService(backend);
      try {
        // A chain as written before MACs: no marker, no MAC on any entry.
        await rewriteEntry(t.svc.driver, 1, (e) => {
          delete e.detail[MAC_FROM];
        });
        await t.svc.driver.run('UPDATE audit_log SET mac = NULL');
        // Such a chain verifies only where the operator names, outside the database, the entry MACs begin with.
        const unpinned = await verifyAudit(t.svc.driver);
        assert.equal(unpinned.ok, false);
        assert.equal(unpinned.firstBad, 1);
        const last = (await t.svc.driver.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'))[0]!;
        process.env[AUDIT_MAC_FROM_ENV] = String(Number(last.seq) + 1);
        const legacy = await verifyAudit(t.svc.driver);
        assert.equal(legacy.ok, true, legacy.problem);
        const key = loadSigningKey(true);
        const old = await takeCheckpoint(t.svc.driver, key);
        assert.equal(old.macFrom, old.seq + 1, 'none yet: from the next entry on');
        assert.equal((await t.app.inject({ method: 'POST', url: '/v1/users', headers: auth(t.keys.admin!), payload: { name: 'aud3', roles: ['auditor'] } })).statusCode, 201);
        const next = (await t.svc.driver.all<{ seq: unknown; detail: string; mac: string | null }>('SELECT seq, detail, mac FROM audit_log ORDER BY seq DESC LIMIT 1'))[0]!;
        assert.equal((JSON.parse(next.detail) as Record<string, unknown>)[MAC_FROM], Number(next.seq));
        assert.ok(next.mac);
        const cps = { checkpoints: [old], keys: [key.publicKey] };
        assert.equal((await verifyAudit(t.svc.driver, cps)).ok, true);
        await t.svc.driver.run('UPDATE audit_log SET mac = NULL WHERE seq = ?', [Number(next.seq)]);
        const v = await verifyAudit(t.svc.driver);
        assert.equal(v.ok, false);
        assert.equal(v.firstBad, Number(next.seq));
        const w = await verifyAudit(t.svc.driver, cps);
        assert.equal(w.firstBad, Number(next.seq));
        assert.match(w.problem!, /carries no MAC/);
      } finally {
        delete process.env[AUDIT_MAC_FROM_ENV];
        await t.close();
      }
    });
  });
}

describe('security: MACs taken away, on the command line (the review\'s SQLite reproduction)', () => {
  const s = scratch('mac-strip');
  it('checkpoint, strip every MAC, append an admin: verify --checkpoints exits 2 naming the entry; checkpoint refuses to sign', async () => {
    const db = path.join(s.dir, 'a.sqlite');
    const out = path.join(s.dir, 'checkpoints.ndjson');
    assert.equal(s.cli(['users', 'add', 'ann', '--role', 'analyst', '--db', db, '--format', 'json']).code, 0);
    assert.equal(s.cli(['audit', 'checkpoint', '--db', db, '--out', out, '--format', 'json']).code, 0);
    assert.equal(readCheckpoints(out)[0]!.macFrom, 1);
    const { openSqliteDriver } = await import('../../src/store/sqlite-driver.ts');
    const driver = openSqliteDriver(db);
    await stripMacs(driver);
    const forged = await appendForgedAdmin(driver, 'evil');
    await driver.close();
    const bad = s.cli(['audit', 'verify', '--db', db, '--checkpoints', out, '--format', 'human']);
    assert.equal(bad.code, 2, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /BROKEN at entry 1: entry 1 carries no MAC/);
    const refused = s.cli(['audit', 'checkpoint', '--db', db, '--out', out, '--format', 'json']);
    assert.equal(refused.code, 2);
    assert.equal(readCheckpoints(out).length, 1, 'nothing signed');
    assert.ok(forged > 2);
  });
});

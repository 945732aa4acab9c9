// The audit log: the database refuses UPDATE and DELETE; an entry altered behind the triggers' back is
// found by verify (HTTP and CLI, exit 2), naming the first bad entry.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { appendAudit } from '../../src/app/audit/audit-log.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { scratch } from '../support/cli-harness.ts';
import { auth, startTestService, type TestBackend, type TestService } from './harness.ts';

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`service: audit log (${backend})`, () => {
    let t: TestService;
    before(async () => {
      t = await startTestService(backend);
      // A few changes through the API, so the chain has entries of several kinds.
      await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [{ id: 's1', name: 'PAK YONG SIK' }] });
      await t.app.inject({ method: 'POST', url: '/v1/ledger/deliveries', headers: auth(t.keys.reporterCN!), payload: { commodity: 'refined-petroleum', state: 'CN', date: '2018-02-01', barrels: 1000, ref: 'r1' } });
    });
    after(() => t.close());

    it('the chain verifies and each entry links to the one before', async () => {
      const v = await t.app.inject({ method: 'GET', url: '/v1/audit/verify', headers: auth(t.keys.auditor!) });
      assert.deepEqual(v.json(), { ok: true, entries: v.json().entries });
      const entries = (await t.app.inject({ method: 'GET', url: '/v1/audit?order=asc&limit=500', headers: auth(t.keys.auditor!) })).json().items;
      assert.ok(entries.some((e: { action: string }) => e.action === 'delivery.record'));
      for (let i = 1; i < entries.length; i++) assert.equal(entries[i].prevHash, entries[i - 1].hash);
      assert.deepEqual(Object.keys(entries[0]).sort(), ['action', 'actor', 'at', 'detail', 'hash', 'prevHash', 'seq', 'target']);
    });

    it('UPDATE, DELETE (and on PostgreSQL TRUNCATE) are refused by the database', async () => {
      await assert.rejects(t.svc.driver.run(`UPDATE audit_log SET actor = 'mallory' WHERE seq = 2`), /append-only/);
      await assert.rejects(t.svc.driver.run('DELETE FROM audit_log WHERE seq = 2'), /append-only/);
      if (backend !== 'sqlite') await assert.rejects(t.svc.driver.run('TRUNCATE audit_log'), /append-only/);
      assert.equal((await verifyAudit(t.svc.driver)).ok, true);
    });

    it('concurrent appends never fork the chain', async () => {
      await Promise.all(Array.from({ length: 20 }, (_, i) =>
        t.svc.driver.transaction((tx) => appendAudit(tx, { actor: 'test', action: 'test.append', target: `t:${i}`, detail: { i } }))));
      assert.equal((await verifyAudit(t.svc.driver)).ok, true);
    });

    it('an entry altered behind the triggers is named by verify', async () => {
      if (backend === 'sqlite') {
        await t.svc.driver.run('DROP TRIGGER audit_log_no_update');
      } else {
        await t.svc.driver.run('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
      }
      await t.svc.driver.run(`UPDATE audit_log SET detail = '{"roles":["admin"]}' WHERE seq = 3`);
      const v = await t.app.inject({ method: 'GET', url: '/v1/audit/verify', headers: auth(t.keys.admin!) });
      assert.equal(v.json().ok, false);
      assert.equal(v.json().firstBad, 3);
      assert.match(v.json().problem, /entry 3/);
    });
  });
}

describe('service: audit verify on the command line', () => {
  const s = scratch('audit');
  it('exits 0 on an intact log and 2 on a tampered one, naming the entry', async () => {
    const db = `${s.dir}/a.sqlite`;
    assert.equal(s.cli(['users', 'add', 'ann', '--role', 'analyst', '--db', db, '--format', 'json']).code, 0);
    assert.equal(s.cli(['users', 'add', 'rob', '--role', 'reporter', '--state', 'RU', '--db', db, '--format', 'json']).code, 0);
    const ok = s.cli(['audit', 'verify', '--db', db, '--format', 'json']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout), { ok: true, entries: 3 }, 'the baseline and two accounts');
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db);
    assert.throws(() => raw.prepare('DELETE FROM audit_log WHERE seq = 1').run(), /append-only/);
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE seq = 1').run();
    raw.close();
    const bad = s.cli(['audit', 'verify', '--db', db, '--format', 'human']);
    assert.equal(bad.code, 2);
    assert.match(bad.stdout, /BROKEN at entry 1/);
  });

  it('a database only the ledger commands wrote holds no log: said in words, still not intact (exit 2)', () => {
    const db = `${s.dir}/ledger-only.sqlite`;
    assert.equal(s.cli(['ledger', 'record', '--db', db, '--state', 'CN', '--commodity', 'refined-petroleum', '--date', '2018-01-03', '--barrels', '5', '--ref', 'a', '--format', 'json']).code, 0);
    const r = s.cli(['audit', 'verify', '--db', db, '--format', 'json']);
    assert.equal(r.code, 2);
    const out = JSON.parse(r.stdout) as { ok: boolean; problem: string; firstBad?: number };
    assert.equal(out.ok, false);
    assert.equal(out.firstBad, undefined);
    assert.match(out.problem, /holds no audit log: the service has never opened it/);
  });
});

// The audit log's head row set back in the database (to an earlier entry, or to the start): the next
// change is refused as AUDIT_TAMPERED (409 / exit 1, the head named), not a database error, and nothing
// is stored; verify names the break.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { GENESIS_HASH } from '../../src/app/service/service-migrations.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { scratch } from '../support/cli-harness.ts';
import { auth, suiteService } from './harness.ts';

describe('security: the audit head set back', () => {
  const t = suiteService('sqlite');

  for (const [label, head] of [['to an earlier entry', 'earlier'], ['to the start', 'genesis']] as const) {
    it(`${label}: a change answers 409 AUDIT_TAMPERED, nothing is stored; put back, changes go on`, async () => {
      const d = t.svc.driver;
      const saved = (await d.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1'))[0]!;
      const first = (await d.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_log WHERE seq = 1'))[0]!;
      const [seq, hash] = head === 'earlier' ? [Number(first.seq), first.hash] : [0, GENESIS_HASH];
      await d.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [seq, hash]);
      const subjects = async () => Number((await d.all<{ n: unknown }>('SELECT COUNT(*) AS n FROM subjects'))[0]!.n);
      const before = await subjects();
      const r = await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [{ id: `head-${head}`, name: 'JOHN SMITH' }] });
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      assert.match(r.json().error.message, /head names entry \d+/);
      assert.equal(await subjects(), before, 'nothing stored');
      assert.equal((await verifyAudit(d)).ok, false, 'verify names the break');
      await d.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [Number(saved.seq), saved.hash]);
      const again = await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [{ id: `head-${head}`, name: 'JOHN SMITH' }] });
      assert.equal(again.statusCode, 200, again.body);
      assert.equal((await verifyAudit(d)).ok, true);
    });
  }

  it('the command line: a change on a database whose head was set back exits 1 naming AUDIT_TAMPERED', () => {
    const s = scratch('audit-head');
    const db = path.join(s.dir, 'head.sqlite');
    assert.equal(s.cli(['users', 'add', 'one', '--role', 'auditor', '--db', db, '--format', 'json']).code, 0);
    assert.equal(s.cli(['users', 'add', 'two', '--role', 'auditor', '--db', db, '--format', 'json']).code, 0);
    const raw = new Database(db);
    const first = raw.prepare('SELECT seq, hash FROM audit_log WHERE seq = 1').get() as { seq: number; hash: string };
    raw.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(first.seq, first.hash);
    raw.close();
    const r = s.cli(['users', 'add', 'three', '--role', 'auditor', '--db', db, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /AUDIT_TAMPERED/);
    assert.match(r.stderr, /head names entry 1/);
  });
});

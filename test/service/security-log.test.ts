// Second security review, H2 and H3: the database's own users against the audit log. A row changed
// without an entry (an alert's decision, an account's key, a subject, a list, a suppression) and an
// entry appended with a correct chain but without the deployment's secret were both missed by verify
// before; an entry that breaks the rules of its time (a proposer confirming itself) is flagged too.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import canonicalize from 'canonicalize';
import { describe, it } from 'node:test';
import { appendAudit, entryHash } from '../../src/app/audit/audit-log.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import type { SqlDriver } from '../../src/store/index.ts';
import path from 'node:path';
import { projectRoot } from './server-process.ts';
import { auth, startTestService, suiteService, type TestBackend, type TestService } from './harness.ts';

async function proposedAlert(t: TestService, subject: string): Promise<number> {
  const s = await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [{ id: subject, name: 'PAK YONG SIK', type: 'person' }] });
  const id = (s.json() as { subjects: { alerts: number[] }[] }).subjects[0]!.alerts[0]!;
  assert.equal((await t.app.inject({ method: 'POST', url: `/v1/alerts/${id}/decision`, headers: auth(t.keys.analyst!), payload: { disposition: 'false-positive', note: 'not him' } })).statusCode, 200);
  return id;
}

/** Append an entry as a database user can: correctly chained, the head moved, no secret. */
async function forgeEntry(driver: SqlDriver, entry: { actor: string; action: string; target: string; detail: Record<string, unknown> }, mac: string | null): Promise<void> {
  const head = (await driver.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1'))[0]!;
  const e = { seq: Number(head.seq) + 1, at: new Date().toISOString(), ...entry, prevHash: head.hash };
  const hash = entryHash(e);
  await driver.run('INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    e.seq, e.at, e.actor, e.action, e.target, canonicalize(e.detail) ?? '{}', e.prevHash, hash, mac === null ? null : createHmac('sha256', mac).update(`audit-entry\n${hash}`).digest('hex'),
  ]);
  await driver.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [e.seq, hash]);
}

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`security: rows and entries a database user writes (${backend})`, () => {
    const t = suiteService(backend);

    it('every audited row changed directly, without an entry, is named by verify; put back, verify holds again', async () => {
      const id = await proposedAlert(t, `rows-${backend}`);
      assert.equal((await t.app.inject({ method: 'POST', url: `/v1/alerts/${id}/confirm`, headers: auth(t.keys.releaser!), payload: { disposition: 'false-positive' } })).statusCode, 200);
      const before0 = await verifyAudit(t.svc.driver);
      assert.equal(before0.ok, true, before0.problem);
      const d = t.svc.driver;
      const cases: { what: string; row: RegExp; change: () => Promise<unknown>; undo: () => Promise<unknown> }[] = [
        { what: "an alert's note", row: new RegExp(`alerts:${id}\\b`), change: () => d.run('UPDATE alerts SET note = ? WHERE id = ?', ['edited', id]), undo: () => d.run('UPDATE alerts SET note = ? WHERE id = ?', ['not him', id]) },
        { what: "an account's State", row: /service_users:reporterCN/, change: () => d.run("UPDATE service_users SET state = 'RU' WHERE name = 'reporterCN'"), undo: () => d.run("UPDATE service_users SET state = 'CN' WHERE name = 'reporterCN'") },
        { what: "a subject's name", row: new RegExp(`subjects:rows-${backend}`), change: () => d.run("UPDATE subjects SET name = 'SOMEONE ELSE' WHERE id = ?", [`rows-${backend}`]), undo: () => d.run("UPDATE subjects SET name = 'PAK YONG SIK' WHERE id = ?", [`rows-${backend}`]) },
        { what: "a suppression's expiry", row: /suppressions:/, change: () => d.run("UPDATE suppressions SET expires = '2099-01-01'"), undo: () => d.run('UPDATE suppressions SET expires = NULL') },
        { what: "the list's version", row: /un_lists:1\b/, change: () => d.run("UPDATE un_lists SET version = 'x' WHERE id = 1"), undo: async () => d.run('UPDATE un_lists SET version = ? WHERE id = 1', [before1]) },
        {
          what: 'a subject inserted', row: /subjects:ghost/,
          change: () => d.run("INSERT INTO subjects (id, name, fingerprint, created_at, updated_at) VALUES ('ghost', 'X', 'f', 'now', 'now')"), undo: () => d.run("DELETE FROM subjects WHERE id = 'ghost'"),
        },
      ];
      const before1 = (await d.all<{ version: string }>('SELECT version FROM un_lists WHERE id = 1'))[0]!.version;
      for (const c of cases) {
        await c.change();
        const v = await verifyAudit(d);
        assert.equal(v.ok, false, c.what);
        assert.match(v.problem ?? '', c.row, c.what);
        assert.match(v.problem ?? '', /not through Interdict/, c.what);
        await c.undo();
        const again = await verifyAudit(d);
        assert.equal(again.ok, true, `${c.what} put back: ${again.problem}`);
      }
    });

    if (backend === 'sqlite') {
      it('a vessel list import is logged with its rows; a designated vessel renamed in the database is named by verify', async () => {
        const { importVessels } = await import('../../src/app/vessel-list.ts');
        await importVessels(path.join(projectRoot, 'examples', '1718-vessels-sample.csv'), t.dbFile!);
        const v = await verifyAudit(t.svc.driver);
        assert.equal(v.ok, true, v.problem);
        const [row] = await t.svc.driver.all<{ imo: string; name: string }>('SELECT imo, name FROM designated_vessels LIMIT 1');
        await t.svc.driver.run('UPDATE designated_vessels SET name = ? WHERE imo = ?', ['RENAMED', row!.imo]);
        const bad = await verifyAudit(t.svc.driver);
        assert.equal(bad.ok, false);
        assert.match(bad.problem ?? '', new RegExp(`designated_vessels:\\d+/${row!.imo}.*not through Interdict`));
        await t.svc.driver.run('UPDATE designated_vessels SET name = ? WHERE imo = ?', [row!.name, row!.imo]);
      });
    }

    it('an entry appended with a correct chain but no MAC, or a MAC under another key, is refused by verify', async () => {
      await forgeEntry(t.svc.driver, { actor: 'admin', action: 'user.revoke', target: 'user:auditor', detail: {} }, null);
      const v = await verifyAudit(t.svc.driver);
      assert.equal(v.ok, false);
      assert.match(v.problem ?? '', /carries no MAC: it was not written by Interdict/);
    });

    it('an entry breaking the rules of its time (the proposer confirming its own decision) is flagged', async () => {
      const fresh = await startTestService(backend);
      try {
        const id = await proposedAlert(fresh, `rule-${backend}`);
        // Written with the deployment's key (a bug, or someone holding the key and the database): the chain
        // and MAC hold, the rule does not.
        await fresh.svc.driver.transaction((tx) => appendAudit(tx, { actor: 'analyst', action: 'alert.confirm', target: `alert:${id}`, detail: { disposition: 'false-positive', proposedBy: 'analyst' } }));
        const v = await verifyAudit(fresh.svc.driver);
        assert.equal(v.ok, false);
        assert.match(v.problem ?? '', /alert\.confirm by analyst\) breaks a rule: analyst was not a live releaser then/);
      } finally {
        await fresh.close();
      }
    });

    it('a forged entry with a MAC under a key other than the deployment\'s is refused', async () => {
      const fresh = await startTestService(backend);
      try {
        await forgeEntry(fresh.svc.driver, { actor: 'admin', action: 'user.revoke', target: 'user:auditor', detail: {} }, 'k'.repeat(40));
        const v = await verifyAudit(fresh.svc.driver);
        assert.equal(v.ok, false);
        assert.match(v.problem ?? '', /MAC does not match/);
      } finally {
        await fresh.close();
      }
    });
  });
}

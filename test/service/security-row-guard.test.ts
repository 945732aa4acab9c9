// A row changed in the database directly is never trusted, so the service's next entry cannot launder it:
// a planted key hash signs no one in and cannot be rotated into a clean one, raised roles grant nothing,
// an alert's lowered band cannot be decided, and `audit verify` goes on naming the change. (The second
// security review's reproductions, with the service's own database role's powers: the tables, not the log.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { subjectFingerprint } from '../../src/app/subjects/subjects.ts';
import { parseVesselList } from '../../src/ships/vessel-list-csv.ts';
import { storeVesselList } from '../../src/app/import-vessels.ts';
import { addAccount, hashKey } from '../../src/app/accounts/accounts.ts';
import { BASELINE_TARGET, ensureAuditBaseline } from '../../src/app/audit/audit-baseline.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { rowDigest } from '../../src/app/audit/audit-rows.ts';
import { tempEnvDir } from '../support/temp-env-dir.ts';
import { bundledListXml, olderListXml } from './fixtures.ts';
import { alertForSubject, auth, suiteService, type TestBackend } from './harness.ts';
import { forgeEntry, putBack } from './tamper.ts';
import { ListCache } from '../../src/app/lists/list-store.ts';
import { appendAudit } from '../../src/app/audit/audit-log.ts';
import { recordedProposerKeySeen } from '../../src/app/accounts/key-holders.ts';

tempEnvDir('INTERDICT_CONFIG_DIR', 'audit-key');

const PLANTED = 'planted-key-0123456789abcdef0123456789abcdef';

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`security: rows changed outside Interdict are not trusted (${backend})`, () => {
    const t = suiteService(backend);
    const call = (method: 'GET' | 'POST', url: string, key: string, payload?: object) => t.app.inject({ method, url, headers: auth(key), payload });
    // Any change Interdict logs (here a sign-in) makes check read the ledger and the vessels list again.
    const moveTheLog = async (): Promise<void> => {
      const r = await t.app.inject({ method: 'POST', url: '/session', payload: `key=${t.keys.auditor}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(r.statusCode, 303);
    };
    /** POST /v1/check of `tx` once the log has moved (the sources read again and held). */
    const checkOnceTheLogMoves = async (tx: object) => {
      await moveTheLog();
      return call('POST', '/v1/check', t.keys.analyst!, tx);
    };

    it('a planted key hash signs no one in, cannot be rotated into a clean key, and verify keeps naming it', async () => {
      await t.svc.driver.run('UPDATE service_users SET key_hash = ? WHERE name = ?', [hashKey(PLANTED), 'analyst2']);
      const r = await call('GET', '/v1/alerts', PLANTED);
      assert.equal(r.statusCode, 401, r.body);
      assert.match(r.json().error.message, /changed in the database outside Interdict/);
      assert.equal((await call('POST', '/v1/users/me/key', PLANTED, {})).statusCode, 401, 'no rotation launders it');
      const signIn = (key: string) => t.app.inject({ method: 'POST', url: '/session', payload: `key=${key}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.ok((await signIn(t.keys.analyst!)).headers['set-cookie'], 'a trusted key opens a session');
      assert.equal((await signIn(PLANTED)).headers['set-cookie'], undefined, 'the planted one does not');
      const v = await verifyAudit(t.svc.driver);
      assert.equal(v.ok, false);
      assert.match(v.problem ?? '', /analyst2/);
    });

    it('roles raised in the table grant nothing: the account is refused until the table is what the log says', async () => {
      const before = await call('GET', '/v1/alerts', t.keys.releaser2!);
      assert.equal(before.statusCode, 200);
      await t.svc.driver.run('UPDATE service_users SET roles = ? WHERE name = ?', [JSON.stringify(['admin']), 'auditor']);
      const r = await call('GET', '/v1/users', t.keys.auditor!);
      assert.equal(r.statusCode, 401, r.body);
      await t.svc.driver.run('UPDATE service_users SET roles = ? WHERE name = ?', [JSON.stringify(['auditor']), 'auditor']);
      assert.equal((await call('GET', '/v1/audit?limit=1', t.keys.auditor!)).statusCode, 200, 'restored: trusted again');
    });

    it('an alert whose band was lowered in the table cannot be decided, so the decision cannot launder it', async () => {
      const id = await alertForSubject(t, `rg-${backend}`);
      await t.svc.driver.run("UPDATE alerts SET band = 'possible', score = 0.55 WHERE id = ?", [id]);
      const r = await call('POST', `/v1/alerts/${id}/decision`, t.keys.analyst!, { disposition: 'false-positive', note: 'only a possible match' });
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      const a = await call('GET', `/v1/alerts/${id}`, t.keys.releaser!);
      assert.equal(a.json().status, 'open', 'nothing was changed');
      const v = await verifyAudit(t.svc.driver);
      assert.equal(v.ok, false);
    });

    it('an admin (or anyone) removing a subject leaves its match alert in the queue for four eyes', async () => {
      const id = await alertForSubject(t, `rm-${backend}`);
      const r = await t.app.inject({ method: 'DELETE', url: `/v1/subjects/rm-${backend}`, headers: auth(t.keys.admin!) });
      assert.equal(r.statusCode, 200, r.body);
      assert.deepEqual(r.json().alertsOpen, [id]);
      assert.equal((await call('GET', `/v1/alerts/${id}`, t.keys.releaser!)).json().status, 'open');
    });
    it('a forged "older" baseline entry does not make the next start take every row as it is (a planted key with it)', async () => {
      await t.svc.driver.run('UPDATE service_users SET key_hash = ? WHERE name = ?', [hashKey(`${PLANTED}-b`), 'reporterRU']);
      await forgeEntry(t.svc.driver, { actor: 'cli:x', action: 'audit.baseline', target: BASELINE_TARGET, detail: { digests: 1, rows: 0 } });
      assert.equal(await ensureAuditBaseline(t.svc.driver, 'cli:operator'), false, 'no new baseline: the forged entry is not Interdict\'s');
      assert.equal((await call('GET', '/v1/ledger/status?commodity=refined-petroleum', `${PLANTED}-b`)).statusCode, 401);
    });

    it('a forged entry about an account neither vouches for it nor locks it out', async () => {
      const before = await call('GET', '/v1/alerts', t.keys.releaser!);
      assert.equal(before.statusCode, 200);
      await forgeEntry(t.svc.driver, { actor: 'cli:x', action: 'user.roles', target: 'user:releaser', detail: { roles: ['releaser'], rowDigests: { 'service_users:releaser': 'f'.repeat(64) } } });
      await new Promise((r) => setTimeout(r, 600)); // past the key cache
      assert.equal((await call('GET', '/v1/alerts', t.keys.releaser!)).statusCode, 200, 'the genuine entry before it still counts');
    });

    it('an entry forged at seq 0 or below (before the first with a MAC) is refused by the database, and where it got in, trusted for nothing', async () => {
      const planted = { actor: 'cli:x', action: 'user.add', target: 'user:mallory', detail: { roles: ['admin'] } };
      await assert.rejects(forgeEntry(t.svc.driver, planted, { seq: 0 }), /numbered from 1|audit_log_seq_from_one/);
      // The constraint gone (the database's owner), the run-time check still holds.
      if (t.svc.driver.dialect === 'sqlite') await t.svc.driver.run('DROP TRIGGER audit_log_seq_from_one');
      else await t.svc.driver.run('ALTER TABLE audit_log DROP CONSTRAINT audit_log_seq_from_one');
      await t.svc.driver.run('INSERT INTO service_users (name, roles, key_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)', ['mallory', '["admin"]', hashKey(`${PLANTED}-m`), new Date().toISOString(), 'cli:x']);
      const row = (await t.svc.driver.all<Record<string, unknown>>("SELECT * FROM service_users WHERE name = 'mallory'"))[0]!;
      await forgeEntry(t.svc.driver, { ...planted, detail: { roles: ['admin'], rowDigests: { 'service_users:mallory': rowDigest('service_users', row) } } }, { seq: -5 });
      assert.equal((await call('GET', '/v1/users', `${PLANTED}-m`)).statusCode, 401, 'the forged entry vouches for nothing');
      const v = await verifyAudit(t.svc.driver);
      assert.equal(v.ok, false);
      assert.match(v.problem ?? '', /entry -5 is numbered before the chain's first entry/);
    });

    it('four eyes reads who held the proposer\'s key only as the log recorded it: key_seen changed in the table is 409, a forged proposal entry is passed over', async () => {
      const id = await alertForSubject(t, `ks-${backend}`);
      assert.equal((await call('POST', `/v1/alerts/${id}/decision`, t.keys.analyst!, { disposition: 'false-positive', note: 'another person' })).statusCode, 200);
      const seen = (await t.svc.driver.all<{ key_seen: string }>("SELECT key_seen FROM service_users WHERE name = 'analyst'"))[0]!.key_seen;
      await t.svc.driver.run('UPDATE service_users SET key_seen = ? WHERE name = ?', ['["someone"]', 'analyst']);
      const r = await call('POST', `/v1/alerts/${id}/confirm`, t.keys.releaser!, { disposition: 'false-positive' });
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      await t.svc.driver.run('UPDATE service_users SET key_seen = ? WHERE name = ?', [seen, 'analyst']);
      // A forged newer proposal entry (no MAC) says something else of the key's holders: it is not read.
      await forgeEntry(t.svc.driver, { actor: 'analyst', action: 'alert.decide', target: `alert:${id}`, detail: { proposerKeySeen: ['forged'] } });
      assert.deepEqual(await recordedProposerKeySeen(t.svc.driver, `alert:${id}`, ['alert.decide']), [], 'the genuine proposal\'s holders');
    });

    it('alert rows planted ahead of a match (at the next ids, or with its content) never pass it over in silence', async () => {
      const first = await alertForSubject(t, `pa-${backend}`);
      const row = (await t.svc.driver.all<Record<string, unknown>>('SELECT * FROM alerts WHERE id = ?', [first]))[0]!;
      // An undecided row with the next subject's content: "it exists already" is not taken from it.
      const subject = { id: `pb-${backend}`, name: 'PAK YONG SIK', type: 'person' as const };
      await putBack(t.svc.driver, 'alerts', { ...row, id: Number(row.id) + 100, subject_id: subject.id, subject_fp: subjectFingerprint(subject) });
      const r = await call('POST', '/v1/subjects', t.keys.analyst!, [subject]);
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      await t.svc.driver.run('DELETE FROM alerts WHERE id > ?', [first]);
      // Rows at the next ids: the match's alert opens at the next free id (SQLite), or the import is refused (PostgreSQL's sequence), never dropped.
      for (let i = 1; i <= 20; i++) await putBack(t.svc.driver, 'alerts', { ...row, id: Number(row.id) + i, subject_id: `other-${i}` });
      const next = await call('POST', '/v1/subjects', t.keys.analyst!, [{ ...subject, id: `pc-${backend}` }]);
      if (next.statusCode === 200) assert.equal(next.json().subjects[0].alerts.length, 1, next.body);
      else assert.equal(next.json().error.code, 'AUDIT_TAMPERED', next.body);
      await t.svc.driver.run('DELETE FROM alerts WHERE id > ? AND subject_id LIKE ?', [first, 'other-%']);
      const again = await call('POST', '/v1/subjects', t.keys.analyst!, [subject]);
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.json().subjects[0].alerts.length, 1, 'the planted rows gone, the match opens its alert');
    });

    it('a forged list row is never screened against, and nothing of it stays once it is gone', async () => {
      const genuine = await t.svc.lists.current(t.svc.driver);
      await t.svc.driver.run(`INSERT INTO un_lists (version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by)
        SELECT 'forged', sha256, date_generated, source, xml_gz, records, 0, 0, 0, 0, 0, loaded_at, 'forger' FROM un_lists WHERE id = ?`, [genuine.rowId]);
      await assert.rejects(t.svc.lists.current(t.svc.driver), (e: { code?: string }) => e.code === 'AUDIT_TAMPERED');
      await t.svc.driver.run("DELETE FROM un_lists WHERE version = 'forged'");
      assert.equal((await t.svc.lists.current(t.svc.driver)).rowId, genuine.rowId);
    });

    it('a waiting list update swapped in the table is refused at confirmation; the list in use stays', async () => {
      const inUse = (await call('GET', '/v1/list', t.keys.auditor!)).json().version.id as string;
      const r = await t.app.inject({ method: 'POST', url: '/v1/lists', headers: { ...auth(t.keys.admin!), 'content-type': 'application/xml' }, payload: olderListXml() });
      assert.equal(r.statusCode, 202, r.body);
      const id = r.json().pending.id as number;
      const other = gzipSync(Buffer.from(bundledListXml().toString('utf8').replace(/<INDIVIDUAL>[\s\S]*?<\/INDIVIDUAL>/, ''))).toString('base64');
      await t.svc.driver.run('UPDATE pending_lists SET xml_gz = ? WHERE id = ?', [other, id]);
      const b = (await addAccount(t.svc.driver, { name: `admin-b-${backend}`, roles: ['admin'] }, { actor: 'cli:operator', operator: true })).key;
      const c = await call('POST', `/v1/lists/pending/${id}/confirm`, b);
      assert.equal(c.statusCode, 409, c.body);
      assert.equal(c.json().error.code, 'AUDIT_TAMPERED');
      assert.equal((await call('GET', '/v1/list', t.keys.auditor!)).json().version.id, inUse);
      // It cannot be confirmed, but it can be cleared: withdrawn, unapplied, by any admin (the one who asked too).
      const w = await call('POST', `/v1/lists/pending/${id}/withdraw`, t.keys.admin!);
      assert.equal(w.statusCode, 200, w.body);
      assert.equal(w.json().withdrawn.id, id);
      assert.deepEqual((await call('GET', '/v1/lists/pending', b)).json().pending.filter((p: { id: number }) => p.id === id), []);
      assert.equal((await call('POST', `/v1/lists/pending/${id}/withdraw`, b)).statusCode, 404, 'withdrawn once');
      const log = (await call('GET', `/v1/audit?target=list-pending:${id}&order=asc`, t.keys.auditor!)).json().items as { action: string }[];
      assert.deepEqual(log.map((e) => e.action), ['list.propose', 'list.withdraw']);
      assert.equal((await call('GET', '/v1/list', t.keys.auditor!)).json().version.id, inUse);
    });

    it('a subject renamed in the table cannot be removed, so its removal does not launder the name', async () => {
      await alertForSubject(t, `rn-${backend}`);
      await t.svc.driver.run('UPDATE subjects SET name = ? WHERE id = ?', ['SOMEONE ELSE', `rn-${backend}`]);
      const r = await t.app.inject({ method: 'DELETE', url: `/v1/subjects/rn-${backend}`, headers: auth(t.keys.analyst!) });
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      await t.svc.driver.run('UPDATE subjects SET name = ? WHERE id = ?', ['PAK YONG SIK', `rn-${backend}`]);
    });

    it('a customer renamed in the table before a list update is not screened under the new name: the update is refused (409) until it is put back', async () => {
      await alertForSubject(t, `ls-${backend}`);
      await t.svc.driver.run('UPDATE subjects SET name = ? WHERE id = ?', ['SOMEONE ELSE', `ls-${backend}`]);
      const asked = await t.app.inject({ method: 'POST', url: '/v1/lists', headers: { ...auth(t.keys.admin!), 'content-type': 'application/xml' }, payload: olderListXml() });
      assert.equal(asked.statusCode, 202, asked.body);
      const id = asked.json().pending.id as number;
      const inUse = (await call('GET', '/v1/list', t.keys.auditor!)).json().version.id as string;
      const b = (await addAccount(t.svc.driver, { name: `admin-ls-${backend}`, roles: ['admin'] }, { actor: 'cli:operator', operator: true })).key;
      const c = await call('POST', `/v1/lists/pending/${id}/confirm`, b);
      assert.equal(c.statusCode, 409, c.body);
      assert.equal(c.json().error.code, 'AUDIT_TAMPERED');
      assert.match(c.json().error.message, new RegExp(`subjects:ls-${backend}`));
      assert.equal((await call('GET', '/v1/list', t.keys.auditor!)).json().version.id, inUse, 'the list in use stays');
      await t.svc.driver.run("UPDATE subjects SET removed_at = '2026-01-01T00:00:00.000Z', name = 'PAK YONG SIK' WHERE id = ?", [`ls-${backend}`]);
      assert.equal((await call('POST', `/v1/lists/pending/${id}/confirm`, b)).statusCode, 409, 'nor hidden as removed');
      await t.svc.driver.run('UPDATE subjects SET removed_at = NULL WHERE id = ?', [`ls-${backend}`]);
      const ok = await call('POST', `/v1/lists/pending/${id}/confirm`, b);
      assert.equal(ok.statusCode, 200, ok.body);
    });
    it('a designated vessel deleted in the table makes check refuse (409), never "permitted"; put back, it is prohibited again', async () => {
      await storeVesselList(t.svc.driver, parseVesselList(readFileSync(path.join(PROJECT_ROOT, 'examples', '1718-vessels-sample.csv'), 'utf8')), 'vessels.csv', { actor: 'cli:operator' });
      const tx = { id: 'v', type: 'vessel-transfer', date: '2019-01-01', from: 'CN', to: 'CN', vessels: [{ name: 'PETREL 8', imo: '9562233' }] };
      const before = await call('POST', '/v1/check', t.keys.analyst!, tx);
      assert.equal(before.statusCode, 200, before.body);
      assert.equal(before.json().outcome, 'prohibited');
      const row = (await t.svc.driver.all<Record<string, unknown>>("SELECT * FROM designated_vessels WHERE imo = '9562233'"))[0]!;
      await t.svc.driver.run("DELETE FROM designated_vessels WHERE imo = '9562233'");
      assert.equal((await call('POST', '/v1/check', t.keys.analyst!, tx)).json().outcome, 'prohibited', 'what was read and held stands while nothing moves the log');
      const r = await checkOnceTheLogMoves(tx);
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      await putBack(t.svc.driver, 'designated_vessels', row);
      assert.equal((await call('POST', '/v1/check', t.keys.analyst!, tx)).json().outcome, 'prohibited');
    });
    it('the newest UN list or vessels list deleted in the table does not bring back the one before: refused (409)', async () => {
      const lists = await t.svc.driver.all<Record<string, unknown>>('SELECT * FROM un_lists ORDER BY id DESC');
      assert.ok(lists.length > 0, 'a list was stored by an earlier test');
      const newest = lists[0]!;
      await t.svc.driver.run('DELETE FROM un_lists WHERE id = ?', [newest.id]);
      await assert.rejects(t.svc.lists.current(t.svc.driver), (e: { code?: string; message?: string }) => e.code === 'AUDIT_TAMPERED' && e.message!.includes(`un_lists:${String(newest.id)}`));
      await putBack(t.svc.driver, 'un_lists', newest);
      assert.equal((await t.svc.lists.current(t.svc.driver)).rowId, Number(newest.id), 'put back, it is the list in use again');
      const imports = await t.svc.driver.all<Record<string, unknown>>('SELECT * FROM vessel_list_imports ORDER BY id DESC');
      const vessels = await t.svc.driver.all<Record<string, unknown>>('SELECT * FROM designated_vessels WHERE import_id = ?', [imports[0]!.id]);
      await t.svc.driver.run('DELETE FROM designated_vessels WHERE import_id = ?', [imports[0]!.id]);
      await t.svc.driver.run('DELETE FROM vessel_list_imports WHERE id = ?', [imports[0]!.id]);
      const tx = { id: 'v', type: 'vessel-transfer', date: '2019-01-01', from: 'CN', to: 'CN', vessels: [{ name: 'PETREL 8', imo: '9562233' }] };
      const r = await checkOnceTheLogMoves(tx);
      assert.equal(r.statusCode, 409, r.body);
      assert.match(r.json().error.message, /vessel_list_imports/);
      for (const [table, rows] of [['vessel_list_imports', imports.slice(0, 1)], ['designated_vessels', vessels]] as const) {
        for (const row of rows) await putBack(t.svc.driver, table, row);
      }
      assert.equal((await call('POST', '/v1/check', t.keys.analyst!, tx)).json().outcome, 'prohibited');
    });

    it('a vessel hidden in the table is not "not dropped" by one admin\'s import: the import is refused (409)', async () => {
      const csv = readFileSync(path.join(PROJECT_ROOT, 'examples', '1718-vessels-sample.csv'), 'utf8');
      const without = csv.split('\n').filter((l) => !l.includes('9562233')).join('\n');
      const row = (await t.svc.driver.all<Record<string, unknown>>("SELECT * FROM designated_vessels WHERE imo = '9562233' ORDER BY import_id DESC"))[0]!;
      await t.svc.driver.run("DELETE FROM designated_vessels WHERE imo = '9562233' AND import_id = ?", [row.import_id]);
      const post = (url: string) => t.app.inject({ method: 'POST', url, headers: { ...auth(t.keys.admin!), 'content-type': 'text/csv' }, payload: without });
      for (const url of ['/v1/vessels/preview', '/v1/vessels']) {
        const r = await post(url);
        assert.equal(r.statusCode, 409, `${url}: ${r.body}`);
        assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      }
      await putBack(t.svc.driver, 'designated_vessels', row);
      const p = await post('/v1/vessels/preview');
      assert.equal(p.statusCode, 200, p.body);
      assert.equal(p.json().diff.removed.length, 1, 'put back, the preview shows the vessel the list drops');
    });

    it('a process that has a list does not keep it when the newer one another process applied is deleted before it looked', async () => {
      const other = new ListCache(); // another server process of the deployment, which looked a while ago
      const before = await other.current(t.svc.driver);
      const newest = (await t.svc.driver.all<Record<string, unknown>>('SELECT * FROM un_lists ORDER BY id DESC LIMIT 1'))[0]!;
      assert.equal(before.rowId, Number(newest.id));
      const applied = await t.svc.driver.all<{ id: unknown }>(`INSERT INTO un_lists (version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by)
        SELECT version, sha256, date_generated, source, xml_gz, records, 0, 0, 0, 0, 0, loaded_at, loaded_by FROM un_lists WHERE id = ? RETURNING id`, [newest.id]);
      // As if recorded by the process that applied it: its entry names the row.
      const row = (await t.svc.driver.all<Record<string, unknown>>('SELECT * FROM un_lists WHERE id = ?', [applied[0]!.id]))[0]!;
      await t.svc.driver.transaction((tx) => appendAudit(tx, { actor: 'cli:operator', action: 'list.update', target: `list:${String(row.version)}`, detail: {}, rows: [{ table: 'un_lists', key: [row.id] }] }));
      await t.svc.driver.run('DELETE FROM un_lists WHERE id = ?', [row.id]);
      await assert.rejects(other.current(t.svc.driver), (e: { code?: string }) => e.code === 'AUDIT_TAMPERED', 'the newest id is the one it has, yet a recorded list is gone');
      await putBack(t.svc.driver, 'un_lists', row);
      assert.equal((await other.current(t.svc.driver)).rowId, Number(row.id));
    });

    it('a cease notice deleted in the table makes check refuse (409), never less than prohibited; put back, it is prohibited again', async () => {
      const rec = (ref: string, barrels: number) => call('POST', '/v1/ledger/deliveries', t.keys.reporterCN!, { commodity: 'refined-petroleum', state: 'CN', date: '2018-04-01', barrels, ref });
      assert.equal((await rec(`c1-${backend}`, 380_000)).statusCode, 201);
      const crossing = await rec(`c2-${backend}`, 125_000);
      assert.ok(crossing.json().notices.some((n: { cease?: boolean }) => n.cease), crossing.body);
      const tx = { id: 'p', type: 'goods', date: '2018-11-15', from: 'RU', to: 'KP', goods: [{ hs: '2710.19', product: 'refined-petroleum', description: 'diesel fuel', quantity: 1000, unit: 'bbl' }], purpose: 'livelihood' };
      const before = await call('POST', '/v1/check', t.keys.analyst!, tx);
      assert.equal(before.json().outcome, 'prohibited', before.body);
      const notice = (await t.svc.driver.all<Record<string, unknown>>('SELECT * FROM notices WHERE cease = 1'))[0]!;
      await t.svc.driver.run('DELETE FROM notices WHERE id = ?', [notice.id]);
      const r = await checkOnceTheLogMoves(tx);
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      await putBack(t.svc.driver, 'notices', notice);
      assert.equal((await call('POST', '/v1/check', t.keys.analyst!, tx)).json().outcome, 'prohibited');
      await t.svc.driver.run('UPDATE delivery_versions SET barrels_milli = 1000 WHERE barrels_milli = 125000000');
      assert.equal((await checkOnceTheLogMoves(tx)).statusCode, 409, 'a delivery lowered in the table');
      await t.svc.driver.run('UPDATE delivery_versions SET barrels_milli = 125000000 WHERE barrels_milli = 1000');
      assert.equal((await call('POST', '/v1/check', t.keys.analyst!, tx)).json().outcome, 'prohibited');
    });

    it('the chain\'s head row set back does not bring back what check read before (the head is read from the log itself)', async () => {
      const rec = (ref: string, barrels: number) => call('POST', '/v1/ledger/deliveries', t.keys.reporterCN!, { commodity: 'refined-petroleum', state: 'CN', date: '2020-04-01', barrels, ref });
      const tx = { id: 'h', type: 'goods', date: '2020-11-15', from: 'RU', to: 'KP', goods: [{ hs: '2710.19', product: 'refined-petroleum', description: 'diesel fuel', quantity: 1000, unit: 'bbl' }], purpose: 'livelihood' };
      assert.equal((await rec(`h1-${backend}`, 1000)).statusCode, 201);
      assert.notEqual((await call('POST', '/v1/check', t.keys.analyst!, tx)).json().outcome, 'prohibited', 'far from the cap');
      const head = (await t.svc.driver.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1'))[0]!;
      assert.equal((await rec(`h2-${backend}`, 504_000)).statusCode, 201);
      await t.svc.driver.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [head.seq, head.hash]);
      assert.equal((await call('POST', '/v1/check', t.keys.analyst!, tx)).json().outcome, 'prohibited', 'the cap is reached, whatever the head row says');
      const last = (await t.svc.driver.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'))[0]!;
      await t.svc.driver.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [last.seq, last.hash]);
    });

    it('a ledger write does not build on a row changed in the table (its entry would record the change as Interdict\'s): 409, nothing written', async () => {
      const rec = (ref: string, barrels: number) => call('POST', '/v1/ledger/deliveries', t.keys.reporterCN!, { commodity: 'refined-petroleum', state: 'CN', date: '2019-04-01', barrels, ref });
      assert.equal((await rec(`w1-${backend}`, 1000)).statusCode, 201);
      await t.svc.driver.run("UPDATE period_totals SET barrels_milli = 1 WHERE commodity = 'refined-petroleum' AND period = '2019'");
      const r = await rec(`w2-${backend}`, 1000);
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      assert.equal((await t.svc.driver.all(`SELECT 1 FROM deliveries WHERE ref = ?`, [`w2-${backend}`])).length, 0, 'nothing written');
      await t.svc.driver.run("UPDATE period_totals SET barrels_milli = 1000000 WHERE commodity = 'refined-petroleum' AND period = '2019'");
      await t.svc.driver.run("UPDATE deliveries SET state = 'RU' WHERE ref = ?", [`w1-${backend}`]);
      const amend = await call('POST', `/v1/ledger/deliveries/RU/w1-${backend}/amend`, t.keys.admin!, { barrels: 900, reason: 'laundering' });
      assert.equal(amend.statusCode, 409, amend.body);
      assert.equal(amend.json().error.code, 'AUDIT_TAMPERED');
      await t.svc.driver.run("UPDATE deliveries SET state = 'CN' WHERE ref = ?", [`w1-${backend}`]);
      assert.equal((await rec(`w2-${backend}`, 1000)).statusCode, 201, 'put back, writes go on');
    });

    it('notices planted before a delivery crosses the thresholds do not stop the real ones: the write is refused (409) until they are gone', async () => {
      const rec = (ref: string, barrels: number) => call('POST', '/v1/ledger/deliveries', t.keys.reporterCN!, { commodity: 'refined-petroleum', state: 'CN', date: '2021-04-01', barrels, ref });
      assert.equal((await rec(`n1-${backend}`, 1000)).statusCode, 201);
      const d = (await t.svc.driver.all<{ id: unknown }>('SELECT id FROM deliveries WHERE ref = ?', [`n1-${backend}`]))[0]!;
      for (const threshold of [75, 90, 95]) {
        await t.svc.driver.run(`INSERT INTO notices (commodity, period, threshold, cease, total_barrels_milli, total_tonnes_milli, percent, delivery_id, version, issued_at)
          VALUES ('refined-petroleum', '2021', ?, 0, 1000000, 120000, 0, ?, 1, '2021-04-01T00:00:00.000Z')`, [threshold, d.id]);
      }
      const r = await rec(`n2-${backend}`, 480_000);
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      await t.svc.driver.run("DELETE FROM notices WHERE period = '2021'");
      const ok = await rec(`n2-${backend}`, 480_000);
      assert.equal(ok.statusCode, 201, ok.body);
      assert.deepEqual(ok.json().notices.map((n: { threshold: number }) => n.threshold), [75, 90, 95], 'the real notices are issued');
      // A record planted under the next report's reference would make it a "repeat", stored nowhere.
      await t.svc.driver.run("INSERT INTO deliveries (state, ref, current_version, created_at) VALUES ('CN', ?, 1, '2021-01-01T00:00:00.000Z')", [`n3-${backend}`]);
      assert.equal((await rec(`n3-${backend}`, 10)).statusCode, 409);
      await t.svc.driver.run('DELETE FROM deliveries WHERE ref = ?', [`n3-${backend}`]);
    });

    it('a row planted with a new customer\'s id or its very content does not make it "unchanged" or "updated" while not monitored: 409', async () => {
      const subject = { id: `sv-${backend}`, name: 'PAK YONG SIK', type: 'person' as const };
      const plant = (name: string) => t.svc.driver.run('INSERT INTO subjects (id, name, dob, nationality, type, fingerprint, created_at, updated_at) VALUES (?, ?, NULL, NULL, ?, ?, ?, ?)',
        [subject.id, name, 'person', subjectFingerprint({ ...subject, name }), '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
      for (const name of [subject.name, 'SOMEONE ELSE']) {
        await plant(name);
        const r = await call('POST', '/v1/subjects', t.keys.analyst!, [subject]);
        assert.equal(r.statusCode, 409, `${name}: ${r.body}`);
        assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
        await t.svc.driver.run('DELETE FROM subjects WHERE id = ?', [subject.id]);
      }
      const ok = await call('POST', '/v1/subjects', t.keys.analyst!, [subject]);
      assert.equal(ok.json().subjects[0].status, 'created', 'the planted rows gone, it is stored and monitored');
      assert.equal(ok.json().subjects[0].alerts.length, 1);
    });

    it('a suppression planted for a customer not yet added does not hide its match: the import is refused (409)', async () => {
      const subject = { id: `pl-${backend}`, name: 'PAK YONG SIK', type: 'person' as const };
      const screened = await call('POST', '/v1/screen', t.keys.analyst!, { name: subject.name, type: 'person' });
      const ref = screened.json().matches[0].ref as string;
      const list = await t.svc.lists.current(t.svc.driver);
      await t.svc.driver.run('INSERT INTO suppressions (subject_id, list_ref, record_fp, subject_fp, expires, alert_id, created_at) VALUES (?, ?, ?, ?, NULL, 1, ?)',
        [subject.id, ref, list.fingerprints.get(ref), subjectFingerprint(subject), new Date().toISOString()]);
      const r = await call('POST', '/v1/subjects', t.keys.analyst!, [subject]);
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      await t.svc.driver.run('DELETE FROM suppressions WHERE subject_id = ?', [subject.id]);
      const again = await call('POST', '/v1/subjects', t.keys.analyst!, [subject]);
      assert.equal(again.json().subjects[0].alerts.length, 1, 'with the planted row gone, the match opens its alert');
    });
  });
}
describe('security: the last admin is counted among admins as the log recorded them', () => {
  const t = suiteService('sqlite');
  it('an admin row planted in the table does not let the last real admin be revoked', async () => {
    await t.svc.driver.run('INSERT INTO service_users (name, roles, key_hash, created_at, created_by, key_by, key_seen) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ['ghost', '["admin"]', hashKey(`${PLANTED}-g`), new Date().toISOString(), 'cli:x', 'cli:x', '[]']);
    const r = await t.app.inject({ method: 'DELETE', url: '/v1/users/admin', headers: auth(t.keys.admin!) });
    assert.equal(r.statusCode, 409, r.body);
    assert.match(r.json().error.message, /last admin/);
  });
});

describe('security: a UN list using a reference twice waits for a second admin', () => {
  const t = suiteService('sqlite');
  it('one admin\'s upload of a list giving a listed reference to a second record is not applied at once (202)', async () => {
    const xml = bundledListXml().toString('utf8');
    const first = /<INDIVIDUAL>[\s\S]*?<\/INDIVIDUAL>/.exec(xml)![0];
    const ref = /<REFERENCE_NUMBER>([^<]*)<\/REFERENCE_NUMBER>/.exec(first)![1]!;
    const twin = first.replace(/<FIRST_NAME>[^<]*<\/FIRST_NAME>/, '<FIRST_NAME>SOMEONE ELSE ENTIRELY</FIRST_NAME>').replace(/<DATAID>[^<]*<\/DATAID>/, '<DATAID>99999999</DATAID>');
    const newer = xml.replace(/dateGenerated="[^"]*"/, 'dateGenerated="2026-02-01T00:00:00.000Z"').replace(first, `${first}${twin}`);
    const r = await t.app.inject({ method: 'POST', url: '/v1/lists', headers: { ...auth(t.keys.admin!), 'content-type': 'application/xml' }, payload: newer });
    assert.equal(r.statusCode, 202, r.body);
    const log = (await t.app.inject({ method: 'GET', url: '/v1/audit?action=list.propose', headers: auth(t.keys.auditor!) })).json().items as { detail: { why: string } }[];
    assert.match(log.at(-1)!.detail.why, /uses a reference twice/, ref);
  });
});

// What the service decides on is what it held, in one read: another connection that deletes a row for
// the moment of one statement and puts it back for the next (the ninth review's races) brings back no
// older UN list, hides no designated vessel from `ais scan`, and lets no one confirm what an account
// deleted from the table proposed or holds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { appendAudit } from '../../src/app/audit/audit-log.ts';
import { rowReadIsAsRecorded, SUBJECT_TABLES } from '../../src/app/audit/recorded-rows.ts';
import { keyHolders, seenByIssuer } from '../../src/app/accounts/key-holders.ts';
import { openHeldVesselList } from '../../src/app/held-vessels.ts';
import { storeVesselList } from '../../src/app/import-vessels.ts';
import { ListCache } from '../../src/app/lists/list-store.ts';
import { parseVesselList } from '../../src/ships/vessel-list-csv.ts';
import { openDatabase, type SqlExec } from '../../src/store/index.ts';
import { openService } from '../../src/app/service/service-context.ts';
import { auth, suiteService, type TestBackend } from './harness.ts';
import { forgeEntry, putBack } from './tamper.ts';

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`security: a decision rests on one read of what it held (${backend})`, () => {
    const t = suiteService(backend);

    /** The database as a reader sees it while another connection deletes `row` of `table` for every other
     *  statement that reads the table, and puts it back after it. */
    const flickering = (table: string, row: Record<string, unknown>, startGone: boolean): SqlExec => {
      let n = startGone ? 0 : 1;
      return {
        run: (sql, params) => t.svc.driver.run(sql, params),
        all: async <T,>(sql: string, params?: readonly unknown[]) => {
          if (!new RegExp(`FROM ${table}\\b`).test(sql) || n++ % 2 !== 0) return t.svc.driver.all<T>(sql, params);
          await t.svc.driver.run(`DELETE FROM ${table} WHERE id = ?`, [row.id]);
          try {
            return await t.svc.driver.all<T>(sql, params);
          } finally {
            await putBack(t.svc.driver, table, row);
          }
        },
      };
    };

    it('the newest UN list deleted for the moment of one statement never brings back the one before', async () => {
      const first = await new ListCache().current(t.svc.driver);
      // A second list, stored and recorded as a list update records it.
      const [added] = await t.svc.driver.all<{ id: unknown }>(`INSERT INTO un_lists (version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by)
        SELECT 'second', sha256, date_generated, source, xml_gz, records, 0, 0, 0, 0, 0, loaded_at, loaded_by FROM un_lists WHERE id = ? RETURNING id`, [first.rowId]);
      const row = (await t.svc.driver.all<Record<string, unknown>>('SELECT * FROM un_lists WHERE id = ?', [added!.id]))[0]!;
      await t.svc.driver.transaction((tx) => appendAudit(tx, { actor: 'cli:operator', action: 'list.update', target: 'list:second', detail: {}, rows: [{ table: 'un_lists', key: [row.id] }] }));
      assert.equal((await new ListCache().current(t.svc.driver)).rowId, Number(row.id));
      for (const startGone of [true, false]) {
        for (let i = 0; i < 3; i++) {
          // A process that has no list yet (a CLI check, a server's first request).
          const got = await new ListCache().current(flickering('un_lists', row, startGone)).then((l) => l.rowId, (e: { code?: string }) => e.code);
          assert.ok(got === Number(row.id) || got === 'AUDIT_TAMPERED', `the list in use is the newest, or refused; not ${String(got)}`);
        }
      }
      assert.equal((await new ListCache().current(t.svc.driver)).rowId, Number(row.id));
    });

    it('who held an account\'s key is not "no one else" while its recorded row is gone from the table', async () => {
      const row = (await t.svc.driver.all<Record<string, unknown>>("SELECT * FROM service_users WHERE name = 'releaser'"))[0]!;
      assert.deepEqual([...(await keyHolders(t.svc.driver, 'releaser'))], ['releaser']);
      await t.svc.driver.run("DELETE FROM service_users WHERE name = 'releaser'");
      await assert.rejects(keyHolders(t.svc.driver, 'releaser'), (e: { code?: string }) => e.code === 'AUDIT_TAMPERED');
      await putBack(t.svc.driver, 'service_users', row);
      assert.deepEqual([...(await keyHolders(t.svc.driver, 'releaser'))], ['releaser']);
      assert.deepEqual([...(await keyHolders(t.svc.driver, 'cli:operator'))], ['cli:operator'], 'a name no entry recorded as an account (the operator) holds its own key only');
      // A key an admin issues while its own row is gone would record too few who have seen it.
      const admin = (await t.svc.driver.all<Record<string, unknown>>("SELECT * FROM service_users WHERE name = 'admin'"))[0]!;
      await t.svc.driver.run("DELETE FROM service_users WHERE name = 'admin'");
      await assert.rejects(seenByIssuer(t.svc.driver, { actor: 'admin', operator: false }), (e: { code?: string }) => e.code === 'AUDIT_TAMPERED');
      await putBack(t.svc.driver, 'service_users', admin);
    });

    it('an older version of a suppression put back does not keep a match\'s alert shut: 409 (held to the newest entry naming it)', async () => {
      const call = (method: 'GET' | 'POST', url: string, key: string, payload?: object) => t.app.inject({ method, url, headers: auth(key), payload });
      const subject = (dob: string) => call('POST', '/v1/subjects', t.keys.analyst!, [{ id: 'sup-1', name: 'PAK YONG SIK', type: 'person', dob }]);
      const falsePositive = async (dob: string) => {
        const r = await subject(dob);
        assert.equal(r.statusCode, 200, r.body);
        const id = r.json().subjects[0].alerts[0] as number;
        assert.equal((await call('POST', `/v1/alerts/${id}/decision`, t.keys.analyst!, { disposition: 'false-positive', note: 'another person' })).statusCode, 200);
        assert.equal((await call('POST', `/v1/alerts/${id}/confirm`, t.keys.releaser!, { disposition: 'false-positive' })).statusCode, 200);
      };
      const suppression = async () => (await t.svc.driver.all<Record<string, unknown>>("SELECT * FROM suppressions WHERE subject_id = 'sup-1'"))[0]!;
      await falsePositive('1980');
      const v1 = await suppression();
      await falsePositive('1981');
      const v2 = await suppression();
      assert.notEqual(v1.subject_fp, v2.subject_fp);
      await t.svc.driver.run("DELETE FROM suppressions WHERE subject_id = 'sup-1'");
      await putBack(t.svc.driver, 'suppressions', v1);
      const r = await subject('1980');
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      await t.svc.driver.run("DELETE FROM suppressions WHERE subject_id = 'sup-1'");
      await putBack(t.svc.driver, 'suppressions', v2);
      const back = await subject('1980');
      assert.equal(back.statusCode, 200, back.body);
      assert.equal(back.json().subjects[0].alerts.length, 1, 'the suppression recorded last is for 1981: the match for 1980 opens its alert');
    });

    it('what a writer read of its own entries before it rolled back is not kept: the entry that takes their number is read', async () => {
      const owner = {}; // one open database's collection, as the service keeps it
      const added = await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [{ id: 'rb-1', name: 'Anna Berg' }] });
      assert.equal(added.statusCode, 200, added.body);
      const row = (await t.svc.driver.all<Record<string, unknown>>("SELECT * FROM subjects WHERE id = 'rb-1'"))[0]!;
      const entry = { actor: 'analyst', action: 'subject.update', target: 'subject:rb-1', detail: {}, rows: [{ table: 'subjects', key: ['rb-1'] }] };
      await assert.rejects(t.svc.driver.transaction(async (tx) => {
        await tx.run("UPDATE subjects SET name = 'Changed Then Undone' WHERE id = 'rb-1'");
        await appendAudit(tx, entry);
        const changed = (await tx.all<Record<string, unknown>>("SELECT * FROM subjects WHERE id = 'rb-1'"))[0]!;
        assert.equal(await rowReadIsAsRecorded(tx, SUBJECT_TABLES, 'subjects', changed, owner), true, 'inside the writer, its own entry counts');
        throw new Error('rolled back');
      }), /rolled back/);
      await t.svc.driver.transaction((tx) => appendAudit(tx, entry)); // takes the number the rolled-back entry had
      assert.equal(await rowReadIsAsRecorded(t.svc.driver, SUBJECT_TABLES, 'subjects', row, owner), true, 'the committed entry is the one read');
    });

    if (backend === 'sqlite') {
      it('ais scan\'s vessels list is held as check\'s is: a designated vessel deleted in the table is refused (409)', async () => {
        await storeVesselList(t.svc.driver, parseVesselList(readFileSync(path.join(PROJECT_ROOT, 'examples', '1718-vessels-sample.csv'), 'utf8')), 'vessels.csv', { actor: 'cli:operator' });
        assert.ok((await openHeldVesselList(t.dbFile))?.vessels.some((v) => v.imo === '8937675'));
        const row = (await t.svc.driver.all<Record<string, unknown>>("SELECT * FROM designated_vessels WHERE imo = '8937675'"))[0]!;
        await t.svc.driver.run("DELETE FROM designated_vessels WHERE imo = '8937675'");
        await assert.rejects(openHeldVesselList(t.dbFile), (e: { code?: string }) => e.code === 'AUDIT_TAMPERED');
        await putBack(t.svc.driver, 'designated_vessels', row);
        assert.ok((await openHeldVesselList(t.dbFile))?.vessels.some((v) => v.imo === '8937675'));
      });
    }
  });
}

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`security: an entry planted far beyond the log's head hides none of Interdict's from the holds (${backend})`, () => {
    const t = suiteService(backend);
    const call = (method: 'GET' | 'POST', url: string, key: string, payload?: object) => t.app.inject({ method, url, headers: auth(key), payload });
    const rec = (ref: string, barrels: number) => call('POST', '/v1/ledger/deliveries', t.keys.reporterCN!, { commodity: 'refined-petroleum', state: 'CN', date: '2018-04-01', barrels, ref });
    const tx = { id: 'p', type: 'goods', date: '2018-11-15', from: 'RU', to: 'KP', goods: [{ hs: '2710.19', product: 'refined-petroleum', description: 'diesel fuel', quantity: 1000, unit: 'bbl' }], purpose: 'livelihood' };

    it('the deliveries Interdict records below it are held as recorded, and no write goes on past it: refused (409)', async () => {
      assert.equal((await rec(`far-1-${backend}`, 100_000)).statusCode, 201);
      assert.equal((await call('POST', '/v1/check', t.keys.analyst!, tx)).statusCode, 200);
      const head = Number((await t.svc.driver.all<{ seq: unknown }>('SELECT MAX(seq) AS seq FROM audit_log'))[0]!.seq);
      await forgeEntry(t.svc.driver, { actor: 'reporterCN', action: 'delivery.record', target: 'delivery:ZZ/zz', detail: {} }, { seq: head + 200 });
      // The head row no longer names the newest entry: every write is refused before it is made, so nothing
      // Interdict records can come to stand below the planted entry.
      const crossing = await rec(`far-2-${backend}`, 405_000);
      assert.equal(crossing.statusCode, 409, crossing.body);
      assert.match(crossing.body, /AUDIT_TAMPERED/);
      const signIn = await t.app.inject({ method: 'POST', url: '/session', payload: `key=${t.keys.auditor}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.notEqual(signIn.statusCode, 303, 'no session is opened on a log whose head was moved');
      assert.equal(Number((await t.svc.driver.all<{ n: unknown }>("SELECT COUNT(*) AS n FROM deliveries WHERE ref LIKE 'far-2-%'"))[0]!.n), 0, 'nothing stored');
      const r = await call('POST', '/v1/check', t.keys.analyst!, tx);
      assert.notEqual(r.statusCode, 500, r.body);
      if (r.statusCode === 200) assert.notEqual(r.json().outcome, 'permitted');
    });
  });
}

describe('security: a vessels list imported before the service\'s log is held to the baseline, rows gone included', () => {
  it('a designated vessel deleted from such a list is refused (409), never screened as not designated', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'interdict-legacy-vessels-'));
    const file = path.join(dir, 'legacy.sqlite');
    try {
      const target = { kind: 'sqlite', file, isDefault: false } as const;
      const plain = await openDatabase(target, { access: 'write' });
      await storeVesselList(plain, parseVesselList(readFileSync(path.join(PROJECT_ROOT, 'examples', '1718-vessels-sample.csv'), 'utf8')), 'vessels.csv', { actor: 'cli:operator' });
      await plain.close();
      const svc = await openService({ target });
      try {
        assert.ok((await openHeldVesselList(file))?.vessels.some((v) => v.imo === '9417115'));
        const row = (await svc.driver.all<Record<string, unknown>>("SELECT * FROM designated_vessels WHERE imo = '9417115'"))[0]!;
        await svc.driver.run("DELETE FROM designated_vessels WHERE imo = '9417115'");
        await assert.rejects(openHeldVesselList(file), (e: { code?: string; message?: string }) => e.code === 'AUDIT_TAMPERED' && /9417115/.test(e.message ?? ''));
        await putBack(svc.driver, 'designated_vessels', row);
        assert.ok((await openHeldVesselList(file))?.vessels.some((v) => v.imo === '9417115'));
      } finally {
        await svc.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Review 12, F4: the cap ledger's reports were not held to the audit log. A database writer lowered a
// delivery (and the period's total) and deleted the notices; GET /v1/ledger/status and /notices, the
// /ledger page and `ledger report table` then answered 200 from the changed rows (100 % of the cap became
// 60 %, the cease notice gone), while POST /v1/check refused the same database (409). Every read of the
// ledger is now held as check's is (src/app/ledger/held-ledger.ts): 409 AUDIT_TAMPERED on the API and the
// pages, exit 1 at the command line, naming the row; put back, the reads answer again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../src/app/engine.ts';
import { ledgerNotices, ledgerStatus, reportTable } from '../../src/app/ledger/index.ts';
import { deliveryHistory, withLedger } from '../../src/app/ledger-actions.ts';
import type { SqlDriver } from '../../src/store/index.ts';
import { openSqliteDriver } from '../../src/store/sqlite-driver.ts';
import { errorLine, scratch } from '../support/cli-harness.ts';
import { auth, NO_POSTGRES, pageSignIn, suiteService, type TestBackend } from './harness.ts';
import { putBack } from './tamper.ts';

const TAMPERED = /the cap ledger \((delivery_versions|period_totals|notices):[^)]*\) is not what its last audit entry recorded/;

for (const backend of ['sqlite', 'pglite', 'postgres'] as TestBackend[]) {
  describe(`security: the ledger's reads are held to the audit log (${backend})`, { skip: backend === 'postgres' && NO_POSTGRES }, () => {
    const t = suiteService(backend);
    const get = (url: string, key = t.keys.auditor!) => t.app.inject({ method: 'GET', url, headers: auth(key) });
    const engine = new Engine();

    /** A writer of the database that is not the service: another connection (SQLite), the service's role (PostgreSQL). */
    async function asDatabaseWriter<T>(fn: (db: SqlDriver) => Promise<T>): Promise<T> {
      if (backend !== 'sqlite') return fn(t.svc.driver);
      const other = openSqliteDriver(t.dbFile!);
      try {
        return await fn(other);
      } finally {
        await other.close();
      }
    }

    it('status, notices, deliveries, the pages and the reports answer 409 naming the row once a delivery is lowered and the notices deleted; put back, 200 again', async () => {
      const rec = (ref: string, barrels: number, date: string) => t.app.inject({ method: 'POST', url: '/v1/ledger/deliveries', headers: auth(t.keys.reporterCN!), payload: { commodity: 'refined-petroleum', state: 'CN', date, barrels, ref, reported: date } });
      assert.equal((await rec('F4-1', 300_000, '2018-03-10')).statusCode, 201);
      assert.equal((await rec('F4-2', 200_000, '2018-04-10')).statusCode, 201);
      const reads = ['/v1/ledger/status?commodity=refined-petroleum&period=2018', '/v1/ledger/notices', '/v1/ledger/deliveries'];
      const before = await get(reads[0]!);
      assert.equal(before.statusCode, 200);
      assert.equal(before.json().totalBarrels, 500_000);
      for (const url of reads) assert.equal((await get(url)).statusCode, 200, url);
      const { cookie } = await pageSignIn(t, t.keys.auditor!, '/ledger');
      const pages = ['/ledger?commodity=refined-petroleum&period=2018', '/ledger.csv?commodity=refined-petroleum&period=2018', '/ledger/reports/table?commodity=refined-petroleum&period=2018',
        '/ledger/reports/notices?commodity=refined-petroleum&period=2018', '/ledger/reports/notification?state=CN&from=2018-01-01&to=2018-12-31', '/ledger/deliveries'];
      const page = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
      for (const url of pages) assert.equal((await page(url)).statusCode, 200, url);

      // The review's tamper: the second delivery lowered to 2,000 bbl, the period's total with it, every notice deleted.
      const { notices, id } = await asDatabaseWriter(async (db) => {
        const [d] = await db.all<{ id: unknown }>("SELECT id FROM deliveries WHERE ref = 'F4-2'");
        const saved = await db.all<Record<string, unknown>>('SELECT * FROM notices ORDER BY id');
        assert.ok(saved.length >= 3, 'the 75/90/95 % notices were issued');
        await db.run('UPDATE delivery_versions SET barrels_milli = 2000000 WHERE delivery_id = ?', [d!.id]);
        await db.run("UPDATE period_totals SET barrels_milli = barrels_milli - 198000000 WHERE commodity = 'refined-petroleum' AND period = '2018'");
        await db.run('DELETE FROM notices');
        return { notices: saved, id: d!.id };
      });
      for (const url of reads) {
        const r = await get(url);
        assert.equal(r.statusCode, 409, `${url}: ${r.body}`);
        assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
        assert.match(r.json().error.message, TAMPERED);
      }
      for (const url of pages) {
        const r = await page(url);
        assert.equal(r.statusCode, 409, url);
        assert.match(r.body, /is not what its last audit entry recorded/, url);
        assert.doesNotMatch(r.body, /302,000|60\.4/, `${url}: never the changed figures`);
      }
      // Check refuses the same database: the product's answers agree.
      const check = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: { id: 'p', type: 'goods', date: '2018-06-01', from: 'CN', to: 'KP', purpose: 'livelihood', goods: [{ hs: '2710.19', product: 'refined-petroleum', quantity: 1000, unit: 'bbl' }] } });
      assert.equal(check.statusCode, 409, check.body);

      // The command line's reads (what `ledger status|notices|report table|history --db` run): refused alike.
      if (backend === 'sqlite') {
        const target = { kind: 'sqlite' as const, file: t.dbFile!, isDefault: false };
        const refused = (e: { code?: string; message?: string }) => e.code === 'AUDIT_TAMPERED' && TAMPERED.test(e.message ?? '');
        await assert.rejects(withLedger(engine, target, 'read', (s) => ledgerStatus(s, engine.law(), 'refined-petroleum', '2018')), refused);
        await assert.rejects(withLedger(engine, target, 'read', (s) => ledgerNotices(s, engine.law())), refused);
        await assert.rejects(withLedger(engine, target, 'read', (s) => reportTable(s, engine.law(), 'refined-petroleum', '2018')), refused);
        await assert.rejects(deliveryHistory(engine, target, 'CN', 'F4-2'), refused);
        const cli = scratch('ledger-reads');
        for (const args of [['ledger', 'status', '--commodity', 'refined-petroleum', '--period', '2018'], ['ledger', 'notices'], ['ledger', 'report', 'table', '--commodity', 'refined-petroleum', '--period', '2018']]) {
          const r = cli.cli([...args, '--db', t.dbFile!, '--format', 'json']);
          assert.equal(r.code, 1, `${args.join(' ')}: ${r.stdout}`);
          assert.equal(r.stdout, '');
          assert.match(errorLine(r.stderr), /^AUDIT_TAMPERED: the cap ledger/);
        }
      }

      await asDatabaseWriter(async (db) => {
        await db.run('UPDATE delivery_versions SET barrels_milli = 200000000 WHERE delivery_id = ?', [id]);
        await db.run("UPDATE period_totals SET barrels_milli = barrels_milli + 198000000 WHERE commodity = 'refined-petroleum' AND period = '2018'");
        for (const n of notices) await putBack(db, 'notices', n);
      });
      const after = await get(reads[0]!);
      assert.equal(after.statusCode, 200, after.body);
      assert.equal(after.json().totalBarrels, 500_000);
      for (const url of [...reads]) assert.equal((await get(url)).statusCode, 200, url);
      for (const url of pages) assert.equal((await page(url)).statusCode, 200, url);
    });

    it('a read held once is held again after a change (the hold is not taken as lasting)', async () => {
      const url = '/v1/ledger/notices';
      assert.equal((await get(url)).statusCode, 200);
      assert.equal((await get(url)).statusCode, 200);
      const saved = await asDatabaseWriter(async (db) => {
        const [n] = await db.all<Record<string, unknown>>('SELECT * FROM notices ORDER BY id DESC LIMIT 1');
        await db.run('DELETE FROM notices WHERE id = ?', [n!.id]);
        return n!;
      });
      assert.equal((await get(url)).statusCode, 409, 'a notice deleted after a read that was held');
      await asDatabaseWriter((db) => putBack(db, 'notices', saved));
      assert.equal((await get(url)).statusCode, 200);
    });
  });
}

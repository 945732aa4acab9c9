// A database's first list stored without its XML (security review R2): an earlier version of Interdict stored
// its bundled snapshot so, to be read from the snapshot the program bundles. After an upgrade that bundles
// another, that row was read as the NEW snapshot: a past transaction's party delisted between the two was
// cleared (before the fix, a 2019 dealing with a party on the old snapshot only came out `permitted`), and a
// list in use could be another list than the row says. Now a new database stores the XML; a row without it is
// read as the bundled snapshot only when it is that snapshot (SHA-256), else it is not held: as the list in
// use refused (LIST_NOT_HELD), as an earlier list a past transaction reviewed, naming it; loading that list's
// file again gives the row its XML, recorded (`list.restore`), and the audit log still verifies.
//
// An older database is made as such a version left it: the tables, then the rows it wrote, then the service
// opened (which records the audit baseline over them). The 2025-04-19 release stands for the earlier version's
// bundled snapshot: it holds QDi.336 (Anas Hasan Khattab, Al-Qaida), which the bundled 2026-01-28 does not.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { updateList } from '../../src/app/lists/list-update.ts';
import { checkText } from '../../src/app/service/service-queries.ts';
import { openService, type Service } from '../../src/app/service/service-context.ts';
import { migrateService } from '../../src/app/service/migrate-service.ts';
import { appendAudit } from '../../src/app/audit/audit-log.ts';
import { BASELINE_TARGET } from '../../src/app/audit/audit-baseline.ts';
import { ROW_DIGESTS_VERSION } from '../../src/app/audit/audit-rows.ts';
import { bundledListPath, loadUnList } from '../../src/screening/un-list/index.ts';
import { openDatabase, openPgliteDriver, type SqlDriver } from '../../src/store/index.ts';
import { partyTransaction } from '../support/delisted-lists.ts';
import { unListSnapshot } from '../support/un-list-fixtures.ts';
import type { TestBackend } from './harness.ts';

const KHATTAB = 'Anas Hasan Khattab';
const OLD_FILE = unListSnapshot('2025-04-19');
const oldXml = readFileSync(OLD_FILE);
const newXml = readFileSync(bundledListPath());
const OLD = loadUnList(OLD_FILE);
const NEW = loadUnList();
const operator = { actor: 'cli:operator', operator: true } as const;

interface Reason { effect: string; summary: string; field?: string; matchedRef?: string; listVersion?: string; listedUntil?: string }
interface Decision { outcome: string; reasons: Reason[] }

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function driverFor(backend: TestBackend): Promise<SqlDriver> {
  if (backend !== 'sqlite') return openPgliteDriver();
  const dir = mkdtempSync(path.join(tmpdir(), 'interdict-not-held-'));
  dirs.push(dir);
  return openDatabase({ kind: 'sqlite', file: path.join(dir, 'older.sqlite'), isDefault: false }, { access: 'write' });
}

/** A list row as a version of Interdict wrote it (`xml` null: the bundled snapshot, stored without its XML). */
async function insertRow(driver: SqlDriver, list: typeof OLD, source: string, xml: Buffer | null): Promise<void> {
  await driver.run(
    'INSERT INTO un_lists (version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?)',
    [list.version.id, list.version.sha256, list.version.dateGenerated, source, xml === null ? null : gzipSync(xml).toString('base64'), list.records.length, '2025-05-01T00:00:00.000Z', source === 'bundled' ? 'bundled' : 'cli:operator'],
  );
}

/** A database an earlier version of Interdict (bundling the 2025-04-19 list) left, opened by this one. */
async function olderDatabase(backend: TestBackend, rows: (driver: SqlDriver) => Promise<void>): Promise<Service> {
  const driver = await driverFor(backend);
  await migrateService(driver);
  await rows(driver);
  // The baseline that version recorded over its rows (a list row no entry names, in a log with none, is a forged
  // one: this version records no baseline over it).
  const ids = await driver.all<{ id: unknown }>('SELECT id FROM un_lists ORDER BY id');
  await driver.transaction((tx) => appendAudit(tx, {
    actor: 'cli:operator', action: 'audit.baseline', target: BASELINE_TARGET,
    detail: { rows: ids.length, part: '1 of 1', operator: true, digests: ROW_DIGESTS_VERSION, first: null },
    rows: ids.map((r) => ({ table: 'un_lists', key: [r.id] })),
  }));
  return openService({ driver });
}

async function check(svc: Service, date: string, name: string): Promise<Decision> {
  return (await checkText(svc, JSON.stringify(partyTransaction(date, name)))).decisions[0] as unknown as Decision;
}

const notHeld = (d: Decision): Reason[] => d.reasons.filter((r) => r.field === 'parties' && r.listVersion === OLD.version.id && r.matchedRef === undefined);

async function assertVerifies(svc: Service): Promise<void> {
  const v = await verifyAudit(svc.driver);
  assert.equal(v.ok, true, JSON.stringify(v));
}

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`the first list stored without its XML, after an upgrade (${backend})`, () => {
    it('a new database stores the bundled snapshot with its XML; the audit baseline vouches for the row', async () => {
      const driver = await driverFor(backend);
      const svc = await openService({ driver });
      try {
        const rows = await svc.driver.all<{ source: string; sha256: string; xml_gz: string | null }>('SELECT source, sha256, xml_gz FROM un_lists');
        assert.equal(rows.length, 1);
        assert.equal(rows[0]!.source, 'bundled');
        assert.equal(rows[0]!.sha256, NEW.version.sha256);
        assert.ok(rows[0]!.xml_gz !== null, 'the XML is stored');
        assert.deepEqual(gunzipSync(Buffer.from(rows[0]!.xml_gz, 'base64')), newXml, 'the bytes the SHA-256 is of');
        assert.equal((await svc.lists.current(svc.driver)).list.version.sha256, NEW.version.sha256);
        await assertVerifies(svc);
      } finally {
        await svc.close();
      }
    });

    it('a first list stored with its XML is read from it, whatever the version bundles: a record it held and a later list dropped is reviewed', async () => {
      // As this version leaves a database, had it bundled the 2025-04-19 list; then the 2026-01-28 one loaded.
      const svc = await olderDatabase(backend, (d) => insertRow(d, OLD, 'bundled', oldXml));
      try {
        assert.equal((await svc.lists.current(svc.driver)).list.version.sha256, OLD.version.sha256);
        const r = await updateList(svc, newXml, operator, { allowRemovals: true });
        assert.ok(r.changed && r.removed > 0, JSON.stringify(r));
        const past = await check(svc, '2019-04-01', KHATTAB);
        assert.equal(past.outcome, 'review', JSON.stringify(past));
        const named = past.reasons.filter((x) => x.matchedRef === 'QDi.336');
        assert.ok(named.length > 0 && named.every((x) => x.listedUntil === NEW.version.dateGenerated.slice(0, 10)), JSON.stringify(past));
        assert.equal(notHeld(past).length, 0);
        assert.equal((await check(svc, '2026-03-01', KHATTAB)).outcome, 'permitted');
        await assertVerifies(svc);
      } finally {
        await svc.close();
      }
    });

    it('an earlier list stored without its XML and not this version\'s snapshot: a past transaction is reviewed naming it, until its file is loaded again', async () => {
      // The earlier version stored its bundled 2025-04-19 list without the XML, then an admin loaded 2026-01-28.
      const svc = await olderDatabase(backend, async (d) => {
        await insertRow(d, OLD, 'bundled', null);
        await insertRow(d, NEW, 'uploaded', newXml);
      });
      try {
        // Before the fix the row was read as the 2026-01-28 snapshot, which has no QDi.336: permitted.
        const past = await check(svc, '2019-04-01', KHATTAB);
        assert.equal(past.outcome, 'review', JSON.stringify(past));
        const reasons = notHeld(past);
        assert.ok(reasons.length > 0, JSON.stringify(past));
        for (const r of reasons) {
          assert.equal(r.effect, 'requires-review');
          assert.equal(r.listedUntil, '2026-01-28');
          assert.match(r.summary, new RegExp(OLD.version.id));
          assert.match(r.summary, new RegExp(OLD.version.sha256));
          assert.match(r.summary, /interdict lists load FILE/);
          assert.match(r.summary, /2019-04-01/);
        }
        // Any party: which records that list held is not known.
        assert.equal((await check(svc, '2019-04-01', 'Acme Trading GmbH')).outcome, 'review');
        // On or after the day it was replaced: the lists read decide, as before.
        assert.equal((await check(svc, '2026-01-28', KHATTAB)).outcome, 'permitted');
        assert.equal((await check(svc, '2026-03-01', 'Acme Trading GmbH')).outcome, 'permitted');

        // Loading its file again gives the row its XML (recorded), and nothing else changes.
        const r = await updateList(svc, oldXml, operator, { allowRemovals: true });
        assert.deepEqual(r.restored, { version: OLD.version.id, rows: [1] });
        assert.equal(r.changed, false);
        assert.equal(r.to, NEW.version.id, 'the list in use stays');
        const entry = await svc.driver.all<{ action: string; target: string }>("SELECT action, target FROM audit_log WHERE action = 'list.restore'");
        assert.deepEqual(entry.map((e) => ({ ...e })), [{ action: 'list.restore', target: `list:${OLD.version.id}` }]);
        await assertVerifies(svc);

        // Now read: the record it held and the list in use dropped is reviewed by name; another party is not.
        const then = await check(svc, '2019-04-01', KHATTAB);
        assert.equal(then.outcome, 'review');
        assert.equal(notHeld(then).length, 0);
        assert.ok(then.reasons.some((x) => x.matchedRef === 'QDi.336' && x.listedUntil === '2026-01-28'), JSON.stringify(then));
        assert.equal((await check(svc, '2019-04-01', 'Acme Trading GmbH')).outcome, 'permitted');
        // The same file again: an ordinary update now (not newer: the operator applies it at once).
        const again = await updateList(svc, oldXml, operator, { allowRemovals: true });
        assert.equal(again.restored, undefined);
        assert.equal(again.to, OLD.version.id);
      } finally {
        await svc.close();
      }
    });

    it('a list in use stored without its XML and not this version\'s snapshot is refused (LIST_NOT_HELD), never screened against another, until its file is loaded again', async () => {
      const svc = await olderDatabase(backend, (d) => insertRow(d, OLD, 'bundled', null));
      try {
        const refused = (e: unknown): boolean => {
          const err = e as { code?: string; message?: string };
          assert.equal(err.code, 'LIST_NOT_HELD', String(e));
          assert.match(err.message!, new RegExp(OLD.version.id));
          assert.match(err.message!, /interdict lists load FILE/);
          return true;
        };
        await assert.rejects(svc.lists.current(svc.driver), refused);
        await assert.rejects(check(svc, '2026-03-01', 'Acme Trading GmbH'), refused);
        // Another list is not loaded over it either: what it would remove is not known.
        await assert.rejects(updateList(svc, newXml, operator, { allowRemovals: true }), refused);
        // A server does not start on it (it reads the list in use before it says it is ready).
        await assert.rejects(openService({ driver: svc.driver, preloadList: true }), refused);

        const r = await updateList(svc, oldXml, operator, { allowRemovals: true });
        assert.deepEqual(r.restored, { version: OLD.version.id, rows: [1] });
        assert.equal(r.to, OLD.version.id);
        assert.equal((await svc.lists.current(svc.driver)).list.version.sha256, OLD.version.sha256);
        await assertVerifies(svc);
        // The newer list loads now, over what it replaces.
        const next = await updateList(svc, newXml, operator, { allowRemovals: true });
        assert.ok(next.changed && next.removed > 0, JSON.stringify(next));
        assert.equal((await check(svc, '2019-04-01', KHATTAB)).outcome, 'review');
        await assertVerifies(svc);
      } finally {
        await svc.close();
      }
    });
  });
}

// `check --db` and `lists load` on a database whose first list an earlier version of Interdict stored without
// its XML (its bundled snapshot, then another than this version's: security review R2). The CLI reads the
// database's lists as the service does (service-list-not-held.test.ts): a past transaction is reviewed naming
// the list not held and how to supply it, and `lists load` of that list's file gives the row its XML.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { scratch, unListSnapshot } from './support/cli-harness.ts';
import { partyTransaction } from './support/delisted-lists.ts';

// One audit MAC key for this process and the CLI it starts (the database is made here, read there).
process.env.INTERDICT_AUDIT_MAC_KEY ??= randomBytes(32).toString('base64url');
const sandbox = scratch('list-not-held');
const KHATTAB = 'Anas Hasan Khattab'; // QDi.336: on the 2025-04-19 list, not on the bundled 2026-01-28 one

interface Decision { outcome: string; reasons: { field?: string; matchedRef?: string; listVersion?: string; listedUntil?: string; summary: string }[] }

function check(db: string, date: string, name: string): Decision {
  const r = sandbox.cli(['check', '-', '--db', db, '--format', 'json'], JSON.stringify(partyTransaction(date, name)));
  assert.ok(r.code === 0 || r.code === 3, r.stderr);
  return JSON.parse(r.stdout) as Decision;
}

test('check --db: an earlier list stored without its XML is named in a review of a past transaction; lists load of its file gives it back', async () => {
  const { openService } = await import('../src/app/service/service-context.ts');
  const { migrateService } = await import('../src/app/service/migrate-service.ts');
  const { openDatabase } = await import('../src/store/index.ts');
  const { appendAudit } = await import('../src/app/audit/audit-log.ts');
  const { loadUnList, bundledListPath } = await import('../src/screening/un-list/index.ts');
  const oldFile = unListSnapshot('2025-04-19');
  const old = loadUnList(oldFile);
  const now = loadUnList();
  const db = path.join(sandbox.dir, 'older.sqlite');
  // As the earlier version left it: its bundled 2025-04-19 list without the XML (taken into the first baseline), then
  // 2026-01-28 loaded and logged as a list update logs it (an upload no entry names would be a forged row).
  const driver = await openDatabase({ kind: 'sqlite', file: db, isDefault: false }, { access: 'write' });
  await migrateService(driver);
  const insert = 'INSERT INTO un_lists (version, sha256, date_generated, source, xml_gz, records, added, changed, removed, rescreened, alerts_opened, loaded_at, loaded_by) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?) RETURNING id';
  await driver.all(insert, [old.version.id, old.version.sha256, old.version.dateGenerated, 'bundled', null, old.records.length, '2025-05-01T00:00:00.000Z', 'bundled']);
  const svc = await openService({ driver }); // the audit baseline over that row
  try {
    const [row] = await svc.driver.all<{ id: unknown }>(insert, [now.version.id, now.version.sha256, now.version.dateGenerated, 'uploaded', gzipSync(readFileSync(bundledListPath())).toString('base64'), now.records.length, '2026-02-01T00:00:00.000Z', 'cli:operator']);
    await svc.driver.transaction((tx) => appendAudit(tx, { actor: 'cli:operator', action: 'list.update', target: `list:${now.version.id}`, detail: { from: old.version.id, to: now.version.id }, rows: [{ table: 'un_lists', key: [row!.id] }] }));
  } finally {
    await svc.close();
  }

  const past = check(db, '2019-04-01', KHATTAB);
  assert.equal(past.outcome, 'review', JSON.stringify(past));
  const named = past.reasons.filter((r) => r.field === 'parties' && r.listVersion === old.version.id);
  assert.ok(named.length > 0 && named.every((r) => r.listedUntil === '2026-01-28' && /interdict lists load FILE/.test(r.summary)), JSON.stringify(past));
  assert.equal(check(db, '2026-03-01', KHATTAB).outcome, 'permitted');

  const load = sandbox.cli(['lists', 'load', oldFile, '--db', db, '--format', 'human']);
  assert.equal(load.code, 0, load.stderr);
  assert.match(load.stdout, new RegExp(`the stored list ${old.version.id} holds its XML again`));
  assert.match(load.stdout, new RegExp(`the list in use is ${now.version.id}`));

  const then = check(db, '2019-04-01', KHATTAB);
  assert.equal(then.outcome, 'review');
  assert.ok(then.reasons.some((r) => r.matchedRef === 'QDi.336' && r.listedUntil === '2026-01-28'), JSON.stringify(then));
  assert.ok(!then.reasons.some((r) => r.field === 'parties' && r.listVersion === old.version.id && r.matchedRef === undefined));
  const verify = sandbox.cli(['audit', 'verify', '--db', db]);
  assert.equal(verify.code, 0, verify.stdout + verify.stderr);
});

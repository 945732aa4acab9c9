// Security review 3, MEDIUM-2 and a LOW: the cap ledger's tables are held against the log like every other
// audited table. A ledger write at the CLI into a database that holds the service's audit log appends its
// entry (with the rows' digests) in the write's own transaction; deliveries through the API carry digests
// too; `audit verify` names a ledger row changed, added or deleted behind the log's back; ledger rows that
// were there before are recorded by a baseline. Alerts' kind and event are part of the alert's digest.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Engine } from '../../src/app/engine.ts';
import { amendDelivery, importDeliveries, recordDelivery } from '../../src/app/ledger/index.ts';
import { baselines, withLedger } from '../../src/app/ledger-actions.ts';
import { appendAudit, listAudit } from '../../src/app/audit/audit-log.ts';
import { BASELINE_TARGET } from '../../src/app/audit/audit-baseline.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { cliActor, openService } from '../../src/app/service/service-context.ts';
import type { DbTarget } from '../../src/store/db-target.ts';
import { openDatabase } from '../../src/store/open-database.ts';
import { scratch } from '../support/cli-harness.ts';
import { auth, startTestService, type TestBackend, type TestService } from './harness.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'interdict-ledger-audit-'));
const savedConfig = process.env.INTERDICT_CONFIG_DIR;
before(() => {
  process.env.INTERDICT_CONFIG_DIR = path.join(dir, 'config');
});
after(() => {
  if (savedConfig === undefined) delete process.env.INTERDICT_CONFIG_DIR;
  else process.env.INTERDICT_CONFIG_DIR = savedConfig;
  rmSync(dir, { recursive: true, force: true });
});

const engine = new Engine();
const target = (name: string): DbTarget => ({ kind: 'sqlite', file: path.join(dir, name), isDefault: false });
const delivery = (ref: string, barrels = '1000', date = '2018-03-01') => ({ commodity: 'refined-petroleum', state: 'CN', date, barrels, ref, reported: date });

/** A ledger write as `interdict ledger record --as NAME` makes it. */
async function cliRecord(t: DbTarget, ref: string, barrels = '1000', as?: string) {
  const actor = { name: cliActor(as), state: null };
  return withLedger(engine, t, 'write', (store, audited) => recordDelivery(store, engine.law(), { ...actor, audited }, delivery(ref, barrels)), actor.name);
}

async function verifyAt(t: DbTarget) {
  const driver = await openDatabase(t, { access: 'read' });
  try {
    return await verifyAudit(driver);
  } finally {
    await driver.close();
  }
}

async function sql(t: DbTarget, statement: string, params: unknown[] = []): Promise<void> {
  const driver = await openDatabase(t, { access: 'write' });
  try {
    await driver.run(statement, params);
  } finally {
    await driver.close();
  }
}

describe('security: the cap ledger written at the command line is audited when the database holds the log', () => {
  const t = target('service.sqlite');
  before(async () => {
    await (await openService({ target: t })).close();
  });

  it('record, amend, import and baseline each append an entry by the CLI actor, naming their rows with digests', async () => {
    const r = await cliRecord(t, 'r1', '1000', 'alice');
    assert.equal(r.created, true);
    const actor = { name: cliActor('alice'), state: null, audited: true };
    await withLedger(engine, t, 'write', (store, audited) => amendDelivery(store, engine.law(), { ...actor, audited }, { state: 'CN', ref: 'r1', by: 'alice', barrels: '1200', reason: 'mis-keyed' }));
    const csv = 'state,commodity,date,barrels,tonnes,ref\nCN,refined-petroleum,2018-04-01,500,,i1\nCN,refined-petroleum,2018-04-02,600,,i2\n';
    await withLedger(engine, t, 'write', (store, audited) => importDeliveries(store, engine.law(), { ...actor, audited }, csv, 'in.csv'));
    await baselines(engine, t, { state: 'CN', barrels: '90000' }, cliActor('alice'));
    const driver = await openDatabase(t, { access: 'read' });
    try {
      const entries = (await listAudit(driver)).filter((e) => e.action.startsWith('delivery.') || e.action === 'ledger.baseline');
      assert.deepEqual(entries.map((e) => [e.action, e.target]), [
        ['delivery.record', 'delivery:CN:r1'], ['delivery.amend', 'delivery:CN:r1'], ['delivery.record', 'delivery:CN:i1'], ['delivery.record', 'delivery:CN:i2'], ['ledger.baseline', 'baseline:CN'],
      ]);
      for (const e of entries) assert.equal(e.actor, cliActor('alice'));
      const digests = (i: number) => Object.keys(entries[i]!.detail.rowDigests as Record<string, string>).sort();
      assert.deepEqual(digests(0), ['deliveries:1', 'delivery_versions:1/1', 'period_totals:refined-petroleum/2018'].sort());
      assert.deepEqual(digests(1), ['deliveries:1', 'delivery_versions:1/2', 'period_totals:refined-petroleum/2018'].sort());
      assert.deepEqual(digests(4), ['baselines:CN/1']);
    } finally {
      await driver.close();
    }
    const v = await verifyAt(t);
    assert.equal(v.ok, true, v.problem);
  });

  it('verify names a ledger row changed, added or deleted behind the log', async () => {
    await cliRecord(t, 'v1', '2000');
    const id = 4; // after r1, i1 and i2
    await sql(t, 'UPDATE delivery_versions SET barrels_milli = 1 WHERE delivery_id = ? AND version = 1', [id]);
    assert.match((await verifyAt(t)).problem ?? '', new RegExp(`the row delivery_versions:${id}/1 is not what its last audit entry recorded`));
    await sql(t, 'UPDATE delivery_versions SET barrels_milli = 2000000 WHERE delivery_id = ? AND version = 1', [id]);
    assert.equal((await verifyAt(t)).ok, true, 'put back, it agrees again');
    await sql(t, "INSERT INTO baselines (state, version, barrels_milli, tonnes_milli, set_at) VALUES ('RU', 1, 5, NULL, '2018-01-01')");
    assert.match((await verifyAt(t)).problem ?? '', /the row baselines:RU\/1 has no audit entry/);
    await sql(t, "DELETE FROM baselines WHERE state = 'RU'");
    await sql(t, "UPDATE period_totals SET barrels_milli = barrels_milli - 1 WHERE commodity = 'refined-petroleum' AND period = '2018'");
    assert.match((await verifyAt(t)).problem ?? '', /the row period_totals:refined-petroleum\/2018 is not what its last audit entry recorded/);
    await sql(t, "UPDATE period_totals SET barrels_milli = barrels_milli + 1 WHERE commodity = 'refined-petroleum' AND period = '2018'");
    await sql(t, "DELETE FROM baselines WHERE state = 'CN'");
    assert.match((await verifyAt(t)).problem ?? '', /the row baselines:CN\/1 is in the log but not in the table/);
  });

  it('a total lowered in the table is not carried on by the next delivery (refused, nothing written), and verify finds it', async () => {
    const t3 = target('launder.sqlite');
    const svc = await openService({ target: t3 });
    await svc.close();
    await cliRecord(t3, 'l1', '300000');
    assert.equal((await verifyAt(t3)).ok, true);
    await sql(t3, "UPDATE period_totals SET barrels_milli = barrels_milli - 200000000 WHERE commodity = 'refined-petroleum' AND period = '2018'");
    await assert.rejects(cliRecord(t3, 'l2', '1000'), (e: { code?: string; message?: string }) => e.code === 'AUDIT_TAMPERED' && /period_totals:refined-petroleum\/2018/.test(e.message ?? ''));
    const v = await verifyAt(t3);
    assert.equal(v.ok, false);
    assert.match(v.problem ?? '', /period_totals/);
    const driver = await openDatabase(t3, { access: 'read' });
    try {
      assert.deepEqual(await driver.all("SELECT ref FROM deliveries WHERE ref = 'l2'"), [], 'nothing written');
    } finally {
      await driver.close();
    }
  });

  it('a reader without the deployment\'s MAC key does not take the log on trust: check --db on a database whose entries carry MACs is refused, saying which key', async () => {
    const t4 = target('nokey.sqlite');
    await (await openService({ target: t4 })).close();
    await cliRecord(t4, 'k1', '1000');
    const { checkSourcesAt } = await import('../../src/app/check-sources.ts');
    assert.ok(await checkSourcesAt(t4, engine.law(), false), 'with the key: read');
    const saved = { dir: process.env.INTERDICT_CONFIG_DIR, key: process.env.INTERDICT_AUDIT_MAC_KEY };
    process.env.INTERDICT_CONFIG_DIR = path.join(dir, 'elsewhere');
    delete process.env.INTERDICT_AUDIT_MAC_KEY;
    try {
      await assert.rejects(checkSourcesAt(t4, engine.law(), false), (e: { code?: string; message?: string }) => e.code === 'CONFIG_SECRET' && /audit MAC key/.test(e.message ?? ''));
    } finally {
      process.env.INTERDICT_CONFIG_DIR = saved.dir;
      if (saved.key !== undefined) process.env.INTERDICT_AUDIT_MAC_KEY = saved.key;
    }
  });

  it('the write and its entry commit together: when the entry cannot be appended, nothing is recorded', async () => {
    const t2 = target('half.sqlite');
    await (await openService({ target: t2 })).close();
    await sql(t2, 'DELETE FROM audit_head');
    await assert.rejects(cliRecord(t2, 'h1'), /audit log has no head row/);
    const driver = await openDatabase(t2, { access: 'read' });
    try {
      assert.deepEqual(await driver.all('SELECT id FROM deliveries'), []);
      assert.deepEqual(await driver.all('SELECT * FROM period_totals'), []);
    } finally {
      await driver.close();
    }
  });

  it('the command line: ledger record --as NAME logs the write under the OS account and the name given', async () => {
    const s = scratch('ledger-audit-cli', { INTERDICT_CONFIG_DIR: path.join(dir, 'config') });
    const db = path.join(s.dir, 'svc.sqlite');
    await (await openService({ target: { kind: 'sqlite', file: db, isDefault: false } })).close();
    const r = s.cli(['ledger', 'record', '--commodity', 'refined-petroleum', '--state', 'CN', '--date', '2018-03-01', '--reported', '2018-03-01', '--barrels', '100', '--ref', 'c1', '--as', 'bob', '--db', db, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const driver = await openDatabase({ kind: 'sqlite', file: db, isDefault: false }, { access: 'read' });
    try {
      const [e] = await listAudit(driver, { action: 'delivery.record' });
      assert.equal(e?.actor, cliActor('bob'));
      assert.equal((await verifyAudit(driver)).ok, true);
    } finally {
      await driver.close();
    }
    const bad = s.cli(['ledger', 'record', '--commodity', 'refined-petroleum', '--state', 'CN', '--date', '2018-03-01', '--barrels', '100', '--ref', 'c2', '--as', 'bo b', '--db', db, '--format', 'json']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /"field":"as"/);
  });

  it('a plain ledger file (no audit log) is written as before, unaudited', async () => {
    const plain = target('plain.sqlite');
    assert.equal((await cliRecord(plain, 'p1')).created, true);
    const driver = await openDatabase(plain, { access: 'read' });
    try {
      assert.deepEqual(await driver.all("SELECT area FROM store_migrations WHERE area = 'service'"), []);
    } finally {
      await driver.close();
    }
  });
});

describe('security: ledger rows from before the log held them are recorded by a baseline', () => {
  it('a ledger file the service is then started on: its rows are in the first baseline', async () => {
    const t = target('ledger-first.sqlite');
    await cliRecord(t, 'old1');
    await (await openService({ target: t })).close();
    assert.equal((await verifyAt(t)).ok, true);
    await sql(t, "UPDATE deliveries SET ref = 'forged' WHERE ref = 'old1'");
    assert.match((await verifyAt(t)).problem ?? '', /the row deliveries:1 is not what its last audit entry recorded/);
  });

  it('an upgraded database (its baseline from before the ledger was audited) records a new baseline when opened', async () => {
    const t = target('upgraded.sqlite');
    const svc = await openService({ target: t });
    // As before this change: a ledger write with no entry, then a baseline of the old kind (no digest version).
    await svc.ledger.record(delivery('pre1'));
    await svc.driver.transaction((tx) => appendAudit(tx, { actor: 'cli:old', action: 'audit.baseline', target: BASELINE_TARGET, detail: { rows: 0, part: '1 of 1', operator: true, first: null } }).then(() => undefined));
    await svc.close();
    assert.match((await verifyAt(t)).problem ?? '', /digests were recorded under an earlier definition \(version 1, now 2\): open the database once/);
    await (await openService({ target: t })).close();
    assert.equal((await verifyAt(t)).ok, true, 'the new baseline records the ledger rows as they are');
    await (await openService({ target: t })).close();
    const driver = await openDatabase(t, { access: 'read' });
    try {
      assert.equal((await listAudit(driver, { action: 'audit.baseline' })).length, 3, 'once per digest version, not once per start');
    } finally {
      await driver.close();
    }
  });
});

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`security: deliveries through the API and alerts' kind carry digests (${backend})`, () => {
    let t: TestService;
    before(async () => {
      t = await startTestService(backend);
    });
    after(() => t.close());

    it('a delivery through the API names its ledger rows; a change behind the log is named', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/v1/ledger/deliveries', headers: auth(t.keys.reporterCN!), payload: delivery('api1') });
      assert.equal(res.statusCode, 201);
      const [entry] = await listAudit(t.svc.driver, { action: 'delivery.record' });
      assert.ok(Object.keys(entry!.detail.rowDigests as object).includes('deliveries:1'));
      assert.equal((await verifyAudit(t.svc.driver)).ok, true);
      await t.svc.driver.run("UPDATE delivery_versions SET vessel = 'OTHER' WHERE delivery_id = 1");
      assert.match((await verifyAudit(t.svc.driver)).problem ?? '', /the row delivery_versions:1\/1 is not what its last audit entry recorded/);
      await t.svc.driver.run('UPDATE delivery_versions SET vessel = NULL WHERE delivery_id = 1');
      assert.equal((await verifyAudit(t.svc.driver)).ok, true);
    });

    it("an alert's kind or event changed behind the log is named", async () => {
      const s = await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [{ id: 'k1', name: 'PAK YONG SIK', type: 'person' }] });
      const id = (s.json() as { subjects: { alerts: number[] }[] }).subjects[0]!.alerts[0]!;
      assert.equal((await verifyAudit(t.svc.driver)).ok, true);
      await t.svc.driver.run("UPDATE alerts SET kind = 'vessel-event' WHERE id = ?", [id]);
      assert.match((await verifyAudit(t.svc.driver)).problem ?? '', new RegExp(`the row alerts:${id} is not what its last audit entry recorded|alert ${id} is a name alert according to the log, a vessel-event alert according to the table`));
      await t.svc.driver.run("UPDATE alerts SET kind = 'name', event_id = 7 WHERE id = ?", [id]);
      assert.match((await verifyAudit(t.svc.driver)).problem ?? '', new RegExp(`the row alerts:${id} is not what its last audit entry recorded`));
      await t.svc.driver.run('UPDATE alerts SET event_id = NULL WHERE id = ?', [id]);
      assert.equal((await verifyAudit(t.svc.driver)).ok, true);
    });
  });
}

// Security review 30, the service's two LOW findings, each pinned:
// LOW-2 a server keeping signed checkpoints (`serve --checkpoints`) found its audit log rewritten by the
//   database's owner, logged it every tick, and went on serving, a forged admin's key included: now it halts
//   (every request but the probe and the verification: 503 SERVICE_AUDIT_HALTED) until the log verifies again;
// LOW-3 a route of the API that takes no query parameter ignored one (GET /v1/users?zz=1 was 200).
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { keyIdOfPublic } from '../../src/app/audit/audit-key.ts';
import { watchCheckpoints, type CheckpointLog } from '../../src/app/audit/checkpointer.ts';
import { openSqliteDriver } from '../../src/store/sqlite-driver.ts';
import { auth, pageSignIn, startTestService, type TestService } from './harness.ts';
import { rewriteEntry, triggersOff } from './tamper.ts';

describe('security review 30, LOW-2: an audit log that fails verification halts the service', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('rewritten by the database\'s owner under a checkpoint: 503 for every request but the probe and the verification; nothing stored', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'interdict-halt-')), 'checkpoints.ndjson');
    const key = { privateKey, publicKey, keyId: keyIdOfPublic(publicKey), file: 'test' };
    const logged: string[] = [];
    const log: CheckpointLog = { info: (_f, m) => logged.push(`info ${m}`), error: (_f, m) => logged.push(`error ${m}`) };
    t.svc.checkpoints = { file, keys: [publicKey] };
    const watch = watchCheckpoints(t.svc, key, file, log);
    await watch.tick(true);
    assert.equal(t.svc.auditHalted, undefined, logged.join('\n'));
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/users', headers: auth(t.keys.admin!) })).statusCode, 200);

    // The owner rewrites an early entry and re-hashes the chain and the head (no MAC secret: the MACs go stale).
    const owner = openSqliteDriver(t.dbFile!);
    await rewriteEntry(owner, 2, (e) => { e.actor = 'evil'; });
    await owner.close();
    await watch.tick();
    assert.match(t.svc.auditHalted ?? '', /does not verify against the checkpoints/);
    assert.ok(logged.some((l) => /^error .*acts on nothing/.test(l)), logged.join('\n'));

    const users = await t.app.inject({ method: 'GET', url: '/v1/users', headers: auth(t.keys.admin!) });
    assert.equal(users.statusCode, 503);
    assert.equal(users.json().error.code, 'SERVICE_AUDIT_HALTED');
    const add = await t.app.inject({ method: 'POST', url: '/v1/users', headers: { ...auth(t.keys.admin!), 'content-type': 'application/json' }, payload: { name: 'evil2', roles: ['auditor'] } });
    assert.equal(add.statusCode, 503);
    assert.equal((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode, 503);
    assert.equal((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
    // The verification itself is let through the halt (here the keys are refused anyway: every account row's
    // last entry lost its MAC, so none is trusted; at the server, "interdict audit verify" says why).
    const verify = await t.app.inject({ method: 'GET', url: '/v1/audit/verify', headers: auth(t.keys.auditor!) });
    assert.notEqual(verify.statusCode, 503, verify.body);
    const page = await t.app.inject({ method: 'GET', url: '/alerts', headers: { accept: 'text/html' } });
    assert.equal(page.statusCode, 503);
    assert.match(page.body, /does not verify/);
    const check = (await t.svc.driver.all<{ n: unknown }>("SELECT count(*) AS n FROM service_users WHERE name = 'evil2'"))[0]!;
    assert.equal(Number(check.n), 0, 'nothing stored');
  });
});

describe('security review (HEAD review), HIGH: the head row set back does not hide a rewritten log from the checkpointer', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('rewritten and re-hashed, then audit_head written back to what the last tick saw: the next tick still halts', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'interdict-halt-')), 'checkpoints.ndjson');
    const key = { privateKey, publicKey, keyId: keyIdOfPublic(publicKey), file: 'test' };
    const log: CheckpointLog = { info: () => undefined, error: () => undefined };
    t.svc.checkpoints = { file, keys: [publicKey] };
    const watch = watchCheckpoints(t.svc, key, file, log);
    await watch.tick(true);
    assert.equal(t.svc.auditHalted, undefined);
    const owner = openSqliteDriver(t.dbFile!);
    const head = (await owner.all<{ seq: unknown; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1'))[0]!;
    await rewriteEntry(owner, 2, (e) => { e.actor = 'evil'; });
    await owner.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [Number(head.seq), head.hash]);
    await owner.close();
    await watch.tick();
    assert.match(t.svc.auditHalted ?? '', /does not verify/);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/users', headers: auth(t.keys.admin!) })).statusCode, 503);
  });
});

describe('security re-review, HIGH: every MAC nulled by whoever can write the database', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('is not a log taken on its hashes: its entries vouch for no row, so the keys resting on them are refused', async () => {
    // (No request before: a key the server already checked is kept in its cache until an account changes.)
    const owner = openSqliteDriver(t.dbFile!);
    await triggersOff(owner);
    await owner.run('UPDATE audit_log SET mac = NULL');
    await owner.close();
    // Entry 1 says in its hashed content that MACs begin with it: without MACs no entry is Interdict's.
    const users = await t.app.inject({ method: 'GET', url: '/v1/users', headers: auth(t.keys.admin!) });
    assert.notEqual(users.statusCode, 200, users.body);
    const screen = await t.app.inject({ method: 'POST', url: '/v1/screen', headers: { ...auth(t.keys.analyst!), 'content-type': 'application/json' }, payload: { name: 'PAK YONG SIK' } });
    assert.notEqual(screen.statusCode, 200, screen.body);
  });
});

describe('security re-review, HIGH: the MAC marker made unreadable without re-hashing, then every MAC nulled', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('entry 1 no longer holds to its hash: MACs are demanded from the start, so the keys resting on the log are refused', async () => {
    const owner = openSqliteDriver(t.dbFile!);
    await triggersOff(owner);
    const first = (await owner.all<{ detail: string }>('SELECT detail FROM audit_log WHERE seq = 1'))[0]!;
    await owner.run('UPDATE audit_log SET detail = ? WHERE seq = 1', [first.detail.replace(/"macFrom":1/, '"macFrom":"x"')]);
    await owner.run('UPDATE audit_log SET mac = NULL');
    await owner.close();
    const users = await t.app.inject({ method: 'GET', url: '/v1/users', headers: auth(t.keys.admin!) });
    assert.notEqual(users.statusCode, 200, users.body);
  });
});

describe('security review (HEAD review), MEDIUM: a body nested a million levels deep', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('is refused 400 before it is parsed, for any role; a body of ordinary depth still reaches its route', async () => {
    const deep = `{"name":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    for (const [role, url] of [['auditor', '/v1/users/me/key'], ['analyst', '/v1/screen'], ['admin', '/v1/users']] as const) {
      const r = await t.app.inject({ method: 'POST', url, headers: { ...auth(t.keys[role]!), 'content-type': 'application/json' }, payload: deep });
      assert.equal(r.statusCode, 400, `${url}: ${r.body.slice(0, 200)}`);
      assert.match(r.json().error.message, /nests arrays or objects more than 32 levels deep/);
    }
    // As wide: 150,000 keys in one object (2 MiB) held the parsers for seconds (security re-review, MEDIUM).
    const wide = `{${Array.from({ length: 150_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
    const w = await t.app.inject({ method: 'POST', url: '/v1/ledger/deliveries', headers: { ...auth(t.keys.reporterCN!), 'content-type': 'application/json' }, payload: wide });
    assert.equal(w.statusCode, 400, w.body.slice(0, 200));
    assert.match(w.json().error.message, /an object of more than 12,000 members/);
    // A transaction of 13,000 goods lines is as the document says (maxItems 100,000): taken (re-review 3, LOW-1).
    const goods = await t.app.inject({ method: 'POST', url: '/v1/check', headers: { ...auth(t.keys.analyst!), 'content-type': 'application/json' }, payload: { type: 'goods', date: '2025-06-01', from: 'CN', to: 'RU', goods: Array.from({ length: 13_000 }, () => ({ hs: '8471' })) } });
    assert.equal(goods.statusCode, 200, goods.body.slice(0, 300));
    // Free text is read in one step: one transaction's is bounded (re-review 4, M-1: 2 MiB of descriptions, 7 s).
    const wordy = await t.app.inject({ method: 'POST', url: '/v1/check', headers: { ...auth(t.keys.analyst!), 'content-type': 'application/json' }, payload: { type: 'goods', date: '2025-06-01', from: 'CN', to: 'RU', goods: Array.from({ length: 400 }, () => ({ description: 'KOREA MINING DEVELOPMENT TRADING CORPORATION GREEN PINE ASSOCIATED CORPORATION TANCHON COMMERCIAL BANK '.repeat(3) })) } });
    assert.equal(wordy.statusCode, 413, wordy.body.slice(0, 300));
    assert.match(wordy.json().error.message, /transaction 1 holds [\d,]+ characters of free text .*at most 100,000/);
    const ok = await t.app.inject({ method: 'POST', url: '/v1/screen', headers: { ...auth(t.keys.analyst!), 'content-type': 'application/json' }, payload: { name: 'PAK YONG SIK' } });
    assert.equal(ok.statusCode, 200, ok.body);
  });
});

describe('security review 30, LOW-3: a route that takes no query parameter refuses one', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('400 naming it, on every GET route of the API without parameters; the document lists none for them', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, { parameters?: { in: string }[] }>> };
    let tried = 0;
    for (const [p, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      if (op === undefined || p.includes('{') || (op.parameters ?? []).some((x) => x.in === 'query')) continue;
      for (const name of ['zz', '__proto__']) {
        const r = await t.app.inject({ method: 'GET', url: `${p}?${name}=1`, headers: auth(t.keys.admin!) });
        assert.equal(r.statusCode, 400, `${p}?${name}=1: ${r.body}`);
        assert.equal(r.json().error.field, name, p);
      }
      tried++;
    }
    assert.ok(tried >= 8, `${tried} routes`);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/users', headers: auth(t.keys.admin!) })).statusCode, 200);
    // A page still takes its own parameters (and refuses unknown ones itself: review 19, LOW-8).
    const { cookie } = await pageSignIn(t, t.keys.auditor!);
    assert.equal((await t.app.inject({ method: 'GET', url: '/audit?verify=1', headers: { cookie } })).statusCode, 200);
  });
});

// Third security review, a LOW: account names that look alike ("rel1" and "reI1"; a Cyrillic "а" for a
// Latin "a"; fullwidth letters) let one account pass for another in the audit trail and on screen. Names
// are ASCII, and a new name that looks like an existing one is refused (400 / exit 1 naming `name`);
// accounts stored before the rule keep working.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addAccount, accountForKey } from '../../src/app/accounts/accounts.ts';
import { nameSkeleton } from '../../src/app/accounts/name-skeleton.ts';
import { withAudit } from '../../src/app/audit/audit-log.ts';
import { scratch } from '../support/cli-harness.ts';
import { auth, startTestService, type TestService } from './harness.ts';

describe('security: account names that look alike', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());
  const add = (name: string) => t.app.inject({ method: 'POST', url: '/v1/users', headers: auth(t.keys.admin!), payload: { name, roles: ['auditor'] } });

  it('the skeleton reads l, 1, I and i, O and 0, rn and m, vv and w, case and separators as one', () => {
    assert.equal(nameSkeleton('rel1'), nameSkeleton('reI1'));
    assert.equal(nameSkeleton('rel1'), nameSkeleton('rell'));
    assert.equal(nameSkeleton('b0b'), nameSkeleton('BOB'));
    assert.equal(nameSkeleton('arnie'), nameSkeleton('amie'));
    assert.equal(nameSkeleton('vvill'), nameSkeleton('will'));
    assert.equal(nameSkeleton('j.doe'), nameSkeleton('j_doe'));
    assert.notEqual(nameSkeleton('analyst'), nameSkeleton('analyst2'));
    // Separators added or removed (review 19, LOW-5): dropped, not only read for one another.
    for (const [a, b] of [['admin', 'admin.'], ['admin', 'admin@'], ['admin', 'a.d.m.i.n'], ['ana1', 'ana-1'], ['rel1', 'rel-1'], ['x1', 'x1_'], ['arnie', 'ar.nie']] as [string, string][]) assert.equal(nameSkeleton(a), nameSkeleton(b), `${a} ~ ${b}`);
  });

  it('a new name that is an existing one with separators added or removed is 400 naming name (review 19, LOW-5)', async () => {
    for (const name of ['adm', 'ana1', 'x1']) assert.equal((await add(name)).statusCode, 201, name);
    for (const [like, existing] of [['adm.', 'adm'], ['adm@', 'adm'], ['a.d.m', 'adm'], ['ana-1', 'ana1'], ['x1_', 'x1']]) {
      const r = await add(like!);
      assert.equal(r.statusCode, 400, `${like}: ${r.body}`);
      assert.equal(r.json().error.field, 'name');
      assert.match(r.json().error.message, new RegExp(`looks like the existing account "${existing}"`));
    }
  });

  it('a new name that looks like an existing account is 400 naming name; nothing is stored', async () => {
    assert.equal((await add('rel1')).statusCode, 201);
    for (const like of ['reI1', 'rell', 'REL1', 'Rel1']) {
      const r = await add(like);
      assert.equal(r.statusCode, 400, `${like}: ${r.body}`);
      assert.equal(r.json().error.field, 'name');
      assert.match(r.json().error.message, /looks like the existing account "rel1"/);
    }
    const rows = await t.svc.driver.all<{ name: string }>("SELECT name FROM service_users WHERE lower(name) LIKE 're%' AND length(name) = 4");
    assert.deepEqual(rows.map((r) => r.name), ['rel1']);
    assert.equal((await add('rel1')).statusCode, 409, 'the same name again is the conflict it always was');
  });

  it('names outside ASCII (Cyrillic, fullwidth) are 400 naming name', async () => {
    for (const name of ['\u0430dmin', 'ａｄｍｉｎ', 'admin\u200b']) {
      const r = await add(name);
      assert.equal(r.statusCode, 400, name);
      assert.equal(r.json().error.field, 'name');
    }
  });

  it('look-alike accounts stored before the rule keep working', async () => {
    const key = 'ik_old-lookalike-key';
    // Stored (and audited, as every version recorded accounts) before the rule existed.
    await withAudit(t.svc.driver, async (tx) => {
      await tx.run('INSERT INTO service_users (name, roles, key_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)', ['RELL', '["auditor"]', createHash('sha256').update(key).digest('hex'), new Date().toISOString(), 'cli:old']);
      return { result: undefined, audit: [{ actor: 'cli:old', action: 'user.add', target: 'user:RELL', detail: { roles: ['auditor'] }, rows: [{ table: 'service_users', key: ['RELL'] }] }] };
    });
    assert.equal((await accountForKey(t.svc.driver, key))?.name, 'RELL');
    await assert.rejects(addAccount(t.svc.driver, { name: 'reIl', roles: ['auditor'] }, { actor: 'cli:operator', operator: true }), /looks like the existing account/);
    await t.svc.driver.run("DELETE FROM service_users WHERE name = 'RELL'");
  });

  it('the CLI refuses the same (exit 1, naming name)', () => {
    const s = scratch('names-cli');
    const db = path.join(s.dir, 'n.sqlite');
    assert.equal(s.cli(['users', 'add', 'ops0', '--role', 'auditor', '--db', db, '--format', 'json']).code, 0);
    const r = s.cli(['users', 'add', 'OPSO', '--role', 'auditor', '--db', db, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const err = (JSON.parse(r.stderr) as { error: { field: string; message: string } }).error;
    assert.equal(err.field, 'name');
    assert.match(err.message, /looks like the existing account "ops0"/);
  });
});

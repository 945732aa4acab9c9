// The role matrix: every route × every role. No credential: 401; a role the table does not allow: 403;
// an allowed role gets past authorization (its empty request may then be refused as bad input).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PERMISSIONS, type Role } from '../../src/app/accounts/roles.ts';
import { ACCOUNTS, auth, suiteService } from './harness.ts';

// CONTRACT §4 and §4a, written out here independently of the code's table.
const EXPECTED: Record<string, Role[] | 'public'> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /openapi.json': 'public',
  'POST /v1/check': ['analyst', 'releaser', 'admin'],
  'POST /v1/screen': ['analyst', 'releaser', 'admin'],
  'GET /v1/law': ['analyst', 'releaser', 'reporter', 'auditor', 'admin'],
  'GET /v1/list': ['analyst', 'releaser', 'reporter', 'auditor', 'admin'],
  'POST /v1/ledger/deliveries': ['reporter', 'admin'],
  'POST /v1/ledger/deliveries/:state/:ref/amend': ['reporter', 'admin'],
  'GET /v1/ledger/deliveries': ['analyst', 'releaser', 'reporter', 'auditor', 'admin'],
  'GET /v1/ledger/status': ['analyst', 'releaser', 'reporter', 'auditor', 'admin'],
  'GET /v1/ledger/notices': ['analyst', 'releaser', 'reporter', 'auditor', 'admin'],
  'POST /v1/subjects': ['analyst', 'releaser', 'admin'],
  'GET /v1/subjects': ['analyst', 'releaser', 'auditor', 'admin'],
  'GET /v1/alerts': ['analyst', 'releaser', 'auditor', 'admin'],
  'GET /v1/alerts/:id': ['analyst', 'releaser', 'auditor', 'admin'],
  'POST /v1/alerts/:id/decision': ['analyst'],
  'POST /v1/alerts/:id/confirm': ['releaser'],
  'GET /v1/events': ['analyst', 'releaser', 'auditor', 'admin'],
  'GET /v1/events/:id': ['analyst', 'releaser', 'auditor', 'admin'],
  'POST /v1/alerts/:id/reject': ['releaser'],
  'POST /v1/alerts/:id/withdraw': ['analyst'],
  'POST /v1/alerts/:id/assign': ['analyst', 'releaser', 'admin'],
  'DELETE /v1/subjects/:id': ['analyst', 'releaser', 'admin'],
  'POST /v1/lists': ['admin'],
  'GET /v1/lists/pending': ['admin'],
  'GET /v1/vessels': ['analyst', 'releaser', 'reporter', 'auditor', 'admin'],
  'POST /v1/vessels/preview': ['admin'],
  'POST /v1/vessels': ['admin'],
  'POST /v1/lists/pending/:id/confirm': ['admin'],
  'POST /v1/lists/pending/:id/withdraw': ['admin'],
  'GET /v1/audit': ['auditor', 'admin'],
  'GET /v1/audit/verify': ['auditor', 'admin'],
  'GET /v1/users': ['admin'],
  'POST /v1/users': ['admin'],
  'DELETE /v1/users/:name': ['admin'],
  'PATCH /v1/users/:name': ['admin'],
  'POST /v1/users/:name/confirm': ['admin'],
  'POST /v1/users/:name/key': ['admin'],
  'POST /v1/users/me/key': ['analyst', 'releaser', 'reporter', 'auditor', 'admin'],
};

const SINGLE_ROLE: Record<Role, keyof typeof ACCOUNTS> = { analyst: 'analyst', releaser: 'releaser', reporter: 'reporterCN', auditor: 'auditor', admin: 'admin' };

describe('service: role matrix', () => {
  const t = suiteService('sqlite');

  const call = (method: string, url: string, key?: string) =>
    t.app.inject({ method: method as 'GET', url: url.replace(':id', '999').replace(':name', 'nobody-here'), headers: key ? auth(key) : {} });

  it('the routes served are exactly the routes in the table', () => {
    const served = t.routeTable.map((r) => `${r.method} ${r.url}`).sort();
    assert.deepEqual(served, Object.keys(EXPECTED).sort());
    for (const r of t.routeTable) {
      const want = EXPECTED[`${r.method} ${r.url}`];
      if (want === 'public') assert.equal(r.permission, undefined, `${r.method} ${r.url} is public`);
      else assert.deepEqual([...PERMISSIONS[r.permission!]].sort(), [...want!].sort(), `${r.method} ${r.url}`);
    }
  });

  for (const [route, allowed] of Object.entries(EXPECTED)) {
    const [method, url] = route.split(' ') as [string, string];
    it(`${route}: 401 without a credential or with a wrong key, 403 for roles it does not allow`, async () => {
      const anon = await call(method, url);
      if (allowed === 'public') {
        assert.equal(anon.statusCode, 200, route);
        return;
      }
      assert.equal(anon.statusCode, 401, route);
      assert.equal(anon.json().error.code, 'SERVICE_UNAUTHENTICATED');
      assert.equal((await call(method, url, 'ik_not-a-key')).statusCode, 401);
      for (const [role, account] of Object.entries(SINGLE_ROLE) as [Role, keyof typeof ACCOUNTS][]) {
        const res = await call(method, url, t.keys[account]);
        // Rotating one's own key ends the old one: the tests after this one use the new key.
        if (route === 'POST /v1/users/me/key' && res.statusCode === 200) t.keys[account] = res.json().key as string;
        if (allowed.includes(role)) assert.ok(res.statusCode !== 401 && res.statusCode !== 403, `${route} as ${role}: ${res.statusCode} ${res.body}`);
        else {
          assert.equal(res.statusCode, 403, `${route} as ${role}: ${res.body}`);
          assert.equal(res.json().error.code, 'SERVICE_FORBIDDEN');
        }
      }
    });
  }

  it('a revoked key is refused at once', async () => {
    const added = await t.app.inject({ method: 'POST', url: '/v1/users', headers: auth(t.keys.admin!), payload: { name: 'temp', roles: ['auditor'] } });
    assert.equal(added.statusCode, 201);
    const key = added.json().key as string;
    assert.equal((await call('GET', '/v1/audit/verify', key)).statusCode, 200);
    assert.equal((await t.app.inject({ method: 'DELETE', url: '/v1/users/temp', headers: auth(t.keys.admin!) })).statusCode, 200);
    assert.equal((await call('GET', '/v1/audit/verify', key)).statusCode, 401);
    const list = (await t.app.inject({ method: 'GET', url: '/v1/users', headers: auth(t.keys.admin!) })).json();
    assert.ok(!JSON.stringify(list).includes(key), 'keys are never listed');
  });
});

// The pages go through the app layer and the API's schemas, never their own copy: an account change made on
// a page ends the old key at once (as over the API), a page's query is checked by the API route's schema
// (same limits, same values, unknown parameters refused), the UN-list preview is the app layer's, and the
// forms' limits are the limits module's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addAccount } from '../../src/app/accounts/accounts.ts';
import { MAX_NAME_LENGTH } from '../../src/app/limits.ts';
import { previewList } from '../../src/app/lists/list-preview.ts';
import { olderListXml } from '../service/fixtures.ts';
import { auth, pageSignIn, startTestService, type TestService } from '../service/harness.ts';

describe('web: the pages as the API', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  const signIn = (key: string) => pageSignIn(t, key);
  const post = (url: string, cookie: string, form: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
  const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const apiStatus = async (url: string, key: string) => (await t.app.inject({ method: 'GET', url, headers: auth(key) })).statusCode;

  it('a key revoked or replaced on the users page is refused at once by this process, as after the API', async () => {
    const admin = await signIn(t.keys.admin!);
    for (const [name, action] of [['gone-revoked', 'revoke'], ['gone-rotated', 'key']] as const) {
      const { key } = await addAccount(t.svc.driver, { name, roles: ['auditor'] }, { actor: 'test', operator: true });
      assert.equal(await apiStatus('/v1/audit?limit=1', key), 200, 'the key works (and is now in the key cache)');
      const r = await post(`/users/${name}/${action}`, admin.cookie, { csrf: admin.csrf });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(await apiStatus('/v1/audit?limit=1', key), 401, `${action}: the old key is refused at once`);
    }
  });

  it('a key revoked over the API is refused at once too (the use case announces the change, the route does nothing of its own)', async () => {
    const { key } = await addAccount(t.svc.driver, { name: 'gone-api', roles: ['auditor'] }, { actor: 'test', operator: true });
    assert.equal(await apiStatus('/v1/audit?limit=1', key), 200);
    assert.equal((await t.app.inject({ method: 'DELETE', url: '/v1/users/gone-api', headers: auth(t.keys.admin!) })).statusCode, 200);
    assert.equal(await apiStatus('/v1/audit?limit=1', key), 401);
  });

  it('the alert queue takes what GET /v1/alerts takes: sort=score, the same limits, no unknown parameter', async () => {
    const a = await signIn(t.keys.analyst!);
    for (const [query, status] of [['sort=score', 200], ['sort=band', 200], ['sort=nope', 400], ['status=nope', 400], [`q=${'x'.repeat(201)}`, 400], ['x=1', 400], ['limit=0', 400]] as const) {
      const page = await get(`/?${query}`, a.cookie);
      const api = await apiStatus(`/v1/alerts?${query}`, t.keys.analyst!);
      assert.equal(page.statusCode, status, `${query}: ${page.body.slice(0, 300)}`);
      assert.equal(api, status, `API ${query}`);
      if (status === 400) {
        assert.match(String(page.headers['content-type']), /text\/html/);
        assert.match(page.body, new RegExp(`role="alert">${query.split('=')[0]}`), page.body);
      }
    }
    // The page's own filters: a minimum score, a blank field of the form (not given).
    assert.equal((await get('/?min=0.5&band=&q=', a.cookie)).statusCode, 200);
    assert.equal((await get('/?min=2', a.cookie)).statusCode, 400);
  });

  it('the audit page takes what GET /v1/audit takes (actor at most 100 characters), and its verify button', async () => {
    const au = await signIn(t.keys.auditor!);
    for (const [query, status] of [[`actor=${'a'.repeat(150)}`, 400], [`actor=${'a'.repeat(100)}`, 200], [`target=${'t'.repeat(301)}`, 400], ['x=1', 400], ['order=sideways', 400]] as const) {
      const page = await get(`/audit?${query}`, au.cookie);
      assert.equal(page.statusCode, status, `${query}: ${page.body.slice(0, 300)}`);
      assert.equal(await apiStatus(`/v1/audit?${query}`, t.keys.auditor!), status, `API ${query}`);
      if (status === 400) assert.match(page.body, new RegExp(`role="alert">${query.split('=')[0]}`));
    }
    const verified = await get('/audit?verify=1&actor=', au.cookie);
    assert.equal(verified.statusCode, 200);
    assert.match(verified.body, /The chain verifies/);
  });

  it('the ledger pages check commodity and period by GET /v1/ledger/status\'s schema and refuse unknown parameters', async () => {
    const r = await signIn(t.keys.auditor!);
    for (const url of ['/ledger', '/ledger.csv', '/ledger/reports/table', '/ledger/reports/notices']) {
      assert.equal((await get(`${url}?commodity=refined-petroleum&period=2018`, r.cookie)).statusCode, 200, url);
      const bad = await get(`${url}?commodity=gold&period=2018`, r.cookie);
      assert.equal(bad.statusCode, 400, url);
      assert.match(bad.body, /role="alert">commodity/, url);
      assert.equal((await get(`${url}?commodity=refined-petroleum&period=2018&x=1`, r.cookie)).statusCode, 400, `${url} x=1`);
      assert.equal((await get(`${url}?period=${'2'.repeat(41)}`, r.cookie)).statusCode, 400, `${url} long period`);
    }
    assert.equal(await apiStatus('/v1/ledger/status?commodity=refined-petroleum&period=2018&x=1', t.keys.auditor!), 400);
  });

  it('the /ledger page with no period shows the period ledger status shows (the app layer\'s rule)', async () => {
    // A notice in 2018 (over 75 % of the cap): the page used to show the newest period with a notice instead.
    const d = await t.app.inject({ method: 'POST', url: '/v1/ledger/deliveries', headers: auth(t.keys.reporterCN!), payload: { commodity: 'refined-petroleum', state: 'CN', date: '2018-03-01', ref: 'notice-1', barrels: 400_000 } });
    assert.equal(d.statusCode, 201, d.body);
    const notices = await t.app.inject({ method: 'GET', url: '/v1/ledger/notices', headers: auth(t.keys.auditor!) });
    assert.match(notices.body, /2018/, 'a 2018 notice exists');
    const r = await signIn(t.keys.auditor!);
    const api = await t.app.inject({ method: 'GET', url: '/v1/ledger/status?commodity=refined-petroleum', headers: auth(t.keys.auditor!) });
    assert.equal(api.statusCode, 200);
    const body = api.json() as { period?: string; periods?: { period: string }[] };
    const period = body.period ?? body.periods![0]!.period;
    const page = await get('/ledger', r.cookie);
    assert.equal(page.statusCode, 200);
    assert.notEqual(period, '2018');
    assert.match(page.body, new RegExp(`<h2>refined-petroleum, ${period} `));
  });

  it('events, an event, an alert and a waiting list update: the API\'s id and query schemas', async () => {
    const a = await signIn(t.keys.analyst!);
    assert.equal((await get('/events?kind=nope', a.cookie)).statusCode, 400);
    assert.equal((await get('/events?x=1', a.cookie)).statusCode, 400);
    assert.equal((await get(`/events?from=${'2'.repeat(41)}`, a.cookie)).statusCode, 400);
    assert.equal((await get('/events?kind=', a.cookie)).statusCode, 200, 'a blank filter is not given');
    assert.equal((await get('/events/abc', a.cookie)).statusCode, 404);
    assert.equal((await get('/alerts/0', a.cookie)).statusCode, 404);
    assert.equal((await get('/alerts/999999', a.cookie)).statusCode, 404);
    assert.equal((await get('/vessels?x=1', a.cookie)).statusCode, 400);
    const admin = await signIn(t.keys.admin!);
    assert.equal((await post('/lists/pending/abc/confirm', admin.cookie, { csrf: admin.csrf })).statusCode, 404);
    assert.equal((await post('/users/no%20such/revoke', admin.cookie, { csrf: admin.csrf })).statusCode, 404);
  });

  it('the UN-list preview is the app layer\'s: the page shows what previewList finds and applies only what it previewed', async () => {
    const xml = olderListXml().toString('utf8');
    const p = await previewList(t.svc, Buffer.from(xml, 'utf8'));
    assert.equal(p.same, false);
    const admin = await signIn(t.keys.admin!);
    const page = await post('/lists/preview', admin.cookie, { csrf: admin.csrf, xml });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`<h3>Removed: ${p.diff.removed.length}</h3>`));
    assert.match(page.body, new RegExp(`name="confirm" value="${p.confirm}"`));
    const wrong = await post('/lists/apply', admin.cookie, { csrf: admin.csrf, xml, confirm: '0'.repeat(64) });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /preview it again/);
  });

  it('the check page\'s party name takes as many characters as the name limit', async () => {
    const a = await signIn(t.keys.analyst!);
    const page = await get('/check', a.cookie);
    assert.match(page.body, new RegExp(`name="parties\\.0\\.name"[^>]*maxlength="${MAX_NAME_LENGTH}"`));
  });
});

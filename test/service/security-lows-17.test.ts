// Security review 17, the LOW findings of the service, each pinned:
// R17-12 three routes that read a body (POST /v1/users/me/key, /v1/lists/pending/ID/confirm and /withdraw)
//   took any body without a word and did not document 413 (nor 415); a DELETE read a body too;
// R17-14 the web page's rate limit counted per session, so signing in again was a fresh budget;
// R17-15 a body declared `charset=utf-16` was read as UTF-8 all the same;
// R17-16 the check form dropped fields it does not offer (a third vessel, a party's name given twice).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { buildServer } from '../../http/server.ts';
import { fixedSessionSecrets } from '../../src/app/web/session-secret.ts';
import { bundledListXml } from './fixtures.ts';
import { auth, pageSignIn, startTestService, type TestService } from './harness.ts';

type Op = { requestBody?: unknown; responses?: Record<string, unknown> };

describe('security: the smaller findings of review 17 (R17-12, R17-14, R17-15, R17-16)', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('R17-12: every operation that takes a body documents 413 and 415, and every POST or PATCH takes one', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, Op>> };
    const missing: string[] = [];
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if ((method === 'post' || method === 'patch' || method === 'put') && op.requestBody === undefined) missing.push(`${method} ${p}: no requestBody`);
        if (op.requestBody !== undefined) for (const code of ['413', '415']) if (op.responses?.[code] === undefined) missing.push(`${method} ${p}: no ${code}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('R17-12: a POST that carries nothing takes {} or no body and refuses anything else; a DELETE refuses a body', async () => {
    const post = (url: string, key: string, payload?: unknown) => t.app.inject({ method: 'POST', url, headers: auth(key), ...(payload !== undefined && { payload: payload as object }) });
    for (const url of ['/v1/lists/pending/999/confirm', '/v1/lists/pending/999/withdraw', '/v1/users/auditor/key']) {
      const r = await post(url, t.keys.admin!, { anything: 1 });
      assert.equal(r.statusCode, 400, `${url}: ${r.body}`);
      assert.match(r.json().error.message, /anything/);
    }
    const me = await post('/v1/users/me/key', t.keys.releaser2!, { anything: 1 });
    assert.equal(me.statusCode, 400, me.body);
    // No body, or {}: as before.
    assert.equal((await post('/v1/lists/pending/999/withdraw', t.keys.admin!)).statusCode, 404);
    assert.equal((await post('/v1/lists/pending/999/confirm', t.keys.admin!, {})).statusCode, 404);
    // Too large: 413, documented (the harness holds every answer to the document).
    const big = await t.app.inject({ method: 'POST', url: '/v1/lists/pending/999/withdraw', headers: { ...auth(t.keys.admin!), 'content-type': 'application/json' }, payload: `{"x":"${'a'.repeat(3 << 20)}"}` });
    assert.equal(big.statusCode, 413);
    const del = await t.app.inject({ method: 'DELETE', url: '/v1/subjects/nobody', headers: { ...auth(t.keys.analyst!), 'content-type': 'application/json' }, payload: '{"reason":"x"}' });
    assert.equal(del.statusCode, 400, del.body);
    assert.equal(del.json().error.field, 'body');
    assert.equal((await t.app.inject({ method: 'DELETE', url: '/v1/subjects/nobody', headers: auth(t.keys.analyst!) })).statusCode, 404);
  });

  it('R17-15: a body declared in a charset other than UTF-8 is 415; utf-8 in any case, quoted or not, is read', async () => {
    const body = JSON.stringify({ name: 'KIM IL' });
    const screen = (ct: string) => t.app.inject({ method: 'POST', url: '/v1/screen', headers: { ...auth(t.keys.analyst!), 'content-type': ct }, payload: body });
    for (const ct of ['application/json; charset=utf-16', 'application/json;charset=ISO-8859-1', 'application/json; charset="utf-32"']) {
      const r = await screen(ct);
      assert.equal(r.statusCode, 415, ct);
      assert.equal(r.json().error.code, 'SERVICE_MEDIA_TYPE');
      assert.match(r.json().error.message, /UTF-8 only/);
    }
    for (const ct of ['application/json; charset=utf-8', 'application/json; charset=UTF-8', 'application/json; charset="utf-8"', 'application/json']) assert.equal((await screen(ct)).statusCode, 200, ct);
    const xml = await t.app.inject({ method: 'POST', url: '/v1/lists', headers: { ...auth(t.keys.admin!), 'content-type': 'application/xml; charset=iso-8859-1' }, payload: bundledListXml() });
    assert.equal(xml.statusCode, 415);
  });

  it('R17-16: the check form refuses a field it does not offer, or one given twice, naming it; its own fields are checked', async () => {
    const { cookie, csrf } = await pageSignIn(t, t.keys.analyst!, '/check');
    const post = (form: string) => t.app.inject({ method: 'POST', url: '/check', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: form });
    const base = new URLSearchParams({ csrf, mode: 'fields', type: 'goods', date: '2018-03-01', from: 'CN', to: 'JP', 'goods.0.description': 'steel pipes' });
    const third = new URLSearchParams(base);
    third.set('vessels.2.name', 'PETREL 8');
    const r1 = await post(third.toString());
    assert.equal(r1.statusCode, 400);
    assert.match(r1.body, /vessels\.2\.name: the form has no field &quot;vessels\.2\.name&quot;/);
    const twice = `${base.toString()}&parties.0.name=ACME%20LTD&parties.0.name=KOREA%20MINING%20DEVELOPMENT%20TRADING%20CORPORATION`;
    const r2 = await post(twice);
    assert.equal(r2.statusCode, 400);
    assert.match(r2.body, /parties\.0\.name: &quot;parties\.0\.name&quot; is given more than once/);
    const ok = await post(base.toString());
    assert.equal(ok.statusCode, 200, ok.body.slice(0, 500));
  });
});

describe('security: the web page\'s rate limit counts an account, not a session (R17-14)', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('signing in again is no fresh budget; a cookie that is no session counts as its address', async () => {
    const { app } = await buildServer(t.svc, { sessionSecrets: fixedSessionSecrets(randomBytes(32)), limits: { perMinute: 4, heavyPerMinute: 4, perAddressPerMinute: 0 } });
    try {
      const signIn = async (): Promise<string> => {
        const r = await app.inject({ method: 'POST', url: '/session', payload: `key=${encodeURIComponent(t.keys.auditor!)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        assert.equal(r.statusCode, 303, r.body);
        return String(r.headers['set-cookie']).split(';')[0]!;
      };
      const page = async (cookie: string): Promise<number> => (await app.inject({ method: 'GET', url: '/ledger', headers: { cookie } })).statusCode;
      const first = await signIn();
      const codes = [await page(first), await page(first), await page(first), await page(first)];
      assert.deepEqual(codes, [200, 200, 200, 200]);
      const second = await signIn();
      assert.notEqual(second, first);
      assert.equal(await page(second), 429, 'a new session of the same account has no budget of its own');
      // Made-up cookies are the address's: a fifth from it is refused, whatever cookie it carries.
      const forged = (i: number) => `interdict_session=eA.${Date.now() + 60_000}.${randomBytes(32).toString('base64url').slice(0, 42)}${i}`;
      const made = [] as number[];
      for (let i = 0; i < 5; i++) made.push((await app.inject({ method: 'GET', url: '/ledger', headers: { cookie: forged(i) } })).statusCode);
      assert.equal(made.includes(429), true, made.join(','));
    } finally {
      await app.close();
    }
  });
});

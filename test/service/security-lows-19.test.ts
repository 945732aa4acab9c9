// Security review 19, two LOW findings of the service's input, each pinned:
// LOW-7 a page form giving a field twice (`disposition=true-match&disposition=false-positive`) was read as
//   its first value without a word, while a JSON key given twice is 400;
// LOW-8 `?__proto__=x` was dropped without a word (200) while any other unknown query parameter is 400.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { alertForSubject, auth, pageSignIn, startTestService, type TestService } from './harness.ts';
import { screenBatch } from '../../src/app/service/service-queries.ts';

describe('security: the smaller findings of review 19 (LOW-7, LOW-8)', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('LOW-7: a page form giving a field twice is 400 naming it, and nothing is done', async () => {
    const id = await alertForSubject(t, 'twice-1');
    const { cookie, csrf } = await pageSignIn(t, t.keys.analyst!, `/alerts/${id}`);
    const post = (url: string, form: string) => t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: form });
    const r = await post(`/alerts/${id}/decision`, `csrf=${encodeURIComponent(csrf)}&disposition=true-match&disposition=false-positive&note=x`);
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /disposition: the form field &quot;disposition&quot; is given more than once/);
    const a = await t.app.inject({ method: 'GET', url: `/v1/alerts/${id}`, headers: auth(t.keys.auditor!) });
    assert.equal(a.json().status, 'open', 'nothing proposed');
    // The CSRF token given twice is refused too (after it was checked), and the sign-in form's key.
    assert.equal((await post(`/alerts/${id}/decision`, `csrf=${encodeURIComponent(csrf)}&csrf=${encodeURIComponent(csrf)}&disposition=true-match&note=x`)).statusCode, 400);
    const signIn = await t.app.inject({ method: 'POST', url: '/session', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `key=${encodeURIComponent(t.keys.auditor!)}&key=ik_other` });
    assert.equal(signIn.statusCode, 400);
    assert.match(signIn.body, /key: the form field &quot;key&quot; is given more than once/);
    // Each field once: proposed.
    assert.equal((await post(`/alerts/${id}/decision`, `csrf=${encodeURIComponent(csrf)}&disposition=true-match&note=x`)).statusCode, 303);
  });

  it('LOW-8: ?__proto__=x is refused as any other unknown parameter, on the API and on a page', async () => {
    for (const name of ['__proto__', 'constructor', 'foo']) {
      const api = await t.app.inject({ method: 'GET', url: `/v1/alerts?${name}=x`, headers: auth(t.keys.auditor!) });
      assert.equal(api.statusCode, 400, `${name}: ${api.body}`);
      assert.equal(api.json().error.field, name);
    }
    const { cookie } = await pageSignIn(t, t.keys.auditor!);
    const page = await t.app.inject({ method: 'GET', url: '/?__proto__=x', headers: { cookie } });
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /__proto__/);
    const twice = await t.app.inject({ method: 'GET', url: '/v1/alerts?__proto__=x&__proto__=y', headers: auth(t.keys.auditor!) });
    assert.equal(twice.statusCode, 400);
  });

  it('an invisible character the request sent (U+202E, a zero-width space) is quoted back written out, on the API and on a page', async () => {
    const name = 'a\u202Eb\u200Bc';
    const api = await t.app.inject({ method: 'GET', url: `/v1/alerts?${encodeURIComponent(name)}=1&${encodeURIComponent(name)}=2`, headers: auth(t.keys.auditor!) });
    assert.equal(api.statusCode, 400, api.body);
    assert.doesNotMatch(api.body, /[\u202E\u200B]/u, api.body);
    assert.match(api.json().error.message, /a<U\+202E>b<U\+200B>c/);
    assert.equal(api.json().error.field, 'a<U+202E>b<U+200B>c');
    const { cookie } = await pageSignIn(t, t.keys.auditor!);
    const page = await t.app.inject({ method: 'GET', url: `/?${encodeURIComponent(name)}=1&${encodeURIComponent(name)}=2`, headers: { cookie } });
    assert.equal(page.statusCode, 400);
    assert.doesNotMatch(page.body, /[\u202E\u200B]/u);
    assert.match(page.body, /a&lt;U\+202E&gt;b/);
  });

  it('a batch past its work budget is stopped, 413 SERVICE_TOO_LARGE naming where (the re-review\'s 7-minute batch of long names): the budget given as none left', async () => {
    await assert.rejects(
      screenBatch(t.svc, { a: { name: 'KIM JONG CHOL' }, b: { name: 'PAK YONG SIK' }, c: { name: 'RI WON HO' } }, { workMs: 0 }),
      (e: { code?: string; message?: string }) => e.code === 'SERVICE_TOO_LARGE' && /stopped at "b", nothing stored/.test(e.message ?? ''),
    );
    const whole = await screenBatch(t.svc, { a: { name: 'KIM JONG CHOL' }, b: { name: 'PAK YONG SIK' } });
    assert.deepEqual(Object.keys(whole.responses), ['a', 'b']);
  });
});


// Second security review, H4: bytes that are not UTF-8 in a body were decoded with replacement
// characters and stored (an alert's note, a vessel name) or screened as garbage (the web page's /check
// form). Now every JSON and form body is strictly UTF-8, or 400 naming the problem; nothing is stored.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auth, pageSignIn, suiteService } from './harness.ts';

describe('security: bodies that are not UTF-8', () => {
  const t = suiteService('sqlite');

  it("a JSON note holding Latin-1 bytes is 400 naming the field; the alert's decision is not stored", async () => {
    const s = await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [{ id: 'b-1', name: 'PAK YONG SIK', type: 'person' }] });
    const id = s.json().subjects[0].alerts[0] as number;
    const body = Buffer.concat([Buffer.from('{"disposition":"false-positive","note":"P'), Buffer.from([0xe1]), Buffer.from('k is not him"}')]);
    const r = await t.app.inject({ method: 'POST', url: `/v1/alerts/${id}/decision`, headers: { ...auth(t.keys.analyst!), 'content-type': 'application/json' }, payload: body });
    assert.equal(r.statusCode, 400, r.body);
    assert.equal(r.json().error.field, 'note');
    assert.match(r.json().error.message, /note is not UTF-8 text/);
    assert.equal((await t.app.inject({ method: 'GET', url: `/v1/alerts/${id}`, headers: auth(t.keys.auditor!) })).json().status, 'open', 'nothing stored');
  });

  it('bytes that break the JSON itself are 400 naming the byte', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/screen', headers: { ...auth(t.keys.analyst!), 'content-type': 'application/json' }, payload: Buffer.from([0x7b, 0xff, 0x7d]) });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.field, 'body');
    assert.match(r.json().error.message, /the body is not UTF-8 text \(byte 1 of 3/);
  });

  it('a form post (the /check page) with a %FF escape or raw Latin-1 bytes is a 400 page, never screened as garbage', async () => {
    // Signed in: a page POST's session is checked before its body is read (review 23, HIGH-2), so without one
    // the answer is the sign-in page whatever the bytes.
    const { cookie } = await pageSignIn(t, t.keys.analyst!, '/check');
    for (const payload of [Buffer.from('transaction=%7B%22item%22%3A%22P%E1k%22%7D'), Buffer.concat([Buffer.from('transaction='), Buffer.from([0xe1])])]) {
      assert.equal((await t.app.inject({ method: 'POST', url: '/check', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload })).statusCode, 303);
      const r = await t.app.inject({ method: 'POST', url: '/check', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, payload });
      assert.equal(r.statusCode, 400, r.body.slice(0, 200));
      assert.match(String(r.headers['content-type']), /text\/html/);
      assert.match(r.body, /not UTF-8 text/);
    }
    // UTF-8 escapes are read as they are.
    const ok = await t.app.inject({ method: 'POST', url: '/check', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, payload: 'transaction=%C3%A9' });
    assert.notEqual(ok.statusCode, 400);
  });
});

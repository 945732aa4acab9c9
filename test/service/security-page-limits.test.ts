// Second security review, M2: the heavy-request limits covered the API's routes only. The web page's
// imports, list previews and uploads, and the audit page (which verified the whole log on every load) were
// served however many one session sent at once. Now a page's session is a credential like a key: at most
// two heavy requests in flight, the one over is the 429 page at once; the audit page verifies when asked.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { buildServer } from '../../http/server.ts';
import { fixedSessionSecrets } from '../../src/app/web/session-secret.ts';
import { startTestService, type TestService } from './harness.ts';

describe('security: the web page\'s heavy requests are limited as the API\'s', () => {
  let t: TestService;
  let app: Awaited<ReturnType<typeof buildServer>>['app'];
  let port: number;
  before(async () => {
    t = await startTestService('sqlite');
    ({ app } = await buildServer(t.svc, { sessionSecrets: fixedSessionSecrets(randomBytes(32)), limits: { perMinute: 0, perAddressPerMinute: 0, heavyInFlight: 2 } }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as { port: number }).port;
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  async function signIn(key: string): Promise<{ cookie: string; csrf: string }> {
    const r = await app.inject({ method: 'POST', url: '/session', payload: `key=${encodeURIComponent(key)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const cookie = String(r.headers['set-cookie']).split(';')[0]!;
    const page = await app.inject({ method: 'GET', url: '/subjects', headers: { cookie } });
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1];
    assert.ok(csrf, page.body.slice(0, 300));
    return { cookie, csrf };
  }

  /** A form POST whose headers are sent and whose body is held back: in flight until the socket is closed. */
  const hold = (url: string, cookie: string): Promise<Socket> => new Promise((resolve) => {
    const s = connect({ port, host: '127.0.0.1' }, () => {
      s.write(`POST ${url} HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\ncsrf=`);
      resolve(s);
    });
    s.on('error', () => undefined);
  });

  /** Ask until the held requests are seen in flight (their headers may not have been read yet). */
  async function until429(ask: () => Promise<Response>): Promise<Response> {
    let r: Response | undefined;
    for (let i = 0; i < 50; i++) {
      r = await ask();
      if (r.status === 429) return r;
      await r.text();
      await new Promise((ok) => setTimeout(ok, 20));
    }
    return r!;
  }

  it('page imports: two in flight per account, the others are the 429 page at once (another session of the same account too); another account is served', async () => {
    const ana = await signIn(t.keys.analyst!);
    const held = [await hold('/subjects/import', ana.cookie), await hold('/subjects/import', ana.cookie)];
    try {
      const importing = (who: { cookie: string; csrf: string }, n: number) => fetch(`http://127.0.0.1:${port}/subjects/import`, {
        method: 'POST', redirect: 'manual', headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrf: who.csrf, csv: `id,name\npl-${n},KIM CHOL ${n}\n` }).toString(),
      });
      const first = await until429(() => importing(ana, 0));
      assert.equal(first.status, 429);
      const rest = await Promise.all([1, 2, 3, 4, 5].map((n) => importing(ana, n)));
      for (const r of [first, ...rest]) {
        assert.equal(r.status, 429);
        assert.match(r.headers.get('content-type') ?? '', /text\/html/);
        assert.equal(r.headers.get('retry-after'), '1');
        assert.match(await r.text(), /Too many requests[\s\S]*at most 2 in flight with this credential/);
      }
      assert.equal((await t.svc.driver.all("SELECT id FROM subjects WHERE id LIKE 'pl-%'")).length, 0, 'nothing imported');
      // The same account signed in again counts against the same budget (ten sessions are not ten):
      // refused too; another account is served.
      const again = await signIn(t.keys.analyst!);
      const refused = await importing(again, 8);
      assert.equal(refused.status, 429, 'another session of the same account');
      await refused.text();
      const other = await signIn(t.keys.analyst2!);
      const ok = await importing(other, 9);
      assert.equal(ok.status, 200, await ok.text());
    } finally {
      for (const s of held) s.destroy();
    }
  });

  it('list previews and uploads are heavy; the audit page verifies only when asked, and that is heavy too', async () => {
    const admin = await signIn(t.keys.admin!);
    const plain = await app.inject({ method: 'GET', url: '/audit', headers: { cookie: admin.cookie } });
    assert.equal(plain.statusCode, 200);
    assert.doesNotMatch(plain.body, /The chain verifies/);
    const held = [await hold('/lists/preview', admin.cookie), await hold('/lists/apply', admin.cookie)];
    try {
      const verify = await until429(() => fetch(`http://127.0.0.1:${port}/audit?verify=1`, { headers: { cookie: admin.cookie } }));
      assert.equal(verify.status, 429);
      assert.match(await verify.text(), /Too many requests/);
      const preview = await fetch(`http://127.0.0.1:${port}/lists/preview`, { method: 'POST', headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: `csrf=${admin.csrf}` });
      assert.equal(preview.status, 429);
      await preview.text();
      const browse = await fetch(`http://127.0.0.1:${port}/audit`, { headers: { cookie: admin.cookie } });
      assert.equal(browse.status, 200, 'reading the log a page at a time is not heavy');
      await browse.text();
    } finally {
      for (const s of held) s.destroy();
    }
    // Once they are gone, the verify runs.
    let done: Response | undefined;
    for (let i = 0; i < 50; i++) {
      done = await fetch(`http://127.0.0.1:${port}/audit?verify=1`, { headers: { cookie: admin.cookie } });
      if (done.status === 200) break;
      await done.text();
      await new Promise((ok) => setTimeout(ok, 20));
    }
    assert.equal(done!.status, 200);
    assert.match(await done!.text(), /The chain verifies/);
  });

  it('vessels list previews and imports are heavy, over the API and on the page', async () => {
    const admin = await signIn(t.keys.admin!);
    const held = [await hold('/vessels/preview', admin.cookie), await hold('/vessels/import', admin.cookie)];
    try {
      const page = await until429(() => fetch(`http://127.0.0.1:${port}/vessels/preview`, { method: 'POST', headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: `csrf=${admin.csrf}&csv=x` }));
      assert.equal(page.status, 429);
      await page.text();
    } finally {
      for (const s of held) s.destroy();
    }
    const api = (path: string) => new Promise<Socket>((resolve) => {
      const s = connect({ port, host: '127.0.0.1' }, () => {
        s.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.keys.admin!}\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\nname`);
        resolve(s);
      });
      s.on('error', () => undefined);
    });
    const heldApi = [await api('/v1/vessels/preview'), await api('/v1/vessels')];
    try {
      const r = await until429(() => fetch(`http://127.0.0.1:${port}/v1/vessels/preview`, { method: 'POST', headers: { authorization: `Bearer ${t.keys.admin!}`, 'content-type': 'text/csv' }, body: 'name,imo\n' }));
      assert.equal(r.status, 429);
      await r.text();
    } finally {
      for (const s of heldApi) s.destroy();
    }
  });
});

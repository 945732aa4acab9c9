// Second security review, M1 and M2: the audit log listed without bound, one client queuing heavy batch
// after heavy batch, the rate limit dodged with a new made-up key per request, sign-in guesses spread
// over made-up session cookies. Each reproduction passed (was served) before the fix.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { buildServer } from '../../http/server.ts';
import { appendAudit } from '../../src/app/audit/audit-log.ts';
import { fixedSessionSecrets } from '../../src/app/web/session-secret.ts';
import { auth, suiteService } from './harness.ts';

describe('security: bounded listing, heavy requests in flight, limits before any credential', () => {
  const t = suiteService('sqlite');

  it('GET /v1/audit answers at most 500 entries a page; a bigger limit is 400; the next page follows with the cursor', async () => {
    await t.svc.driver.transaction(async (tx) => {
      for (let i = 0; i < 520; i++) await appendAudit(tx, { actor: 'cli:test', action: 'test.note', target: `note:${i}`, detail: { operator: true } });
    });
    const page = await t.app.inject({ method: 'GET', url: '/v1/audit?limit=500', headers: auth(t.keys.auditor!) });
    const body = page.json() as { items: { seq: number }[]; next: string | null };
    assert.equal(body.items.length, 500);
    assert.ok(body.next !== null);
    const next = await t.app.inject({ method: 'GET', url: `/v1/audit?limit=500&cursor=${body.next}`, headers: auth(t.keys.auditor!) });
    assert.ok((next.json() as { items: unknown[] }).items.length > 0);
    const big = await t.app.inject({ method: 'GET', url: '/v1/audit?limit=501', headers: auth(t.keys.auditor!) });
    assert.equal(big.statusCode, 400);
    assert.equal(big.json().error.field, 'limit');
  });

  it('made-up keys, one per request, are still one address: 429 once its limit is reached', async () => {
    const { app } = await buildServer(t.svc, { sessionSecrets: fixedSessionSecrets(randomBytes(32)), limits: { perMinute: 1000, perAddressPerMinute: 5 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) codes.push((await app.inject({ method: 'GET', url: '/v1/law', headers: auth(`ik_made-up-${i}`) })).statusCode);
      assert.deepEqual(codes, [401, 401, 401, 401, 401, 429, 429]);
      assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200, 'health probes are never limited');
    } finally {
      await app.close();
    }
  });

  it('sign-in attempts are counted by address whatever session cookie comes with them', async () => {
    const { app } = await buildServer(t.svc, { sessionSecrets: fixedSessionSecrets(randomBytes(32)), limits: { perMinute: 60, heavyPerMinute: 3, perAddressPerMinute: 0 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const cookie = `interdict_session=x.1.${randomBytes(32).toString('base64url').slice(0, 43)}`;
        codes.push((await app.inject({ method: 'POST', url: '/session', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'key=ik_guess' })).statusCode);
      }
      assert.deepEqual(codes.slice(3), [429, 429], codes.join(','));
    } finally {
      await app.close();
    }
  });

  it('at most two heavy requests in flight per credential: a third is 429 at once, before its body is read', async () => {
    const { app } = await buildServer(t.svc, { sessionSecrets: fixedSessionSecrets(randomBytes(32)), limits: { perMinute: 0, perAddressPerMinute: 0, heavyInFlight: 2 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as { port: number }).port;
    const held: Socket[] = [];
    try {
      const start = (): Promise<Socket> => new Promise((resolve) => {
        const s = connect({ port, host: '127.0.0.1' }, () => {
          s.write(`POST /v1/screen HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.keys.analyst}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
          resolve(s);
        });
        s.on('error', () => undefined);
      });
      held.push(await start(), await start());
      // Both are in flight once the server has seen their headers: a request on another connection, by
      // the same key, waits for nothing but its own turn.
      let third: Response | undefined;
      for (let i = 0; i < 50; i++) {
        third = await fetch(`http://127.0.0.1:${port}/v1/screen`, { method: 'POST', headers: { authorization: `Bearer ${t.keys.analyst}`, 'content-type': 'application/json' }, body: '{"name":"X"}' });
        if (third.status === 429) break;
        await new Promise((r) => setTimeout(r, 20)); // the held requests' headers may not have been read yet
      }
      assert.equal(third!.status, 429);
      assert.match((await third!.json()).error.message, /at most 2 in flight/);
      const other = await fetch(`http://127.0.0.1:${port}/v1/screen`, { method: 'POST', headers: { authorization: `Bearer ${t.keys.releaser}`, 'content-type': 'application/json' }, body: '{"name":"X"}' });
      assert.equal(other.status, 200, 'another credential is served');
    } finally {
      for (const s of held) s.destroy();
      await app.close();
    }
  });
});

// Second security review, H5: a thousand unauthenticated slow connections from one client took every
// connection. Now one address holds at most its share, and a request refused before its body is read
// (401, 413) is answered and its connection closed, never kept waiting for the body.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { buildServer } from '../../http/server.ts';
import { fixedSessionSecrets } from '../../src/app/web/session-secret.ts';
import { startTestService, type TestService } from './harness.ts';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** A socket to the server from `localAddress` (every 127.x address is this machine). */
function open(port: number, localAddress: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ port, host: '127.0.0.1', localAddress }, () => resolve(s));
    s.once('error', reject);
  });
}

/** Everything the server sends until it closes the connection. */
function untilClosed(s: Socket): Promise<string> {
  return new Promise((resolve) => {
    let got = '';
    s.on('data', (d: Buffer) => (got += d.toString('latin1')));
    s.on('error', () => undefined);
    s.once('close', () => resolve(got));
  });
}

describe('security: slow and early-refused clients', () => {
  let t: TestService;
  let app: FastifyInstance;
  let port: number;
  before(async () => {
    t = await startTestService('sqlite');
    ({ app } = await buildServer(t.svc, { sessionSecrets: fixedSessionSecrets(randomBytes(32)), limits: { perMinute: 0, perAddressPerMinute: 0, maxConnectionsPerAddress: 4 } }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as { port: number }).port;
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  it('one address holds at most its share of connections; another address still gets in', async () => {
    const held: Socket[] = [];
    for (let i = 0; i < 4; i++) {
      const s = await open(port, '127.0.0.1');
      s.write('POST /v1/subjects HTTP/1.1\r\nHost: x\r\n'); // then nothing: headers dripping in
      held.push(s);
    }
    const fifth = await open(port, '127.0.0.1');
    const fifthEnd = untilClosed(fifth);
    fifth.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.equal(await fifthEnd, '', 'the fifth connection from one address is closed unanswered');
    const other = await open(port, '127.0.0.2');
    const answer = untilClosed(other);
    other.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.match(await answer, /^HTTP\/1\.1 200/, 'another client is served');
    for (const s of held) s.destroy();
  });

  it('a 401 before the body is answered at once and the connection closed (the body never sent)', async () => {
    const s = await open(port, '127.0.0.3');
    const got = untilClosed(s);
    s.write('POST /v1/subjects HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n[');
    const text = await got;
    assert.match(text, /^HTTP\/1\.1 401/);
    assert.match(text, /connection: close/i);
  });

  it('a 413 (declared too large) is answered without reading the body, and the connection closed', async () => {
    const s = await open(port, '127.0.0.4');
    const got = untilClosed(s);
    s.write(`POST /v1/subjects HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.keys.analyst}\r\nContent-Type: application/json\r\nContent-Length: 900000000\r\n\r\n[`);
    const text = await got;
    assert.match(text, /^HTTP\/1\.1 413/);
    assert.match(text, /connection: close/i);
  });
});

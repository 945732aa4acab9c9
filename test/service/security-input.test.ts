// Security review, findings 4 to 7 at the HTTP boundary: hostile bytes anywhere are 400 naming the field
// (never a 500, on PostgreSQL too); __proto__ is refused; the heavy batch is refused or bounded; known
// paths answer 405; every answer is no-store and nosniff; readiness tells nothing else; rate limits; a
// client that drips its body is cut off.
import assert from 'node:assert/strict';
import net from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildServer } from '../../http/server.ts';
import { MAX_BATCH_MATCHES } from '../../src/app/service/service-queries.ts';
import { errorLine, scratch } from '../support/cli-harness.ts';
import { auth, suiteService, type TestBackend } from './harness.ts';

const NUL = '\u0000';
const LONE = '\ud800';
const NONCHAR = '\uffff';

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`security: hostile bytes (${backend})`, () => {
    const t = suiteService(backend);

    const send = (method: string, url: string, who: string | undefined, payload?: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: method as 'POST', url, headers: { ...(who && auth(t.keys[who]!)), ...(payload !== undefined && { 'content-type': 'application/json' }), ...headers }, ...(payload !== undefined && { payload }) });

    it('NUL, a lone surrogate or a non-character in a body, a query or a path is 400 naming the field; nothing stored', async () => {
      // JSON text with the escapes themselves, as a client would send them.
      const cases: [string, string, string, string | undefined, string][] = [
        ['POST', '/v1/subjects', 'analyst', `[{"id":"s1","name":"PAK${'\\u0000'}YONG"}]`, '[0].name'],
        ['POST', '/v1/subjects', 'analyst', `[{"id":"s${'\\ud800'}","name":"PAK"}]`, '[0].id'],
        ['POST', '/v1/screen', 'analyst', `{"name":"KIM${'\\uffff'}"}`, 'name'],
        ['POST', '/v1/screen', 'analyst', `{"queries":{"k${'\\u0000'}":{"name":"KIM"}}}`, 'queries.k\\u0000'],
        ['POST', '/v1/ledger/deliveries', 'reporterCN', `{"commodity":"crude-oil","state":"CN","date":"2018-03-01","barrels":1,"ref":"r","vessel":"V${'\\u0000'}"}`, 'vessel'],
        ['POST', '/v1/alerts/1/decision', 'analyst', `{"disposition":"escalate","note":"n${'\\udc00'}"}`, 'note'],
        ['POST', '/v1/check', 'analyst', `{"type":"goods","date":"2018-01-01","from":"CN","to":"KP","purpose":"x${'\\u0000'}"}`, 'purpose'],
        ['POST', '/v1/users', 'admin', `{"name":"a${'\\u0000'}","roles":["auditor"]}`, 'name'],
        ['GET', `/v1/audit?actor=${encodeURIComponent(NUL)}`, 'auditor', undefined, 'actor'],
        ['GET', `/v1/alerts?subject=x${encodeURIComponent(NUL)}`, 'auditor', undefined, 'subject'],
        ['DELETE', `/v1/users/${encodeURIComponent(`x${NUL}`)}`, 'admin', undefined, 'name'],
      ];
      for (const [method, url, who, body, field] of cases) {
        const r = await send(method, url, who, body);
        assert.equal(r.statusCode, 400, `${method} ${url} ${body}: ${r.body}`);
        assert.equal(r.json().error.field, field, `${method} ${url}: ${r.body}`);
        assert.match(r.json().error.message, /NUL|surrogate|non-character/);
      }
      const subjects = await send('GET', '/v1/subjects', 'auditor');
      assert.deepEqual(subjects.json().items, [], 'nothing stored');
      assert.ok(LONE && NONCHAR);
    });

    it('a hostile cookie on a page is the sign-in page, never a 500', async () => {
      for (const value of [`a${NUL}b`, 'AA.9999999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '7w.9999999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
        const r = await t.app.inject({ method: 'GET', url: '/audit', headers: { cookie: `interdict_session=${value}` } });
        assert.equal(r.statusCode, 303, value);
        assert.equal(r.headers.location, '/sign-in');
      }
      const form = await t.app.inject({ method: 'POST', url: '/session', payload: `key=ik_${encodeURIComponent(NUL)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(form.statusCode, 400);
      assert.match(form.body, /NUL/);
    });

    it('a "__proto__" key is refused (prototype poisoning), never silently dropped; "constructor" is an ordinary key', async () => {
      const poisoned = await send('POST', '/v1/screen', 'analyst', '{"queries":{"__proto__":{"name":"PAK YONG SIK"},"k":{"name":"PAK YONG SIK"}}}');
      assert.equal(poisoned.statusCode, 400, poisoned.body);
      assert.match(poisoned.json().error.message, /prototype/);
      const ctor = await send('POST', '/v1/screen', 'analyst', '{"queries":{"constructor":{"name":"PAK YONG SIK"},"toString":{"name":"KIM"}}}');
      assert.equal(ctor.statusCode, 200, ctor.body);
      assert.ok(ctor.json().responses.constructor.matches.some((m: { ref: string }) => m.ref === 'KPi.063'), 'the designated name is answered under its key');
      assert.ok(Array.isArray(ctor.json().responses.toString.matches));
      assert.equal((await send('POST', '/v1/screen', 'analyst', '{"name":"A","constructor":{"prototype":{"x":1}}}')).statusCode, 400);
    });
  });
}

describe('security: limits', () => {
  const t = suiteService('sqlite');
  const post = (url: string, who: string, payload: unknown) => t.app.inject({ method: 'POST', url, headers: auth(t.keys[who]!), payload: payload as object });

  it("the review's heavy batch (10,000 names, threshold 5e-324) is refused; a batch whose answer would be too big is refused, naming the way out", async () => {
    const queries = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`q${i}`, { name: 'KIM YONG', threshold: 5e-324 }]));
    const r = await post('/v1/screen', 'analyst', { queries });
    assert.equal(r.statusCode, 400);
    assert.match(r.json().error.field, /^queries\.q0\.threshold$/);
    const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`q${i}`, { name: 'KIM', threshold: 0.5 }]));
    const big = await post('/v1/screen', 'analyst', { queries: wide });
    assert.equal(big.statusCode, 413, big.body.slice(0, 300));
    assert.match(big.json().error.message, new RegExp(`more than ${MAX_BATCH_MATCHES.toLocaleString('en')} matches`));
    assert.ok(big.body.length < 2000);
  });

  it('a known path with another method is 405 with Allow (HEAD too: the document has none); an unknown path 404', async () => {
    for (const [method, url, allow] of [['PUT', '/v1/screen', 'POST'], ['DELETE', '/v1/alerts/3', 'GET'], ['GET', '/v1/users/x', 'DELETE, PATCH'], ['POST', '/healthz', 'GET'], ['HEAD', '/v1/audit/verify', 'GET'], ['HEAD', '/healthz', 'GET']] as const) {
      const r = await t.app.inject({ method, url, headers: auth(t.keys.admin!) });
      assert.equal(r.statusCode, 405, `${method} ${url}`);
      assert.equal(r.headers.allow, allow);
      assert.equal(r.json().error.code, 'SERVICE_METHOD');
    }
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/nothing' })).statusCode, 404);
    // A wrong method with input that is bad besides is 405 all the same, before anything reads it (re-review 3, LOW-2).
    for (const [method, url, payload] of [['PUT', '/v1/users', '{"__proto__":{"a":1}}'], ['OPTIONS', '/v1/subjects/%C2%85', undefined], ['TRACE', '/v1/audit?actor=%00', undefined]] as const) {
      const r = await t.app.inject({ method: method as 'PUT', url, headers: { ...auth(t.keys.admin!), 'content-type': 'application/json' }, ...(payload !== undefined && { payload }) });
      assert.equal(r.statusCode, 405, `${method} ${url}: ${r.body}`);
    }
  });

  it('every answer is no-store and nosniff (the new key above all; the CSV too); readiness says only that', async () => {
    const added = await post('/v1/users', 'admin', { name: 'fresh', roles: ['auditor'] });
    assert.equal(added.statusCode, 201);
    assert.equal(added.headers['cache-control'], 'no-store');
    assert.equal(added.headers['x-content-type-options'], 'nosniff');
    for (const url of ['/healthz', '/readyz', '/v1/nothing', '/openapi.json']) {
      const r = await t.app.inject({ method: 'GET', url });
      assert.equal(r.headers['cache-control'], 'no-store', url);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', url);
    }
    assert.deepEqual((await t.app.inject({ method: 'GET', url: '/readyz' })).json(), { ok: true });
    const signIn = await t.app.inject({ method: 'POST', url: '/session', payload: `key=${t.keys.auditor}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const csv = await t.app.inject({ method: 'GET', url: '/ledger.csv?commodity=refined-petroleum&period=2018', headers: { cookie } });
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.equal(csv.headers['x-content-type-options'], 'nosniff');
  });

  it('a reporter cannot declare a report in the future (2099)', async () => {
    const r = await post('/v1/ledger/deliveries', 'reporterCN', { commodity: 'crude-oil', state: 'CN', date: '2018-03-01', barrels: 10, ref: 'future', reported: '2099-01-01' });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.field, 'reported');
  });
});

describe('security: rate limits and slow clients', () => {
  const t = suiteService('sqlite');

  it('more than the per-key limit in a minute is 429 with Retry-After; another key and the health check go on', async () => {
    const { app } = await buildServer(t.svc, { limits: { perMinute: 5 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) codes.push((await app.inject({ method: 'GET', url: '/v1/ledger/notices', headers: auth(t.keys.auditor!) })).statusCode);
      assert.deepEqual(codes, [200, 200, 200, 200, 200, 429, 429]);
      const limited = await app.inject({ method: 'GET', url: '/v1/ledger/notices', headers: auth(t.keys.auditor!) });
      assert.equal(limited.json().error.code, 'SERVICE_RATE_LIMITED');
      assert.ok(Number(limited.headers['retry-after']) > 0);
      assert.equal((await app.inject({ method: 'GET', url: '/v1/ledger/notices', headers: auth(t.keys.analyst!) })).statusCode, 200, 'another key');
      for (let i = 0; i < 10; i++) assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
    } finally {
      await app.close();
    }
  });

  it('a client that drips its body is cut off when the request time is up (408), and the connection closed', async () => {
    const { app } = await buildServer(t.svc, { limits: { requestTimeoutMs: 400, headersTimeoutMs: 200 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const port = (app.server.address() as net.AddressInfo).port;
      const socket = net.connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (d) => (answer += d.toString()));
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      socket.write(`POST /v1/screen HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.keys.analyst}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{`);
      // One byte at a time, for as long as the server keeps the connection (it must not keep it forever).
      const drip = setInterval(() => socket.writable && socket.write(' '), 50);
      await closed;
      clearInterval(drip);
      assert.match(answer, /^HTTP\/1\.1 408/);
    } finally {
      await app.close();
    }
  });
});

describe('security: the CLI refuses what is not text (exit 1, the field named, nothing stored)', () => {
  const s = scratch('cli-text');
  it('subjects import, check and ledger import', () => {
    const db = path.join(s.dir, 't.sqlite');
    const subjects = s.cli(['subjects', 'import', s.write('s.csv', 'id,name\nc1,PAK\u0000YONG\n'), '--db', db, '--format', 'json']);
    assert.equal(subjects.code, 1);
    assert.match(errorLine(subjects.stderr), /record row 1 .*field "name": .*NUL/);
    const check = s.cli(['check', s.write('t.json', '{"type":"goods","date":"2018-01-01","from":"CN","to":"KP","purpose":"x\\ud800"}'), '--format', 'json']);
    assert.equal(check.code, 1);
    assert.match(errorLine(check.stderr), /^CHECK_BAD_INPUT: .*field "purpose": .*surrogate/);
    const ledger = s.cli(['ledger', 'import', s.write('d.csv', 'state,commodity,date,barrels,ref,vessel\nCN,crude-oil,2018-03-01,10,r1,V\u0000\n'), '--db', db, '--format', 'json']);
    assert.equal(ledger.code, 1);
    assert.match(errorLine(ledger.stderr), /field "vessel"/);
  });
});

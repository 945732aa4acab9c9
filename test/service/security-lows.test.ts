// Second security review, the smaller findings, each pinned: a query string's bytes that are not UTF-8
// became U+FFFD and were answered 200; control characters and a right-to-left override were taken in
// names and ids; a key given twice in a JSON body silently kept the last; the USER_CONFLICT hint said a
// revoked name could be reused (it cannot) and fitted no four-eyes refusal; the 431 answer was not in
// the service's error format.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseVesselList } from '../../src/ships/vessel-list-csv.ts';
import { duplicateKey } from '../../src/io/json-duplicates.ts';
import { scratch } from '../support/cli-harness.ts';
import { auth, startTestService, type TestService } from './harness.ts';

describe('security: the smaller findings of the second review', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('a query parameter whose %-escapes are not UTF-8 (%FF, an encoded surrogate) is 400 naming it, API and page alike', async () => {
    for (const bad of ['%FF', 'A%ED%A0%80B', '%C3']) {
      const r = await t.app.inject({ method: 'GET', url: `/v1/audit?actor=${bad}`, headers: auth(t.keys.auditor!) });
      assert.equal(r.statusCode, 400, bad);
      assert.equal(r.json().error.field, 'actor');
      assert.match(r.json().error.message, /actor is not UTF-8 in %-escapes/);
    }
    const key = await t.app.inject({ method: 'GET', url: '/v1/audit?%FF=1', headers: auth(t.keys.auditor!) });
    assert.equal(key.statusCode, 400);
    assert.equal(key.json().error.field, 'query');
    // Well-formed escapes, and a stray % the parser keeps as it is, are still served.
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/audit?actor=%C3%A9', headers: auth(t.keys.auditor!) })).statusCode, 200);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/audit?actor=100%', headers: auth(t.keys.auditor!) })).statusCode, 200);
    const signIn = await t.app.inject({ method: 'POST', url: '/session', payload: `key=${t.keys.auditor}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const page = await t.app.inject({ method: 'GET', url: '/audit?target=%FF', headers: { cookie } });
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /target is not UTF-8 in %-escapes/);
  });

  it('a query parameter given twice is 400 naming it, API and page alike (which value was meant is not ours to guess)', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/alerts?status=open&status=closed', headers: auth(t.keys.auditor!) });
    assert.equal(r.statusCode, 400, r.body);
    assert.equal(r.json().error.field, 'status');
    assert.match(r.json().error.message, /"status" is given more than once/);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/alerts?status=open', headers: auth(t.keys.auditor!) })).statusCode, 200);
    const signIn = await t.app.inject({ method: 'POST', url: '/session', payload: `key=${t.keys.auditor}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const page = await t.app.inject({ method: 'GET', url: '/audit?actor=a&actor=b', headers: { cookie } });
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /&quot;actor&quot; is given more than once|"actor" is given more than once/);
  });

  it('control characters and bidirectional overrides in a subject\'s name or id are 400 naming the field; nothing stored', async () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ id: 'bidi-1', name: 'KIM \u202EKIS JONG' }, '[0].name', /U\+202E, which changes how the text around it reads/],
      [{ id: 'bidi-2', name: 'KIM\u2066 JONG' }, '[0].name', /U\+2066/],
      [{ id: 'ctl-1', name: 'KIM\nJONG' }, '[0].name', /the control character U\+000A at character 4/],
      [{ id: 'ctl-2', name: 'KIM\u0085JONG' }, '[0].name', /U\+0085/],
      [{ id: 'ctl\u00073', name: 'KIM JONG' }, '[0].id', /U\+0007/],
      [{ id: 'ctl-4', name: 'KIM\u007FJONG' }, '[0].name', /U\+007F/],
    ];
    for (const [subject, field, message] of cases) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [subject] });
      assert.equal(r.statusCode, 400, JSON.stringify(subject));
      assert.equal(r.json().error.field, field);
      assert.match(r.json().error.message, message);
    }
    assert.equal((await t.svc.driver.all("SELECT id FROM subjects WHERE id LIKE 'bidi-%' OR id LIKE 'ctl%'")).length, 0);
    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [{ id: 'plain-1', name: 'KIM JONG' }] })).statusCode, 200);
  });

  it('a vessel list naming a vessel with a bidirectional override or a control character is refused, naming the line and field', () => {
    const head = 'name,imo,designated,legalBases\n';
    for (const name of ['"SHIP \u202EX"', '"SHIP\u0007X"']) {
      assert.throws(() => parseVesselList(`${head}${name},9000001,2018-03-30,2397(2017)/7\n`), (e: Error & { location?: { field?: string; record?: string } }) => {
        assert.equal(e.location?.field, 'name');
        assert.equal(e.location?.record, 'line 2');
        assert.match(e.message, /one line of visible text/);
        return true;
      });
    }
  });

  it('a key given twice in one JSON object is 400 naming it; the same key in two objects is fine', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/screen', headers: { ...auth(t.keys.analyst!), 'content-type': 'application/json' }, payload: '{"name":"KIM JONG","name":"SOMEONE ELSE"}' });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.field, 'name');
    assert.match(r.json().error.message, /gives the key "name" twice in one object/);
    const escaped = await t.app.inject({ method: 'POST', url: '/v1/screen', headers: { ...auth(t.keys.analyst!), 'content-type': 'application/json' }, payload: '{"name":"KIM JONG","n\\u0061me":"X"}' });
    assert.equal(escaped.statusCode, 400, 'an escaped spelling of the same key is the same key');
    assert.equal(duplicateKey('{"a":{"x":1},"b":{"x":2},"c":[{"x":1},{"x":2}],"s":"\\"x\\":"}'), undefined);
    assert.equal(duplicateKey('{"a":[{"x":1,"y":{"x":3},"x":2}]}'), 'x');
  });

  it('USER_CONFLICT: the hint fits every refusal it answers, and never says a revoked name can be reused', async () => {
    const dup = await t.app.inject({ method: 'POST', url: '/v1/users', headers: auth(t.keys.admin!), payload: { name: 'auditor', roles: ['auditor'] } });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.code, 'USER_CONFLICT');
    const hint = dup.json().error.hint as string;
    assert.doesNotMatch(hint, /revoke the old one/);
    assert.match(hint, /a revoked account keeps its name/);
    assert.match(hint, /a second admin, not the one who asked/);
    assert.match(hint, /the last admin stays/);
  });

  it('headers over the limit are 431 in the service\'s error format, and the connection closed', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const port = (t.app.server.address() as { port: number }).port;
    const answer = await new Promise<string>((resolve) => {
      const s = connect({ port, host: '127.0.0.1' }, () => s.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`));
      let got = '';
      s.on('data', (d) => (got += d.toString()));
      s.on('close', () => resolve(got));
      s.on('error', () => resolve(got));
    });
    assert.match(answer, /^HTTP\/1\.1 431 /);
    assert.match(answer, /content-type: application\/json/i);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: string; hint: string } };
    assert.equal(body.error.code, 'SERVICE_HEADERS_TOO_LARGE');
    assert.ok(body.error.hint.length > 0);
  });

  it('a path the router refuses (bad %-encoding, a segment over 100 characters) is 400 with the headers every answer carries', async () => {
    for (const url of ['/v1/alerts/%ED%A0%80', `/v1/users/${'x'.repeat(101)}/key`]) {
      const r = await t.app.inject({ method: url.endsWith('/key') ? 'POST' : 'GET', url });
      assert.equal(r.statusCode, 400, url);
      assert.equal(r.json().error.field, 'path');
      assert.equal(r.headers['cache-control'], 'no-store', url);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', url);
    }
  });

  it('a route whose body is optional takes no body as an empty one, but refuses a JSON null as the object the document asks for', async () => {
    const asked = { method: 'POST' as const, url: '/v1/alerts/999999/withdraw', headers: { ...auth(t.keys.analyst!), 'content-type': 'application/json' } };
    const sentNull = await t.app.inject({ ...asked, payload: 'null' });
    assert.equal(sentNull.statusCode, 400, sentNull.body);
    assert.equal(sentNull.json().error.code, 'SERVICE_BAD_INPUT');
    // No body at all reaches the route (here: no such alert).
    const none = await t.app.inject({ method: 'POST', url: '/v1/alerts/999999/withdraw', headers: auth(t.keys.analyst!) });
    assert.equal(none.statusCode, 404, none.body);
  });
});

describe('security: names and ids on the command line', () => {
  const s = scratch('names-cli');
  it('subjects import refuses a name holding U+202E (exit 1, naming the field); nothing stored', () => {
    const csv = s.write('s.csv', 'id,name\nok-1,KIM JONG\nbad-1,"KIM \u202EJONG"\n');
    const db = path.join(s.dir, 'a.sqlite');
    const r = s.cli(['subjects', 'import', csv, '--db', db, '--format', 'json']);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /name/);
    assert.match(r.stderr, /U\+202E/);
  });
});

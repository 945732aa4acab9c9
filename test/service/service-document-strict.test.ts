// The API document is as strict as the server, and the server as the document (fuzz run 9's findings):
// each body route takes exactly the media types the document lists, any other is 415; a body that carries
// nothing required is optional in both; a number id the check cannot echo exactly is refused (API and CLI);
// limit, events' from/to, screen's one-name-or-batch and a check party's dob are refused by the document
// exactly where the server refuses them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { errorLine, projectRoot, scratch } from '../support/cli-harness.ts';
import { alertForSubject, auth, suiteService } from './harness.ts';

type Schema = Record<string, unknown>;
interface Operation { parameters?: { name: string; in: string; schema?: Schema }[]; requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> } }
interface Doc { paths: Record<string, Record<string, Operation>> }

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;
const CSV = readFileSync(path.join(projectRoot, 'examples', '1718-vessels-sample.csv'), 'utf8');
const EMPTY_LIST = '<CONSOLIDATED_LIST dateGenerated="2026-02-01T00:00:00Z"><INDIVIDUALS/></CONSOLIDATED_LIST>';
const TX = { type: 'goods', date: '2018-05-12', from: 'CN', to: 'KP', goods: [{ hs: '6203' }] };

describe('the document and the server refuse alike', () => {
  const t = suiteService('sqlite');
  const ajv = new Ajv2020({ strict: false, allErrors: false, unicodeRegExp: true });
  addFormats(ajv);
  const doc = (): Doc => t.app.swagger() as unknown as Doc;
  const op = (method: string, p: string): Operation => doc().paths[p]![method]!;
  /** Whether the document takes `value` as the JSON body of `method p`. */
  const bodyOk = (method: string, p: string, value: unknown): boolean => ajv.validate(op(method, p).requestBody!.content!['application/json']!.schema!, value);
  /** Whether the document takes `value` as query parameter `name` of GET `p`. */
  const queryOk = (p: string, name: string, value: string): boolean => ajv.validate(op('get', p).parameters!.find((x) => x.name === name)!.schema!, value);
  const send = (method: string, url: string, who: string, contentType?: string, payload?: string) =>
    t.app.inject({ method: method as 'POST', url, headers: { ...auth(t.keys[who]!), ...(contentType !== undefined && { 'content-type': contentType }) }, ...(payload !== undefined && { payload }) });

  it('a vessels CSV is taken as text/csv or text/plain, a UN list as application/xml or text/xml; the document lists exactly those; any other type is 415', async () => {
    assert.deepEqual(Object.keys(op('post', '/v1/vessels/preview').requestBody!.content!), ['text/csv', 'text/plain']);
    assert.deepEqual(Object.keys(op('post', '/v1/vessels').requestBody!.content!), ['text/csv', 'text/plain']);
    assert.deepEqual(Object.keys(op('post', '/v1/lists').requestBody!.content!), ['application/xml', 'text/xml']);
    for (const type of ['text/csv', 'text/plain', 'text/plain; charset=utf-8']) assert.equal((await send('POST', '/v1/vessels/preview', 'admin', type, CSV)).statusCode, 200, type);
    for (const type of ['application/json', 'application/xml', 'text/xml', 'application/octet-stream', 'application/x-www-form-urlencoded']) {
      const r = await send('POST', '/v1/vessels/preview', 'admin', type, CSV);
      assert.equal(r.statusCode, 415, type);
      assert.equal(r.json().error.code, 'SERVICE_MEDIA_TYPE');
      assert.match(r.json().error.message, /text\/csv or text\/plain/);
      assert.equal((await send('POST', '/v1/vessels', 'admin', type, CSV)).statusCode, 415, type);
    }
    // text/xml reaches the list's parser (an empty list is its 400), text/plain never does.
    assert.equal((await send('POST', '/v1/lists', 'admin', 'text/xml', EMPTY_LIST)).json().error.code, 'LIST_INVALID');
    for (const type of ['text/plain', 'text/csv', 'application/json', 'application/octet-stream']) assert.equal((await send('POST', '/v1/lists', 'admin', type, EMPTY_LIST)).statusCode, 415, type);
    // A JSON route takes JSON only: text/plain is 415, not a string the schema happens to refuse.
    for (const type of ['text/plain', 'text/csv', 'application/xml', 'application/x-www-form-urlencoded']) {
      const r = await send('POST', '/v1/screen', 'analyst', type, '{"name":"KIM"}');
      assert.equal(r.statusCode, 415, type);
      assert.match(r.json().error.message, /application\/json/);
    }
    assert.equal((await send('POST', '/v1/screen', 'analyst', 'application/json; charset=utf-8', '{"name":"KIM"}')).statusCode, 200);
  });

  it('a body with nothing required is optional in the document and in the server; the others are required in both', async () => {
    // A confirmation may name the proposal it reviewed (binding it) or nothing (the proposal pending).
    for (const p of ['/v1/alerts/{id}/withdraw', '/v1/users/{name}/confirm', '/v1/alerts/{id}/confirm']) assert.equal(op('post', p).requestBody!.required, false, p);
    for (const p of ['/v1/alerts/{id}/decision', '/v1/alerts/{id}/reject', '/v1/alerts/{id}/assign', '/v1/check', '/v1/screen']) assert.equal(op('post', p).requestBody!.required, true, p);
    assert.equal(JSON.stringify(doc()).includes('x-body-optional'), false, 'the mark stays out of the document');
    const id = await alertForSubject(t, 'doc-withdraw');
    const propose = () => send('POST', `/v1/alerts/${id}/decision`, 'analyst', 'application/json', JSON.stringify({ disposition: 'escalate', note: 'x' }));
    assert.equal((await propose()).statusCode, 200);
    assert.equal((await send('POST', `/v1/alerts/${id}/withdraw`, 'analyst')).statusCode, 200, 'no body');
    assert.equal((await propose()).statusCode, 200);
    assert.equal((await send('POST', `/v1/alerts/${id}/withdraw`, 'analyst', 'application/json', '{}')).statusCode, 200, '{}');
    assert.equal((await propose()).statusCode, 200);
    const extra = await send('POST', `/v1/alerts/${id}/withdraw`, 'analyst', 'application/json', '{"note":"x"}');
    assert.equal(extra.statusCode, 400);
    assert.equal(bodyOk('post', '/v1/alerts/{id}/withdraw', { note: 'x' }), false);
    assert.equal((await send('POST', `/v1/alerts/${id}/decision`, 'analyst')).statusCode, 400, 'a required body left out');
  });

  it('a message says a pattern\'s rule in words, never the pattern (hostile-user test)', async () => {
    const cases: [string, string, string, RegExp][] = [
      ['/v1/screen', 'analyst', JSON.stringify({ name: 'KIM', dob: '1700' }), /^dob must be YYYY, YYYY-MM or YYYY-MM-DD/],
      ['/v1/screen', 'analyst', JSON.stringify({ name: '---' }), /^name must be text holding a letter or a digit$/],
      [`/v1/alerts/${await alertForSubject(t, 'doc-words')}/decision`, 'analyst', JSON.stringify({ disposition: 'escalate', note: '   ' }), /^note must be not blank$/],
      ['/v1/alerts/0x1/withdraw', 'analyst', '{}', /^id must be a whole number from 1 up$/],
    ];
    for (const [url, who, body, message] of cases) {
      const r = await send('POST', url, who, 'application/json', body);
      assert.equal(r.statusCode, 400, `${url} ${body}`);
      assert.match(r.json().error.message, message, `${url} ${body}`);
      assert.doesNotMatch(r.json().error.message, /pattern|\^|\\[dSp]/, 'no pattern quoted');
    }
  });

  it('POST /v1/check: a number id that JSON does not carry exactly is 400 naming id, in the document too', async () => {
    for (const raw of ['1e400', '12345678901234567890', '9007199254740992', '-9007199254740992', '1.5']) {
      const r = await send('POST', '/v1/check', 'analyst', 'application/json', `{"id":${raw},${JSON.stringify(TX).slice(1)}`);
      assert.equal(r.statusCode, 400, raw);
      assert.equal(r.json().error.field, 'id', raw);
      assert.equal(bodyOk('post', '/v1/check', { ...TX, id: JSON.parse(raw) as number }), false, raw);
    }
    for (const id of [9007199254740991, -9007199254740991, 0, 'A-1']) {
      const r = await send('POST', '/v1/check', 'analyst', 'application/json', JSON.stringify({ ...TX, id }));
      assert.equal(r.statusCode, 200, String(id));
      assert.equal(r.json().id, String(id));
      assert.ok(bodyOk('post', '/v1/check', { ...TX, id }), String(id));
    }
    // In a batch, two ids that would have become one are refused, not answered twice under one id.
    const batch = await send('POST', '/v1/check', 'analyst', 'application/json', `[{"id":12345678901234567890,${JSON.stringify(TX).slice(1)},{"id":12345678901234567891,${JSON.stringify(TX).slice(1)}]`);
    assert.equal(batch.statusCode, 400);
  });

  it('POST /v1/check: a party\'s dob is the server\'s date of birth (years from 1850, real days), in the document too', async () => {
    for (const dob of ['1660', '5310', '1849-12', '1980-02-30', '1980-13', '19800']) {
      const body = { ...TX, parties: [{ name: 'Kim', dob }] };
      assert.equal(bodyOk('post', '/v1/check', body), false, dob);
      const r = await send('POST', '/v1/check', 'analyst', 'application/json', JSON.stringify(body));
      assert.equal(r.statusCode, 400, dob);
    }
    for (const dob of ['1850', '1980-02', '1980-02-29', String(new Date().getUTCFullYear())]) {
      const body = { ...TX, parties: [{ name: 'Kim', dob }] };
      assert.ok(bodyOk('post', '/v1/check', body), dob);
      assert.equal((await send('POST', '/v1/check', 'analyst', 'application/json', JSON.stringify(body))).statusCode, 200, dob);
    }
  });

  it('POST /v1/screen: one name or a batch, never neither or both, in the document too; the message names the field', async () => {
    const cases: [unknown, string][] = [
      [{}, 'name'],
      [{ name: 'KIM', queries: { a: { name: 'KIM' } } }, 'queries'],
      [{ queries: { a: { name: 'KIM' } }, threshold: 0.9 }, 'threshold'],
      [{ queries: { a: { name: 'KIM' } }, dob: '1980' }, 'dob'],
      [{ dob: '1980' }, 'name'],
    ];
    for (const [body, field] of cases) {
      assert.equal(bodyOk('post', '/v1/screen', body), false, JSON.stringify(body));
      const r = await send('POST', '/v1/screen', 'analyst', 'application/json', JSON.stringify(body));
      assert.equal(r.statusCode, 400, JSON.stringify(body));
      assert.equal(r.json().error.field, field, JSON.stringify(body));
    }
    for (const body of [{ name: 'KIM', threshold: 0.9 }, { queries: { a: { name: 'KIM', threshold: 0.9 } } }]) {
      assert.ok(bodyOk('post', '/v1/screen', body), JSON.stringify(body));
      assert.equal((await send('POST', '/v1/screen', 'analyst', 'application/json', JSON.stringify(body))).statusCode, 200, JSON.stringify(body));
    }
  });

  it('limit is 1 to 500 on every paged GET, in the document too', async () => {
    for (const p of ['/v1/alerts', '/v1/audit', '/v1/subjects', '/v1/vessels', '/v1/ledger/deliveries', '/v1/events']) {
      for (const limit of ['501', '999', '0', '050']) {
        assert.equal(queryOk(p, 'limit', limit), false, `${p} ${limit}`);
        assert.equal((await send('GET', `${p}?limit=${limit}`, 'admin')).statusCode, 400, `${p} ${limit}`);
      }
      for (const limit of ['1', '99', '500']) {
        assert.ok(queryOk(p, 'limit', limit), `${p} ${limit}`);
        assert.equal((await send('GET', `${p}?limit=${limit}`, 'admin')).statusCode, 200, `${p} ${limit}`);
      }
    }
  });

  it('a ledger State and a reporter\'s State are never KP (either case), in the document too: the DPRK is not a supplying State', async () => {
    const amend = '/v1/ledger/deliveries/{state}/{ref}/amend';
    const pathState = op('post', amend).parameters!.find((x) => x.name === 'state' && x.in === 'path')!.schema!;
    const delivery = (state: string) => ({ commodity: 'refined-petroleum', state, date: '2018-04-01', barrels: 1, ref: 'kp-1' });
    for (const state of ['KP', 'kp']) {
      assert.equal(queryOk('/v1/ledger/deliveries', 'state', state), false, state);
      assert.equal(bodyOk('post', '/v1/ledger/deliveries', delivery(state)), false, state);
      assert.equal(ajv.validate(pathState, state), false, state);
      assert.equal(bodyOk('post', '/v1/users', { name: 'rep-kp', roles: ['reporter'], state }), false, state);
      assert.equal(bodyOk('patch', '/v1/users/{name}', { roles: ['reporter'], state }), false, state);
      for (const [method, url, who, body] of [
        ['GET', `/v1/ledger/deliveries?state=${state}`, 'admin', undefined],
        ['POST', '/v1/ledger/deliveries', 'admin', delivery(state)],
        ['POST', `/v1/ledger/deliveries/${state}/kp-1/amend`, 'admin', { barrels: 2 }],
        ['POST', '/v1/users', 'admin', { name: 'rep-kp', roles: ['reporter'], state }],
        ['PATCH', '/v1/users/reporterCN', 'admin', { roles: ['reporter'], state }],
      ] as const) {
        const r = await send(method, url, who, body === undefined ? undefined : 'application/json', body === undefined ? undefined : JSON.stringify(body));
        assert.equal(r.statusCode, 400, `${method} ${url} ${state}: ${r.body}`);
        assert.equal(r.json().error.field, 'state', `${method} ${url} ${state}: ${r.body}`);
      }
    }
    // Any other State is still in the document: CN, either case.
    for (const state of ['CN', 'cn']) {
      assert.ok(queryOk('/v1/ledger/deliveries', 'state', state), state);
      assert.ok(ajv.validate(pathState, state), state);
      assert.ok(bodyOk('post', '/v1/users', { name: 'rep-cn', roles: ['reporter'], state }), state);
    }
  });

  it('GET /v1/events: from and to are ISO 8601 UTC times of real days, in the document too (no rolling over)', async () => {
    for (const v of ['yesterday', '2019-02-30', '2019-02-29', '2019-03-01T24:00', '2019-03-01T06:00+09:00', '2019-3-1', '20190301']) {
      assert.equal(queryOk('/v1/events', 'from', v), false, v);
      const r = await send('GET', `/v1/events?from=${encodeURIComponent(v)}`, 'admin');
      assert.equal(r.statusCode, 400, v);
      assert.equal(r.json().error.field, 'from', v);
    }
    for (const v of ['2019-03-01', '2020-02-29', '2019-03-01T06:00', '2019-03-01T06:00Z', '2019-03-01T23:59:59.5Z', '']) {
      assert.ok(queryOk('/v1/events', 'to', v), v);
      assert.equal((await send('GET', `/v1/events?to=${encodeURIComponent(v)}`, 'admin')).statusCode, 200, v);
    }
  });
});

describe('the CLI check refuses a number id it cannot echo exactly (exit 1, the field named)', () => {
  const s = scratch('cli-check-id');
  it('interdict check - reading JSON', () => {
    for (const raw of ['1e400', '12345678901234567890']) {
      const r = s.cli(['check', '-', '--format', 'json'], `{"id":${raw},${JSON.stringify(TX).slice(1)}`);
      assert.equal(r.code, 1, raw);
      assert.match(errorLine(r.stderr), /^CHECK_BAD_INPUT: .*field "id": .*whole number/, raw);
    }
    const ok = s.cli(['check', '-', '--format', 'json'], JSON.stringify({ ...TX, id: 9007199254740991 }));
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).id, '9007199254740991');
  });
});

// The HTTP boundary: /openapi.json is valid OpenAPI 3.1 and describes every route; bad input is 400
// naming the field with nothing stored; bodies over the limit are 413; the ledger keeps its guarantees.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { auth, suiteService } from './harness.ts';
import { scratch } from '../support/cli-harness.ts';

describe('service: HTTP boundary', () => {
  const t = suiteService('sqlite');

  const req = async (method: string, url: string, who: string | undefined, payload?: unknown, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({ method: method as 'POST', url, headers: { ...(who ? auth(t.keys[who]!) : {}), ...headers }, ...(payload !== undefined && { payload: payload as string }) });
    return { status: res.statusCode, body: res.json() };
  };

  it('/openapi.json is valid OpenAPI 3.1 and has every route, each with its request schema', async () => {
    const doc = (await req('GET', '/openapi.json', undefined)).body;
    assert.equal(doc.openapi, '3.1.0');
    const v = new Validator();
    const res = await v.validate(doc);
    assert.equal(res.valid, true, JSON.stringify(res.errors));
    assert.equal(v.version, '3.1');
    for (const r of t.routeTable) {
      const p = r.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[p]?.[r.method.toLowerCase()];
      assert.ok(op, `${r.method} ${r.url} is described`);
      if (r.permission) assert.deepEqual(op.security, [{ bearer: [] }], `${r.method} ${r.url} says it needs a key`);
    }
    assert.ok(doc.paths['/v1/lists'].post.requestBody.content['application/xml'], 'the list upload is XML');
    for (const [p, ops] of Object.entries(doc.paths) as [string, Record<string, { responses: Record<string, unknown> }>][]) {
      for (const [m, op] of Object.entries(ops)) assert.ok(Object.keys(op.responses).some((k) => k.startsWith('2')), `${m} ${p} documents a success`);
    }
    assert.deepEqual(doc.paths['/v1/screen'].post.requestBody.content['application/json'].schema.anyOf[0].properties.name.type, 'string');
    assert.ok(doc.paths['/v1/ledger/deliveries'].post.requestBody.content['application/json'].schema.required.includes('ref'));
  });

  it('GET /v1/law answers what `interdict law list --format json` prints for the same date', async () => {
    const cli = scratch('law-same').cli(['law', 'list', '--date', '2018-01-01', '--format', 'json']);
    assert.equal(cli.code, 0, cli.stderr);
    const http = await req('GET', '/v1/law?date=2018-01-01', 'auditor');
    assert.equal(http.status, 200);
    assert.deepEqual(http.body, JSON.parse(cli.stdout));
    assert.ok((http.body as { measures: { file: string }[] }).measures.every((m) => typeof m.file === 'string'));
  });

  it('a bad record in a batch is named by the same number over HTTP, on the page and in `interdict check` (an array counted from 1)', async () => {
    const ok = { id: 'a', type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', goods: [{ hs: '6203.42', description: 'trousers' }] };
    const batch = [ok, { ...ok, id: 'b', date: '2018-02-30' }];
    const http = await req('POST', '/v1/check', 'analyst', batch);
    assert.equal(http.status, 400);
    const cli = scratch('record-numbers').cli(['check', '-', '--format', 'json'], JSON.stringify(batch));
    assert.equal(cli.code, 1);
    const error = (http.body as { error: { record: unknown; field: unknown } }).error;
    assert.deepEqual({ record: error.record, field: error.field }, { record: '2', field: 'date' }, 'the error body carries the record as text (a batch screen names its key)');
    const cliError = (JSON.parse(cli.stdout || cli.stderr) as { error: { record: unknown; field: unknown } }).error;
    assert.deepEqual({ record: String(cliError.record), field: cliError.field }, { record: '2', field: 'date' });
  });

  it('bad input is 400 with the code and the field named', async () => {
    const cases: [string, string, string, unknown, string][] = [
      ['POST', '/v1/screen', 'analyst', {}, 'name'],
      ['POST', '/v1/screen', 'analyst', { name: 'X', colour: 'red' }, 'colour'],
      ['POST', '/v1/screen', 'analyst', { name: 'PAK', dob: '1949-13-40' }, 'dob'],
      ['POST', '/v1/screen', 'analyst', { queries: { k1: { name: 'A' }, k2: { nam: 'B' } } }, 'queries.k2.name'],
      ['POST', '/v1/screen', 'analyst', { name: 'A', threshold: 2 }, 'threshold'],
      ['POST', '/v1/check', 'analyst', { type: 'goods', date: '2018-02-30' }, 'date'],
      ['POST', '/v1/check', 'analyst', [{ type: 'goods', date: '2018-01-01' }, { type: 'boat', date: '2018-01-01' }], 'type'],
      ['POST', '/v1/ledger/deliveries', 'admin', { commodity: 'refined-petroleum', state: 'CN', date: '2018-01-01' }, 'ref'],
      ['POST', '/v1/ledger/deliveries', 'admin', { commodity: 'water', state: 'CN', date: '2018-01-01', ref: 'x' }, 'commodity'],
      ['POST', '/v1/ledger/deliveries', 'admin', { commodity: 'crude-oil', state: 'CN', date: '2018-01-01', ref: 'x', barrels: -5 }, 'barrels'],
      ['GET', '/v1/ledger/status?commodity=refined-petroleum&period=someday', 'auditor', undefined, 'period'],
      ['GET', '/v1/ledger/status', 'auditor', undefined, 'commodity'],
      ['GET', '/v1/law?date=2018-02-31', 'auditor', undefined, 'date'],
      ['GET', '/v1/alerts?status=maybe', 'auditor', undefined, 'status'],
      ['GET', '/v1/alerts/abc', 'auditor', undefined, 'id'],
      ['POST', '/v1/alerts/1/decision', 'analyst', { disposition: 'perhaps', note: 'n' }, 'disposition'],
      ['POST', '/v1/subjects', 'analyst', [{ id: 'ok', name: 'A' }, { id: 'bad' }], '[1].name'],
      ['POST', '/v1/users', 'admin', { name: 'r', roles: ['reporter'] }, 'state'],
      ['POST', '/v1/users', 'admin', { name: 'x', roles: ['wizard'] }, 'roles[0]'],
    ];
    for (const [method, url, who, payload, field] of cases) {
      const r = await req(method, url, who, payload);
      assert.equal(r.status, 400, `${method} ${url} ${JSON.stringify(payload)}: ${JSON.stringify(r.body)}`);
      assert.ok(typeof r.body.error.code === 'string' && r.body.error.message, JSON.stringify(r.body));
      assert.equal(r.body.error.field, field, `${method} ${url} ${JSON.stringify(payload)}: ${JSON.stringify(r.body)}`);
    }
    const broken = await req('POST', '/v1/screen', 'analyst', '{"name": ', { 'content-type': 'application/json' });
    assert.equal(broken.status, 400);
    assert.equal(broken.body.error.code, 'SERVICE_BAD_INPUT');
  });

  it('nothing is half-stored: a batch with one bad subject stores none', async () => {
    const r = await req('POST', '/v1/subjects', 'analyst', [{ id: 'good-1', name: 'Anna Berg' }, { id: 'bad-1', name: 'Bo', dob: '1990-02-31' }]);
    assert.equal(r.status, 400);
    assert.equal(r.body.error.field, '[1].dob');
    assert.deepEqual((await req('GET', '/v1/subjects', 'auditor')).body, { items: [], total: 0, next: null });
    assert.equal((await req('GET', '/v1/ledger/notices', 'auditor')).body.notices.length, 0);
  });

  it('a body over the limit is 413; an unknown route 404; errors are JSON', async () => {
    const big = JSON.stringify({ name: 'A'.repeat(3 * 1024 * 1024) });
    const r = await req('POST', '/v1/screen', 'analyst', big, { 'content-type': 'application/json' });
    assert.equal(r.status, 413);
    assert.equal(r.body.error.code, 'SERVICE_TOO_LARGE');
    const nf = await req('GET', '/v1/nothing', 'analyst');
    assert.equal(nf.status, 404);
    assert.equal(nf.body.error.code, 'SERVICE_NOT_FOUND');
    assert.equal((await req('GET', '/v1/alerts/424242', 'auditor')).status, 404);
  });

  it('the ledger over HTTP: a reporter records for its own State only; the same (state, ref) counts once; each notice once', async () => {
    const rec = (who: string, state: string, ref: string, barrels: number) =>
      req('POST', '/v1/ledger/deliveries', who, { commodity: 'refined-petroleum', state, date: '2018-04-01', barrels, ref });
    assert.equal((await rec('reporterCN', 'RU', 'x-1', 10)).status, 403);
    const first = await rec('reporterCN', 'CN', 'cn-1', 380_000);
    assert.equal(first.status, 201);
    assert.deepEqual(first.body.notices.map((n: { threshold: number }) => n.threshold), [75]);
    const again = await rec('reporterCN', 'CN', 'cn-1', 380_000);
    assert.equal(again.status, 200);
    assert.equal(again.body.created, false);
    assert.equal(again.body.notices.length, 0);
    const conflict = await rec('reporterCN', 'CN', 'cn-1', 1);
    assert.equal(conflict.status, 409);
    assert.equal(conflict.body.error.code, 'LEDGER_REF_CONFLICT');
    assert.equal((await rec('reporterRU', 'RU', 'ru-1', 80_000)).body.notices[0].threshold, 90);
    const status = await req('GET', '/v1/ledger/status?commodity=refined-petroleum&period=2018', 'analyst');
    assert.equal(status.body.totalBarrels, 460_000);
    const notices = await req('GET', '/v1/ledger/notices', 'reporterRU');
    assert.deepEqual(notices.body.notices.map((n: { threshold: number }) => n.threshold), [75, 90]);
    const audit = await req('GET', '/v1/audit?action=delivery.record', 'auditor');
    assert.equal(audit.body.items.length, 2, 'the repeat is not logged as a change');
  });

  it('health and readiness need no key, and tell nothing else (no law, list or database versions)', async () => {
    assert.deepEqual((await req('GET', '/healthz', undefined)).body, { ok: true });
    const ready = await req('GET', '/readyz', undefined);
    assert.equal(ready.status, 200);
    assert.deepEqual(ready.body, { ok: true });
    assert.match((await req('GET', '/v1/list', 'auditor')).body.version.id, /^2026-01-28/, 'signed in, the list version is there');
  });
});

// The rules across fields the server enforces are in the API document (security review 19, F3): those a
// JSON Schema can state make a request that breaks them schema-invalid (and the server refuses it, 400);
// the others are named in the operation's description under "Rules across fields".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { RULES_HEADING } from '../../http/openapi-doc.ts';
import { parseProduct } from '../../src/ledger/index.ts';
import { auth, suiteService } from './harness.ts';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;
type Doc = { paths: Record<string, Record<string, { description?: string; requestBody?: { content?: Record<string, { schema?: object }> } }>> };

describe('the API document states the rules across fields', () => {
  const t = suiteService('sqlite');
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const doc = (): Doc => t.app.swagger() as unknown as Doc;
  const valid = (method: string, path: string, body: unknown): boolean => ajv.validate(doc().paths[path]![method]!.requestBody!.content!['application/json']!.schema!, body);

  const delivery = { commodity: 'refined-petroleum', state: 'CN', date: '2018-03-01', ref: 'r-1', barrels: 100 };
  // [operation, a body keeping the rule, the same body breaking it, who sends it, the field the server names]
  const cases: [string, string, string, unknown, unknown, string][] = [
    ['barrels or tonnes', 'post', '/v1/ledger/deliveries', delivery, { ...delivery, barrels: undefined }, 'barrels'],
    ['product names', 'post', '/v1/ledger/deliveries', { ...delivery, product: ' Gas_Oil ' }, { ...delivery, product: 'water' }, 'product'],
    ['no product on crude oil', 'post', '/v1/ledger/deliveries', { ...delivery, commodity: 'crude-oil', product: ' ' }, { ...delivery, commodity: 'crude-oil', product: 'diesel' }, 'product'],
    ['expires on a false positive only', 'post', '/v1/alerts/{id}/decision', { disposition: 'false-positive', note: 'n', expires: '2999-01-01' }, { disposition: 'true-match', note: 'n', expires: '2999-01-01' }, 'expires'],
    ['a reporter needs a State', 'post', '/v1/users', { name: 'r1', roles: ['reporter'], state: 'CN' }, { name: 'r1', roles: ['reporter'] }, 'state'],
    ['a State for a reporter only', 'post', '/v1/users', { name: 'a1', roles: ['auditor'] }, { name: 'a1', roles: ['auditor'], state: 'CN' }, 'state'],
    ['admin not with analyst', 'post', '/v1/users', { name: 'a2', roles: ['admin'] }, { name: 'a2', roles: ['admin', 'analyst'] }, 'roles'],
    ['admin not with releaser', 'patch', '/v1/users/{name}', { roles: ['releaser', 'analyst'] }, { roles: ['releaser', 'admin'] }, 'roles'],
  ];
  for (const [rule, method, path, keeps, breaks, field] of cases) {
    it(`${rule}: ${method.toUpperCase()} ${path} — a body breaking it is schema-invalid, and the server refuses it naming ${field}`, async () => {
      const clean = (b: unknown) => JSON.parse(JSON.stringify(b)) as unknown;
      assert.equal(valid(method, path, clean(keeps)), true, `the body keeping the rule is valid: ${JSON.stringify(ajv.errors)}`);
      assert.equal(valid(method, path, clean(breaks)), false, 'the body breaking the rule is not');
      let url = path.replace('{name}', 'fuzz-target');
      if (url.includes('{id}')) url = url.replace('{id}', '1');
      const who = path.startsWith('/v1/users') ? 'admin' : path.startsWith('/v1/alerts') ? 'analyst' : 'admin';
      const r = await t.app.inject({ method: method.toUpperCase() as 'POST', url, headers: auth(t.keys[who]!), payload: clean(breaks) as object });
      // An alert 1 may not exist: the body is judged before the alert is looked up, or the rule is the server's own.
      assert.ok(r.statusCode === 400 || (r.statusCode === 404 && path.includes('{id}')), `${r.statusCode} ${r.body}`);
      if (r.statusCode === 400) assert.equal(r.json().error.field, field, r.body);
    });
  }

  it('the product pattern reads what the ledger reads', () => {
    const schema = { type: 'string', pattern: ((doc().paths['/v1/ledger/deliveries']!.post!.requestBody!.content!['application/json']!.schema as { properties: { product: { pattern: string } } }).properties.product.pattern) };
    for (const p of ['diesel', ' JET FUEL ', 'jet_fuel', 'Heavy/Fuel/Oil', 'lpg', 'Petrol', '', '  ', 'ᴅiesel', 'water', 'jet--fuel', 'diesel!']) {
      let reads: boolean;
      try {
        reads = parseProduct(p, 'refined-petroleum') !== undefined || p.trim() === '';
      } catch {
        reads = false;
      }
      assert.equal(ajv.validate(schema, p), reads, `"${p}"`);
    }
  });

  it('the rules a schema cannot state are named under the heading', () => {
    const d = doc();
    const named: [string, string, RegExp][] = [
      ['post', '/v1/ledger/deliveries', /cap period[\s\S]*`reported` is not before `date`[\s\S]*agree/],
      ['post', '/v1/alerts/{id}/decision', /`expires` is a day after today/],
      ['get', '/v1/ledger/deliveries', /`to` is not before `from`/],
      ['post', '/v1/screen', /`reviewThreshold` is not above `threshold`/],
      ['get', '/v1/ledger/status', /`period` names a cap period/],
      ['post', '/v1/alerts/{id}/assign', /may decide alerts/],
    ];
    for (const [method, path, said] of named) {
      const description = d.paths[path]![method]!.description ?? '';
      assert.ok(description.includes(`${RULES_HEADING} (`), `${method} ${path}: ${description}`);
      assert.match(description.slice(description.indexOf(RULES_HEADING)), said);
    }
  });

  it('every operation documents 408 (Node answers a request too slow to arrive), and every one but the public probes 429 (rate-limited)', async () => {
    const all = t.app.swagger() as unknown as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    let operations = 0;
    for (const [p, ops] of Object.entries(all.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        operations++;
        assert.ok(op.responses['408'] !== undefined, `${method} ${p}: 408`);
        const probe = p === '/healthz' || p === '/readyz';
        assert.equal(op.responses['429'] !== undefined, !probe, `${method} ${p}: 429`);
      }
    }
    assert.ok(operations > 30, `${operations} operations`);
  });
});


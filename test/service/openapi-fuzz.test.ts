// A Schemathesis-style run over the API document (fast-check): for every operation and every role, requests
// generated from the document (valid ones, and ones broken on purpose: wrong types, hostile bytes,
// "__proto__", another media type) are sent, and every answer is held to three rules: no 5xx; its status
// is one the document gives for the operation; its body matches that status's schema. A request the
// document says is invalid that the server accepts (2xx) is a failure too. The run's figures are printed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { buildServer } from '../../http/server.ts';
import { addSubjects } from '../../src/app/subjects/subjects.ts';
import { OpenApiCheck, type OpenApiDoc } from './openapi-check.ts';
import { arb, broken, type Schema } from './schema-arbitrary.ts';
import { ACCOUNTS, auth, startTestService, type TestService } from './harness.ts';

interface Param { name: string; in: string; required?: boolean; schema?: Schema }
interface Operation { parameters?: Param[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;
const RUNS = Number(process.env.INTERDICT_FUZZ_RUNS ?? 12);

interface Req { method: string; url: string; headers: Record<string, string>; payload?: string; valid: boolean }

describe('the API document, fuzzed', () => {
  let t: TestService;
  let app: Awaited<ReturnType<typeof buildServer>>['app'];
  let doc: OpenApiDoc;
  before(async () => {
    t = await startTestService('sqlite');
    await addSubjects(t.svc, [{ id: 'f1', name: 'PAK YONG SIK', type: 'person' }, { id: 'f2', name: 'KIM JONG UN' }], 'test');
    // A server of its own without the harness's wrapper: the fuzzer counts failures instead of throwing.
    app = (await buildServer(t.svc, { sessionSecrets: t.sessions, limits: { perMinute: 0 } })).app;
    doc = app.swagger() as unknown as OpenApiDoc;
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  it('every operation × every role: no 5xx, every status documented, every body as documented, invalid input refused', async () => {
    const check = new OpenApiCheck(doc);
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    addFormats(ajv);
    const roles: (string | undefined)[] = [undefined, 'analyst', 'releaser', 'reporterCN', 'auditor', 'admin'];
    const reserved = new Set(Object.keys(ACCOUNTS));
    const failures = new Map<string, string>();
    let requests = 0;
    let operations = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, opAny] of Object.entries(methods)) {
        operations++;
        const op = opAny as Operation;
        const params = op.parameters ?? [];
        const jsonBody = op.requestBody?.content?.['application/json']?.schema;
        const xmlBody = op.requestBody?.content?.['application/xml'] !== undefined;
        const bodyValid = jsonBody ? ajv.compile(jsonBody) : undefined;
        const paramValid = new Map(params.map((p) => [p.name, ajv.compile(p.schema ?? {})]));
        const request = fc.record({
          values: fc.record(Object.fromEntries(params.map((p) => [p.name, fc.oneof({ weight: 4, arbitrary: arb(p.schema) }, { weight: 1, arbitrary: broken })]))),
          omit: fc.subarray(params.filter((p) => !p.required).map((p) => p.name)),
          body: jsonBody ? fc.oneof({ weight: 4, arbitrary: arb(jsonBody) }, { weight: 1, arbitrary: broken }) : fc.constant(undefined),
          rawBody: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('{"a":', '{"__proto__":{"x":1}}', '\u0000', 'not json') }),
          mediaType: fc.oneof({ weight: 9, arbitrary: fc.constant(xmlBody ? 'application/xml' : 'application/json') }, { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/json; charset=utf-8', 'application/x-www-form-urlencoded') }),
          role: fc.constantFrom(...roles),
        });
        const runs = path === '/v1/lists' ? 3 : RUNS;
        for (const sample of fc.sample(request, { numRuns: runs * roles.length, seed: 19 })) {
          let valid = true;
          let url = path;
          const query = new URLSearchParams();
          for (const p of params) {
            if (sample.omit.includes(p.name)) continue;
            let v = sample.values[p.name];
            if (typeof v !== 'string') v = JSON.stringify(v) ?? '';
            // A URL carries UTF-8: a lone surrogate arrives as U+FFFD, so that is what is judged.
            v = (v as string).replace(/\p{Cs}/gu, '\ufffd');
            if (p.in === 'path' && reserved.has(v as string)) v = `${v as string}-fuzz`; // never rotate or revoke the test's own accounts
            if (!paramValid.get(p.name)!(v)) valid = false;
            if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(v as string));
            else query.set(p.name, v as string);
          }
          if (/\{/.test(url)) continue;
          const q = query.toString();
          let payload: string | undefined;
          if (xmlBody) payload = sample.rawBody ?? '<CONSOLIDATED_LIST dateGenerated="2026-02-01T00:00:00Z"><INDIVIDUALS/></CONSOLIDATED_LIST>';
          else if (jsonBody) {
            payload = sample.rawBody ?? JSON.stringify(sample.body);
            // Judged as sent: a generated value JSON cannot carry ({a: undefined}, a Map) is sent as "{}".
            if (sample.rawBody !== undefined || payload === undefined || !bodyValid!(JSON.parse(payload))) valid = false;
          }
          // Another media type than the document's (a charset parameter is still the same type).
          if (payload !== undefined && sample.mediaType.split(';')[0] !== (xmlBody ? 'application/xml' : 'application/json')) valid = false;
          const req: Req = {
            method: method.toUpperCase(), url: q ? `${url}?${q}` : url, valid,
            headers: { ...(sample.role && auth(t.keys[sample.role]!)), ...(payload !== undefined && { 'content-type': sample.mediaType }) },
            ...(payload !== undefined && { payload }),
          };
          requests++;
          const res = await app.inject({ method: req.method as 'GET', url: req.url, headers: req.headers, ...(req.payload !== undefined && { payload: req.payload }) });
          const key = (why: string) => `${req.method} ${path} as ${sample.role ?? 'anonymous'}: ${why}`;
          if (res.statusCode >= 500) failures.set(key(`${res.statusCode}`), `${req.url} ${req.payload?.slice(0, 200)} → ${res.body.slice(0, 200)}`);
          const problem = check.problem(req.method, req.url, res.statusCode, res.headers['content-type'] as string | undefined, res.body);
          if (problem !== undefined) failures.set(key(problem.slice(0, 160)), `${req.url} ${req.payload?.slice(0, 200)}`);
          if (!req.valid && res.statusCode < 300) failures.set(key(`an invalid request was accepted (${res.statusCode})`), `${req.url} ${req.payload?.slice(0, 200)}`);
        }
      }
    }
    const summary = `fuzz: ${operations} operations, ${roles.length} roles, ${requests} requests, ${check.checked} answers held to the document, ${failures.size} distinct failures`;
    console.log(summary);
    assert.equal(failures.size, 0, `${summary}\n${[...failures].slice(0, 20).map(([k, v]) => `${k}\n    ${v}`).join('\n')}`);
  });
});

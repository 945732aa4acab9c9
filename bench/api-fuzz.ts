/**
 * npm run fuzz:api — a Schemathesis-style run over the API document against a real `interdict serve`
 * (SQLite; and PostgreSQL with --pg URL or INTERDICT_FUZZ_PG_URL: a scratch database is created and dropped).
 *
 * It reads GET /openapi.json and, for every operation and every caller (no credential, a made-up key, one
 * key per role, a web session with its CSRF token), sends requests drawn from the request schemas with
 * fast-check: valid ones, and ones the document says are invalid (a wrong type, a hostile string,
 * "__proto__", a missing body, malformed JSON, another media type). Every answer is checked as
 * Schemathesis's defaults do:
 *   not_a_server_error        no 5xx;
 *   status_code_conformance   the status is one the document gives for the operation;
 *   content_type_conformance  the media type is one the document gives for that status;
 *   response_schema_conformance  the body is valid against that status's schema (ajv);
 *   negative_data_rejection   a schema-invalid request is refused with a 4xx;
 *   unsupported_method        a method the path does not have is 405 with an Allow header naming the ones it has.
 * After the run the audit log must verify (GET /v1/audit/verify, and `interdict audit verify` on the database).
 * It prints the figures per check and the failures (one per operation, check and status) and exits 1 on any.
 *
 * The server runs the test build of the sources (test/support/compiled-cli.ts): changing the sources while
 * it runs replaces that build under it (a list upload's parser thread then fails to start: 500s).
 * Options: --seed N (default 1), --requests N (the budget, default 10000), --pg URL, --only sqlite|postgres,
 * --operations REGEX (only the operations "METHOD /path" it finds). A 5xx prints the server's error log lines.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import pg from 'pg';
import { compiledCli } from '../test/support/compiled-cli.ts';
import { arb, broken, type Schema } from '../test/service/schema-arbitrary.ts';
import { projectRoot, startServerProcess, type ServerProcess } from '../test/service/server-process.ts';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

interface Param { name: string; in: string; required?: boolean; schema?: Schema }
interface Response { content?: Record<string, { schema?: Schema }> }
interface Operation { parameters?: Param[]; requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> }; responses?: Record<string, Response> }
type Doc = { paths: Record<string, Record<string, Operation>> };

const { values: opts } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    requests: { type: 'string', default: '10000' },
    pg: { type: 'string' },
    only: { type: 'string' },
    operations: { type: 'string' },
  },
});
const SEED = Number(opts.seed);
const BUDGET = Number(opts.requests);
const PG_URL = opts.pg ?? process.env.INTERDICT_FUZZ_PG_URL;
const CHECKS = ['not_a_server_error', 'status_code_conformance', 'content_type_conformance', 'response_schema_conformance', 'negative_data_rejection', 'unsupported_method', 'audit_verify'] as const;
type Check = (typeof CHECKS)[number];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The accounts the run signs in as (added at the server's machine, as an operator does). */
const ACCOUNTS: { name: string; roles: string[]; state?: string }[] = [
  { name: 'fz-analyst', roles: ['analyst'] },
  { name: 'fz-releaser', roles: ['releaser'] },
  { name: 'fz-reporter', roles: ['reporter'], state: 'CN' },
  { name: 'fz-auditor', roles: ['auditor'] },
  { name: 'fz-admin', roles: ['admin'] },
];

interface Caller { label: string; headers: () => Record<string, string>; key?: string }

class Tally {
  readonly passed = new Map<Check, number>(CHECKS.map((c) => [c, 0]));
  readonly failed = new Map<Check, number>(CHECKS.map((c) => [c, 0]));
  readonly failures = new Map<string, string>();
  readonly statuses = new Map<string, number>();
  readonly seconds = new Map<string, number>();
  requests = 0;

  record(check: Check, ok: boolean, where: string, status: number | string, example: () => string): void {
    (ok ? this.passed : this.failed).set(check, (ok ? this.passed : this.failed).get(check)! + 1);
    if (ok) return;
    const key = `${where} | ${check} | ${status}`;
    if (!this.failures.has(key)) this.failures.set(key, example());
  }
}

function cli(args: string[], env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [compiledCli(), ...args], { cwd: projectRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function scratchPg(base: string, name: string, drop: boolean): Promise<string> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(drop ? `DROP DATABASE IF EXISTS ${name} WITH (FORCE)` : `CREATE DATABASE ${name}`);
  } finally {
    await c.end();
  }
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

async function signIn(s: ServerProcess, key: string): Promise<Record<string, string>> {
  const r = await fetch(`${s.url}/session`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `key=${encodeURIComponent(key)}` });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await (await fetch(`${s.url}/ledger`, { headers: { cookie } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  if (cookie === '' || csrf === '') throw new Error('the web session could not be opened');
  return { cookie, 'x-csrf-token': csrf };
}

/** One backend: start the service, run the requests, verify the audit log, stop. */
async function run(backend: 'sqlite' | 'postgres', dir: string): Promise<Tally> {
  const tally = new Tally();
  const pgName = `interdict_fuzz_${process.pid}_${randomBytes(3).toString('hex')}`;
  const db = backend === 'sqlite' ? path.join(dir, 'fuzz.sqlite') : await scratchPg(PG_URL!, pgName, false);
  const env = { INTERDICT_CACHE_DIR: path.join(dir, 'cache') };
  let s: ServerProcess;
  try {
    s = await startServerProcess(env, ['--db', db, '--rate-limit', '0', '--address-rate-limit', '0'], 180_000);
  } catch (e) {
    if (backend === 'postgres') await scratchPg(PG_URL!, pgName, true).catch(() => undefined);
    throw e;
  }
  const serverLog: string[] = [];
  s.child.stderr!.on('data', (d: Buffer) => serverLog.push(...d.toString().split('\n').filter((l) => /"level":(50|60)/.test(l))));
  try {
    const callers: Caller[] = [
      { label: 'anonymous', headers: () => ({}) },
      { label: 'made-up key', headers: () => ({ authorization: `Bearer ik_${randomBytes(24).toString('base64url')}` }) },
    ];
    for (const a of ACCOUNTS) {
      const r = cli(['users', 'add', a.name, ...a.roles.flatMap((x) => ['--role', x]), ...(a.state ? ['--state', a.state] : []), '--db', db, '--format', 'json'], env);
      if (r.status !== 0) throw new Error(`users add ${a.name}: ${r.stderr}`);
      const c: Caller = { label: a.roles.join('+') + (a.state ? ` (${a.state})` : ''), key: (JSON.parse(r.stdout) as { key: string }).key, headers: () => ({ authorization: `Bearer ${c.key}` }) };
      callers.push(c);
    }
    const session = await signIn(s, callers.find((c) => c.label === 'analyst')!.key!);
    callers.push({ label: 'analyst web session', headers: () => session });
    const reserved = new Set(['admin', ...ACCOUNTS.map((a) => a.name)]);

    const doc = (await (await fetch(`${s.url}/openapi.json`)).json()) as Doc;
    const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormats(ajv);
    const compiled = new Map<string, ValidateFunction>();
    const validator = (key: string, schema: Schema): ValidateFunction => {
      let v = compiled.get(key);
      if (v === undefined) compiled.set(key, (v = ajv.compile(schema)));
      return v;
    };
    const only = opts.operations !== undefined ? new RegExp(opts.operations) : undefined;
    const ops = Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([m, op]) => ({ path: p, method: m.toUpperCase(), op })))
      .filter((o) => only === undefined || only.test(`${o.method} ${o.path}`));
    const perCall = Math.max(1, Math.floor((BUDGET - 2 * Object.keys(doc.paths).length * 3) / (ops.length * callers.length)));
    const t0 = performance.now();

    let opIndex = 0;
    for (const { path: p, method, op } of ops) {
      opIndex++;
      const opStart = performance.now();
      const where = `${method} ${p}`;
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const mediaTypes = Object.keys(content);
      const jsonSchema = content['application/json']?.schema;
      const rawSchema = jsonSchema === undefined && mediaTypes.length > 0 ? content[mediaTypes[0]!]!.schema : undefined;
      const bodyValid = jsonSchema ? validator(`${where} body`, jsonSchema) : undefined;
      const paramValid = new Map(params.map((x) => [x.name, validator(`${where} ${x.in} ${x.name}`, x.schema ?? {})]));
      const sample = fc.record({
        values: fc.record(Object.fromEntries(params.map((x) => [x.name, fc.oneof({ weight: 5, arbitrary: arb(x.schema) }, { weight: 1, arbitrary: broken })]))),
        omit: fc.oneof({ weight: 3, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.subarray(params.map((x) => x.name), { maxLength: Math.min(2, params.length) }) }),
        body: jsonSchema ? fc.oneof({ weight: 5, arbitrary: arb(jsonSchema) }, { weight: 1, arbitrary: broken }) : rawSchema ? arb(rawSchema) : fc.constant(undefined),
        rawBody: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('{"a":', '{"__proto__":{"x":1}}', '\u0000', 'not json', '[', '{"a":1,"a":2}') }),
        noBody: fc.oneof({ weight: 15, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        mediaType: fc.oneof(
          { weight: 12, arbitrary: mediaTypes.length > 0 ? fc.constantFrom(...mediaTypes) : fc.constant('application/json') },
          { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/json; charset=utf-8', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x') },
        ),
      });
      for (const [ci, caller] of callers.entries()) {
        for (const x of fc.sample(sample, { numRuns: perCall, seed: SEED * 1_000_003 + opIndex * 101 + ci })) {
          let valid = true;
          let url = p;
          const query = new URLSearchParams();
          for (const prm of params) {
            if (x.omit.includes(prm.name)) {
              if (prm.required) valid = false;
              if (prm.in === 'path') url = url.replace(`{${prm.name}}`, '');
              continue;
            }
            let v = x.values[prm.name];
            if (typeof v !== 'string') v = JSON.stringify(v) ?? '';
            // A URL carries UTF-8: a lone surrogate arrives as U+FFFD, so that is what is judged.
            v = (v as string).replace(/\p{Cs}/gu, '\ufffd');
            if (prm.in === 'path' && reserved.has(v as string)) v = `${v as string}-fuzz`; // never rotate, change or revoke the run's own accounts
            if (!paramValid.get(prm.name)!(v)) valid = false;
            if (prm.in === 'path') url = url.replace(`{${prm.name}}`, encodeURIComponent(v as string));
            else query.set(prm.name, v as string);
          }
          if (/\/\/|\/$/.test(url)) valid = false; // an empty path segment
          let payload: string | undefined;
          let mediaType = x.mediaType;
          if (mediaTypes.length > 0 && !x.noBody) {
            if (jsonSchema) {
              payload = x.rawBody ?? JSON.stringify(x.body);
              // Judged as sent: a value JSON cannot carry as it is (a prototype set, {a: undefined}) is sent as "{}".
              if (x.rawBody !== undefined || payload === undefined || !bodyValid!(JSON.parse(payload))) valid = false;
            } else payload = String(x.body ?? '');
            if (!mediaTypes.includes(mediaType.split(';')[0]!.trim())) valid = false;
          } else if (mediaTypes.length > 0) {
            if (op.requestBody?.required) valid = false;
            mediaType = '';
          }
          const q = query.toString();
          const target = q ? `${url}?${q}` : url;
          const headers: Record<string, string> = { ...caller.headers(), ...(payload !== undefined && { 'content-type': mediaType }) };
          tally.requests++;
          let res: globalThis.Response;
          try {
            res = await fetch(`${s.url}${target}`, { method, headers, ...(payload !== undefined && { body: payload }) });
          } catch (e) {
            tally.record('not_a_server_error', false, where, 'no answer', () => `${caller.label} ${target}: ${(e as Error).message}`);
            continue;
          }
          const text = await res.text();
          const status = res.status;
          tally.statuses.set(`${Math.floor(status / 100)}xx`, (tally.statuses.get(`${Math.floor(status / 100)}xx`) ?? 0) + 1);
          const example = (): string => `${caller.label}: ${method} ${target.slice(0, 200)}${payload !== undefined ? ` [${mediaType}] ${payload.slice(0, 200)}` : ''}\n      → ${status} ${text.slice(0, 300)}`;
          tally.record('not_a_server_error', status < 500, where, status, example);
          const response = op.responses?.[String(status)];
          tally.record('status_code_conformance', response !== undefined, where, status, example);
          if (response !== undefined && response.content !== undefined) {
            const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
            const documented = response.content[type];
            tally.record('content_type_conformance', documented !== undefined, where, status, () => `${example()}\n      content-type ${type}`);
            if (documented?.schema !== undefined && /json/.test(type)) {
              let body: unknown;
              let ok: boolean;
              let why = '';
              try {
                body = JSON.parse(text);
                const v = validator(`${where} ${status} ${type}`, documented.schema);
                ok = v(body);
                if (!ok) why = `${v.errors?.[0]?.instancePath || '(body)'} ${v.errors?.[0]?.message} ${JSON.stringify(v.errors?.[0]?.params)}`;
              } catch {
                ok = false;
                why = 'not JSON';
              }
              tally.record('response_schema_conformance', ok, where, status, () => `${example()}\n      ${why}`);
            }
          }
          if (!valid) tally.record('negative_data_rejection', status >= 400 && status < 500, where, status, example);
          // A caller who rotated its own key goes on with the new one.
          if (p === '/v1/users/me/key' && status === 200 && caller.key !== undefined) caller.key = (JSON.parse(text) as { key: string }).key;
        }
      }
      tally.seconds.set(`${method} ${p}`, (performance.now() - opStart) / 1000);
    }

    // Methods a path does not have: 405 with Allow naming the ones it has.
    for (const [p, methods] of Object.entries(doc.paths)) {
      if (only !== undefined && !Object.keys(methods).some((m) => only.test(`${m.toUpperCase()} ${p}`))) continue;
      const has = Object.keys(methods).map((m) => m.toUpperCase());
      const url = p.replace(/\{[^}]+\}/g, '1');
      for (const method of METHODS.filter((m) => !has.includes(m))) {
        for (const caller of [callers[0]!, callers.find((c) => c.label === 'admin')!]) {
          tally.requests++;
          const res = await fetch(`${s.url}${url}`, { method, headers: caller.headers() });
          const text = await res.text();
          const allow = (res.headers.get('allow') ?? '').split(',').map((m) => m.trim().toUpperCase()).filter(Boolean);
          const ok = res.status === 405 && has.every((m) => allow.includes(m));
          tally.record('unsupported_method', ok, `${method} ${p}`, res.status, () => `${caller.label}: ${method} ${url} → ${res.status} allow "${res.headers.get('allow')}" ${text.slice(0, 200)}`);
        }
      }
    }
    const seconds = (performance.now() - t0) / 1000;

    // The audit log still verifies, by the service and by the command line on the database.
    const auditor = callers.find((c) => c.label === 'auditor')!;
    const verify = await fetch(`${s.url}/v1/audit/verify`, { headers: auditor.headers() });
    const verified = (await verify.json()) as { ok?: boolean; entries?: number };
    tally.record('audit_verify', verify.status === 200 && verified.ok === true, 'GET /v1/audit/verify', verify.status, () => JSON.stringify(verified).slice(0, 300));
    const byCli = cli(['audit', 'verify', '--db', db], env);
    tally.record('audit_verify', byCli.status === 0, 'interdict audit verify', `exit ${byCli.status}`, () => `${byCli.stdout}${byCli.stderr}`.slice(0, 300));

    console.log(`\n${backend}: seed ${SEED}, ${ops.length} operations × ${callers.length} callers × ${perCall}, ${tally.requests} requests in ${seconds.toFixed(1)} s (${(tally.requests / seconds).toFixed(0)}/s); audit entries ${verified.entries ?? '?'}`);
    console.log(`   slowest operations: ${[...tally.seconds].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}`);
    console.log(`   answers: ${[...tally.statuses].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
    for (const c of CHECKS) console.log(`   ${c.padEnd(28)} ${String(tally.passed.get(c)).padStart(6)} passed ${String(tally.failed.get(c)).padStart(6)} failed`);
    console.log(`   distinct failures (operation, check, status): ${tally.failures.size}`);
    for (const [k, v] of tally.failures) console.log(`   ✗ ${k}\n      ${v}`);
    if (serverLog.length > 0) console.log(`   the server logged ${serverLog.length} errors; the first:\n${serverLog.slice(0, 3).map((l) => `      ${l.slice(0, 1500)}`).join('\n')}`);
    return tally;
  } finally {
    await s.stop();
    if (backend === 'postgres') await scratchPg(PG_URL!, pgName, true).catch(() => undefined);
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'interdict-api-fuzz-'));
let failed = 0;
try {
  const backends: ('sqlite' | 'postgres')[] = opts.only ? [opts.only as 'sqlite' | 'postgres'] : ['sqlite', ...(PG_URL ? ['postgres' as const] : [])];
  if (!PG_URL && !opts.only) console.log('PostgreSQL: skipped (no --pg URL or INTERDICT_FUZZ_PG_URL)');
  for (const b of backends) failed += (await run(b, dir)).failures.size;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failed === 0 ? '\nfuzz: no failures' : `\nfuzz: ${failed} distinct failures`);
process.exitCode = failed === 0 ? 0 : 1;

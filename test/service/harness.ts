/** A service on a fresh database (SQLite file or in-memory PGlite) with one account per role. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import pg from 'pg';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildServer, type RouteInfo } from '../../http/server.ts';
import type { ServiceLimits } from '../../http/limits.ts';
import { addAccount } from '../../src/app/accounts/accounts.ts';
import { openService, type Service } from '../../src/app/service/service-context.ts';
import { fixedSessionSecrets, type SessionSecrets } from '../../src/app/web/session-secret.ts';
import { openPgliteDriver } from '../../src/store/index.ts';
import { OpenApiCheck, type OpenApiDoc } from './openapi-check.ts';

// The audit MAC key of this test process (never the user's config folder); a child process inherits it.
process.env.INTERDICT_AUDIT_MAC_KEY ??= randomBytes(32).toString('base64url');

export type TestBackend = 'sqlite' | 'pglite' | 'postgres';

/** Why a suite on the real PostgreSQL server is skipped, or false when it runs (INTERDICT_TEST_PG_URL). */
export const NO_POSTGRES = process.env.INTERDICT_TEST_PG_URL === undefined && 'no PostgreSQL server (INTERDICT_TEST_PG_URL)';

export interface TestService {
  svc: Service;
  app: FastifyInstance;
  routeTable: RouteInfo[];
  keys: Record<string, string>;
  /** The server secret the test server signs sessions with. */
  sessions: SessionSecrets;
  dbFile?: string;
  /** On the real PostgreSQL server: the fresh database's URL (another connection may be opened to it). */
  dbUrl?: string;
  close(): Promise<void>;
}

export const ACCOUNTS = {
  analyst: { roles: ['analyst'] },
  analyst2: { roles: ['analyst'] },
  releaser: { roles: ['releaser'] },
  releaser2: { roles: ['releaser'] },
  both: { roles: ['analyst', 'releaser'] },
  reporterCN: { roles: ['reporter'], state: 'CN' },
  reporterRU: { roles: ['reporter'], state: 'RU' },
  auditor: { roles: ['auditor'] },
  admin: { roles: ['admin'] },
} as const;

export async function startTestService(backend: TestBackend = 'sqlite', limits: Partial<ServiceLimits> = {}): Promise<TestService> {
  const dir = mkdtempSync(path.join(tmpdir(), 'interdict-service-'));
  const dbFile = path.join(dir, 'service.sqlite');
  const dbUrl = backend === 'postgres' ? await freshPostgresDatabase() : undefined;
  const svc = backend === 'sqlite' ? await openService({ target: { kind: 'sqlite', file: dbFile, isDefault: false } })
    : dbUrl !== undefined ? await openService({ target: { kind: 'postgres', url: dbUrl } })
      : await openService({ driver: await openPgliteDriver() });
  const keys: Record<string, string> = {};
  for (const [name, a] of Object.entries(ACCOUNTS)) {
    keys[name] = (await addAccount(svc.driver, { name, roles: [...a.roles], ...('state' in a ? { state: a.state } : {}) }, { actor: 'test', operator: true })).key;
  }
  const sessions = fixedSessionSecrets(randomBytes(32));
  // The rate limit is tested on its own (security-input.test.ts); here it would only count the tests' calls.
  const { app, routeTable } = await buildServer(svc, { sessionSecrets: sessions, limits: { perMinute: 0, perAddressPerMinute: 0, ...limits } });
  holdToDocument(app);
  return {
    svc, app, routeTable, keys, sessions, ...(backend === 'sqlite' && { dbFile }), ...(dbUrl !== undefined && { dbUrl }),
    close: async () => {
      await app.close();
      await svc.close();
      rmSync(dir, { recursive: true, force: true });
      if (dbUrl !== undefined) await onPostgres(process.env.INTERDICT_TEST_PG_URL!, `DROP DATABASE IF EXISTS ${new URL(dbUrl).pathname.slice(1)}`);
    },
  };
}

async function onPostgres(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A new database on the server INTERDICT_TEST_PG_URL names, dropped when the service closes. */
async function freshPostgresDatabase(): Promise<string> {
  const base = process.env.INTERDICT_TEST_PG_URL;
  assert.ok(base, 'INTERDICT_TEST_PG_URL names a PostgreSQL server');
  const name = `interdict_harness_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onPostgres(base, `CREATE DATABASE ${name}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Every answer the tests receive through app.inject is held to the OpenAPI document: an answer whose
 * status or body the document does not describe fails the test that received it.
 */
function holdToDocument(app: FastifyInstance): void {
  const check = new OpenApiCheck(app.swagger() as unknown as OpenApiDoc);
  const inject = app.inject.bind(app) as (o: InjectOptions) => Promise<LightMyRequestResponse>;
  (app as unknown as { inject: (o: InjectOptions) => Promise<LightMyRequestResponse> }).inject = async (o: InjectOptions) => {
    const res = await inject(o);
    const problem = check.problem(String(o.method ?? 'GET'), String(o.url), res.statusCode, res.headers['content-type'] as string | undefined, res.body);
    if (problem !== undefined) throw new assert.AssertionError({ message: `the answer does not match the OpenAPI document: ${problem}` });
    return res;
  };
}

export function auth(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}

/**
 * Inside a describe: a service started before its tests and closed after them. The returned object
 * reads through to the running service, so the suite can name it once at declaration.
 */
export function suiteService(backend: TestBackend = 'sqlite'): TestService {
  let t: TestService | undefined;
  before(async () => {
    t = await startTestService(backend);
  });
  after(() => t?.close());
  const running = (): TestService => {
    assert.ok(t, 'the service starts before the suite\'s tests');
    return t;
  };
  return {
    get svc() { return running().svc; },
    get app() { return running().app; },
    get routeTable() { return running().routeTable; },
    get keys() { return running().keys; },
    get sessions() { return running().sessions; },
    get dbFile() { return running().dbFile; },
    get dbUrl() { return running().dbUrl; },
    close: () => running().close(),
  };
}

/** A request with `key` as the bearer (the body as JSON when given). */
export function caller(t: TestService) {
  return (method: string, url: string, key: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: method as 'POST', url, headers: { ...auth(key), ...headers }, ...(payload !== undefined && { payload: payload as object }) });
}

/** A request as the test account `who` (a key of ACCOUNTS); the status and the JSON body. */
export function accountCaller(t: TestService) {
  const call = caller(t);
  return async (method: string, url: string, who: string, payload?: unknown, headers: Record<string, string> = {}) => {
    const res = await call(method, url, t.keys[who]!, payload, headers);
    return { status: res.statusCode, body: res.json() };
  };
}

/** An open alert of a new subject named like a listed person (PAK YONG SIK), proposed on by the analyst's tests. */
export async function alertForSubject(t: TestService, id: string): Promise<number> {
  const s = await caller(t)('POST', '/v1/subjects', t.keys.analyst!, [{ id, name: 'PAK YONG SIK', type: 'person' }]);
  assert.equal(s.statusCode, 200, s.body);
  return s.json().subjects[0].alerts[0] as number;
}

/**
 * Sign in on the web page with an API key, as a browser does: the session cookie, its Set-Cookie header
 * (to check its attributes) and the CSRF token read from `page`, a page the account may open.
 */
export async function pageSignIn(t: Pick<TestService, 'app'>, key: string, page = '/ledger'): Promise<{ cookie: string; csrf: string; setCookie: string }> {
  const r = await t.app.inject({ method: 'POST', url: '/session', payload: `key=${encodeURIComponent(key)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(r.statusCode, 303, r.body);
  const setCookie = String(r.headers['set-cookie']);
  const cookie = setCookie.split(';')[0]!;
  const shown = await t.app.inject({ method: 'GET', url: page, headers: { cookie } });
  const csrf = /name="csrf" value="([^"]+)"/.exec(shown.body)?.[1];
  assert.ok(csrf, `no CSRF token on ${page}: ${shown.statusCode}`);
  return { cookie, csrf, setCookie };
}

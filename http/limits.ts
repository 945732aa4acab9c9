/**
 * What one client may cost the server: how long it may take to send a request, how many connections
 * may be open, how many requests one credential may make a minute. Defaults suit one team's service on
 * one machine; `interdict serve` takes flags for each.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { bearerKey } from './auth.ts';
import { errorBody } from './errors.ts';

export interface ServiceLimits {
  /** The whole request (headers and body) must arrive within this: a client dripping a body is cut off (408). */
  requestTimeoutMs: number;
  /** The headers must arrive within this. */
  headersTimeoutMs: number;
  /**
   * An idle keep-alive connection is closed after this. Not too short: a client reusing a connection the
   * server is closing at that moment sees "the other side closed" (more often when the server is busy).
   */
  keepAliveTimeoutMs: number;
  /** Open connections at most; more are closed as they arrive. */
  maxConnections: number;
  /** Requests per minute per credential (API key or session; the address without one); 0: no limit. */
  perMinute: number;
  /** Requests per minute per credential on the heavy routes (subject imports, list uploads, sign-in). */
  heavyPerMinute: number;
}

export const DEFAULT_LIMITS: ServiceLimits = {
  requestTimeoutMs: 60_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 30_000,
  maxConnections: 1024,
  perMinute: 1200,
  heavyPerMinute: 60,
};

/** Fastify's own options for the timeouts (the connection cap is set on the server once it exists). */
export function serverTimeouts(l: ServiceLimits) {
  return {
    requestTimeout: l.requestTimeoutMs,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    // Node checks the two timeouts this often (30 s by default, which would let a drip run 30 s over).
    http: { headersTimeout: Math.min(l.headersTimeoutMs, l.requestTimeoutMs), connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(l.headersTimeoutMs / 2))) },
  };
}

/** The routes that do the most work per request. */
export const HEAVY_ROUTES = new Set(['POST /v1/subjects', 'POST /v1/lists', 'POST /session']);

const PUBLIC_PROBES = new Set(['/healthz', '/readyz']);

/** Whom a request counts against: its key, else its session, else its address. Keys are never kept as they are. */
function credentialOf(req: FastifyRequest): string {
  const key = bearerKey(req);
  if (key !== undefined) return `key:${createHash('sha256').update(key).digest('base64url').slice(0, 22)}`;
  const cookie = /(?:^|;\s*)interdict_session=[^;]*\.([A-Za-z0-9_-]{43})/.exec(req.headers.cookie ?? '')?.[1];
  if (cookie !== undefined) return `session:${cookie}`;
  return `ip:${req.ip}`;
}

/** Per-credential rate limits (@fastify/rate-limit, counted in this process); health probes are never limited. */
export async function registerRateLimits(app: FastifyInstance, l: ServiceLimits): Promise<void> {
  if (l.perMinute <= 0) return;
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    hook: 'onRequest',
    keyGenerator: credentialOf,
    max: (req) => (HEAVY_ROUTES.has(`${req.method} ${req.routeOptions.url}`) ? Math.min(l.heavyPerMinute, l.perMinute) : l.perMinute),
    allowList: (req) => PUBLIC_PROBES.has(req.url.split('?')[0]!),
    errorResponseBuilder: (_req, ctx) => Object.assign(new Error(`too many requests: at most ${ctx.max} a minute with this credential; try again in ${Math.ceil(ctx.ttl / 1000)} s`), { statusCode: 429 }),
  });
}

/** Compiled route patterns and their methods, so a known path asked with another method is 405, not 404. */
export class MethodTable {
  private readonly routes: { pattern: RegExp; methods: Set<string> }[] = [];

  add(url: string, methods: readonly string[]): void {
    const source = `^${url.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`;
    let r = this.routes.find((x) => x.pattern.source === source);
    if (r === undefined) this.routes.push((r = { pattern: new RegExp(source), methods: new Set() }));
    for (const m of methods) r.methods.add(m);
  }

  /** The methods a path takes (empty: no such path). */
  allowed(path: string): string[] {
    const out = new Set<string>();
    for (const r of this.routes) if (r.pattern.test(path)) for (const m of r.methods) out.add(m);
    return [...out].sort();
  }
}

export function notFoundOrWrongMethod(table: MethodTable, asPage?: (req: FastifyRequest, reply: import('fastify').FastifyReply, allowed: string[]) => unknown) {
  return (req: FastifyRequest, reply: import('fastify').FastifyReply) => {
    const path = req.url.split('?')[0]!;
    const allowed = table.allowed(path);
    // The web page's own error pages (http/pages/error-pages.ts) for a browser asking outside the API.
    if (asPage !== undefined) {
      const page = asPage(req, reply, allowed);
      if (page !== undefined) return page;
    }
    if (allowed.length > 0) {
      return reply.code(405).header('allow', allowed.join(', ')).send(errorBody('SERVICE_METHOD', `${path} takes ${allowed.join(', ')}, not ${req.method}`));
    }
    return reply.code(404).send(errorBody('SERVICE_NOT_FOUND', `no route ${req.method} ${path}`));
  };
}

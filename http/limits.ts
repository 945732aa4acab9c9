/**
 * What one client may cost the server: how long it may take to send a request, how many connections
 * may be open, how many requests one credential may make a minute. Defaults suit one team's service on
 * one machine; `interdict serve` takes flags for each.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { bearerKey } from './auth.ts';
import { errorBody } from './errors.ts';
import { WorkMeter, type WorkAccount } from '../src/app/service/work-meter.ts';
import type { BatchWork } from '../src/app/service/request-budget.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** A heavy request's credential's work this minute (work-meter.ts), handed to its batch; null elsewhere. */
    work: WorkAccount | null;
  }
}

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
  /**
   * Open connections from one address at most: one client (slow or many) cannot take every connection,
   * so the others still get in. Default: a sixteenth of maxConnections; never more than an eighth
   * (connectionShares).
   */
  maxConnectionsPerAddress?: number;
  /**
   * Requests per minute from one address, counted before any credential is looked at (0: no limit): a
   * client sending a new made-up key with each request is one client.
   */
  perAddressPerMinute: number;
  /** Heavy requests (CONCURRENT_HEAVY) in flight at once per credential (0: no limit). */
  heavyInFlight: number;
  /** Requests per minute per credential (API key or session; the address without one); 0: no limit. */
  perMinute: number;
  /** Requests per minute per credential on the heavy routes (subject imports, list uploads, sign-in). */
  heavyPerMinute: number;
  /**
   * Batch work per credential in any minute, in milliseconds (0: no limit): a key sending 30-second batches back
   * to back, two at a time, would keep two cores busy for as long as it liked (security review, L-1).
   */
  workPerMinuteMs: number;
}

export const DEFAULT_LIMITS: ServiceLimits = {
  requestTimeoutMs: 60_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 30_000,
  maxConnections: 1024,
  perAddressPerMinute: 6000,
  heavyInFlight: 2,
  perMinute: 1200,
  heavyPerMinute: 60,
  workPerMinuteMs: 60_000,
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

/**
 * The routes that do the most work per request (a lower rate per minute): the API's and the web page's
 * alike, since a page's session is a credential like a key.
 */
/** Imports, list uploads and their previews, the API's and the page's: heavy by both measures below. */
const UPLOADS = [
  'POST /v1/subjects', 'POST /v1/lists', 'POST /subjects/import', 'POST /lists/preview', 'POST /lists/apply',
  'POST /v1/vessels', 'POST /v1/vessels/preview', 'POST /vessels/preview', 'POST /vessels/import',
];

export const HEAVY_ROUTES = new Set([...UPLOADS, 'POST /session']);

/** A request is heavy by its route, or (the audit page) by asking for the whole log to be verified. */
function routeKey(req: FastifyRequest): string {
  // HEAD runs its GET's handler whole (the answer's body is only left unsent): counted as that GET (security
  // re-review 3, MEDIUM-2: HEAD /v1/audit/verify was outside the heavy limits, 60 at once).
  const key = `${req.method === 'HEAD' ? 'GET' : req.method} ${req.routeOptions.url}`;
  if (key === 'GET /audit') {
    const verify = (req.query as Record<string, unknown> | undefined)?.verify ?? /[?&]verify=/.exec(req.url)?.[0];
    return verify === undefined ? key : 'GET /audit?verify';
  }
  return key;
}

const PUBLIC_PROBES = new Set(['/healthz', '/readyz']);

/**
 * The web page's files (stylesheet, fonts, scripts, icon), served from memory: a signed-in browser's are
 * counted by address (its cookie is not looked up for them), so they are left to the per-address limit
 * rather than spend the budget of everyone at that address.
 */
function staticFile(req: FastifyRequest): boolean {
  const url = req.routeOptions.url ?? '';
  return req.method === 'GET' && req.routeOptions.config?.page === true && (url.startsWith('/static/') || url.startsWith('/favicon.'));
}

/**
 * Whom an address stands for in the per-address limits: an IPv4 address itself (an IPv4-mapped IPv6 one
 * read as IPv4), an IPv6 address by its /64, the block one subscriber is given, so one client cannot spread
 * itself over as many addresses as it likes.
 */
export function addressGroup(addr: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(addr);
  if (v4 !== null) return v4[1]!;
  if (!addr.includes(':')) return addr;
  const [head = '', tail = ''] = addr.split('%')[0]!.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const full = addr.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${full.slice(0, 4).map((h) => h.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * Whom a request counts against before its session is known: its key, else its address. Keys are never
 * kept as they are. A session cookie is not counted by itself (review 17, R17-14: each sign-in, or each
 * made-up cookie, was a fresh budget): a page's session is counted by its account once verified
 * (web-session.ts, requestCredential), anything else by the address.
 */
export function credentialOf(req: FastifyRequest): string {
  // Signing in is counted by address whatever cookie or key comes with it: guesses cannot be spread over made-up
  // sessions. A budget of its own, so the pages and files other people at that address load do not spend it.
  if (req.method === 'POST' && req.routeOptions.url === '/session') return `sign-in:${addressGroup(req.ip)}`;
  const key = bearerKey(req);
  if (key !== undefined) return `key:${createHash('sha256').update(key).digest('base64url').slice(0, 22)}`;
  return `ip:${addressGroup(req.ip)}`;
}

/**
 * Per-credential rate limits (@fastify/rate-limit, counted in this process); health probes are never
 * limited. `whoOf` says whom a request counts against (the server's: a page's session by its account).
 */
export async function registerRateLimits(app: FastifyInstance, l: ServiceLimits, whoOf: (req: FastifyRequest) => string | Promise<string> = credentialOf): Promise<void> {
  if (l.perMinute <= 0) return;
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    hook: 'onRequest',
    // Heavy requests are counted in a bucket of their own (review 19, LOW-3: one bucket with a lower maximum on
    // the heavy routes let 60 ordinary requests spend the heavy budget). Signing in is counted by address
    // already (credentialOf: `sign-in:`), apart from the pages that address loads.
    keyGenerator: async (req) => (HEAVY_ROUTES.has(routeKey(req)) ? `heavy:${await whoOf(req)}` : whoOf(req)),
    max: (req) => (HEAVY_ROUTES.has(routeKey(req)) ? Math.min(l.heavyPerMinute, l.perMinute) : l.perMinute),
    allowList: (req) => PUBLIC_PROBES.has(req.url.split('?')[0]!) || staticFile(req),
    errorResponseBuilder: (_req, ctx) => Object.assign(new Error(`too many requests: at most ${ctx.max} a minute with this credential; try again in ${Math.ceil(ctx.ttl / 1000)} s`), { statusCode: 429 }),
  });
}

/**
 * How the connection slots are shared, so that a handful of addresses cannot take them all:
 * - one address holds at most its share: by default a sixteenth of the slots (1024: 64), and never more
 *   than an eighth (so filling the server takes at least eight addresses, sixteen by default);
 * - the last eighth of the slots is a reserve: once the server is that full, a new connection is taken
 *   only from an address that holds fewer than RESERVE_HOLD, so clients that hold little still get in
 *   while many addresses hold their full share.
 */
export const SHARE_DEFAULT_DIVISOR = 16;
export const SHARE_MAX_DIVISOR = 8;
export const RESERVE_DIVISOR = 8;
export const RESERVE_HOLD = 4;

/** The largest per-address share allowed for `total` slots (at least 1). */
export function maxShare(total: number): number {
  return Math.max(1, Math.floor(total / SHARE_MAX_DIVISOR));
}

/** The per-address share: the one asked for (refused over an eighth of the slots), else a sixteenth. */
export function connectionShare(total: number, perAddress?: number): number {
  if (perAddress === undefined) return Math.max(1, Math.floor(total / SHARE_DEFAULT_DIVISOR));
  if (!Number.isInteger(perAddress) || perAddress < 1 || perAddress > maxShare(total)) {
    throw new RangeError(`max-connections-per-address must be from 1 to ${maxShare(total)} (an eighth of max-connections ${total}), not ${perAddress}`);
  }
  return perAddress;
}

/** The slots in use, by address: which new connection is taken (admit) and which given back (release). */
export class ConnectionSlots {
  private readonly open = new Map<string, number>();
  private used = 0;
  readonly share: number;
  private readonly reserveFrom: number;

  constructor(readonly total: number, perAddress?: number) {
    this.share = connectionShare(total, perAddress);
    this.reserveFrom = total - Math.floor(total / RESERVE_DIVISOR);
  }

  admit(addr: string): boolean {
    const held = this.open.get(addr) ?? 0;
    if (held >= this.share || this.used >= this.total) return false;
    if (this.used >= this.reserveFrom && held >= Math.min(RESERVE_HOLD, this.share)) return false;
    this.open.set(addr, held + 1);
    this.used++;
    return true;
  }

  release(addr: string): void {
    const held = this.open.get(addr);
    if (held === undefined) return;
    this.used--;
    if (held <= 1) this.open.delete(addr);
    else this.open.set(addr, held - 1);
  }

  held(addr: string): number {
    return this.open.get(addr) ?? 0;
  }
}

/**
 * The connection slots, shared as ConnectionSlots says: a connection over its address's share (or into
 * the reserve from an address already holding several) is destroyed as it arrives, before a byte of its
 * request is read. Counted in this process, on the socket's own address (an IPv6 one by its /64).
 */
export function capConnectionsPerAddress(server: Server, total: number, perAddress?: number): ConnectionSlots {
  const slots = new ConnectionSlots(total, perAddress);
  server.on('connection', (socket: Socket) => {
    const addr = addressGroup(socket.remoteAddress ?? 'unknown');
    if (!slots.admit(addr)) {
      socket.destroy();
      return;
    }
    socket.once('close', () => slots.release(addr));
  });
  return slots;
}

/**
 * Requests per minute per address, before anything else runs (fixed one-minute windows, this process):
 * the per-credential limit cannot be dodged by sending a new made-up key each time. Health probes pass.
 */
export function perAddressLimit(max: number) {
  let windowStart = Date.now();
  let counts = new Map<string, number>();
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (max <= 0 || PUBLIC_PROBES.has(req.url.split('?')[0]!)) return;
    const now = Date.now();
    if (now - windowStart >= 60_000) {
      windowStart = now;
      counts = new Map();
    }
    // Bounded memory whatever the number of addresses (IPv6 gives a client many): a new window at the cap.
    const who = addressGroup(req.ip);
    if (counts.size >= 100_000 && !counts.has(who)) counts = new Map();
    const n = (counts.get(who) ?? 0) + 1;
    counts.set(who, n);
    if (n > max) {
      const wait = Math.max(1, Math.ceil((windowStart + 60_000 - now) / 1000));
      await reply.code(429).header('retry-after', String(wait)).send(errorBody('SERVICE_RATE_LIMITED', `too many requests: at most ${max} a minute from this address; try again in ${wait} s`));
    }
  };
}

/**
 * The routes whose one request may cost seconds of work: screening and checking batches, imports, list
 * uploads and previews, verifying the log; the API's and the web page's alike.
 */
export const CONCURRENT_HEAVY = new Set([...UPLOADS, 'POST /v1/screen', 'POST /v1/check', 'POST /check', 'GET /v1/audit/verify', 'GET /audit?verify', 'GET /v1/audit']);

/**
 * At most `max` heavy requests in flight per credential (key, session, else address): one client cannot
 * queue up batch after batch and stall everyone; the one over is 429 at once, before its body is read
 * (the web page's own 429 page for a page route, through `asPage`).
 */
export function concurrentHeavyLimit(max: number, asPage?: (req: FastifyRequest, reply: FastifyReply, message: string) => unknown, whoOf: (req: FastifyRequest) => string | Promise<string> = credentialOf, workPerMinuteMs = 0) {
  const inFlight = new Map<string, number>();
  const meter = workPerMinuteMs > 0 ? new WorkMeter(workPerMinuteMs) : undefined;
  const refuse = async (req: FastifyRequest, reply: FastifyReply, message: string, wait: number): Promise<void> => {
    reply.code(429).header('retry-after', String(wait));
    if (asPage !== undefined && (await asPage(req, reply, message)) !== undefined) return;
    await reply.send(errorBody('SERVICE_RATE_LIMITED', message));
  };
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if ((max <= 0 && meter === undefined) || !CONCURRENT_HEAVY.has(routeKey(req))) return;
    const who = await whoOf(req);
    // The credential's batch work this minute: none left, refused before the body is read; else handed to the batch.
    const work = meter?.account(who);
    if (work !== undefined && work.left() <= 0) {
      const wait = work.retryAfterS();
      return refuse(req, reply, `this credential has used its ${Math.round(work.perMinuteMs / 1000)} s of batch work for the minute; try again in ${wait} s`, wait);
    }
    if (work !== undefined) req.work = work;
    if (max <= 0) return;
    const n = inFlight.get(who) ?? 0;
    if (n >= max) return refuse(req, reply, `too many heavy requests at once: at most ${max} in flight with this credential; wait for one to finish`, 1);
    inFlight.set(who, n + 1);
    // 'close' comes once whether the answer was sent or the client went away.
    reply.raw.once('close', () => {
      const left = (inFlight.get(who) ?? 1) - 1;
      if (left <= 0) inFlight.delete(who);
      else inFlight.set(who, left);
    });
  };
}

/** A request's batch work: its credential's account where the route is heavy (the request budget alone elsewhere). */
export function batchWork(req: FastifyRequest): BatchWork {
  return req.work === null ? {} : { account: req.work };
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

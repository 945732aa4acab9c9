/**
 * The service's one entry: a Fastify server over the app layer. Fastify validates every request with
 * ajv against the route's JSON Schema (as our law files are validated) and @fastify/swagger turns the
 * same schemas into the OpenAPI 3.1 document; pino writes one structured log line per request.
 * The web page's routes (http/pages/) register beside the API here; they use a session cookie instead.
 */
import { STATUS_CODES } from 'node:http';
import { decodeUtf8, refuseJsonNotUtf8 } from './utf8-body.ts';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import secureJson from 'secure-json-parse';
import type { Permission } from '../src/app/accounts/roles.ts';
import type { Service } from '../src/app/service/service-context.ts';
import { ephemeralSessionSecrets, type SessionSecrets } from '../src/app/web/session-secret.ts';
import { onAccountChange } from '../src/app/accounts/account-events.ts';
import { authHook, KeyCache } from './auth.ts';
import { errorBody, sendError } from './errors.ts';
import { parseQuery, refuseNonText } from './input-guard.ts';
import { mediaTypeGate, optionalBody } from './media-types.ts';
import { LIST_MEDIA_TYPES } from './schemas.ts';
import { describeOutside, transactionSchema } from './openapi-doc.ts';
import { COUNTRY_CODES, duplicateKey, jsonShapeProblem, MAX_JSON_DEPTH, MAX_JSON_ITEMS, MAX_JSON_MEMBERS, PRODUCTS, TRANSACTION_TYPES } from '../src/app/index.ts';
import { responsesFor } from './response-schemas.ts';
import { capConnectionsPerAddress, concurrentHeavyLimit, DEFAULT_LIMITS, MethodTable, notFoundOrWrongMethod, perAddressLimit, registerRateLimits, serverTimeouts, type ServiceLimits } from './limits.ts';
import { errorPage, isPageRequest, pageFailed, pageNotFound } from './pages/error-pages.ts';

/** Answers sent before the request's body is read: the connection closes after them. */
const EARLY_REFUSALS = new Set([401, 403, 408, 413, 415, 429]);
import { registerPages } from './pages/pages.ts';
import { pageBodyHook, pageHook, requestCredential } from './pages/web-session.ts';
import { adminRoutes } from './routes/admin-routes.ts';
import { alertRoutes } from './routes/alert-routes.ts';
import { eventRoutes } from './routes/event-routes.ts';
import { apiRoutes } from './routes/api-routes.ts';
import { vesselRoutes } from './routes/vessel-routes.ts';
import { MAX_JSON_BODY_BYTES } from '../src/app/limits.ts';

/** JSON bodies up to 2 MiB (a batch of about 10,000 names); the list upload has its own limit. */
export const JSON_BODY_LIMIT = MAX_JSON_BODY_BYTES;
/** For `interdict serve`'s flags: the most connections one address may hold. */
export { maxShare } from './limits.ts';

export interface ServerOptions {
  /** pino options, or false for none (tests). */
  logger?: boolean | Record<string, unknown>;
  version?: string;
  /**
   * The deployment's session secret (loadSessionSecrets: the environment or the config directory). Without
   * one, a secret of this process alone: sessions work here and end with it.
   */
  sessionSecrets?: SessionSecrets;
  /** Timeouts, the connection cap, rate limits (http/limits.ts); each defaults to DEFAULT_LIMITS. */
  limits?: Partial<ServiceLimits>;
}

export interface RouteInfo {
  method: string;
  url: string;
  permission?: Permission;
}

export interface ServiceServer {
  app: FastifyInstance;
  /** Every route with its permission (none: public), as registered. */
  routeTable: RouteInfo[];
}

/** The query of a route that takes none. */
const NO_QUERY = { type: 'object', properties: {}, additionalProperties: false } as const;

export async function buildServer(svc: Service, opts: ServerOptions = {}): Promise<ServiceServer> {
  const limits: ServiceLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    return503OnClosing: true,
    // No HEAD routes made from the GETs: the document describes none, and a HEAD ran its GET's work whole (security
    // re-review 3: outside the heavy limits, and outside the document). HEAD is 405 with Allow, as any method a
    // path does not take.
    exposeHeadRoutes: false,
    ...serverTimeouts(limits),
    // The router's own refusals (a path that is not valid percent-encoding, a path parameter over 100
    // characters) in the service's error format, as bad input naming the path.
    frameworkErrors: (err, _req, res) => {
      const reply = res as unknown as FastifyReply;
      const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
      // Answered before any route (so before the onSend hook): the headers every answer carries, set here.
      void reply.code(400).header('x-content-type-options', 'nosniff').header('cache-control', 'no-store')
        .send(errorBody('SERVICE_BAD_INPUT', tooLong ? 'a part of the path is longer than 100 characters' : 'the path is not valid URL encoding', 'path'));
    },
    // What Node refuses before Fastify sees a request (headers over the limit: 431, bytes that are not
    // HTTP: 400, headers too slow: 408), in the service's error format too. The connection is closed.
    clientErrorHandler: (err: NodeJS.ErrnoException, socket: import('node:net').Socket) => {
      if (err.code === 'ECONNRESET' || socket.destroyed) return;
      const [status, body] = err.code === 'HPE_HEADER_OVERFLOW' ? [431, errorBody('SERVICE_HEADERS_TOO_LARGE', 'the request\'s headers are too large')]
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, errorBody('SERVICE_TIMEOUT', 'the request did not arrive in time')]
          : [400, errorBody('SERVICE_BAD_INPUT', 'the request is not valid HTTP', 'request')];
      const text = JSON.stringify(body);
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n\r\n${text}`);
    },
    routerOptions: {
      // Handlers and schemas see strings, never arrays; a parameter given twice is refused (refuseRepeated),
      // as a JSON key given twice is: which of ?status=open&status=closed was meant is not ours to guess.
      querystringParser: parseQuery,
    },
    // Refuse what does not fit, never repair it: no coercion, no silently dropped fields.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false, allowUnionTypes: true } },
  });
  app.server.maxConnections = limits.maxConnections;
  capConnectionsPerAddress(app.server, limits.maxConnections, limits.maxConnectionsPerAddress);
  const routeTable: RouteInfo[] = [];
  const methodTable = new MethodTable();
  app.addHook('onRoute', (r) => {
    methodTable.add(r.url, Array.isArray(r.method) ? r.method : [r.method]);
    if (r.config?.page) return; // the web page: not part of the API's table
    // A route of the API that takes no query parameter refuses one, 400 naming it, as the others refuse an
    // unknown one (security review 30, LOW-3: GET /v1/users?zz=1 was 200, the parameter ignored).
    if (r.schema?.tags !== undefined && r.schema.querystring === undefined) r.schema = { ...r.schema, querystring: NO_QUERY };
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) {
      if (m === 'HEAD') continue;
      const permission = r.config?.permission;
      routeTable.push({ method: m, url: r.url, ...(permission && { permission }) });
    }
  });
  const transaction = transactionSchema([...COUNTRY_CODES].sort(), [...PRODUCTS], TRANSACTION_TYPES);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Interdict', version: opts.version ?? '0.1.0', description: 'UN DPRK sanctions: check, screen, the cap ledger, alerts with four eyes, a tamper-evident audit log.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API key from "interdict users add"' } } },
    },
    // The web page's routes carry no tags: they are pages, not part of the API.
    hideUntagged: true,
    transformObject: (doc) => describeOutside('openapiObject' in doc ? doc.openapiObject : doc.swaggerObject, transaction),
  });
  // Answers are written as they are (JSON.stringify), never through the response schemas: those document
  // them (and the tests hold every answer to the document), they must not silently drop a field.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.decorateRequest('account', null);
  app.decorateRequest('work', null);
  app.decorateRequest('webSession', null);
  app.decorate('sessionSecrets', opts.sessionSecrets ?? ephemeralSessionSecrets());
  // An empty body is "no body" (a confirm without a note), not a JSON syntax error. Anything else is
  // parsed as Fastify parses JSON, with its prototype-poisoning protection: a "__proto__" key, or a
  // "constructor" holding "prototype", is refused (400), never merged into an object or dropped.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    let text: string;
    try {
      text = decodeUtf8(body as Buffer, 'the body');
    } catch {
      return done(refuseJsonNotUtf8(body as Buffer), undefined);
    }
    if (text.trim() === '') return done(null, undefined);
    // Nesting is bounded before any parser reads the text (json-depth.ts): no request of this API nests so deep.
    const shape = jsonShapeProblem(text);
    if (shape === 'deep') return done(Object.assign(new Error(`the body nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep, which no request of this API does`), { statusCode: 400 }), undefined);
    if (shape === 'wide') return done(Object.assign(new Error(`the body holds an object of more than ${MAX_JSON_MEMBERS.toLocaleString('en')} members or an array of more than ${MAX_JSON_ITEMS.toLocaleString('en')} items, which no request of this API does (a batch holds 10,000 items at most, a transaction 100,000 goods lines)`), { statusCode: 400 }), undefined);
    try {
      const parsed: unknown = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
      // A key given twice: the parser keeps the last without a word; refused, naming it.
      const twice = duplicateKey(text);
      if (twice !== undefined) return done(Object.assign(new Error(`the body gives the key ${JSON.stringify(twice)} twice in one object: give each key once`), { statusCode: 400, field: twice }), undefined);
      done(null, parsed);
    } catch (e) {
      const poisoned = /forbidden prototype property/.test((e as Error).message);
      const message = poisoned ? 'the body holds a "__proto__" key (or "constructor" with "prototype"), which is refused: rename it' : `the body is not valid JSON: ${(e as Error).message}`;
      done(Object.assign(new Error(message), { statusCode: 400 }), undefined);
    }
  });
  app.addContentTypeParser([...LIST_MEDIA_TYPES], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  // text/plain is read only where a route takes it (a vessels CSV, vessel-routes.ts), never as Fastify's
  // default string: mediaTypeGate refuses it (415) everywhere else.
  app.removeContentTypeParser('text/plain');
  const keys = new KeyCache();
  // Every account change made in this process (an API route, a page, anything calling the use cases) is
  // announced by its use case: the cache forgets every key at once, so a revoked key is refused at once.
  const stopFollowing = onAccountChange(svc.driver, () => keys.clear());
  app.addHook('onClose', async () => stopFollowing());
  // Counted before the credential is looked up: a flood costs the database nothing. First by address
  // (made-up keys are one client), then by credential.
  // An audit log that failed verification against the signed checkpoints halts the service: nothing is acted on
  // (a forged account's key included: security review 30, LOW-2) but the probe and the verification itself.
  // A method the path does not take is 405 before anything reads the request: its query, body or cookie are no
  // concern of a route that is not there (security re-review 3, LOW-2: bad input with a wrong method was 400).
  const wrongMethod = notFoundOrWrongMethod(methodTable, (req, reply, allowed) => (isPageRequest(req) ? pageNotFound(req, reply, allowed) : undefined));
  app.addHook('onRequest', async (req, reply) => {
    if (svc.auditHalted === undefined) return;
    const p = req.url.split('?')[0]!;
    if (p === '/healthz' || (req.method === 'GET' && (p === '/v1/audit/verify' || p === '/audit'))) return;
    return isPageRequest(req) ? errorPage(req, reply, 503, svc.auditHalted) : reply.code(503).send(errorBody('SERVICE_AUDIT_HALTED', svc.auditHalted));
  });
  app.addHook('onRequest', perAddressLimit(limits.perAddressPerMinute));
  // After the per-address count (re-review 4, L-2: wrong-method requests were not counted).
  app.addHook('onRequest', async (req, reply) => {
    if (req.is404 && methodTable.allowed(req.url.split('?')[0]!).length > 0) return wrongMethod(req, reply);
  });
  const who = requestCredential(svc);
  await registerRateLimits(app, limits, who);
  app.addHook('onRequest', concurrentHeavyLimit(limits.heavyInFlight, (req, reply, message) => (isPageRequest(req) ? errorPage(req, reply, 429, `${message[0]!.toUpperCase()}${message.slice(1)}.`) : undefined), who, limits.workPerMinuteMs));
  app.addHook('onRequest', authHook(svc, keys));
  // The web page's one session check (cookie, role, a POST's CSRF token), on every route naming config.pagePermission.
  app.addHook('preHandler', pageHook(svc));
  // A body in a media type the route does not take (the document lists each route's): 415, before it is read.
  app.addHook('preParsing', mediaTypeGate);
  // A page POST's session (cookie, site, suspended key) before its body is parsed: no session, no body read (review 23).
  app.addHook('preParsing', pageBodyHook(svc));
  app.addHook('preValidation', optionalBody);
  app.addHook('preValidation', refuseNonText);
  app.setErrorHandler((err: FastifyError, req, reply) => (isPageRequest(req) ? pageFailed(err, req, reply) : sendError(err, req, reply)));
  app.setNotFoundHandler(wrongMethod);
  // Nothing the API answers is for a cache to keep (a new key above all), and no answer is sniffed as
  // another type than it says. Static files set their own cache rule.
  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    // A request refused before its body was read (no credential, too large, too many, too slow): the
    // connection is closed once the answer is sent, never held open while a body drips in.
    if (EARLY_REFUSALS.has(reply.statusCode)) reply.header('connection', 'close');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  let ready = false;
  app.addHook('onReady', async () => {
    ready = true;
  });
  app.get('/healthz', { schema: { summary: 'Up', tags: ['health'], response: responsesFor('GET /healthz', [400]) } }, async () => ({ ok: true }));
  // Readiness only: which law, list and database a deployment runs is for signed-in users (GET /v1/law, /v1/list).
  app.get('/readyz', { schema: { summary: 'Law, list and store loaded', tags: ['health'], response: responsesFor('GET /readyz', [400, 503]) } }, async (_req, reply) => {
    if (!ready) return reply.code(503).send(errorBody('SERVICE_NOT_READY', 'still starting'));
    await svc.lists.recent(svc.driver);
    return { ok: true };
  });
  app.get('/openapi.json', { schema: { summary: 'This document (OpenAPI 3.1)', tags: ['health'], response: responsesFor('GET /openapi.json', [400]) } }, async () => app.swagger());

  apiRoutes(app, svc);
  alertRoutes(app, svc);
  eventRoutes(app, svc);
  vesselRoutes(app, svc);
  adminRoutes(app, svc);
  registerPages(app, svc);
  await app.ready();
  return { app, routeTable };
}

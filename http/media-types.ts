/**
 * The media types a route takes, held to what the document says: a route that takes a body names its
 * types in `consumes` (JSON when it names none), and a body of any other type is 415 naming the types to
 * send, before the body is read (as Fastify's own 415 for a type it has no parser for). The web page's
 * forms are not the API's: they are left to their own parser.
 */
import type { FastifyReply, FastifyRequest, RequestPayload } from 'fastify';
import { InterdictError } from '../src/errors/index.ts';
import { JSON_MEDIA_TYPES, OPTIONAL_BODY } from './schemas.ts';

interface BodySchema {
  body?: unknown;
  consumes?: readonly string[];
  [OPTIONAL_BODY]?: boolean;
}

/** The media types `req`'s route takes a body in, or undefined when it takes none. */
export function mediaTypesOf(req: FastifyRequest): readonly string[] | undefined {
  if (req.routeOptions.config?.page) return undefined;
  const schema = req.routeOptions.schema as BodySchema | undefined;
  if (schema === undefined) return undefined;
  if (schema.consumes !== undefined) return schema.consumes;
  return schema.body === undefined ? undefined : JSON_MEDIA_TYPES;
}

/**
 * The charset a Content-Type declares, lower case and unquoted, or undefined when it declares none. Every
 * body is read as UTF-8 (JSON, the XML list, the vessels CSV), so a body declared in another charset would
 * be read as what it is not (review 17, R17-15: `charset=utf-16` was ignored).
 */
export function declaredCharset(header: string): string | undefined {
  for (const param of header.split(';').slice(1)) {
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    return param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return undefined;
}

const UTF8 = new Set(['utf-8', 'utf8']);

/**
 * preParsing: a body sent as another type than the route's, or declared in a charset other than UTF-8, is
 * 415; a body sent to an API route that takes none (a DELETE) is 400, before it is read.
 */
export function mediaTypeGate(req: FastifyRequest, _reply: FastifyReply, payload: RequestPayload, done: (err?: Error | null, res?: RequestPayload) => void): void {
  const accepted = mediaTypesOf(req);
  const header = req.headers['content-type'];
  if (accepted === undefined) {
    if (takesNoBody(req) && sentBody(req)) return done(new InterdictError('SERVICE_BAD_INPUT', `${req.method} on this route takes no body: send none`, { field: 'body' }));
    return done(null, payload);
  }
  // No Content-Type: no body (an optional one), or a body Fastify refuses itself (415).
  if (header === undefined) return done(null, payload);
  const type = header.split(';')[0]!.trim().toLowerCase();
  if (!accepted.includes(type)) {
    return done(new InterdictError('SERVICE_MEDIA_TYPE', `the body is ${JSON.stringify(type.slice(0, 80))}, which this route does not take: send it with Content-Type: ${accepted.join(' or ')}`, { field: 'body' }));
  }
  const charset = declaredCharset(header);
  if (charset !== undefined && !UTF8.has(charset)) {
    return done(new InterdictError('SERVICE_MEDIA_TYPE', `the body is declared in ${JSON.stringify(charset.slice(0, 40))}: this route reads UTF-8 only; send it as UTF-8 (charset=utf-8, or no charset)`, { field: 'body' }));
  }
  done(null, payload);
}

/** An API route (behind a credential, not a page) with no body in its schema, on a method that may carry one. */
function takesNoBody(req: FastifyRequest): boolean {
  return req.routeOptions.config?.permission !== undefined && !req.routeOptions.config?.page && req.method !== 'GET' && req.method !== 'HEAD';
}

/**
 * preValidation: a route whose body is optional (OPTIONAL_BODY) reads no body as an empty one. A body that
 * was sent is validated as it is: JSON `null` is a body, and not the object the document asks for.
 */
export async function optionalBody(req: FastifyRequest): Promise<void> {
  const schema = req.routeOptions.schema as BodySchema | undefined;
  if (schema?.[OPTIONAL_BODY] === true && req.body == null && !sentBody(req)) req.body = {};
}

/** Whether the request carried a body (a length above zero, or one sent in chunks). */
function sentBody(req: FastifyRequest): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

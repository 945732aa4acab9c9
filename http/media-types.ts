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

/** preParsing: a body sent as another type than the route's is 415 (a charset parameter is still the same type). */
export function mediaTypeGate(req: FastifyRequest, _reply: FastifyReply, payload: RequestPayload, done: (err?: Error | null, res?: RequestPayload) => void): void {
  const accepted = mediaTypesOf(req);
  const header = req.headers['content-type'];
  // No Content-Type: no body (an optional one), or a body Fastify refuses itself (415).
  if (accepted === undefined || header === undefined) return done(null, payload);
  const type = header.split(';')[0]!.trim().toLowerCase();
  if (accepted.includes(type)) return done(null, payload);
  done(new InterdictError('SERVICE_MEDIA_TYPE', `the body is ${JSON.stringify(type.slice(0, 80))}, which this route does not take: send it with Content-Type: ${accepted.join(' or ')}`, { field: 'body' }));
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

/**
 * Every error leaves the service as `{"error": {"code", "message", "field"}}` with the registry's status:
 * our coded errors as they are, Fastify's own (validation, body too large, bad media type) mapped to
 * service codes, anything else a 500 whose details stay in the log.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { html } from './pages/escape.ts';
import { layout } from './pages/layout.ts';
import { sendPage } from './pages/web-session.ts';
import { ERRORS, isInterdictError, storageProblem, type ErrorCode } from '../src/errors/index.ts';
import { UTC_TIME_PATTERN, UTC_TIME_RULE } from '../src/app/scan-defaults.ts';
import { ACCOUNT_NAME_PATTERN } from '../src/app/limits.ts';
import { DATE, DOB, idParams } from './schemas.ts';
import { visibleText } from '../src/app/visible-text.ts';
import { retryAfterOf } from '../src/app/service/request-budget.ts';

export interface ErrorBody {
  error: { code: string; message: string; field?: string; record?: string; hint: string };
}

export function errorBody(code: ErrorCode, message: string, field?: string, record?: string | number): ErrorBody {
  // What the request sent is quoted back with its invisible characters written out (a U+202E echoed raw reorders the reader's line).
  return { error: { code, message: visibleText(message), ...(field !== undefined && { field: visibleText(field) }), ...(record !== undefined && { record: visibleText(String(record)) }), hint: ERRORS[code].hint } };
}

/**
 * The schemas' patterns, each with its rule in words: a message quotes the rule, never the pattern (a user
 * reads "dob must be YYYY, YYYY-MM or YYYY-MM-DD …", not a regular expression).
 */
const PATTERN_RULES = new Map<string, string>([
  [UTC_TIME_PATTERN, UTC_TIME_RULE],
  [DATE.pattern, 'a date, YYYY-MM-DD'],
  ...DOB.anyOf.map((b) => [b.pattern, 'YYYY, YYYY-MM or YYYY-MM-DD, a year from 1850 to this year'] as [string, string]),
  [idParams.properties.id.pattern, 'a whole number from 1 up'],
  [ACCOUNT_NAME_PATTERN, 'an account name: a letter or digit, then up to 63 letters, digits or . _ @ -'],
  ['\\S', 'not blank'],
  ['[\\p{L}\\p{N}]', 'text holding a letter or a digit'],
  ['^[^\\u0000-\\u001f]*\\S[^\\u0000-\\u001f]*$', 'not blank, on one line, without control characters'],
  ['^\\s*\\d{1,12}(\\.\\d{1,3})?\\s*$', 'a number of up to twelve digits and three decimals'],
  ['^[0-9a-f]{64}$', '64 hexadecimal digits (lower case), as the preview gave it'],
]);

export interface ValidationItem {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** "/queries/K1/name" -> "queries.K1.name"; a missing property names itself. */
export function fieldOf(v: ValidationItem, context: string | undefined): string {
  const path = v.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (v.keyword === 'required' && typeof v.params.missingProperty === 'string') path.push(v.params.missingProperty);
  if (v.keyword === 'additionalProperties' && typeof v.params.additionalProperty === 'string') path.push(v.params.additionalProperty);
  const joined = path.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : `${i > 0 ? '.' : ''}${p}`)).join('');
  return joined === '' ? (context === 'body' ? 'body' : (context ?? 'body')) : joined;
}

export function validationMessage(v: ValidationItem, field: string): string {
  if (v.keyword === 'required') return `${field} is required`;
  if (v.keyword === 'additionalProperties') return `${field} is not a known field`;
  if (v.keyword === 'enum') return `${field} must be one of ${(v.params.allowedValues as unknown[]).join(', ')}`;
  // A pattern says nothing read inline: its rule in words, as the CLI says it, or the document.
  if (v.keyword === 'pattern') {
    const rule = PATTERN_RULES.get(String(v.params.pattern));
    return rule === undefined ? `${field} is not in the form it takes (its description: GET /openapi.json)` : `${field} must be ${rule}`;
  }
  return `${field} ${v.message ?? 'is not valid'}`;
}

/**
 * The complaint to name: with alternatives (anyOf: one name or a batch) every branch's complaints are
 * listed, the first branch's first; the one deepest in the input is where the request went wrong (a
 * batch's `queries.K.threshold`, not the single query's missing `name`). Ties keep the first.
 */
function mostSpecific(items: ValidationItem[]): ValidationItem {
  const depth = (v: ValidationItem): number => (v.keyword === 'anyOf' || v.keyword === 'oneOf' ? -1 : v.instancePath.split('/').length);
  return items.reduce((best, v) => (depth(v) > depth(best) ? v : best), items[0]!);
}

export function sendError(err: FastifyError & { validation?: ValidationItem[]; validationContext?: string }, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (isInterdictError(err)) {
    // A refusal for want of the credential's work this minute says when to come back (request-budget.ts).
    const wait = retryAfterOf(err);
    if (wait !== undefined) reply.header('retry-after', String(wait));
    return reply.code(err.status).send(errorBody(err.code, err.message, err.location.field, err.location.record));
  }
  if (err.validation && err.validation[0]) {
    const v = mostSpecific(err.validation);
    const field = fieldOf(v, err.validationContext);
    return reply.code(400).send(errorBody('SERVICE_BAD_INPUT', validationMessage(v, field), field));
  }
  const status = err.statusCode ?? 500;
  if (status === 413) return reply.code(413).send(errorBody('SERVICE_TOO_LARGE', err.message));
  if (status === 408) return reply.code(408).send(errorBody('SERVICE_TIMEOUT', err.message));
  if (status === 429) return reply.code(429).send(errorBody('SERVICE_RATE_LIMITED', err.message));
  if (status === 415) return reply.code(415).send(errorBody('SERVICE_MEDIA_TYPE', err.message));
  if (status === 400) {
    // A page's form that could not be read is answered as a page (the browser shows it), the API's as JSON.
    if (req.routeOptions?.config?.page) return sendPage(reply, 400, layout({ title: 'Not text' }, html`<h1>Not text</h1><p class="error" role="alert">${err.message}</p>`));
    const field = typeof (err as { field?: unknown }).field === 'string' ? (err as unknown as { field: string }).field : 'body';
    return reply.code(400).send(errorBody('SERVICE_BAD_INPUT', err.message, field));
  }
  if (status === 404) return reply.code(404).send(errorBody('SERVICE_NOT_FOUND', err.message));
  if (status === 503) return reply.code(503).send(errorBody('SERVICE_NOT_READY', err.message));
  const machine = storageProblem(err);
  if (machine !== undefined) {
    req.log.error({ err }, 'the database cannot grow, or is damaged');
    return reply.code(machine.status).send(errorBody(machine.code, machine.message));
  }
  req.log.error({ err }, 'request failed');
  return reply.code(500).send(errorBody('SERVICE_INTERNAL', 'internal error: see the server log'));
}

/**
 * The query strings and path parameters of the pages, checked by the API's own schemas (http/schemas.ts,
 * the routes' exports): the same limits, the same allowed values, unknown parameters refused, so a page and
 * the API it mirrors cannot drift apart. Fastify validates them with the server's ajv, as it does the API's;
 * `attachValidation` (set on every page route that has a schema) lets the page hook (web-session.ts) check
 * the session first and then answer a problem as a page naming the field (a bad query 400, a bad path 404).
 * A page adds a property only where it offers more than the API (the queue's minimum score, the audit
 * page's verify button); a blank field of a GET form is "not given" (dropped before validation).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fieldOf, validationMessage, type ValidationItem } from '../errors.ts';
import { alertsQuery, auditQuery, DATE, STATE, statusQuery } from '../schemas.ts';
import { errorPage } from './error-pages.ts';

/** The alert queue: GET /v1/alerts's query, and the page's minimum score (a number from 0 to 1, as typed). */
export const queuePageQuery = {
  ...alertsQuery,
  properties: { ...alertsQuery.properties, min: { type: 'string', pattern: '^\\s*(0(\\.\\d*)?|\\.\\d+|1(\\.0*)?)\\s*$', description: 'a score from 0 to 1' } },
} as const;

/** The audit log: GET /v1/audit's query, and `verify` (the page's "verify the chain" button; GET /v1/audit/verify on the API). */
export const auditPageQuery = {
  ...auditQuery,
  properties: { ...auditQuery.properties, verify: { enum: ['1'] } },
} as const;

/** The ledger's pages: GET /v1/ledger/status's query; the commodity may be left out (the page shows refined petroleum). */
export const ledgerPageQuery = { ...statusQuery, required: [] } as const;

/**
 * A State's notification (a page only; `interdict ledger notification` on the CLI): the State and the days,
 * each checked by the use case (reportNotification) as the CLI's are; nothing else is taken.
 */
export const notificationPageQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { state: STATE, from: DATE, to: DATE },
} as const;

/**
 * Set up once, before the page routes: every signed-in page route with a schema keeps its problem for the
 * page hook, and a blank query value is taken as not given.
 */
export function pageSchemaHooks(app: FastifyInstance): void {
  app.addHook('onRoute', (r) => {
    // A page without a session (a static file) has its problem answered by the error handler, as a page.
    if (r.config?.page === true && r.schema !== undefined && r.config.pagePermission !== undefined) r.attachValidation = true;
  });
  app.addHook('preValidation', async (req) => {
    if (req.routeOptions.config.page !== true || req.routeOptions.schema?.querystring === undefined) return;
    const q: unknown = req.query;
    if (typeof q !== 'object' || q === null) return;
    for (const [k, v] of Object.entries(q)) if (v === '') Reflect.deleteProperty(q, k);
  });
}

/** The problem Fastify found with a page's query or path, as a page naming the field; undefined when none. */
export function pageRequestRefused(req: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
  const err = req.validationError as (FastifyError & { validation?: ValidationItem[]; validationContext?: string }) | undefined;
  if (err === undefined || err === null) return undefined;
  const v = err.validation?.[0];
  const field = v === undefined ? (err.validationContext ?? 'request') : fieldOf(v, err.validationContext);
  // "field: reason", as every page names a field; the reason is the API's own (validationMessage).
  const said = v === undefined ? err.message : validationMessage(v, field);
  const message = `${field}: ${said.startsWith(`${field} `) ? said.slice(field.length + 1) : said}`;
  // A path that names nothing this page shows (/alerts/abc) is not found; a bad filter is a bad request.
  if (err.validationContext === 'params') return errorPage(req, reply, 404, `Not found: ${message}.`);
  return errorPage(req, reply, 400, `${message}.`);
}

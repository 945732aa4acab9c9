/**
 * Errors of the web page as pages (404, 403, 405, 500 ...), not the API's JSON: a person who follows a
 * stale link or mistypes a URL gets a page with the navigation and a way back. A request is the web
 * page's when its route is a page, or (no route) when it is not under the API's paths and the browser
 * asks for HTML.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isInterdictError } from '../../src/errors/index.ts';
import { html } from './escape.ts';
import { layout } from './layout.ts';
import { sendPage } from './web-session.ts';

const API_PATHS = /^\/(v1\/|v1$|openapi\.json|healthz|readyz|static\/)/;

/** A request for the web page, not the API. */
export function isPageRequest(req: FastifyRequest): boolean {
  if (req.routeOptions.config?.page === true) return true;
  const path = req.url.split('?')[0]!;
  if (API_PATHS.test(path)) return false;
  const accept = req.headers.accept;
  return typeof accept === 'string' && accept.includes('text/html');
}

const TITLES: Record<number, string> = { 400: 'Bad request', 403: 'Not allowed', 404: 'Page not found', 405: 'Not allowed here', 408: 'Too slow', 413: 'Too large', 429: 'Too many requests', 500: 'Something went wrong', 503: 'Starting' };

export function errorPage(req: FastifyRequest, reply: FastifyReply, status: number, message: string): FastifyReply {
  const title = TITLES[status] ?? 'Error';
  const s = req.webSession ?? undefined;
  return sendPage(reply, status, layout({ title, ...(s && { account: s.account, csrf: s.csrf }) }, html`<h1>${title}</h1>
<p class="error" role="alert">${message}</p>
<p><a href="/">Back to the start page</a></p>`));
}

/** The page's not-found answer: /alerts/999, /no-such-page. */
export function pageNotFound(req: FastifyRequest, reply: FastifyReply, allowed: string[]): FastifyReply {
  const path = req.url.split('?')[0]!;
  if (allowed.length > 0) return errorPage(req, reply.header('allow', allowed.join(', ')), 405, `${path} takes ${allowed.join(', ')}, not ${req.method}.`);
  return errorPage(req, reply, 404, `There is no page at ${path.slice(0, 200)}.`);
}

/** A page handler's failure: our coded errors say what they say; anything else is a 500 whose details stay in the log. */
export function pageFailed(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (isInterdictError(err)) return errorPage(req, reply, err.status, `${err.location.field ? `${err.location.field}: ` : ''}${err.message}`);
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) return errorPage(req, reply, status, err.message);
  req.log.error({ err }, 'page failed');
  return errorPage(req, reply, 500, 'The server could not answer this page; the details are in its log. Try again, or go back.');
}

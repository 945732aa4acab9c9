/**
 * The web page's sessions over HTTP: the cookie, form bodies, and the guard every page runs through
 * (no session: redirect to /sign-in; a role that may not: 403 page; a POST without the session's
 * CSRF token: 403). The signing lives in the app layer (src/app/web/web-sessions.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pageRequestRefused } from './page-schemas.ts';
import { allows, type Permission } from '../../src/app/accounts/roles.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import type { SessionSecrets } from '../../src/app/web/session-secret.ts';
import { sameToken, sessionFor, SESSION_TTL_MS, type WebSession } from '../../src/app/web/web-sessions.ts';
import { credentialOf } from '../limits.ts';
import { repeatedFields } from '../utf8-body.ts';
import { html } from './escape.ts';
import { layout } from './layout.ts';
import { visibleText } from '../../src/app/visible-text.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The deployment's session secret (outside the database), shared by every process. */
    sessionSecrets: SessionSecrets;
  }
}

export const COOKIE = 'interdict_session';

export function sessionCookie(value: string, secure: boolean): string {
  return `${COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.floor(SESSION_TTL_MS / 1000)}${secure ? '; Secure' : ''}`;
}

export function clearedCookie(): string {
  return `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
}

export function cookieValue(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

/**
 * A request a browser sent from another site: its Sec-Fetch-Site says so, or its Origin names another
 * host than the one asked. (Requests without either header, from scripts and old browsers, pass: they
 * carry no cookie of a victim.)
 */
export function crossSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/** A form body (application/x-www-form-urlencoded) as a plain record of its first values. */
export function formOf(req: FastifyRequest): Record<string, string> {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null) return {};
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function sendPage(reply: FastifyReply, code: number, page: string): FastifyReply {
  return reply.code(code).header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")
    .header('x-content-type-options', 'nosniff').header('referrer-policy', 'same-origin').header('cache-control', 'no-store')
    .send(page);
}

export function messagePage(reply: FastifyReply, code: number, title: string, message: string, s?: WebSession): FastifyReply {
  return sendPage(reply, code, layout({ title, ...(s && { account: s.account, csrf: s.csrf }) }, html`<h1>${title}</h1><p class="error" role="alert">${visibleText(message)}</p>`));
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A web page's permission: the page hook (pageHook) signs the request in from its session cookie and
     * checks the role, and a POST's CSRF token, before the handler runs. Set on the route, never checked by hand.
     */
    pagePermission?: Permission;
    /** Where to send a signed-in person whose role may not see this page (instead of 403). */
    pageElsewhere?: string;
    /** The route answers a form field given twice itself, in its form (the check page); others are refused by the page hook. */
    pageOwnsRepeatedFields?: boolean;
  }
  interface FastifyRequest {
    webSession: WebSession | null;
  }
}

/**
 * The session of a page request, checked: no session, redirect to /sign-in; a POST without the
 * session's CSRF token (form field `csrf`), 403; a role that may not, 403 (or the route's elsewhere).
 * Runs as one preHandler hook for every route that names `config.pagePermission`: the form body is
 * parsed by then (the token is in it), and no page can forget the check.
 */
/** The session a page request's cookie stands for, checked once per request (the heavy-request count and the page hook both ask). */
const sessions = new WeakMap<FastifyRequest, Promise<WebSession | undefined>>();
function sessionOfRequest(svc: Service, req: FastifyRequest): Promise<WebSession | undefined> {
  let s = sessions.get(req);
  if (s === undefined) {
    const cookie = cookieValue(req);
    s = cookie === undefined ? Promise.resolve(undefined) : sessionFor(svc.driver, req.server.sessionSecrets, cookie);
    sessions.set(req, s);
  }
  return s;
}

/**
 * Whom a request counts against, in the rate limits and the heavy work in flight: a page's, the account
 * its session is signed in as (one account may open many sessions: signing in again is not a fresh
 * budget, review 17, R17-14); a cookie that is no session, the address; a key, the key (one account, one
 * key). The address is counted on its own besides (perAddressLimit).
 */
export function requestCredential(svc: Service) {
  return async (req: FastifyRequest): Promise<string> => {
    const s = req.routeOptions.config.pagePermission !== undefined ? await sessionOfRequest(svc, req) : undefined;
    return s !== undefined ? `account:${s.account.name}` : credentialOf(req);
  };
}

/**
 * A page POST's session, checked before its body is read (preParsing; security review 23, HIGH-2): a form from
 * another site is 403, no session is the sign-in page, a suspended key is 403, all before a byte of the body is
 * parsed or read by the text gate, so only a signed-in person's body costs the server anything. The CSRF token
 * (in the body) and the role are checked by pageHook once the body is parsed. True when the answer is sent.
 */
async function refusedSession(svc: Service, req: FastifyRequest, reply: FastifyReply): Promise<WebSession | undefined> {
  // A form posted from another site is refused before anything else (the token check would too).
  if (req.method === 'POST' && crossSite(req)) {
    await messagePage(reply, 403, 'Not from this site', 'This form was sent from another site; use the form on this site.');
    return undefined;
  }
  // A cookie that is not a session (forged, malformed, expired) is no session: the browser goes to sign in.
  const s = await sessionOfRequest(svc, req);
  if (s === undefined) {
    await reply.code(303).header('location', '/sign-in').send();
    return undefined;
  }
  // A key whose issuing admin was revoked or demoted since acts no more, here as on the API (key-suspension.ts).
  if (s.account.keySuspended !== undefined) {
    await messagePage(reply, 403, 'Key suspended', `${s.account.keySuspended}.`, s);
    return undefined;
  }
  return s;
}

/** The session check of a page POST before its body is parsed (refusedSession), as a preParsing hook. */
export function pageBodyHook(svc: Service) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (req.method !== 'POST' || req.routeOptions.config.pagePermission === undefined) return;
    await refusedSession(svc, req, reply);
  };
}

export function pageHook(svc: Service) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const permission = req.routeOptions.config.pagePermission;
    if (permission === undefined) {
      // Signing in (or out) with a field twice: refused as every other page's form (below).
      if (req.method === 'POST' && req.routeOptions.config.page === true && (await refusedRepeated(req, reply))) return;
      return;
    }
    const s = await refusedSession(svc, req, reply);
    if (s === undefined) return;
    if (req.method === 'POST') {
      const token = formOf(req).csrf;
      if (typeof token !== 'string' || !sameToken(token, s.csrf)) {
        await messagePage(reply, 403, 'Form expired', 'The form was not sent from this session (missing or wrong CSRF token). Reload the page and try again.', s);
        return;
      }
      if (req.routeOptions.config.pageOwnsRepeatedFields !== true && (await refusedRepeated(req, reply, s))) return;
    }
    if (!allows(s.account.roles, permission)) {
      const elsewhere = req.routeOptions.config.pageElsewhere;
      if (elsewhere !== undefined) {
        await reply.code(303).header('location', elsewhere).send();
        return;
      }
      await messagePage(reply, 403, 'Not allowed', `Your account "${s.account.name}" (${s.account.roles.join(', ')}) may not ${permission.replace(/-/g, ' ')}.`, s);
      return;
    }
    req.webSession = s;
    // The query and path as the route's schema (the API's) found them: a problem is a page naming the field.
    await pageRequestRefused(req, reply);
  };
}

/**
 * A form that gives a field twice is refused naming it (review 19, LOW-7): which of
 * `disposition=true-match&disposition=false-positive` was meant is not ours to guess, as a JSON key given
 * twice is 400 on the API. True when the answer is sent.
 */
async function refusedRepeated(req: FastifyRequest, reply: FastifyReply, s?: WebSession): Promise<boolean> {
  const twice = repeatedFields(req.body)[0];
  if (twice === undefined) return false;
  await messagePage(reply, 400, 'A field twice', `${twice.slice(0, 64)}: the form field "${twice.slice(0, 64)}" is given more than once: give it once (nothing was done).`, s);
  return true;
}

/** The session of a page whose route names `config.pagePermission` (the hook has refused anyone else). */
export function pageSession(req: FastifyRequest): WebSession {
  if (req.webSession === null || req.webSession === undefined) throw new Error('pageSession() on a route without config.pagePermission');
  return req.webSession;
}

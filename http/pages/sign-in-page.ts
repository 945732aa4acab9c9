/** GET /sign-in (the form), POST /session (a key → the session cookie), POST /sign-out. */
import type { FastifyInstance } from 'fastify';
import type { Service } from '../../src/app/service/service-context.ts';
import { MAX_SIGN_IN_KEY_LENGTH } from '../../src/app/limits.ts';
import { closeSession, openSession } from '../../src/app/web/web-sessions.ts';
import { html } from './escape.ts';
import { layout } from './layout.ts';
import { clearedCookie, cookieValue, crossSite, formOf, pageSession, sendPage, sessionCookie } from './web-session.ts';

export function renderSignIn(message?: string): string {
  return layout({ title: 'Sign in' }, html`<h1>Sign in</h1>
<p>Use the API key you were given (<code>interdict users add</code> prints it once; the first start prints the admin's).</p>
${message === undefined ? html`` : html`<p class="error" role="alert">${message}</p>`}
<form method="post" action="/session" class="stack">
<label for="key">API key</label>
<input id="key" name="key" type="password" autocomplete="current-password" required maxlength="${MAX_SIGN_IN_KEY_LENGTH}" spellcheck="false">
<button type="submit">Sign in</button>
</form>`);
}

/**
 * The body of a sign-in or a sign-out: its one field (a key of at most MAX_SIGN_IN_KEY_LENGTH characters, or a CSRF
 * token), percent-encoded, with room to spare. POST /session is public: a 2 MiB body of escapes cost the event loop
 * seconds before anything refused it (security review 23, HIGH-2).
 */
export const SIGN_IN_BODY_LIMIT = 4 * 1024;

export function signInPages(app: FastifyInstance, svc: Service): void {
  app.get('/sign-in', { config: { page: true } }, async (_req, reply) => sendPage(reply, 200, renderSignIn()));

  app.post('/session', { config: { page: true, formFields: ['key'] }, bodyLimit: SIGN_IN_BODY_LIMIT }, async (req, reply) => {
    // Sign-in takes no session token (there is no session yet), so another site must not be able to post
    // it: a form from elsewhere would sign the victim in as the attacker (login CSRF).
    if (crossSite(req)) return sendPage(reply, 403, renderSignIn('Sign in from this page, not from another site.'));
    const key = formOf(req).key;
    if (typeof key !== 'string' || key.trim() === '' || key.length > MAX_SIGN_IN_KEY_LENGTH) return sendPage(reply, 400, renderSignIn('Enter your API key (field "key").'));
    const s = await openSession(svc.driver, req.server.sessionSecrets, key.trim());
    if (s === undefined) return sendPage(reply, 401, renderSignIn('That key is unknown or revoked.'));
    const https = req.protocol === 'https' || req.headers['x-forwarded-proto'] === 'https';
    return reply.code(303).header('set-cookie', sessionCookie(s.cookie, https)).header('location', '/').send();
  });

  // The page hook has checked the session and its CSRF token (no session: to sign-in, nothing to end).
  app.post('/sign-out', { config: { page: true, pagePermission: 'read-law', formFields: ['csrf'] }, bodyLimit: SIGN_IN_BODY_LIMIT }, async (req, reply) => {
    if (crossSite(req)) return sendPage(reply, 403, renderSignIn('Sign out from this site, not from another.'));
    const cookie = cookieValue(req);
    if (cookie !== undefined) await closeSession(svc.driver, pageSession(req).account.name, cookie);
    return reply.code(303).header('set-cookie', clearedCookie()).header('location', '/sign-in').send();
  });
}

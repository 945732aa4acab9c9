/**
 * The web page (CONTRACT §4), served by the same process as the API: server-rendered HTML, one file per
 * page; the only script is the optional file loader on /check (http/static/check-upload.ts). Page routes carry `config.page`; the API's bearer hook leaves them alone and each
 * page runs the session guard instead (web-session.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { Service } from '../../src/app/service/service-context.ts';
import { CHECK_UPLOAD_JS } from '../static/check-upload.ts';
import { STYLE_CSS } from '../static/style.ts';
import { alertPages } from './alert-pages.ts';
import { auditPages } from './audit-page.ts';
import { checkPages } from './check-page.ts';
import { eventPages } from './event-pages.ts';
import { ledgerPages } from './ledger-page.ts';
import { ledgerReportPages } from './ledger-reports-page.ts';
import { signInPages } from './sign-in-page.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A web page: session cookie, not bearer key; kept out of the API's route table. */
    page?: boolean;
  }
}

/** Form posts are parsed as plain string records; a repeated field keeps its first value. */
function parseForm(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(body)) if (!(k in out)) out[k] = v;
  return out;
}

export function registerPages(app: FastifyInstance, svc: Service): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => done(null, parseForm(body as string)));
  app.get('/static/style.css', { config: { page: true } }, async (_req, reply) => reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLE_CSS));
  app.get('/static/check-upload.js', { config: { page: true } }, async (_req, reply) => reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(CHECK_UPLOAD_JS));
  signInPages(app, svc);
  alertPages(app, svc);
  checkPages(app, svc);
  ledgerPages(app, svc);
  ledgerReportPages(app, svc);
  auditPages(app, svc);
  eventPages(app, svc);
}

/**
 * The web page (CONTRACT §4), served by the same process as the API: server-rendered HTML, one file per
 * page; the only script is the optional file loader on /check (http/static/check-upload.ts). Page routes carry `config.page`; the API's bearer hook leaves them alone and each
 * page runs the session guard instead (web-session.ts).
 */
import { parseFormStrict } from '../utf8-body.ts';
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


export function registerPages(app: FastifyInstance, svc: Service): void {
  // Form posts are plain string records (a repeated field keeps its first value), strictly UTF-8.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, parseFormStrict(body as Buffer));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
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

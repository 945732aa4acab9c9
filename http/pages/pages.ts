/**
 * The web page (CONTRACT §4, §4a), served by the same process as the API: server-rendered HTML, one file
 * per page; the only scripts are the check form's helpers (http/static/). Page routes carry `config.page`
 * (kept out of the API's route table) and `config.pagePermission`: the one page hook (web-session.ts)
 * signs the request in from its session cookie, checks the role and a POST's CSRF token before any
 * handler runs. Errors of page routes are pages too (error-pages.ts).
 */
import type { FastifyInstance } from 'fastify';
import { parseFormStrict } from '../utf8-body.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { alertPages } from './alert-pages.ts';
import { auditPages } from './audit-page.ts';
import { checkPages } from './check-page.ts';
import { eventPages } from './event-pages.ts';
import { ledgerPages } from './ledger-page.ts';
import { ledgerReportPages } from './ledger-reports-page.ts';
import { listPages } from './list-pages.ts';
import { pageSchemaHooks } from './page-schemas.ts';
import { liveCheckPages } from './live-check.ts';
import { signInPages } from './sign-in-page.ts';
import { staticAssets } from './static-assets.ts';
import { subjectPages } from './subject-pages.ts';
import { userPages } from './user-pages.ts';
import { vesselPages } from './vessel-pages.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A web page: session cookie, not bearer key; kept out of the API's route table. */
    page?: boolean;
    /** The only fields the route's form sends (sign-in, sign-out): any other is 400 as the form is parsed. */
    formFields?: readonly string[];
  }
}

export function registerPages(app: FastifyInstance, svc: Service): void {
  // Form posts are plain string records (a repeated field keeps its first value), strictly UTF-8.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, (req, body, done) => {
    try {
      done(null, parseFormStrict(body as Buffer, req.routeOptions.config.formFields));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
  pageSchemaHooks(app);
  staticAssets(app);
  signInPages(app, svc);
  alertPages(app, svc);
  checkPages(app, svc);
  ledgerPages(app, svc);
  ledgerReportPages(app, svc);
  auditPages(app, svc);
  eventPages(app, svc);
  subjectPages(app, svc);
  userPages(app, svc);
  listPages(app, svc);
  vesselPages(app, svc);
  liveCheckPages(app, svc);
}

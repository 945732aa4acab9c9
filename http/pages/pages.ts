/**
 * The web page (CONTRACT §4, §4a), served by the same process as the API: server-rendered HTML, one file
 * per page; the only scripts are the check form's helpers (http/static/). Page routes carry `config.page`
 * (kept out of the API's route table) and `config.pagePermission`: the one page hook (web-session.ts)
 * signs the request in from its session cookie, checks the role and a POST's CSRF token before any
 * handler runs. Errors of page routes are pages too (error-pages.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { Service } from '../../src/app/service/service-context.ts';
import { alertPages } from './alert-pages.ts';
import { auditPages } from './audit-page.ts';
import { checkPages } from './check-page.ts';
import { ledgerPages } from './ledger-page.ts';
import { listPages } from './list-pages.ts';
import { signInPages } from './sign-in-page.ts';
import { staticAssets } from './static-assets.ts';
import { subjectPages } from './subject-pages.ts';
import { userPages } from './user-pages.ts';

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
  staticAssets(app);
  signInPages(app, svc);
  alertPages(app, svc);
  checkPages(app, svc);
  ledgerPages(app, svc);
  auditPages(app, svc);
  subjectPages(app, svc);
  userPages(app, svc);
  listPages(app, svc);
}

/**
 * GET /audit: the audit log, newest first (or oldest first), paged, filtered by actor, action or
 * target; whether the chain verifies when asked (`?verify=1`, a heavy request). Details are shown as a person reads them (audit-detail.ts);
 * the hash is shortened (its full value in the title and the API).
 */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { pageAudit, type AuditEntry, type VerifyResult } from '../../src/app/audit/audit-log.ts';
import { verifyServiceAudit } from '../../src/app/audit/verify-audit.ts';
import { pageRequest, type Page } from '../../src/app/paging.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { auditQuery } from '../schemas.ts';
import { detailText, targetLink } from './audit-detail.ts';
import { html, type Raw } from './escape.ts';
import { layout, pager } from './layout.ts';
import { auditPageQuery } from './page-schemas.ts';
import { pageSession, sendPage } from './web-session.ts';

type Filters = { actor?: string; action?: string; target?: string; order?: string };

function verified(v: VerifyResult | undefined): Raw {
  // Verifying walks the whole log and the tables: only when asked (a heavy request, limited as the API's).
  if (v === undefined) return html`<form method="get" action="/audit" class="verify"><input type="hidden" name="verify" value="1"><button type="submit">Verify the chain</button> <span class="muted">recomputes every hash and compares the tables with the log</span></form>`;
  return v.ok ? html`<p class="ok" role="status">The chain verifies: ${v.entries} entries, each hash recomputed and linked.</p>`
    : html`<p class="error" role="alert">The log does NOT verify${v.firstBad !== undefined ? ` at entry ${v.firstBad}` : ''}: ${v.problem ?? ''}.</p>`;
}

export function renderAudit(page: Page<AuditEntry>, v: VerifyResult | undefined, q: Filters, query: Readonly<Record<string, string | undefined>>): Raw {
  // The next page keeps the filters, not the verification (a heavy request, made only when asked).
  const withoutVerify = { ...query, verify: undefined };
  return html`<h1>Audit log</h1>
${verified(v)}
<form method="get" action="/audit" class="filters" role="search" aria-label="Filter the log">
<label for="actor">Actor</label><input id="actor" name="actor" value="${q.actor ?? ''}" maxlength="${auditQuery.properties.actor.maxLength}">
<label for="action">Action</label><input id="action" name="action" value="${q.action ?? ''}" maxlength="${auditQuery.properties.action.maxLength}" placeholder="alert.decide">
<label for="target">Target</label><input id="target" name="target" value="${q.target ?? ''}" maxlength="${auditQuery.properties.target.maxLength}" placeholder="alert:1">
<label for="order">Order</label><select id="order" name="order"><option value="desc"${q.order !== 'asc' ? html` selected` : ''}>newest first</option><option value="asc"${q.order === 'asc' ? html` selected` : ''}>oldest first</option></select>
<button type="submit">Filter</button>
</form>
<table class="audit stack-sm"><caption>${page.total.toLocaleString('en')} entries${q.actor || q.action || q.target ? ' matching the filters' : ''}</caption>
<thead><tr><th scope="col" class="num">Seq</th><th scope="col">At (UTC)</th><th scope="col">Actor</th><th scope="col">Action</th><th scope="col">About</th><th scope="col">Detail</th><th scope="col">Hash</th></tr></thead>
<tbody>${page.items.map((e) => html`<tr><td data-label="Seq" class="num">${e.seq}</td><td data-label="At"><time datetime="${e.at}">${e.at.replace('T', ' ').slice(0, 19)}</time></td><td data-label="Actor">${e.actor}</td><td data-label="Action">${e.action}</td><td data-label="About">${targetLink(e.target)}</td><td data-label="Detail">${detailText(e)}</td><td data-label="Hash"><code title="${e.hash}">${e.hash.slice(0, 8)}</code></td></tr>`)}</tbody></table>
${pager('/audit', withoutVerify, page.total, page.items.length, page.next)}`;
}

export function auditPages(untyped: FastifyInstance, svc: Service): void {
  // The query is GET /v1/audit's (page-schemas.ts: its limits, unknown parameters refused), with the verify button.
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  app.get('/audit', { config: { page: true, pagePermission: 'read-audit' }, schema: { querystring: auditPageQuery } }, async (req, reply) => {
    const s = pageSession(req);
    const raw = req.query;
    const q: Filters = { ...(raw.actor && { actor: raw.actor }), ...(raw.action && { action: raw.action }), ...(raw.target && { target: raw.target }), ...(raw.order && { order: raw.order }) };
    const [page, v] = await Promise.all([
      pageAudit(svc.driver, { ...(q.actor && { actor: q.actor }), ...(q.action && { action: q.action }), ...(q.target && { target: q.target }) }, pageRequest(raw, 1)),
      raw.verify !== undefined ? verifyServiceAudit(svc) : undefined,
    ]);
    return sendPage(reply, 200, layout({ title: 'Audit log', account: s.account, csrf: s.csrf, current: '/audit' }, renderAudit(page, v, q, raw)));
  });
}

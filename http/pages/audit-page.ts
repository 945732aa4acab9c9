/** GET /audit: the audit log, filtered by actor, action or target, and whether the chain verifies. */
import type { FastifyInstance } from 'fastify';
import { listAudit, type AuditEntry, type AuditQuery, type VerifyResult } from '../../src/app/audit/audit-log.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { html, type Raw } from './escape.ts';
import { layout } from './layout.ts';
import { guard, sendPage } from './web-session.ts';

export function renderAudit(entries: AuditEntry[], v: VerifyResult, q: AuditQuery): Raw {
  return html`<h1>Audit log</h1>
${v.ok ? html`<p class="ok" role="status">The chain verifies: ${v.entries} entries, each hash recomputed and linked.</p>`
    : html`<p class="error" role="alert">The log does NOT verify${v.firstBad !== undefined ? ` at entry ${v.firstBad}` : ''}: ${v.problem ?? ''}.</p>`}
<form method="get" action="/audit" class="filters" role="search">
<label for="actor">Actor</label><input id="actor" name="actor" value="${q.actor ?? ''}" maxlength="100">
<label for="action">Action</label><input id="action" name="action" value="${q.action ?? ''}" maxlength="100" placeholder="alert.decide">
<label for="target">Target</label><input id="target" name="target" value="${q.target ?? ''}" maxlength="200" placeholder="alert:1">
<button type="submit">Filter</button>
</form>
<div class="wide"><table><caption>${entries.length} entries</caption><thead><tr><th scope="col" class="num">Seq</th><th scope="col">At</th><th scope="col">Actor</th><th scope="col">Action</th><th scope="col">Target</th><th scope="col">Detail</th><th scope="col">Hash</th></tr></thead>
<tbody>${entries.map((e) => html`<tr><td class="num">${e.seq}</td><td><time datetime="${e.at}">${e.at.replace('T', ' ').slice(0, 19)}</time></td><td>${e.actor}</td><td>${e.action}</td><td>${e.target}</td><td><code>${JSON.stringify(e.detail)}</code></td><td><code title="${e.hash}">${e.hash.slice(0, 12)}…</code></td></tr>`)}</tbody></table></div>`;
}

export function auditPages(app: FastifyInstance, svc: Service): void {
  app.get('/audit', { config: { page: true } }, async (req, reply) => {
    const s = await guard(svc, req, reply, 'read-audit');
    if (s === undefined) return reply;
    const raw = req.query as Record<string, string | undefined>;
    const q: AuditQuery = { limit: 1000 };
    for (const k of ['actor', 'action', 'target'] as const) if (raw[k]) q[k] = raw[k]!.slice(0, 200);
    const [entries, v] = await Promise.all([listAudit(svc.driver, q), verifyAudit(svc.driver)]);
    return sendPage(reply, 200, layout({ title: 'Audit log', account: s.account, csrf: s.csrf, current: '/audit' }, renderAudit(entries, v, q)));
  });
}

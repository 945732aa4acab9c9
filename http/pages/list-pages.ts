/**
 * GET /lists (admin): the UN list in use and the lists loaded before it; a new list XML (pasted, or loaded
 * from a file into the box by /static/list-upload.js) is first **previewed** — the records added, changed
 * (field by field) and removed against the list in use, nothing stored — and then **made current** with a
 * second post, through the same use case as `POST /v1/lists` (re-screening every subject against what
 * changed, opening alerts, audited; an update that removes or changes records, or is not newer, waits for a
 * second admin, who confirms it here).
 */
import { fileIntoBoxScript } from '../static/check-upload.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { ListDiff } from '../../src/app/index.ts';
import { assertPreviewed, previewList, type ListPreview } from '../../src/app/lists/list-preview.ts';
import { listHistory } from '../../src/app/lists/list-store.ts';
import { confirmPendingList, listPendingLists, updateList, withdrawPendingList, type PendingList } from '../../src/app/lists/list-update.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import { LIST_BODY_LIMIT } from '../routes/alert-routes.ts';
import { idParams } from '../schemas.ts';
import { html, type Raw } from './escape.ts';
import { layout } from './layout.ts';
import { formOf, pageSession, sendPage } from './web-session.ts';

const UPLOAD = '/static/list-upload.js';

/** At most this many records of each kind are listed on the preview (the counts are always whole). */
const SHOWN = 200;

export const LIST_UPLOAD_JS = fileIntoBoxScript('xml', 'Or load the XML file into the box', '.xml,application/xml,text/xml');

const applied = (r: { changed: boolean; to: string; added: number; changedRecords: number; removed: number; rescreened: number; alertsOpened: number; restored?: { version: string } }): string =>
  r.restored !== undefined ? `The stored list ${r.restored.version} holds its XML again (an earlier version of Interdict stored it without); ${r.to} is the list in use.`
    : r.changed ? `${r.to} is the list in use: ${r.added} added, ${r.changedRecords} changed, ${r.removed} removed; ${r.rescreened} subjects screened again, ${r.alertsOpened} alerts opened.` : `Nothing changed: ${r.to} was already in use.`;

function diffView(d: ListDiff): Raw {
  const rows = (items: { ref: string; name: string; kind: string }[], what: string) => (items.length === 0 ? html`<p>None ${what}.</p>` : html`<ul>${items.slice(0, SHOWN).map((r) => html`<li>${r.ref} · ${r.name} (${r.kind})</li>`)}${items.length > SHOWN ? html`<li>… and ${items.length - SHOWN} more</li>` : ''}</ul>`);
  return html`<h3>Added: ${d.added.length}</h3>${rows(d.added, 'added')}
<h3>Changed: ${d.changed.length}</h3>${d.changed.length === 0 ? html`<p>None changed.</p>` : html`<ul>${d.changed.slice(0, SHOWN).map((r) => html`<li>${r.ref} · ${r.name}: ${r.changes.map((c) => c.field).join(', ')}</li>`)}</ul>`}
<h3>Removed: ${d.removed.length}</h3>${rows(d.removed, 'removed')}`;
}

function whyWaiting(p: PendingList): string {
  return [p.removed > 0 && `removes ${p.removed} record${p.removed === 1 ? '' : 's'}`, p.changedRecords > 0 && `changes ${p.changedRecords}`, p.notNewer && 'is not newer than the list in use'].filter(Boolean).join(', ');
}

/** Updates waiting for a second admin: each says what it would do; the admin who asked is told why it has no button. */
function pendingView(pending: PendingList[], me: string, csrf: string): Raw {
  if (pending.length === 0) return html``;
  return html`<section aria-labelledby="pending"><h2 id="pending">Waiting for a second admin</h2><ul>${pending.map((p) => html`<li>Update ${String(p.id)}: ${p.from} → ${p.to}, ${String(p.added)} added, ${String(p.changedRecords)} changed, ${String(p.removed)} removed${p.removedRefs.length > 0 ? html` (${p.removedRefs.slice(0, SHOWN).join(', ')}${p.removedRefs.length > SHOWN ? ' …' : ''})` : ''}; asked by ${p.requestedBy} at ${p.requestedAt}.
${p.requestedBy === me ? html`<span class="small">You asked for it: another admin must confirm it (four eyes).</span>` : html`<form method="post" action="/lists/pending/${String(p.id)}/confirm" class="inline"><input type="hidden" name="csrf" value="${csrf}"><button type="submit">Confirm update ${String(p.id)}</button></form>`}
<form method="post" action="/lists/pending/${String(p.id)}/withdraw" class="inline"><input type="hidden" name="csrf" value="${csrf}"><button type="submit">Withdraw update ${String(p.id)}</button></form></li>`)}</ul></section>`;
}

export function listPages(untyped: FastifyInstance, svc: Service): void {
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  const show = async (req: FastifyRequest, reply: FastifyReply, code: number, body: Raw = html``, xml = '') => {
    const s = pageSession(req);
    // The list in use as GET /v1/list reads it (not this process's copy of a moment ago).
    const inUse = await svc.lists.current(svc.driver);
    const history = await listHistory(svc.driver);
    const pending = await listPendingLists(svc.driver);
    const v = inUse.list.version;
    return sendPage(reply, code, layout({ title: 'UN list', account: s.account, csrf: s.csrf, current: '/lists', scripts: [UPLOAD] }, html`<h1>The UN list</h1>
<dl class="facts"><dt>In use</dt><dd>${v.id}</dd><dt>Generated</dt><dd>${v.dateGenerated}</dd><dt>Records</dt><dd>${inUse.list.records.length}</dd><dt>Loaded</dt><dd>${inUse.loadedAt} by ${inUse.loadedBy}</dd></dl>
${body}
${pendingView(pending, s.account.name, s.csrf)}
<form method="post" action="/lists/preview" class="stack"><h2>Load a new list</h2><input type="hidden" name="csrf" value="${s.csrf}">
<label for="xml">The consolidated list XML (as published by the UN)</label>
<textarea id="xml" name="xml" rows="6" required spellcheck="false">${xml}</textarea>
<button type="submit">Preview the changes</button><p class="small">Nothing changes until you make it current.</p></form>
<h2>Lists loaded</h2><table class="stack-sm"><thead><tr><th scope="col">Version</th><th scope="col">Records</th><th scope="col">Added</th><th scope="col">Changed</th><th scope="col">Removed</th><th scope="col">Alerts opened</th><th scope="col">Loaded</th></tr></thead>
<tbody>${history.map((h) => html`<tr><td data-label="Version">${String(h.version ?? '')}</td><td data-label="Records">${String(h.records ?? '')}</td><td data-label="Added">${String(h.added ?? '')}</td><td data-label="Changed">${String(h.changed ?? '')}</td><td data-label="Removed">${String(h.removed ?? '')}</td><td data-label="Alerts opened">${String(h.alertsOpened ?? '')}</td><td data-label="Loaded">${String(h.loadedAt ?? '')} ${String(h.loadedBy ?? '')}</td></tr>`)}</tbody></table>`));
  };
  const admin = { config: { page: true, pagePermission: 'update-list' as const }, bodyLimit: LIST_BODY_LIMIT };

  app.get('/static/list-upload.js', { config: { page: true } }, async (_req, reply) => reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(LIST_UPLOAD_JS));
  app.get('/lists', admin, async (req, reply) => show(req, reply, 200));

  app.post('/lists/preview', admin, async (req, reply) => {
    const xml = formOf(req).xml;
    if (typeof xml !== 'string' || xml.trim() === '') return show(req, reply, 400, html`<p class="error" role="alert">xml: paste the list XML, or load its file.</p>`);
    let p: ListPreview;
    try {
      p = await previewList(svc, Buffer.from(xml, 'utf8'));
    } catch (e) {
      if (!isInterdictError(e)) throw e;
      return show(req, reply, 400, html`<p class="error" role="alert">xml: ${e.message}</p>`, xml);
    }
    const s = pageSession(req);
    if (p.same) return show(req, reply, 200, html`<p class="ok" role="status">This is the list in use (${p.diff.to.id}): nothing to change.</p>`);
    return show(req, reply, 200, html`<section aria-labelledby="preview"><h2 id="preview">Preview: ${p.diff.from.id} → ${p.diff.to.id}</h2>${diffView(p.diff)}
<form method="post" action="/lists/apply" class="stack"><input type="hidden" name="csrf" value="${s.csrf}"><input type="hidden" name="confirm" value="${p.confirm}">
<label for="xml-apply" class="sr-only">The list XML to make current</label><textarea id="xml-apply" name="xml" hidden>${xml}</textarea>
<button type="submit">Make ${p.diff.to.id} the list in use</button><p class="small">Every subject is screened again against the records added and changed; alerts open for the hits.</p></form></section>`);
  });

  // The update's number as POST /v1/lists/pending/:id/confirm takes it (idParams): anything else is not found.
  app.post('/lists/pending/:id/confirm', { ...admin, schema: { params: idParams } }, async (req, reply) => {
    const id = Number(req.params.id);
    try {
      const r = await confirmPendingList(svc, id, pageSession(req).account.name);
      return await show(req, reply, 200, html`<p class="ok" role="status">${applied(r)}</p>`);
    } catch (e) {
      if (!isInterdictError(e)) throw e;
      return show(req, reply, e.code === 'SERVICE_NOT_FOUND' ? 404 : 409, html`<p class="error" role="alert">id: ${e.message}</p>`);
    }
  });

  app.post('/lists/pending/:id/withdraw', { ...admin, schema: { params: idParams } }, async (req, reply) => {
    try {
      const w = await withdrawPendingList(svc, Number(req.params.id), pageSession(req).account.name);
      return await show(req, reply, 200, html`<p class="ok" role="status">List update ${String(w.id)} (${w.version}) withdrawn, unapplied.</p>`);
    } catch (e) {
      if (!isInterdictError(e)) throw e;
      return show(req, reply, e.code === 'SERVICE_NOT_FOUND' ? 404 : 409, html`<p class="error" role="alert">id: ${e.message}</p>`);
    }
  });

  app.post('/lists/apply', admin, async (req, reply) => {
    const form = formOf(req);
    const xml = Buffer.from(typeof form.xml === 'string' ? form.xml : '', 'utf8');
    try {
      // The list made current is the one previewed: its confirm token came with the preview.
      assertPreviewed(xml, form.confirm);
      const r = await updateList(svc, xml, { actor: pageSession(req).account.name, operator: false });
      if ('pending' in r) {
        const p = r.pending;
        return await show(req, reply, 202, html`<p class="ok" role="status">Update ${String(p.id)} (${p.from} → ${p.to}) waits for a second admin: it ${whyWaiting(p)}. Another admin confirms it on this page.</p>`);
      }
      return await show(req, reply, 200, html`<p class="ok" role="status">${applied(r)}</p>`);
    } catch (e) {
      if (!isInterdictError(e)) throw e;
      return show(req, reply, e.status, html`<p class="error" role="alert">${e.location.field ?? 'xml'}: ${e.message}</p>`);
    }
  });
}

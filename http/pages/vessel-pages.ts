/**
 * GET /vessels: the 1718 Designated Vessels List in use (the vessels `check` and the AIS scans screen
 * against), most recently designated first, searched by name, IMO or MMSI and paged. An admin imports a
 * new list (its CSV pasted, or loaded from its file into the box by /static/vessels-upload.js): first a
 * **preview** — the vessels it drops, adds and changes (field by field) against the list in use, nothing
 * stored — then **Replace the list** with a second post carrying the preview's confirm value, through
 * the same app layer as `POST /v1/vessels` (audited as `vessels.import`; a list changed meanwhile is 409).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { allows } from '../../src/app/accounts/roles.ts';
import { pageRequest, type Page } from '../../src/app/paging.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { oneAdminRefusal, pageVessels, previewVesselList, replaceVesselList, vesselListInUse, type DesignatedVessel, type VesselListPreview } from '../../src/app/vessel-list.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import { VESSELS_BODY_LIMIT } from '../routes/vessel-routes.ts';
import { vesselsQuery } from '../schemas.ts';
import { MAX_SEARCH_LENGTH } from '../../src/app/limits.ts';
import { fileIntoBoxScript } from '../static/check-upload.ts';
import { html, type Raw } from './escape.ts';
import { layout, pager } from './layout.ts';
import { formOf, pageSession, sendPage } from './web-session.ts';

const UPLOAD = '/static/vessels-upload.js';
export const VESSELS_UPLOAD_JS = fileIntoBoxScript('vessels-csv', 'Or load the CSV file into the box', '.csv,text/csv');
/** At most this many vessels of each kind are listed on the preview (the counts are always whole). */
const SHOWN = 200;

const vesselLine = (v: DesignatedVessel): Raw => html`<li><span class="mono">${v.imo}</span> ${v.name}${v.flag ? ` (${v.flag})` : ''}, designated ${v.designated}</li>`;
const listOf = (items: DesignatedVessel[], none: string): Raw => (items.length === 0 ? html`<p>${none}</p>` : html`<ul>${items.slice(0, SHOWN).map(vesselLine)}${items.length > SHOWN ? html`<li>… and ${items.length - SHOWN} more</li>` : ''}</ul>`);

/** An MMSI the list gives to two vessels, a vessel designated after today: said on the preview, whoever may import it. */
function concernsView(p: VesselListPreview): Raw {
  const { sharedMmsi, futureDesignations } = p.concerns;
  if (sharedMmsi.length === 0 && futureDesignations.length === 0) return html``;
  return html`<h3>To look at</h3><ul class="error" role="alert">${sharedMmsi.slice(0, SHOWN).map((g) => html`<li>MMSI <span class="mono">${g.mmsi}</span> is given to ${g.vessels.map((v, i) => html`${i > 0 ? ' and ' : ''}<span class="mono">${v.imo}</span> ${v.name}`)}: a position report carries the MMSI alone, so it is read as each of them.</li>`)}
${futureDesignations.slice(0, SHOWN).map((v) => html`<li><span class="mono">${v.imo}</span> ${v.name} is designated ${v.designated}, after today: not designated until then.</li>`)}</ul>`;
}

function previewView(p: VesselListPreview, csv: string, csrf: string): Raw {
  const d = p.diff;
  if (p.unchanged) return html`<p class="ok" role="status">This list holds the same vessels as the list in use (${p.next.version}): nothing to change.</p>`;
  const refusal = oneAdminRefusal(p);
  const what = p.current === null ? `Import ${p.next.vessels} vessels` : `Replace the list: drop ${d.removed.length}, add ${d.added.length}, change ${d.changed.length}`;
  return html`<section aria-labelledby="vpreview" class="preview"><h2 id="vpreview">Preview: ${p.current?.version ?? 'no list'} → ${p.next.version} (${p.next.vessels} vessels)</h2>
${p.current !== null ? html`<h3>Dropped: ${d.removed.length}</h3>${d.removed.length > 0 ? html`<p class="error" role="alert">${d.removed.length} vessel${d.removed.length === 1 ? '' : 's'} in the list in use ${d.removed.length === 1 ? 'is' : 'are'} not in this list: once it is made current, <code>check</code> and the AIS scans no longer treat ${d.removed.length === 1 ? 'it' : 'them'} as designated.</p>` : ''}${listOf(d.removed, 'None dropped.')}` : ''}
<h3>Added: ${d.added.length}</h3>${listOf(d.added, 'None added.')}
<h3>Changed: ${d.changed.length}</h3>${d.changed.length === 0 ? html`<p>None changed.</p>` : html`<ul>${d.changed.slice(0, SHOWN).map((c) => html`<li><span class="mono">${c.imo}</span> ${c.name}: ${c.changes.map((x, i) => html`${i > 0 ? '; ' : ''}${x.field} ${x.before || '(none)'} → ${x.after || '(none)'}`)}</li>`)}</ul>`}
${concernsView(p)}
${refusal !== undefined ? html`<p class="error" role="alert">${refusal}.</p>` : html`<form method="post" action="/vessels/import" class="stack"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="confirm" value="${p.confirm}">
<label for="vessels-csv-apply" class="sr-only">The list CSV to make current</label><textarea id="vessels-csv-apply" name="csv" hidden>${csv}</textarea>
<button type="submit">${what}</button><p class="small">Only this list, previewed against the list in use now, can be made current; the import is logged.</p></form>`}</section>`;
}

/** What GET /v1/vessels's query (vesselsQuery) lets in. */
export interface VesselsQuery {
  q?: string;
  limit?: string;
  cursor?: string;
  order?: 'asc' | 'desc';
}

export function renderVessels(page: Page<DesignatedVessel>, inUse: Awaited<ReturnType<typeof vesselListInUse>>, q: string, canImport: boolean, csrf: string, query: VesselsQuery, body: Raw = html``, csv = ''): Raw {
  return html`<h1>The 1718 vessels list</h1>
<p>The vessels the 1718 Committee designated, as imported here: <code>check</code> screens a transaction's vessels against them and the AIS scans flag their positions.</p>
<dl class="facts"><dt>In use</dt><dd>${inUse.version ?? 'none imported yet'}</dd>${inUse.importedAt ? html`<dt>Imported</dt><dd><time datetime="${inUse.importedAt}">${inUse.importedAt.slice(0, 16).replace('T', ' ')}</time> from ${inUse.source ?? ''}</dd>` : ''}</dl>
${body}
<form method="get" action="/vessels" class="filters" role="search" aria-label="Search the vessels">
<label for="vq">Name, IMO or MMSI</label><input id="vq" name="q" type="search" value="${q}" maxlength="${MAX_SEARCH_LENGTH}">
<button type="submit">Search</button></form>
${page.items.length === 0 ? html`<p>${inUse.version === null ? 'No vessels list has been imported.' : 'No vessel matches this search.'}</p>` : html`<table class="stack-sm vessels"><caption>${page.total.toLocaleString('en')} designated vessels${q ? ' matching' : ''}</caption>
<thead><tr><th scope="col">IMO</th><th scope="col">Name</th><th scope="col">Flag</th><th scope="col">MMSI</th><th scope="col">Type</th><th scope="col">Designated</th><th scope="col">Legal bases</th></tr></thead>
<tbody>${page.items.map((v) => html`<tr><td data-label="IMO" class="mono">${v.imo}</td><td data-label="Name">${v.name}</td><td data-label="Flag">${v.flag ?? ''}</td><td data-label="MMSI">${v.mmsi ?? ''}</td><td data-label="Type">${v.type ?? ''}</td><td data-label="Designated">${v.designated}</td><td data-label="Legal bases">${v.legalBases.join(', ')}</td></tr>`)}</tbody></table>`}
${pager('/vessels', query, page.total, page.items.length, page.next)}
${canImport ? html`<form method="post" action="/vessels/preview" class="stack"><h2>Import a list</h2><input type="hidden" name="csrf" value="${csrf}">
<label for="vessels-csv">The list as CSV, header <code>name,imo,mmsi,flag,callsign,type,designated,owner,legalBases</code> (as <code>interdict vessels import</code> takes it)</label>
<textarea id="vessels-csv" name="csv" rows="6" required spellcheck="false">${csv}</textarea>
<button type="submit">Preview the changes</button><p class="small">Nothing changes until you confirm: the preview shows the vessels the new list drops, adds and changes.</p></form>` : ''}`;
}

export function vesselPages(untyped: FastifyInstance, svc: Service): void {
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  /** The list page; after a post, its first page. `query` is GET /v1/vessels's, checked by its schema (vesselsQuery). */
  const show = async (req: FastifyRequest, reply: FastifyReply, code: number, body: Raw = html``, csv = '', query: VesselsQuery = {}) => {
    const s = pageSession(req);
    const q = query.q ?? '';
    const [page, inUse] = await Promise.all([
      pageVessels(svc.driver, q, pageRequest(query, 2)),
      vesselListInUse(svc.driver),
    ]);
    const canImport = allows(s.account.roles, 'update-list');
    return sendPage(reply, code, layout({ title: 'Vessels', account: s.account, csrf: s.csrf, current: '/vessels', ...(canImport && { scripts: [UPLOAD] }) }, renderVessels(page, inUse, q, canImport, s.csrf, query, body, csv)));
  };
  const admin = { config: { page: true, pagePermission: 'update-list' as const }, bodyLimit: VESSELS_BODY_LIMIT };
  const refused = (message: string) => html`<p class="error" role="alert">${message}</p>`;

  app.get('/static/vessels-upload.js', { config: { page: true } }, async (_req, reply) => reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(VESSELS_UPLOAD_JS));
  app.get('/vessels', { config: { page: true, pagePermission: 'read-list' }, schema: { querystring: vesselsQuery } }, async (req, reply) => show(req, reply, 200, html``, '', req.query));

  app.post('/vessels/preview', admin, async (req, reply) => {
    const csv = formOf(req).csv;
    if (typeof csv !== 'string' || csv.trim() === '') return show(req, reply, 400, refused('csv: paste the list CSV, or load its file.'));
    try {
      const p = await previewVesselList(svc.driver, csv);
      return await show(req, reply, 200, previewView(p, csv, pageSession(req).csrf), csv);
    } catch (e) {
      if (!isInterdictError(e)) throw e;
      return show(req, reply, 400, refused(`csv: ${e.location.record ? `${e.location.record}, ` : ''}${e.location.field ?? ''}: ${e.message}`), csv);
    }
  });

  app.post('/vessels/import', admin, async (req, reply) => {
    const form = formOf(req);
    const csv = typeof form.csv === 'string' ? form.csv : '';
    const confirm = typeof form.confirm === 'string' && form.confirm !== '' ? form.confirm : undefined;
    if (csv.trim() === '') return show(req, reply, 400, refused('csv: preview a list first.'));
    try {
      const r = await replaceVesselList(svc.driver, csv, { actor: pageSession(req).account.name, operator: false }, confirm);
      return await show(req, reply, 200, html`<p class="ok" role="status">${r.changed ? `${r.version} is the vessels list in use: ${r.vessels} vessels; ${r.added} added, ${r.changedVessels} changed, ${r.removed} dropped.` : `Nothing changed: ${r.version} was already in use.`}</p>`);
    } catch (e) {
      if (!isInterdictError(e)) throw e;
      return show(req, reply, e.status, refused(`${e.location.field ?? 'csv'}: ${e.message}`), csv);
    }
  });
}

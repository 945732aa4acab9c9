/** GET /events (stored AIS events, newest first, filtered, a page at a time), GET /events/ID (one event and its map). */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { eventsPage, eventWithMap, EVENT_KINDS, type ServiceEvent } from '../../src/app/ships/event-pages.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import { html, Raw } from './escape.ts';
import { layout } from './layout.ts';
import { eventsQuery } from '../routes/event-routes.ts';
import { idParams } from '../schemas.ts';
import { messagePage, pageSession, sendPage } from './web-session.ts';

const vesselsText = (e: ServiceEvent) => e.vessels.map((v) => `${v.name ? `${v.name} ` : ''}${v.mmsi} (${v.flag})`).join(' · ');
const outcome = (e: ServiceEvent) => e.decision?.outcome ?? e.check?.outcome ?? 'evidence only';

function renderList(items: ServiceEvent[], total: number, q: Readonly<Record<string, string | undefined>>, next: string | null, error?: string): Raw {
  const keep = (extra: Record<string, string>) => new URLSearchParams({ ...Object.fromEntries(Object.entries(q).filter((e): e is [string, string] => e[0] !== 'cursor' && e[1] !== undefined && e[1] !== '')), ...extra }).toString();
  return html`<h1>Vessel events</h1>
<form method="get" action="/events" class="filters" role="search">
<label for="kind">Kind</label>
<select id="kind" name="kind"><option value="">any</option>${EVENT_KINDS.map((k) => html`<option value="${k}"${k === q.kind ? html` selected` : ''}>${k}</option>`)}</select>
<label for="from">Starting from</label><input id="from" name="from" type="date" value="${q.from ?? ''}">
<label for="to">Starting before</label><input id="to" name="to" type="date" value="${q.to ?? ''}">
<button type="submit">Filter</button>
</form>
${error === undefined ? '' : html`<p class="error" role="alert">${error}</p>`}
${items.length === 0 ? html`<p>No stored events${q.kind || q.from || q.to ? ' match these filters' : ''}.</p>` : html`<table class="queue events">
<caption>${total} event${total === 1 ? '' : 's'}, newest first</caption>
<thead><tr><th scope="col">Event</th><th scope="col">Kind</th><th scope="col">Start (UTC)</th><th scope="col" class="num">Hours</th><th scope="col">Vessels</th><th scope="col">In law</th><th scope="col">Alert</th></tr></thead>
<tbody>${items.map((e) => html`<tr${e.concern ? html` class="concern"` : ''}><td><a href="/events/${e.id}">#${e.id}</a></td><td>${e.kind}</td><td><time datetime="${e.start}">${e.start.replace('T', ' ').replace('Z', '')}</time></td>
<td class="num">${e.durationHours}</td><td>${vesselsText(e)}</td><td>${outcome(e)}</td><td>${e.alert === null ? '' : html`<a href="/alerts/${e.alert}">#${e.alert}</a>`}</td></tr>`)}</tbody></table>`}
${next === null ? '' : html`<p><a href="/events?${keep({ cursor: next })}" rel="next">Older events</a></p>`}`;
}

function renderEvent(e: ServiceEvent, svg: string, trackPoints: number): Raw {
  const reasons = e.decision?.reasons ?? e.reasons;
  return html`<h1>Event #${e.id}: ${e.kind}</h1>
<p>${e.start} to ${e.end} (${e.durationHours} h) at ${e.lat}, ${e.lon} · in law: <strong>${outcome(e)}</strong>${e.alert === null ? '' : html` · <a href="/alerts/${e.alert}">alert #${e.alert}</a>`}</p>
<figure class="map">${new Raw(svg)}<figcaption>${trackPoints === 0 ? 'No stored positions of these vessels around the event: the map shows its place only.' : `The vessels' stored positions from 6 h before to 6 h after the event (${trackPoints} points); the red ring is the event's place. Land: Natural Earth 1:50m; ports: World Port Index.`}</figcaption></figure>
<h2>Vessels</h2>
<table><thead><tr><th scope="col">MMSI</th><th scope="col">IMO</th><th scope="col">Name</th><th scope="col">Flag</th><th scope="col">Flag from</th></tr></thead>
<tbody>${e.vessels.map((v) => html`<tr><td>${v.mmsi}</td><td>${v.imo ?? ''}</td><td>${v.name ?? ''}</td><td>${v.flag}</td><td>${v.flagSource}</td></tr>`)}</tbody></table>
${reasons.length === 0 ? html`<p>Evidence only: this kind of event engages no measure by itself.</p>` : html`<h2>What it shows in law</h2><ul>${reasons.map((r) => html`<li><strong>${r.effect}</strong> · resolution ${r.resolution} para ${r.paragraph}: ${r.summary}</li>`)}</ul>`}
<h2>Evidence</h2><pre class="evidence">${JSON.stringify(e.evidence, null, 2)}</pre>`;
}

export function eventPages(untyped: FastifyInstance, svc: Service): void {
  // The query is GET /v1/events's, the number GET /v1/events/:id's (their schemas), read by the same use case.
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  app.get('/events', { config: { page: true, pagePermission: 'read-alerts' }, schema: { querystring: eventsQuery } }, async (req, reply) => {
    const s = pageSession(req);
    const q = req.query;
    const frame = { title: 'Vessel events', account: s.account, csrf: s.csrf, current: '/events' };
    try {
      const p = await eventsPage(svc.driver, q);
      return sendPage(reply, 200, layout(frame, renderList(p.items, p.total, q, p.next)));
    } catch (e) {
      if (isInterdictError(e) && e.code === 'SERVICE_BAD_INPUT') return sendPage(reply, 400, layout(frame, renderList([], 0, q, null, `${e.location.field ?? ''}: ${e.message}`)));
      throw e;
    }
  });

  app.get('/events/:id', { config: { page: true, pagePermission: 'read-alerts' }, schema: { params: idParams } }, async (req, reply) => {
    const s = pageSession(req);
    try {
      const { event, svg, trackPoints } = await eventWithMap(svc.driver, Number(req.params.id));
      return sendPage(reply, 200, layout({ title: `Event #${event.id}`, account: s.account, csrf: s.csrf, current: '/events' }, renderEvent(event, svg, trackPoints)));
    } catch (e) {
      if (isInterdictError(e) && e.code === 'SERVICE_NOT_FOUND') return messagePage(reply, 404, 'No such event', e.message, s);
      throw e;
    }
  });
}

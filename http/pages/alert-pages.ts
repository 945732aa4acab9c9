/** GET / (the open alerts, filtered), GET /alerts/ID (one alert explained), POST decide / confirm. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Account } from '../../src/app/accounts/accounts.ts';
import { allows } from '../../src/app/accounts/roles.ts';
import { ALERT_BANDS, ALERT_STATUSES, confirmDecision, DISPOSITIONS, getAlert, listAlerts, proposeDecision, type Alert, type AlertBand, type AlertStatus, type Disposition } from '../../src/app/alerts/alerts.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import type { UnList } from '../../src/app/index.ts';
import { html, Raw } from './escape.ts';
import { eventWithMap } from '../../src/app/ships/event-pages.ts';
import { age, layout } from './layout.ts';
import { formOf, guard, messagePage, sendPage } from './web-session.ts';

export interface QueueFilter {
  status: AlertStatus;
  q?: string;
  minScore?: number;
  /** Only matches, or only possible matches. */
  band?: AlertBand;
  /** Matches first (then the oldest first), instead of the oldest first. */
  byBand?: boolean;
}

/** The band as a reader sees it: a possible match is to be looked at, not a match. */
function bandLabel(b: AlertBand): string {
  return b === 'match' ? 'match' : 'possible';
}

function listedName(a: Alert): string {
  return typeof a.match.name === 'string' ? a.match.name : '';
}

export function filterAlerts(alerts: Alert[], f: QueueFilter): Alert[] {
  const q = f.q?.trim().toLowerCase();
  const kept = alerts.filter((a) => (f.minScore === undefined || a.score >= f.minScore) && (f.band === undefined || a.band === f.band)
    && (!q || [a.subject.name, a.subject.id, listedName(a), a.ref].some((v) => v.toLowerCase().includes(q))));
  return f.byBand === true ? kept.sort((x, y) => (x.band === y.band ? x.id - y.id : x.band === 'match' ? -1 : 1)) : kept;
}

export function renderQueue(alerts: Alert[], f: QueueFilter, now = Date.now()): Raw {
  return html`<h1>Alerts</h1>
<form method="get" action="/" class="filters" role="search">
<label for="status">Status</label>
<select id="status" name="status">${ALERT_STATUSES.map((s) => html`<option value="${s}"${s === f.status ? html` selected` : ''}>${s}</option>`)}</select>
<label for="q">Name or reference</label><input id="q" name="q" type="search" value="${f.q ?? ''}" maxlength="200">
<label for="min">Minimum score</label><input id="min" name="min" type="number" min="0" max="1" step="0.01" value="${f.minScore ?? ''}">
<label for="band">Band</label>
<select id="band" name="band"><option value=""${f.band === undefined ? html` selected` : ''}>any</option>${ALERT_BANDS.map((b) => html`<option value="${b}"${b === f.band ? html` selected` : ''}>${bandLabel(b)}</option>`)}</select>
<label class="inline"><input type="checkbox" name="sort" value="band"${f.byBand === true ? html` checked` : ''}> matches first</label>
<button type="submit">Filter</button>
</form>
${alerts.length === 0 ? html`<p>No ${f.status} alerts${f.q || f.minScore !== undefined || f.band !== undefined ? ' match these filters' : ''}.</p>` : html`<table class="queue">
<caption>${alerts.length} ${f.status} alert${alerts.length === 1 ? '' : 's'}</caption>
<thead><tr><th scope="col">Alert</th><th scope="col">Band</th><th scope="col">Subject</th><th scope="col">Listed name</th><th scope="col">Reference</th><th scope="col">Regime</th><th scope="col" class="num">Score</th><th scope="col">Age</th></tr></thead>
<tbody>${alerts.map((a) => html`<tr><td><a href="/alerts/${a.id}">#${a.id}</a></td><td class="band-${a.band}">${bandLabel(a.band)}</td><td>${a.subject.name} <span class="small">(${a.subject.id})</span></td>
<td>${listedName(a)}</td><td>${a.ref}</td><td>${a.regime ?? ''}</td><td class="num">${a.score.toFixed(3)}</td><td><time datetime="${a.openedAt}">${age(a.openedAt, now)}</time></td></tr>`)}</tbody></table>`}`;
}

interface Feature {
  feature: string;
  score: number;
  weight?: number;
  detail: string;
}

type ListRecord = UnList['records'][number];

function dobText(d: ListRecord['datesOfBirth'][number]): string {
  switch (d.precision) {
    case 'exact': return d.date;
    case 'year': return d.month === undefined ? String(d.year) : `${d.year}-${String(d.month).padStart(2, '0')}`;
    case 'range': return `between ${d.fromYear} and ${d.toYear}`;
    case 'approximate': return `about ${d.year}`;
  }
}

function recordView(r: ListRecord | undefined, ref: string): Raw {
  if (r === undefined) return html`<p>The record ${ref} is not in the list in use (it may have been removed).</p>`;
  const rows: [string, string][] = [
    ['Reference', r.ref], ['Kind', r.kind], ['Names', r.names.map((n) => `${n.full} (${n.kind})`).join('; ')],
    ['Dates of birth', r.datesOfBirth.map(dobText).join('; ')],
    ['Nationalities', r.nationalities.join('; ')], ['Designations', r.designations.join('; ')],
    ['Listed on', r.listedOn ?? ''], ['Documents', r.documents.map((d) => `${d.type} ${d.number}`).join('; ')], ['Comments', r.comments ?? ''],
  ];
  return html`<dl class="record">${rows.filter(([, v]) => v !== '').map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

export function renderAlert(a: Alert, record: ListRecord | undefined, account: Account, csrf: string, message?: string, eventMap?: Raw): Raw {
  const features = (Array.isArray(a.match.explanation) ? a.match.explanation : []) as Feature[];
  const canDecide = a.status === 'open' && allows(account.roles, 'decide-alert');
  const canConfirm = a.status === 'proposed' && allows(account.roles, 'confirm-alert');
  return html`<h1>Alert #${a.id}: ${a.subject.name} ↔ ${listedName(a)}</h1>
${message === undefined ? '' : html`<p class="error" role="alert">${message}</p>`}
<p>Status: <strong>${a.status}</strong> · band <strong>${bandLabel(a.band)}</strong>${a.band === 'possible' ? ' (below the match threshold: compare them before deciding)' : ''} · score ${a.score.toFixed(3)}${a.regime !== undefined ? html` · regime <strong>${a.regime}</strong>` : ''} · ${a.algorithm} · list ${a.listVersion} · opened ${a.openedAt} by ${a.openedBy}</p>
${a.kind === 'vessel-event' ? html`<p>A stored AIS event involving a DPRK-flagged or designated vessel: <a href="/events/${a.eventId}">event #${a.eventId}, its evidence and what it shows in law</a>.</p>${eventMap ?? ''}` : html`<h2>Why it matched</h2>
<table class="features"><thead><tr><th scope="col">Feature</th><th scope="col" class="num">Score</th><th scope="col">Detail</th></tr></thead>
<tbody>${features.map((f) => html`<tr><th scope="row">${f.feature}</th><td class="num">${Number(f.score).toFixed(3)}</td><td>${f.detail}</td></tr>`)}</tbody></table>
<div class="cols"><section><h2>The subject</h2><dl class="record"><dt>Id</dt><dd>${a.subject.id}</dd><dt>Name</dt><dd>${a.subject.name}</dd>
${a.subject.dob ? html`<dt>Date of birth</dt><dd>${a.subject.dob}</dd>` : ''}${a.subject.nationality ? html`<dt>Nationality</dt><dd>${a.subject.nationality}</dd>` : ''}${a.subject.type ? html`<dt>Type</dt><dd>${a.subject.type}</dd>` : ''}</dl></section>
<section><h2>The list record</h2>${recordView(record, a.ref)}</section></div>`}
${a.decision ? html`<h2>Decision</h2><p>Proposed <strong>${a.decision.disposition}</strong> by ${a.decision.by} at ${a.decision.at}${a.decision.expires ? ` (until ${a.decision.expires})` : ''}: ${a.decision.note}</p>` : ''}
${a.confirmation ? html`<p>Confirmed by ${a.confirmation.by} at ${a.confirmation.at}${a.confirmation.note ? `: ${a.confirmation.note}` : ''}.</p>` : ''}
${canDecide ? html`<form method="post" action="/alerts/${a.id}/decision" class="stack"><h2>Propose a decision</h2>
<input type="hidden" name="csrf" value="${csrf}">
<fieldset><legend>Disposition</legend>${DISPOSITIONS.map((d, i) => html`<label class="inline"><input type="radio" name="disposition" value="${d}"${i === 1 ? html` checked` : ''}> ${d}</label>`)}</fieldset>
<label for="note">Note (why)</label><textarea id="note" name="note" rows="3" required maxlength="2000"></textarea>
<label for="expires">Suppress until (false positive only, optional)</label><input id="expires" name="expires" type="date">
<button type="submit">Propose</button><p class="small">A different person with the releaser role must confirm it.</p></form>` : ''}
${canConfirm ? html`<form method="post" action="/alerts/${a.id}/confirm" class="stack"><h2>Confirm the decision (four eyes)</h2>
<input type="hidden" name="csrf" value="${csrf}">
<label for="cnote">Note (optional)</label><textarea id="cnote" name="note" rows="2" maxlength="2000"></textarea>
<button type="submit">Confirm</button></form>` : ''}
<h2>History</h2>
<ol class="history">${(a.history ?? []).map((h) => html`<li><time datetime="${h.at}">${h.at}</time> · ${h.actor} · <strong>${h.action}</strong> <code>${JSON.stringify(h.detail)}</code></li>`)}</ol>`;
}

function alertId(raw: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : undefined;
}

export function alertPages(app: FastifyInstance, svc: Service): void {
  app.get('/', { config: { page: true } }, async (req, reply) => {
    const s = await guard(svc, req, reply, 'read-alerts', '/ledger');
    if (s === undefined) return reply;
    const q = req.query as Record<string, string | undefined>;
    const status = (ALERT_STATUSES as readonly string[]).includes(q.status ?? '') ? (q.status as AlertStatus) : 'open';
    const min = q.min === undefined || q.min === '' ? undefined : Number(q.min);
    const band = (ALERT_BANDS as readonly string[]).includes(q.band ?? '') ? (q.band as AlertBand) : undefined;
    const f: QueueFilter = {
      status, ...(q.q && { q: q.q.slice(0, 200) }), ...(min !== undefined && Number.isFinite(min) && { minScore: min }),
      ...(band !== undefined && { band }), ...(q.sort === 'band' && { byBand: true }),
    };
    const alerts = filterAlerts(await listAlerts(svc.driver, { status, limit: 5000 }), f);
    return sendPage(reply, 200, layout({ title: 'Alerts', account: s.account, csrf: s.csrf, current: '/' }, renderQueue(alerts, f)));
  });

  const show = async (reply: FastifyReply, id: number, account: Account, csrf: string, code = 200, message?: string) => {
    const a = await getAlert(svc.driver, id);
    const list = await svc.lists.current(svc.driver, 1000);
    const record = list.list.records.find((r) => r.ref === a.ref);
    // A vessel event's alert shows the event's map (event-pages.ts draws the same one).
    const map = a.kind === 'vessel-event' && a.eventId !== undefined ? await eventWithMap(svc.driver, a.eventId).then((m) => html`<figure class="map">${new Raw(m.svg)}</figure>`, () => undefined) : undefined;
    return sendPage(reply, code, layout({ title: `Alert #${id}`, account, csrf, current: '/' }, renderAlert(a, record, account, csrf, message, map)));
  };

  app.get('/alerts/:id', { config: { page: true } }, async (req, reply) => {
    const s = await guard(svc, req, reply, 'read-alerts');
    if (s === undefined) return reply;
    const id = alertId((req.params as { id: string }).id);
    if (id === undefined) return messagePage(reply, 404, 'No such alert', 'An alert number is a positive whole number.', s);
    try {
      return await show(reply, id, s.account, s.csrf);
    } catch (e) {
      if (isInterdictError(e) && e.code === 'SERVICE_NOT_FOUND') return messagePage(reply, 404, 'No such alert', e.message, s);
      throw e;
    }
  });

  for (const step of ['decision', 'confirm'] as const) {
    app.post(`/alerts/:id/${step}`, { config: { page: true } }, async (req, reply) => {
      const s = await guard(svc, req, reply, step === 'decision' ? 'decide-alert' : 'confirm-alert');
      if (s === undefined) return reply;
      const id = alertId((req.params as { id: string }).id);
      if (id === undefined) return messagePage(reply, 404, 'No such alert', 'An alert number is a positive whole number.', s);
      const form = formOf(req);
      const note = typeof form.note === 'string' ? form.note.trim() : '';
      try {
        if (step === 'decision') {
          if (note === '') return await show(reply, id, s.account, s.csrf, 400, 'note: say why (the note is required).');
          if (note.length > 2000) return await show(reply, id, s.account, s.csrf, 400, 'note: at most 2,000 characters.');
          const expires = typeof form.expires === 'string' && form.expires !== '' ? form.expires : undefined;
          if (expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(expires)) return await show(reply, id, s.account, s.csrf, 400, 'expires: a date YYYY-MM-DD.');
          await proposeDecision(svc.driver, id, { disposition: form.disposition as Disposition, note, ...(expires && { expires }) }, s.account.name);
        } else {
          await confirmDecision(svc.driver, id, note === '' ? undefined : note.slice(0, 2000), s.account.name);
        }
      } catch (e) {
        if (!isInterdictError(e)) throw e;
        if (e.code === 'SERVICE_NOT_FOUND') return messagePage(reply, 404, 'No such alert', e.message, s);
        const code = e.code === 'ALERT_CONFLICT' ? 409 : 400;
        return show(reply, id, s.account, s.csrf, code, `${code === 409 ? 'Conflict: ' : ''}${e.message}`);
      }
      return reply.code(303).header('location', `/alerts/${id}`).send();
    });
  }
}

/**
 * GET / (the alert queue: filtered, paged, newest first), GET /alerts/ID (one alert explained, with the
 * actions this person may take, or why there are none), and the four-eyes posts: decision, confirm,
 * reject, withdraw, assign. Each post is checked by the API route's own schema (form-check.ts) and the
 * same app-layer rules; a refused post shows the alert again with the input kept.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { Account } from '../../src/app/accounts/accounts.ts';
import { allows } from '../../src/app/accounts/roles.ts';
import {
  ALERT_BANDS, ALERT_STATUSES, assignableAccounts, assignAlert, DISPOSITIONS, getAlert, pageAlerts, 
  type Alert, type AlertBand, type AlertSort, type AlertStatus,
} from '../../src/app/alerts/alerts.ts';
import { confirmDecision, proposeDecision, rejectDecision, withdrawDecision, type DecisionInput, type ReviewedProposal } from '../../src/app/alerts/alert-decisions.ts';
import { disguiseSummary } from '../../src/app/alerts/disguised-alerts.ts';
import type { Page } from '../../src/app/paging.ts';
import { MAX_NOTE_LENGTH, MAX_SEARCH_LENGTH } from '../../src/app/limits.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import type { UnList } from '../../src/app/index.ts';
import { assignBodySchema, confirmBodySchema, decisionBodySchema, idParams, noteBodySchema } from '../schemas.ts';
import { alertQueueOf } from '../routes/alert-routes.ts';
import { queuePageQuery } from './page-schemas.ts';
import { detailText } from './audit-detail.ts';
import { html, Raw } from './escape.ts';
import { eventWithMap } from '../../src/app/ships/event-pages.ts';
import { errorPage } from './error-pages.ts';
import { formProblem } from './form-check.ts';
import { age, layout, pager } from './layout.ts';
import { formOf, pageSession, sendPage } from './web-session.ts';

export interface QueueFilter {
  status: AlertStatus;
  q?: string;
  minScore?: number;
  /** Only matches, or only possible matches. */
  band?: AlertBand;
  /** Matches first (band) or best first (score), instead of by number (id). */
  sort?: AlertSort;
  /** Only the alerts assigned to this account. */
  assigned?: string;
  order?: 'asc' | 'desc';
}

/** The band as a reader sees it: a possible match is to be looked at, not a match. */
function bandLabel(b: AlertBand): string {
  return b === 'match' ? 'match' : 'possible';
}

function listedName(a: Alert): string {
  return typeof a.match.name === 'string' ? a.match.name : '';
}

/** A disguised-name alert's reason as the queue shows it, in place of a listed name. */
const DISGUISE_LABEL = { 'mixed-script': 'name mixes scripts', 'unread-script': 'name in a script not screened' } as const;

/** The queue's listed-name cell: the listed name, or for a disguised name (no listed record) the reason and the word. */
function listedCell(a: Alert): Raw | string {
  if (a.kind !== 'disguised-name') return listedName(a);
  return a.disguise ? html`<span class="disguise">${DISGUISE_LABEL[a.disguise.reason]}: “${a.disguise.word}” (${a.disguise.field})</span>` : 'disguised name';
}

/** The subject as screened, as the alert holds it. */
function subjectView(a: Alert): Raw {
  return html`<dl class="record"><dt>Id</dt><dd>${a.subject.id}</dd><dt>Name</dt><dd>${a.subject.name}</dd>
${a.subject.dob ? html`<dt>Date of birth</dt><dd>${a.subject.dob}</dd>` : ''}${a.subject.nationality ? html`<dt>Nationality</dt><dd>${a.subject.nationality}</dd>` : ''}${a.subject.type ? html`<dt>Type</dt><dd>${a.subject.type}</dd>` : ''}</dl>`;
}

const STATUS_LABEL: Record<AlertStatus, string> = { open: 'open', proposed: 'proposed (waiting for four eyes)', escalated: 'escalated (the escalation queue)', closed: 'closed' };

export function renderQueue(page: Page<Alert>, f: QueueFilter, account: Account, query: Record<string, string | undefined>, now = Date.now()): Raw {
  const filtered = Boolean(f.q || f.minScore !== undefined || f.band !== undefined || f.assigned);
  return html`<h1>${f.status === 'escalated' ? 'Escalation queue' : 'Alerts'}</h1>
<form method="get" action="/" class="filters" role="search" aria-label="Filter the alerts">
<label for="status">Status</label>
<select id="status" name="status">${ALERT_STATUSES.map((s) => html`<option value="${s}"${s === f.status ? html` selected` : ''}>${STATUS_LABEL[s]}</option>`)}</select>
<label for="q">Name or reference</label><input id="q" name="q" type="search" value="${f.q ?? ''}" maxlength="${MAX_SEARCH_LENGTH}">
<label for="min">Minimum score</label><input id="min" name="min" type="number" min="0" max="1" step="0.01" value="${f.minScore ?? ''}">
<label for="band">Band</label>
<select id="band" name="band"><option value=""${f.band === undefined ? html` selected` : ''}>any</option>${ALERT_BANDS.map((b) => html`<option value="${b}"${b === f.band ? html` selected` : ''}>${bandLabel(b)}</option>`)}</select>
<label for="order">Order</label>
<select id="order" name="order"><option value="desc"${f.order !== 'asc' ? html` selected` : ''}>newest first</option><option value="asc"${f.order === 'asc' ? html` selected` : ''}>oldest first</option></select>
<label class="inline"><input type="checkbox" name="sort" value="band"${f.sort === 'band' ? html` checked` : ''}> matches first</label>
${allows(account.roles, 'decide-alert') ? html`<label class="inline"><input type="checkbox" name="assigned" value="${account.name}"${f.assigned ? html` checked` : ''}> assigned to me</label>` : ''}
<button type="submit">Filter</button>
</form>
${page.items.length === 0 ? html`<p>No ${f.status} alerts${filtered ? ' match these filters' : ''}.</p>` : html`<table class="queue stack-sm">
<caption>${page.total.toLocaleString('en')} ${f.status} alert${page.total === 1 ? '' : 's'}${filtered ? ' matching the filters' : ''}</caption>
<thead><tr><th scope="col">Alert</th><th scope="col">Band</th><th scope="col">Subject</th><th scope="col">Listed name</th><th scope="col">Reference</th><th scope="col">Regime</th><th scope="col" class="num">Score</th><th scope="col">Age</th><th scope="col">Assigned</th></tr></thead>
<tbody>${page.items.map((a) => html`<tr><td data-label="Alert"><a href="/alerts/${a.id}">#${a.id}</a></td><td data-label="Band" class="band-${a.band}">${bandLabel(a.band)}</td><td data-label="Subject">${a.subject.name} <span class="small">(${a.subject.id})</span></td>
<td data-label="Listed name">${listedCell(a)}</td><td data-label="Reference">${a.kind === 'disguised-name' ? 'none' : a.ref}</td><td data-label="Regime">${a.regime ?? ''}</td><td data-label="Score" class="num">${a.score.toFixed(3)}</td><td data-label="Age"><time datetime="${a.openedAt}">${age(a.openedAt, now)}</time></td><td data-label="Assigned">${a.assignedTo ?? ''}</td></tr>`)}</tbody></table>`}
${pager('/', query, page.total, page.items.length, page.next)}`;
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

/** What was posted, kept to fill the form again after a refusal. */
export interface AlertFormState {
  /** Which form the message is about. */
  form?: 'decision' | 'confirm' | 'reject' | 'assign' | 'withdraw';
  message?: string;
  values?: Record<string, string>;
}

/** The actions this person may take on this alert, or the reason there are none. */
function actionsFor(a: Alert, account: Account, assignable: string[], csrf: string, st: AlertFormState): Raw {
  const forms: Raw[] = [];
  const why: string[] = [];
  const v = (form: AlertFormState['form'], k: string) => (st.form === form ? st.values?.[k] ?? '' : '');
  // The refusal is said once, above the forms (the form it is about may not be offered to this person).
  const invalid = (form: AlertFormState['form']) => (st.form === form && st.message ? html` aria-invalid="true" aria-describedby="action-error"` : '');
  const refusal = st.message ? html`<p class="error" role="alert" id="action-error">${st.message}</p>` : '';
  const mine = a.decision?.by === account.name;
  const hidden = html`<input type="hidden" name="csrf" value="${csrf}">`;

  if ((a.status === 'open' || a.status === 'escalated') && allows(account.roles, 'decide-alert')) {
    const choices = DISPOSITIONS.filter((d) => a.status === 'open' || d !== 'escalate');
    forms.push(html`<form method="post" action="/alerts/${a.id}/decision" class="stack"><h3>${a.status === 'escalated' ? 'Propose the final decision' : 'Propose a decision'}</h3>${hidden}

<fieldset><legend>Disposition</legend>${choices.map((d) => html`<label class="inline"><input type="radio" name="disposition" value="${d}" required${v('decision', 'disposition') === d ? html` checked` : ''}> ${d}</label>`)}</fieldset>
<label for="note">Note (why)</label><textarea id="note" name="note" rows="3" required maxlength="${MAX_NOTE_LENGTH}"${invalid('decision')}>${v('decision', 'note')}</textarea>
<label for="expires">Suppress until (false positive only, optional)</label><input id="expires" name="expires" type="date" value="${v('decision', 'expires')}">
<button type="submit">Propose</button><p class="small">A different person with the releaser role confirms or rejects it.</p></form>`);
  }
  if (a.status === 'proposed' && mine) {
    forms.push(html`<form method="post" action="/alerts/${a.id}/withdraw" class="stack"><h3>Your proposal</h3>${hidden}
<p>It waits for a releaser other than you. You may take it back.</p><button type="submit">Withdraw my proposal</button></form>`);
  }
  if (a.status === 'proposed' && !mine && allows(account.roles, 'confirm-alert')) {
    // The form names the proposal shown (review 19, M1): one withdrawn and replaced meanwhile is refused, not confirmed.
    const reviewed = html`<input type="hidden" name="disposition" value="${a.decision?.disposition ?? ''}">${a.decision?.expires ? html`<input type="hidden" name="expires" value="${a.decision.expires}">` : ''}<input type="hidden" name="proposedAt" value="${a.decision?.at ?? ''}">`;
    forms.push(html`<form method="post" action="/alerts/${a.id}/confirm" class="stack"><h3>Confirm (four eyes)</h3>${hidden}${reviewed}
<p>You confirm: <strong>${a.decision?.disposition ?? ''}</strong>${a.decision?.expires ? html`, suppressed until ${a.decision.expires}` : ''}, proposed by ${a.decision?.by ?? ''} at ${a.decision?.at ?? ''}.</p>
<label for="cnote">Note (optional)</label><textarea id="cnote" name="note" rows="2" maxlength="${MAX_NOTE_LENGTH}"${invalid('confirm')}>${v('confirm', 'note')}</textarea>
<button type="submit">Confirm ${a.decision?.disposition ?? ''}</button></form>`);
    forms.push(html`<form method="post" action="/alerts/${a.id}/reject" class="stack"><h3>Reject: return to the analyst</h3>${hidden}
<label for="rnote">Reason (required)</label><textarea id="rnote" name="note" rows="2" required maxlength="${MAX_NOTE_LENGTH}"${invalid('reject')}>${v('reject', 'note')}</textarea>
<button type="submit">Reject</button></form>`);
  }
  if (a.status !== 'closed' && allows(account.roles, 'assign-alert') && assignable.length > 0) {
    forms.push(html`<form method="post" action="/alerts/${a.id}/assign" class="stack"><h3>Assign</h3>${hidden}
<label for="user">To (an account that decides alerts)</label><select id="user" name="user" required>${assignable.map((n) => html`<option value="${n}"${(v('assign', 'user') || a.assignedTo) === n ? html` selected` : ''}>${n}</option>`)}</select>
<button type="submit">Assign</button></form>`);
  }
  if (forms.length > 0) return html`<h2>Actions</h2>${refusal}<div class="actions">${forms}</div>`;
  if (a.status === 'closed') why.push(a.closedReason ? `This alert is closed: ${a.closedReason}.` : 'This alert is closed: its decision was confirmed.');
  else if (a.status === 'proposed' && mine) why.push('You proposed this decision; a releaser other than you confirms or rejects it.');
  else if (a.status === 'proposed') why.push(`A decision is proposed; only a releaser other than its proposer (${a.decision?.by ?? ''}) may confirm or reject it. Your roles: ${account.roles.join(', ')}.`);
  else why.push(`Alerts are decided by analysts and confirmed by releasers; your roles (${account.roles.join(', ')}) let you read this alert only.`);
  return html`<h2>Actions</h2>${refusal}<p class="small" role="note">${why.join(' ')}</p>`;
}

export function renderAlert(a: Alert, record: ListRecord | undefined, account: Account, csrf: string, st: AlertFormState = {}, assignable: string[] = [], eventMap?: Raw): Raw {
  const features = (Array.isArray(a.match.explanation) ? a.match.explanation : []) as Feature[];
  const disguised = a.kind === 'disguised-name';
  return html`<h1>Alert #${a.id}: ${a.subject.name}${disguised ? ': a disguised name' : html` ↔ ${listedName(a)}`}</h1>
<p>Status: <strong>${STATUS_LABEL[a.status]}</strong> · band <strong>${bandLabel(a.band)}</strong>${a.band === 'possible' ? ' (below the match threshold: compare them before deciding)' : ''} · score ${a.score.toFixed(3)}${a.regime !== undefined ? html` · regime <strong>${a.regime}</strong>` : ''} · ${a.algorithm} · list ${a.listVersion} · opened ${a.openedAt} by ${a.openedBy}${a.assignedTo ? html` · assigned to <strong>${a.assignedTo}</strong>` : ''}</p>
${a.decision ? html`<p class="ok">Proposed <strong>${a.decision.disposition}</strong> by ${a.decision.by} at ${a.decision.at}${a.decision.expires ? ` (until ${a.decision.expires})` : ''}: ${a.decision.note}</p>` : ''}
${a.confirmation ? html`<p>${a.status === 'escalated' ? 'Escalation confirmed' : 'Confirmed'} by ${a.confirmation.by} at ${a.confirmation.at}${a.confirmation.note ? `: ${a.confirmation.note}` : ''}.</p>` : ''}
${a.closedReason ? html`<p>Closed: ${a.closedReason}.</p>` : ''}
${actionsFor(a, account, assignable, csrf, st)}
${disguised ? html`<h2>Why it is in the queue</h2>
${a.disguise ? html`<p class="disguise"><strong>${a.disguise.reason}</strong> in <code>${a.disguise.field}</code>, the word “${a.disguise.word}”: ${disguiseSummary(a.disguise)}</p>` : ''}
<p>No listed record: screening found none that explains the name. Decide whether the subject is a listed person or entity under another spelling (true-match), is not (false-positive), or needs escalating.</p>
<section><h2>The subject</h2>${subjectView(a)}</section>` : a.kind === 'vessel-event' ? html`<p>A stored AIS event involving a DPRK-flagged or designated vessel: <a href="/events/${a.eventId}">event #${a.eventId}, its evidence and what it shows in law</a>.</p>${eventMap ?? ''}` : html`<h2>Why it matched</h2>
<table class="features"><thead><tr><th scope="col">Feature</th><th scope="col" class="num">Score</th><th scope="col">Detail</th></tr></thead>
<tbody>${features.map((f) => html`<tr><th scope="row">${f.feature}</th><td class="num">${Number(f.score).toFixed(3)}</td><td>${f.detail}</td></tr>`)}</tbody></table>
<div class="cols"><section><h2>The subject</h2>${subjectView(a)}</section>
<section><h2>The list record</h2>${recordView(record, a.ref)}</section></div>`}
<h2>History</h2>
<ol class="history">${(a.history ?? []).map((h) => html`<li><time datetime="${h.at}">${h.at.replace('T', ' ').slice(0, 19)}</time> · ${h.actor} · <strong>${h.action}</strong> ${detailText(h)}</li>`)}</ol>`;
}

/** The decision a form asks for, once decisionBodySchema has let it in (a disposition it names, a note). */
function decisionOf(form: Record<string, string>): DecisionInput {
  const disposition = DISPOSITIONS.find((d) => d === form.disposition);
  if (disposition === undefined || form.note === undefined) throw new Error('decisionOf() before the form was checked');
  return { disposition, note: form.note, ...(form.expires !== undefined && { expires: form.expires }) };
}

/** What the confirm form names as reviewed (its hidden fields), once the form was checked against confirmBodySchema. */
function reviewedOf(form: Record<string, string>): ReviewedProposal {
  const disposition = DISPOSITIONS.find((d) => d === form.disposition);
  if (disposition === undefined) throw new Error('reviewedOf() before the form was checked');
  return { disposition, ...(form.expires !== undefined && { expires: form.expires }), ...(form.proposedAt !== undefined && { proposedAt: form.proposedAt }) };
}

export function alertPages(untyped: FastifyInstance, svc: Service): void {
  // Request types are derived from the route schemas, as the API routes' are.
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  // The queue's query is GET /v1/alerts's (page-schemas.ts), read by the route's own rule; the page adds its minimum score.
  app.get('/', { config: { page: true, pagePermission: 'read-alerts', pageElsewhere: '/ledger' }, schema: { querystring: queuePageQuery } }, async (req, reply) => {
    const s = pageSession(req);
    const query = req.query;
    const { filter, paging } = alertQueueOf(query);
    const minScore = query.min === undefined ? undefined : Number(query.min);
    const status = filter.status ?? 'open';
    const f: QueueFilter = {
      status, ...(filter.q && { q: filter.q }), ...(minScore !== undefined && { minScore }), ...(filter.band && { band: filter.band }),
      ...(filter.sort && { sort: filter.sort }), ...(filter.assignedTo && { assigned: filter.assignedTo }), ...(query.order && { order: query.order }),
    };
    const page = await pageAlerts(svc.driver, { ...filter, status, ...(minScore !== undefined && { minScore }) }, paging);
    return sendPage(reply, 200, layout({ title: f.status === 'escalated' ? 'Escalation queue' : 'Alerts', account: s.account, csrf: s.csrf, current: '/' }, renderQueue(page, f, s.account, query)));
  });

  const show = async (req: FastifyRequest, reply: FastifyReply, id: number, code = 200, st: AlertFormState = {}) => {
    const s = pageSession(req);
    const a = await getAlert(svc.driver, id);
    const list = await svc.lists.recent(svc.driver);
    const record = list.list.records.find((r) => r.ref === a.ref);
    const assignable = allows(s.account.roles, 'assign-alert') ? await assignableAccounts(svc.driver) : [];
    // A vessel event's alert shows the event's map (event-pages.ts draws the same one).
    const map = a.kind === 'vessel-event' && a.eventId !== undefined ? await eventWithMap(svc.driver, a.eventId).then((m) => html`<figure class="map">${new Raw(m.svg)}</figure>`, () => undefined) : undefined;
    return sendPage(reply, code, layout({ title: `Alert #${id}`, account: s.account, csrf: s.csrf, current: '/' }, renderAlert(a, record, s.account, s.csrf, st, assignable, map)));
  };

  // The alert's number as GET /v1/alerts/:id takes it (idParams): anything else is not found.
  app.get('/alerts/:id', { config: { page: true, pagePermission: 'read-alerts' }, schema: { params: idParams } }, async (req, reply) => show(req, reply, Number(req.params.id)));

  const steps = {
    decision: { permission: 'decide-alert', schema: decisionBodySchema },
    confirm: { permission: 'confirm-alert', schema: confirmBodySchema },
    reject: { permission: 'confirm-alert', schema: noteBodySchema },
    withdraw: { permission: 'decide-alert', schema: undefined },
    assign: { permission: 'assign-alert', schema: assignBodySchema },
  } as const;
  for (const [step, rule] of Object.entries(steps) as [keyof typeof steps, (typeof steps)[keyof typeof steps]][]) {
    app.post(`/alerts/:id/${step}`, { config: { page: true, pagePermission: rule.permission }, schema: { params: idParams } }, async (req, reply) => {
      const id = Number(req.params.id);
      const form = formOf(req);
      const actor = pageSession(req).account.name;
      // The body the API route takes, built from the fields a person filled (an empty optional field is left out).
      const body: Record<string, string> = {};
      for (const k of ['disposition', 'note', 'expires', 'proposedAt', 'user'] as const) if (typeof form[k] === 'string' && form[k] !== '') body[k] = form[k];
      if (step === 'decision' && body.disposition === undefined) body.disposition = '';
      if (step === 'reject' && body.note === undefined) body.note = '';
      const values = { ...body };
      const kept = (message: string, code: number) => show(req, reply, id, code, { form: step, message, values });
      const wanted = Object.fromEntries(Object.entries(body).filter(([k]) => rule.schema !== undefined && k in rule.schema.properties));
      const problem = rule.schema === undefined ? undefined : formProblem(rule.schema, wanted);
      if (problem !== undefined) return kept(problem.field === 'note' && /pattern/.test(problem.message) ? 'note: say why (a note of only spaces is blank).' : `${problem.message}.`, 400);
      try {
        if (step === 'decision') await proposeDecision(svc.driver, id, decisionOf(wanted), actor);
        else if (step === 'confirm') await confirmDecision(svc.driver, id, reviewedOf(wanted), wanted.note, actor);
        else if (step === 'reject') await rejectDecision(svc.driver, id, wanted.note, actor);
        else if (step === 'withdraw') await withdrawDecision(svc.driver, id, actor);
        else await assignAlert(svc.driver, id, wanted.user!, actor);
      } catch (e) {
        if (!isInterdictError(e)) throw e;
        if (e.code === 'SERVICE_NOT_FOUND') return errorPage(req, reply, 404, e.message);
        return kept(`${e.status === 409 ? 'Conflict: ' : `${e.location.field ?? ''}: `}${e.message}`, e.status);
      }
      return reply.code(303).header('location', `/alerts/${id}`).send();
    });
  }
}

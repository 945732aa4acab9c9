/**
 * The ledger's documents on the web, printable (REPORT_CSS's print rules: A4, no navigation):
 * /ledger/reports/table, /ledger/reports/notification, /ledger/reports/notices; and the reporter's
 * page /ledger/deliveries: its State's reports (paged), a form to record one and a form to amend one.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import {
  actorOfAccount, amendServiceDelivery, readerOfAccount, DELIVERY_COMMODITIES, listDeliveries, LEDGER_PRODUCT_NAMES, notesHtml, notificationHtml, recordServiceDelivery, REPORT_CSS,
  reportNotices, reportNotification, reportTable, tableHtml, todayUtc, type DeliveryListQuery,
} from '../../src/app/ledger/index.ts';
import { allows } from '../../src/app/accounts/roles.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import { html, Raw } from './escape.ts';
import { layout } from './layout.ts';
import { LIVE_CHECK } from './live-check.ts';
import type { WebSession } from '../../src/app/web/web-sessions.ts';
import { formOf, messagePage, pageSession, sendPage } from './web-session.ts';
import { amendBodySchema, deliveriesQuery, deliveryBodySchema } from '../schemas.ts';
import { formProblem, type FormProblem } from './form-check.ts';
import { MAX_DELIVERY_REF_LENGTH, MAX_DELIVERY_VESSEL_LENGTH, MAX_REASON_LENGTH } from '../../src/app/limits.ts';
import { DEFAULT_PAGE_COMMODITY } from './ledger-page.ts';
import { ledgerPageQuery, notificationPageQuery } from './page-schemas.ts';

const REPORT_LINK = html`<link rel="stylesheet" href="/static/report.css">`;
const PRINT = html`<p class="no-print small">Print this page (or save it as PDF) for the document alone.</p>`;

async function report(reply: FastifyReply, s: WebSession, title: string, build: () => Promise<string>): Promise<FastifyReply> {
  try {
    const body = await build();
    return sendPage(reply, 200, layout({ title, account: s.account, csrf: s.csrf, current: '/ledger' }, html`${REPORT_LINK}${PRINT}${new Raw(body)}`));
  } catch (e) {
    // A bad parameter is 400 naming it; a ledger changed in the database 409 (AUDIT_TAMPERED), as the API answers.
    if (isInterdictError(e)) return messagePage(reply, e.status, title, `${e.location.field ?? 'request'}: ${e.message}`, s);
    throw e;
  }
}

export function ledgerReportPages(untyped: FastifyInstance, svc: Service): void {
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  app.get('/static/report.css', { config: { page: true } }, async (_req, reply) => reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(REPORT_CSS));

  // The reports' query is GET /v1/ledger/status's (page-schemas.ts); the deliveries' GET /v1/ledger/deliveries's.
  const reportRoute = { config: { page: true, pagePermission: 'read-ledger' as const }, schema: { querystring: ledgerPageQuery } };
  app.get('/ledger/reports/table', reportRoute, async (req, reply) => {
    const s = pageSession(req);
    // A reporter reads its own State's deliveries, as over the API (GET /v1/ledger/deliveries): the
    // running totals stay (the cap's use is every role's to read), other States' rows do not.
    const c = req.query.commodity ?? DEFAULT_PAGE_COMMODITY;
    return report(reply, s, 'Committee table', async () => tableHtml(await svc.readLedger((ledger) => reportTable(ledger, svc.law, c, req.query.period, readerOfAccount(s.account)))));
  });

  app.get('/ledger/reports/notices', reportRoute, async (req, reply) => {
    const s = pageSession(req);
    const c = req.query.commodity ?? DEFAULT_PAGE_COMMODITY;
    return report(reply, s, 'Notices', async () => {
      const r = await svc.readLedger((ledger) => reportNotices(ledger, svc.law, c, req.query.period));
      return notesHtml(r.commodity, r.period, r.notes);
    });
  });

  app.get('/ledger/reports/notification', { config: { page: true, pagePermission: 'read-ledger' }, schema: { querystring: notificationPageQuery } }, async (req, reply) => {
    const s = pageSession(req);
    const q = req.query;
    // A reporter's notification is its own State's (readerOfAccount).
    return report(reply, s, 'State notification', async () => notificationHtml(await svc.readLedger((ledger) => reportNotification(ledger, svc.law, q.state, q.from, q.to, readerOfAccount(s.account)))));
  });

  app.get('/ledger/deliveries', { config: { page: true, pagePermission: 'read-ledger' }, schema: { querystring: deliveriesQuery } }, async (req, reply) => {
    const s = pageSession(req);
    return deliveriesPage(reply, svc, s, req.query, 200);
  });

  app.post('/ledger/deliveries', { config: { page: true, pagePermission: 'record-delivery' } }, async (req, reply) => {
    const s = pageSession(req);
    const f = formOf(req);
    const input = deliveryInputOf(f, s.account.state);
    const problem = deliverySchemaProblem(input);
    if (problem) return deliveriesPage(reply, svc, s, {}, 400, undefined, `${problem.field}: ${problem.message}`, refusedForm('record', f, problem.field));
    try {
      const r = await recordServiceDelivery(svc, s.account, input);
      const note = `${r.created ? 'Recorded' : 'Already recorded (unchanged)'}: ${r.record.state} ${r.record.ref}, ${r.record.barrels} bbl (${r.record.derivation}).${r.record.afterCease ? ' Delivered AFTER the cease notice: flagged.' : ''}${r.notices.map((n) => ` NOTICE: ${n.message}`).join('')}${r.review.map((w) => ` REVIEW: ${w}.`).join('')}`;
      return deliveriesPage(reply, svc, s, {}, r.created ? 201 : 200, note);
    } catch (e) {
      if (isInterdictError(e)) return deliveriesPage(reply, svc, s, {}, e.status, undefined, `${e.location.field ?? 'form'}: ${e.message}`, refusedForm('record', f, e.location.field));
      throw e;
    }
  });

  app.post('/ledger/deliveries/amend', { config: { page: true, pagePermission: 'record-delivery' } }, async (req, reply) => {
    const s = pageSession(req);
    const f = formOf(req);
    // The fields that change, checked by the amend route's schema (the State and ref are its path's).
    const change = { reason: f.reason || undefined, date: f.date || undefined, factor: f.factor || undefined, product: f.product || undefined };
    const problem = formProblem(amendBodySchema, JSON.parse(JSON.stringify(change)) as unknown);
    if (problem) return deliveriesPage(reply, svc, s, {}, 400, undefined, `${problem.field}: ${problem.message}`, refusedForm('amend', f, problem.field));
    try {
      const input = { state: f.state || s.account.state, ref: f.ref, by: s.account.name, ...change, barrels: f.barrels || undefined, tonnes: f.tonnes || undefined };
      const r = await amendServiceDelivery(svc, s.account, input);
      const note = `Amended ${r.after.state} ${r.after.ref}: version ${r.after.version}, ${r.after.barrels} bbl.${r.notices.map((n) => ` ${n.kind === 'correction' ? 'CORRECTION' : 'NOTICE'}: ${n.message}`).join('')}`;
      return deliveriesPage(reply, svc, s, {}, 200, note);
    } catch (e) {
      if (isInterdictError(e)) return deliveriesPage(reply, svc, s, {}, e.status, undefined, `${e.location.field ?? 'form'}: ${e.message}`, refusedForm('amend', f, e.location.field));
      throw e;
    }
  });
}

/** The delivery a form reports (the POST and its live check): the State is the reporter's own unless the form names one. */
export function deliveryInputOf(f: Record<string, string>, ownState: string | undefined) {
  const parties = (f.parties ?? '').split('\n').map((p) => p.trim()).filter(Boolean);
  return {
    commodity: f.commodity, state: f.state || ownState, date: f.date, ref: f.ref, reported: f.reported || undefined,
    barrels: f.barrels || undefined, tonnes: f.tonnes || undefined, factor: f.factor || undefined, product: f.product || undefined, vessel: f.vessel || undefined, parties,
    confirmLarge: f.confirmLarge === 'on',
  };
}

/**
 * A delivery form checked by POST /v1/ledger/deliveries's schema (the POST and its live check alike): the
 * API's schema types numbers, the form posts text that the ledger parses, so barrels and tonnes are left
 * to the ledger's own check.
 */
export function deliverySchemaProblem(input: ReturnType<typeof deliveryInputOf>, schema: object = deliveryBodySchema): FormProblem | undefined {
  const { barrels: _b, tonnes: _t, confirmLarge: _c, ...rest } = input;
  return formProblem(schema, JSON.parse(JSON.stringify(rest)) as unknown);
}

/** The form as typed, to send back with the error (a party's field, parties[2], marks the parties box). */
function refusedForm(form: RefusedForm['form'], f: Record<string, string | undefined>, field: string | undefined): RefusedForm {
  return { form, values: f, ...(field !== undefined && { field: field.replace(/\[.*$/, '') }) };
}

/** A form sent back after an error: which form, what was typed (kept), and the field named by the error. */
interface RefusedForm {
  form: 'record' | 'amend';
  values: Record<string, string | undefined>;
  field?: string;
}

async function deliveriesPage(reply: FastifyReply, svc: Service, s: WebSession, q: DeliveryListQuery, code: number, note?: string, error?: string, refused?: RefusedForm): Promise<FastifyReply> {
  let page;
  try {
    page = await svc.readLedger((ledger) => listDeliveries(ledger, svc.law, readerOfAccount(s.account), q));
  } catch (e) {
    if (isInterdictError(e)) return messagePage(reply, e.status, 'Deliveries', `${e.location.field ?? 'request'}: ${e.message}`, s);
    throw e;
  }
  const canWrite = allows(s.account.roles, 'record-delivery');
  // The State the form records for: a reporter's own (it may record for no other); an admin names one.
  const own = actorOfAccount(s.account).state ?? '';
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 3 });
  // What was typed comes back after an error, and the field the error names is marked for assistive tech.
  const kept = (form: RefusedForm['form'], name: string) => (refused?.form === form ? refused.values[name] ?? '' : '');
  const mark = (form: RefusedForm['form'], name: string) => (refused?.form === form && refused.field === name ? html` aria-invalid="true" aria-describedby="delivery-error"` : html``);
  const input = (form: RefusedForm['form'], prefix: string, name: string, attrs: Raw) => html`<input id="${prefix}-${name}" name="${name}" value="${kept(form, name)}" ${attrs}${mark(form, name)}>`;
  const options = (form: RefusedForm['form'], name: string, values: readonly string[]) => values.map((c) => html`<option value="${c}"${kept(form, name) === c ? html` selected` : ''}>${c || '(not given)'}</option>`);
  const body = html`<h1>Deliveries${own ? html` reported by ${own}` : ''}</h1>
${note ? html`<p class="ok" role="status">${note}</p>` : ''}${error ? html`<p class="error" role="alert" id="delivery-error">${error}</p>` : ''}
<p class="small">${page.total} report(s).${own ? html` <a href="/ledger/reports/notification?state=${own}&amp;from=${todayUtc(Date.now() - 30 * 864e5)}&amp;to=${todayUtc()}">30-day notification</a>` : ''}</p>
<table><thead><tr><th scope="col">Date</th><th scope="col">State</th><th scope="col">Ref</th><th scope="col">Commodity</th><th scope="col">Product</th><th scope="col" class="num">Barrels</th><th scope="col" class="num">Tonnes</th><th scope="col">Derivation</th><th scope="col">Version</th><th scope="col">Flags</th></tr></thead>
<tbody>${page.items.map((d) => html`<tr><td>${d.date}</td><td>${d.state}</td><td>${d.ref}</td><td>${d.commodity}</td><td>${d.product ?? ''}</td><td class="num">${n(d.barrels)}</td><td class="num">${n(d.tonnes)}</td><td>${d.derivation}${d.factor !== null ? ` ×${d.factor}` : ''}</td><td>${d.version}</td><td>${[d.afterCease ? 'after cease' : '', d.exceedsCap ? 'over the cap' : '', d.late ? 'late' : ''].filter(Boolean).join(', ')}</td></tr>`)}</tbody></table>
${page.next ? html`<p><a href="/ledger/deliveries?cursor=${page.next}">Older reports</a></p>` : ''}
${canWrite ? html`<h2>Record a delivery</h2>
<form method="post" action="/ledger/deliveries" class="stack" data-live="/ledger/deliveries/validate"><input type="hidden" name="csrf" value="${s.csrf}">
<label for="d-commodity">Commodity</label><select id="d-commodity" name="commodity"${mark('record', 'commodity')}>${options('record', 'commodity', DELIVERY_COMMODITIES)}</select>
${own ? html`<input type="hidden" name="state" value="${own}">` : html`<label for="d-state">State</label>${input('record', 'd', 'state', html`maxlength="2" required`)}`}
<label for="d-date">Delivery date</label>${input('record', 'd', 'date', html`type="date" required`)}
<label for="d-ref">Your reference</label>${input('record', 'd', 'ref', html`maxlength="${MAX_DELIVERY_REF_LENGTH}" required`)}
<label for="d-barrels">Barrels</label>${input('record', 'd', 'barrels', html`inputmode="decimal"`)}
<label for="d-tonnes">Tonnes</label>${input('record', 'd', 'tonnes', html`inputmode="decimal"`)}
<label for="d-product">Product</label><select id="d-product" name="product"${mark('record', 'product')}>${options('record', 'product', ['', ...LEDGER_PRODUCT_NAMES])}</select>
<label for="d-vessel">Vessel</label>${input('record', 'd', 'vessel', html`maxlength="${MAX_DELIVERY_VESSEL_LENGTH}"`)}
<label for="d-parties">Parties (one per line)</label><textarea id="d-parties" name="parties" rows="3"${mark('record', 'parties')}>${kept('record', 'parties')}</textarea>
<label><input type="checkbox" name="confirmLarge"${kept('record', 'confirmLarge') === 'on' ? html` checked` : ''}> The quantity is right even though it is more than 10 times the cap</label>
<button type="submit">Record</button></form>
<h2>Amend a delivery</h2>
<form method="post" action="/ledger/deliveries/amend" class="stack"><input type="hidden" name="csrf" value="${s.csrf}">
${own ? html`<input type="hidden" name="state" value="${own}">` : html`<label for="a-state">State</label>${input('amend', 'a', 'state', html`maxlength="2" required`)}`}
<label for="a-ref">Reference</label>${input('amend', 'a', 'ref', html`maxlength="${MAX_DELIVERY_REF_LENGTH}" required`)}
<label for="a-barrels">Corrected barrels</label>${input('amend', 'a', 'barrels', html`inputmode="decimal"`)}
<label for="a-tonnes">Corrected tonnes</label>${input('amend', 'a', 'tonnes', html`inputmode="decimal"`)}
<label for="a-date">Corrected date</label>${input('amend', 'a', 'date', html`type="date"`)}
<label for="a-reason">Reason</label>${input('amend', 'a', 'reason', html`maxlength="${MAX_REASON_LENGTH}"`)}
<button type="submit">Amend</button></form>` : ''}`;
  return sendPage(reply, code, layout({ title: 'Deliveries', account: s.account, csrf: s.csrf, current: '/ledger', ...(canWrite && { scripts: [LIVE_CHECK] }) }, body));
}

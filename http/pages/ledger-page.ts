/** GET /ledger (cap use per commodity and period: chart, totals by month and State) and its CSV. */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { DELIVERY_COMMODITIES, ledgerNotices, ledgerStatus, type Commodity } from '../../src/app/ledger/index.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import { statusCsv } from '../../src/app/index.ts';
import { html, type Raw } from './escape.ts';
import { layout } from './layout.ts';
import { renderCapChart, type PeriodStatus } from './ledger-chart.ts';
import { messagePage, pageSession, sendPage } from './web-session.ts';
import { ledgerPageQuery } from './page-schemas.ts';
import { statusQuery } from '../schemas.ts';

const n = (v: number | null) => (v === null ? '—' : v.toLocaleString('en-US', { maximumFractionDigits: 3 }));

export function renderLedger(s: PeriodStatus, periodsWithNotices: string[], others: PeriodStatus[] = []): Raw {
  const query = `commodity=${encodeURIComponent(s.commodity)}&period=${encodeURIComponent(s.period)}`;
  return html`<h1>Cap ledger</h1>
<form method="get" action="/ledger" class="filters">
<label for="commodity">Commodity</label><select id="commodity" name="commodity">${DELIVERY_COMMODITIES.map((c) => html`<option value="${c}"${c === s.commodity ? html` selected` : ''}>${c}</option>`)}</select>
<label for="period">Period (year, key or date)</label><input id="period" name="period" value="${s.period}" maxlength="${statusQuery.properties.period.maxLength}">
<button type="submit">Show</button>
</form>
${periodsWithNotices.length ? html`<p class="small">Periods with notices: ${periodsWithNotices.map((p, i) => html`${i ? ', ' : ''}<a href="/ledger?${p}">${p.replace(/^commodity=|&period=/g, ' ').trim()}</a>`)}</p>` : ''}
${others.length > 0 ? html`<p class="small">This year overlaps several periods: ${[s, ...others].map((p, i) => html`${i ? ', ' : ''}<a href="/ledger?commodity=${encodeURIComponent(p.commodity)}&amp;period=${encodeURIComponent(p.period)}">${p.period}</a>`)}</p>` : ''}
<h2>${s.commodity}, ${s.period} (${s.start} to ${s.end})</h2>
<p class="small"><a href="/ledger/reports/table?${query}">Committee table</a> · <a href="/ledger/reports/notices?${query}">Notices</a> · <a href="/ledger/deliveries">Deliveries</a></p>
<p>Cap ${n(s.capBarrels)} bbl${s.capTonnes === null ? '' : ` / ${n(s.capTonnes)} t`} (UNSCR ${s.resolution} para ${s.paragraph}) · used <strong>${n(s.totalBarrels)} bbl (${s.percent} %)</strong> · ${s.overBarrels !== null ? html`<strong class="error">over the cap by ${n(s.overBarrels)} bbl</strong>` : html`remaining ${n(s.remainingBarrels)} bbl`} · ${s.records} records${s.ceaseIssued ? html` · <strong class="error">cease notice issued</strong>` : ''}</p>
${renderCapChart(s)}
<p><a href="/ledger.csv?${query}" download>Download CSV</a></p>
<div class="cols"><section><h2>By month</h2><table><thead><tr><th scope="col">Month</th><th scope="col" class="num">Barrels</th><th scope="col" class="num">Tonnes</th><th scope="col" class="num">Running %</th></tr></thead>
<tbody>${s.byMonth.map((b) => html`<tr><td>${b.month}</td><td class="num">${n(b.barrels)}</td><td class="num">${n(b.tonnes)}</td><td class="num">${b.runningPercent}</td></tr>`)}</tbody></table></section>
<section><h2>By State</h2><table><thead><tr><th scope="col">State</th><th scope="col" class="num">Barrels</th><th scope="col" class="num">Tonnes</th><th scope="col" class="num">Records</th></tr></thead>
<tbody>${s.byState.map((b) => html`<tr><td>${b.state}</td><td class="num">${n(b.barrels)}</td><td class="num">${n(b.tonnes)}</td><td class="num">${b.records}</td></tr>`)}</tbody></table></section></div>
<h2>Notices</h2>
${s.thresholds.some((t) => t.issued) ? html`<ul>${s.thresholds.filter((t) => t.issued).map((t) => html`<li>${t.threshold} % reached after ${t.state} ${t.ref} (total ${n(t.totalBarrels)} bbl), issued ${t.issuedAt}${t.corrected ? html`; <strong>corrected</strong> ${t.correctedAt} (total ${n(t.correctedTotalBarrels)} bbl): no longer holds` : ''}</li>`)}</ul>` : html`<p>No notice in this period.</p>`}
${s.afterCease.length > 0 ? html`<h2>Delivered after the cease notice</h2><ul>${s.afterCease.map((a) => html`<li class="error">${a.state} ${a.ref}, ${a.date}: ${n(a.barrels)} bbl</li>`)}</ul>` : ''}`;
}

/** The commodity shown when the query names none (the page's link in the navigation names none). */
export const DEFAULT_PAGE_COMMODITY: Commodity = 'refined-petroleum';

export function ledgerPages(untyped: FastifyInstance, svc: Service): void {
  // The query is GET /v1/ledger/status's (page-schemas.ts): the same commodities and period rule, nothing else.
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  const route = { config: { page: true, pagePermission: 'read-ledger' as const }, schema: { querystring: ledgerPageQuery } };
  app.get('/ledger', route, async (req, reply) => {
    const s = pageSession(req);
    const commodity = req.query.commodity ?? DEFAULT_PAGE_COMMODITY;
    try {
      // The notices and the status read in one snapshot, the ledger held to the log (Service.readLedger).
      const { notices, found } = await svc.readLedger(async (ledger) => ({
        notices: await ledgerNotices(ledger, svc.law),
        // With no period asked for, the period `ledger status` and GET /v1/ledger/status show (the app layer's rule).
        found: (await ledgerStatus(ledger, svc.law, commodity, req.query.period)).periods,
      }));
      const periods = [...new Set(notices.map((x) => `commodity=${encodeURIComponent(x.commodity)}&period=${encodeURIComponent(x.period)}`))];
      return sendPage(reply, 200, layout({ title: 'Cap ledger', account: s.account, csrf: s.csrf, current: '/ledger' }, renderLedger(found[0]!, periods, found.slice(1))));
    } catch (e) {
      // A bad period is 400 naming it; a ledger changed in the database is 409, as the API answers.
      if (isInterdictError(e)) return messagePage(reply, e.status, 'Cap ledger', `${e.location.field ? `${e.location.field}: ` : ''}${e.message}`, s);
      throw e;
    }
  });

  app.get('/ledger.csv', route, async (req, reply) => {
    const s = pageSession(req);
    const commodity = req.query.commodity ?? DEFAULT_PAGE_COMMODITY;
    const period = req.query.period;
    try {
      // Every period asked for, as `ledger status --format csv` writes them (crude oil's 2017 has two).
      const { periods } = await svc.readLedger((ledger) => ledgerStatus(ledger, svc.law, commodity, period));
      const named = periods.length === 1 ? periods[0]!.period : period ?? periods[0]!.period;
      return reply.header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="ledger-${commodity}-${named.replace(/[^0-9A-Za-z-]/g, '_')}.csv"`).send(statusCsv(periods));
    } catch (e) {
      if (isInterdictError(e)) return messagePage(reply, e.status, 'Cap ledger', e.message, s);
      throw e;
    }
  });
}

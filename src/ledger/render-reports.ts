/**
 * The Committee's documents as CSV (the table, CONTRACT §3a header exactly) and as printable HTML: one
 * self-contained page each, with a print stylesheet (A4, no navigation), for the CLI's --format html and
 * the service's report pages alike.
 */
import type { CrudeReport, SecretaryNote, StateNotification, TableReport } from './committee-reports.ts';
import type { PartyScreening } from './ledger-types.ts';
import { csvCell } from '../io/csv-cell.ts';

export const TABLE_CSV_HEADER = ['year', 'month', 'state', 'ref', 'date', 'quantity', 'unit', 'product', 'barrels', 'derivation', 'factor', 'running_barrels', 'percent_of_cap', 'after_cease'] as const;


/** What the vessel's screening adds in its cell: a match or possible match, or why it was not screened (fail closed: flagged). */
function vesselCell(vessel: string | null, v: PartyScreening | null): string {
  if (v === null) return vessel !== null && vessel.trim() !== '' ? ' <span class="flag">not screened</span> when recorded' : '';
  if (v.result === 'clear') return '';
  if (v.result === 'unscreened') return ` <span class="flag">unscreened</span>: ${esc(v.reason ?? 'no designated-vessels list imported')}`;
  return ` <span class="flag">${esc(v.result)}</span>: ${v.matches.map((m) => `${esc(m.name)} (${esc(m.ref)})`).join('; ')}`;
}

export function tableCsv(t: TableReport): string {
  const rows = t.rows.map((r) => [r.year, r.month, r.state, r.ref, r.date, r.quantity, r.unit, r.product, r.barrels, r.derivation, r.factor, r.runningBarrels, r.percentOfCap, r.afterCease ? 'true' : 'false']);
  return [[...TABLE_CSV_HEADER], ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

const esc = (v: unknown): string => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const num = (n: number | null): string => (n === null ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: 3 }));
const words = (c: string): string => c.replace('-', ' ');

/** The print stylesheet the documents share (also inlined by the web pages). */
export const REPORT_CSS = `
.report{font:11pt/1.4 Georgia,serif;color:#111;max-width:60rem}
.report h1{font-size:15pt;margin:0 0 .3rem}.report .sub{color:#444;margin:0 0 1rem}
.report table{border-collapse:collapse;width:100%;font-size:9.5pt}
.report th,.report td{border:1px solid #999;padding:.2rem .35rem;text-align:left;vertical-align:top}
.report td.num,.report th.num{text-align:right;font-variant-numeric:tabular-nums}
.report tr.after-cease td{background:#fde2e2}
.report .flag{font-weight:bold;color:#a00}
.report .statement{margin-top:1rem;border-left:3px solid #555;padding-left:.6rem}
.report .note{margin:.6rem 0;padding:.5rem .7rem;border:1px solid #999}
@media print{
  @page{size:A4;margin:15mm}
  header,nav,footer,form,.no-print{display:none!important}
  body{background:#fff}
  .report{max-width:none}
  .report thead{display:table-header-group}
  .report tr{page-break-inside:avoid}
}`;

export function tableHtml(t: TableReport): string {
  const cap = [t.capBarrels !== null ? `${num(t.capBarrels)} bbl` : '', t.capTonnes !== null ? `${num(t.capTonnes)} t` : ''].filter(Boolean).join(' or ') || 'no aggregate cap';
  return `<section class="report" id="committee-table"><h1>Supply of ${esc(words(t.commodity))} to the DPRK: ${esc(t.period)}</h1>
<p class="sub">${esc(t.start)} to ${esc(t.end)} · cap ${esc(cap)} (resolution ${t.resolution} para ${esc(t.paragraph)}) · as reported by Member States; barrels derived by product where only tonnes were reported</p>
<table><thead><tr><th>Year</th><th>Month</th><th>Reporting State</th><th>Ref</th><th>Date</th><th class="num">Quantity</th><th>Unit</th><th>Product</th><th class="num">Barrels</th><th>Derivation</th><th class="num">Running total (bbl)</th><th class="num">% of cap</th><th>After cease</th></tr></thead>
<tbody>${t.rows.map((r) => `<tr${r.afterCease ? ' class="after-cease"' : ''}><td>${r.year}</td><td>${r.month}</td><td>${esc(r.state)}</td><td>${esc(r.ref)}</td><td>${esc(r.date)}</td><td class="num">${num(r.quantity)}</td><td>${r.unit}</td><td>${esc(r.product ?? '')}</td><td class="num">${num(r.barrels)}</td><td>${esc(r.derivation)}${r.factor !== null ? ` ×${r.factor}` : ''}</td><td class="num">${num(r.runningBarrels)}</td><td class="num">${r.percentOfCap ?? '—'}</td><td>${r.afterCease ? '<span class="flag">yes</span>' : ''}</td></tr>`).join('\n')}</tbody></table>
${t.rows.length === 0 ? '<p>No deliveries reported in this period.</p>' : ''}</section>`;
}

export function notificationHtml(n: StateNotification): string {
  const screening = (p: StateNotification['deliveries'][number]['parties'][number]): string =>
    p.screening === null ? 'not screened at recording' : p.screening.result === 'clear' ? `no match (list ${esc(p.screening.listVersion)})` : `<span class="flag">${esc(p.screening.result)}</span>: ${p.screening.matches.map((m) => `${esc(m.name)} (${esc(m.ref)}, ${m.score})`).join('; ')}`;
  return `<section class="report" id="state-notification"><h1>Notification to the Security Council Committee established pursuant to resolution 1718 (2006)</h1>
<p class="sub">From: ${esc(n.state)} · deliveries from ${esc(n.from)} to ${esc(n.to)} (resolution 2375 (2017) para 14(a), resolution 2397 (2017) paras 4-5)</p>
<table><thead><tr><th>Date</th><th>Ref</th><th>Commodity</th><th>Product</th><th class="num">Quantity</th><th>Unit</th><th class="num">Barrels</th><th>Vessel</th><th>Parties and screening at recording</th></tr></thead>
<tbody>${n.deliveries.map((d) => `<tr${d.afterCease ? ' class="after-cease"' : ''}><td>${esc(d.date)}</td><td>${esc(d.ref)}</td><td>${esc(words(d.commodity))}</td><td>${esc(d.product ?? '')}</td><td class="num">${num(d.quantity)}</td><td>${d.unit}</td><td class="num">${num(d.barrels)}</td><td>${esc(d.vessel ?? '')}${vesselCell(d.vessel, d.vesselScreening)}</td><td>${d.parties.length === 0 ? 'none named' : `<ul>${d.parties.map((p) => `<li>${esc(p.name)}: ${screening(p)}</li>`).join('')}</ul>`}${d.afterCease ? '<p class="flag">delivered after the cease notice</p>' : ''}</td></tr>`).join('\n')}</tbody></table>
${n.deliveries.length === 0 ? '<p>No deliveries in this window.</p>' : ''}
${n.review.length > 0 ? `<div class="note"><p class="flag">Review before sending:</p><ul>${n.review.map((r) => `<li>${esc(r)}</li>`).join('')}</ul></div>` : ''}
<p class="statement">${esc(n.purpose)}</p></section>`;
}

export function notesHtml(commodity: string, period: string, notes: SecretaryNote[]): string {
  return `<section class="report" id="secretary-notes"><h1>Notes by the Secretary: ${esc(words(commodity))}, ${esc(period)}</h1>
<p class="sub">To all Member States (resolution 2375 (2017) para 14, resolution 2397 (2017) paras 4-5)</p>
${notes.length === 0 ? '<p>No notice issued in this period.</p>' : notes.map((x) => `<div class="note"><p><strong>${x.kind === 'correction' ? 'Correction' : `${x.threshold} % notice`}</strong> · ${esc(x.issuedAt.slice(0, 10))}</p><p>${esc(x.text)}</p></div>`).join('\n')}</section>`;
}

export function crudeHtml(r: CrudeReport): string {
  return `<section class="report" id="crude-report"><h1>Crude oil supplied to the DPRK: 90-day report ${r.window}</h1>
<p class="sub">${esc(r.from)} to ${esc(r.to)} · due ${esc(r.due)} (resolution 2397 (2017) para 4: every 90 days counted from adoption)</p>
<table><thead><tr><th>Reporting State</th><th class="num">Barrels</th><th class="num">Tonnes</th><th class="num">Deliveries</th></tr></thead>
<tbody>${r.byState.map((s) => `<tr><td>${esc(s.state)}</td><td class="num">${num(s.barrels)}</td><td class="num">${num(s.tonnes)}</td><td class="num">${s.deliveries}</td></tr>`).join('\n')}</tbody></table>
${r.byState.length === 0 ? '<p>No crude oil deliveries reported in this window.</p>' : ''}</section>`;
}

/** A whole document (the CLI's --format html): the section and the stylesheet. */
export function htmlDocument(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${REPORT_CSS}</style></head><body>${body}</body></html>\n`;
}

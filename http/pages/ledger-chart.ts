/**
 * The cap chart: the running total as a percentage of the cap, month by month across the period, with
 * the 75/90/95 % notice lines and the cap itself, and a marker where each notice fell. Inline SVG (no
 * script, prints and scales); every label is also in the tables below it for screen readers.
 */
import type { PeriodStatus } from '../../src/app/ledger/index.ts';
import { html, type Raw } from './escape.ts';

export type { PeriodStatus };

const W = 760;
const H = 320;
const PAD = { l: 56, r: 16, t: 16, b: 48 };

/** Every month (YYYY-MM) from start to end, inclusive. */
export function monthsOf(start: string, end: string): string[] {
  const out: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (let i = 0; i < 240; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function renderCapChart(s: PeriodStatus): Raw {
  const months = monthsOf(s.start, s.end);
  const top = Math.max(100, ...s.byMonth.map((b) => b.runningPercent)) * 1.05;
  const x = (i: number) => PAD.l + ((W - PAD.l - PAD.r) * (i + 0.5)) / months.length;
  const y = (pct: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - pct / top);
  // The running total holds between deliveries: a step line through every month.
  let running = 0;
  const points: string[] = [];
  const byMonth = new Map(s.byMonth.map((b) => [b.month, b]));
  months.forEach((m, i) => {
    const b = byMonth.get(m);
    points.push(`${x(i).toFixed(1)},${y(running).toFixed(1)}`);
    if (b) running = b.runningPercent;
    points.push(`${x(i).toFixed(1)},${y(running).toFixed(1)}`);
  });
  const crossed = s.thresholds.filter((t) => t.issued).map((t) => {
    const i = months.findIndex((m) => (byMonth.get(m)?.runningPercent ?? -1) >= t.threshold);
    return { ...t, i };
  }).filter((t) => t.i >= 0);
  const lines = [75, 90, 95, 100];
  const ticks = [0, 25, 50];
  return html`<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">
<title id="chart-title">Running total of ${s.commodity} against the cap, ${s.period}</title>
<desc id="chart-desc">${s.percent} % of the cap used by ${s.records} records; lines at 75, 90 and 95 % and the cap; ${crossed.length} notices marked.</desc>
<rect x="${PAD.l}" y="${PAD.t}" width="${W - PAD.l - PAD.r}" height="${H - PAD.t - PAD.b}" fill="#fafafa" stroke="#999"/>
${lines.map((p) => html`<line class="threshold" x1="${PAD.l}" x2="${W - PAD.r}" y1="${y(p).toFixed(1)}" y2="${y(p).toFixed(1)}" stroke="${p === 100 ? '#b00020' : '#b35c00'}" stroke-dasharray="${p === 100 ? '' : '6 4'}"/>
<text x="${PAD.l - 6}" y="${(y(p) + 4).toFixed(1)}" text-anchor="end" font-size="12" fill="#1a1a1a">${p === 100 ? 'cap' : `${p} %`}</text>`)}
${ticks.map((p) => html`<text x="${PAD.l - 6}" y="${(y(p) + 4).toFixed(1)}" text-anchor="end" font-size="12" fill="#1a1a1a">${p} %</text>`)}
${months.map((m, i) => html`<text x="${x(i).toFixed(1)}" y="${H - PAD.b + 18}" text-anchor="middle" font-size="11" fill="#1a1a1a">${m.slice(5)}</text>`)}
<text x="${(W / 2).toFixed(0)}" y="${H - 10}" text-anchor="middle" font-size="12" fill="#1a1a1a">month of ${s.period}</text>
<polyline class="running" fill="none" stroke="#0b4f9c" stroke-width="3" points="${points.join(' ')}"/>
${crossed.map((t) => html`<g class="notice"><circle cx="${x(t.i).toFixed(1)}" cy="${y(byMonth.get(months[t.i]!)!.runningPercent).toFixed(1)}" r="7" fill="#b00020" stroke="#fff" stroke-width="2"><title>${t.threshold} % notice after ${t.state ?? ''} ${t.ref ?? ''}</title></circle>
<text x="${(x(t.i) + 9).toFixed(1)}" y="${(y(byMonth.get(months[t.i]!)!.runningPercent) - 8 - (t.threshold === 95 ? 14 : 0)).toFixed(1)}" font-size="12" fill="#5c0011">${t.threshold} % notice</text></g>`)}
</svg>`;
}

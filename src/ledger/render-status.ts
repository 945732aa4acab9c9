/** A period's status as a readable table or as CSV (the Committee's table with running totals). */
import type { PeriodStatus } from './period-status.ts';
import { amountText, formatNumber as fmt, NO_AGGREGATE_CAP } from './present.ts';
import { csvCell } from '../io/csv-cell.ts';

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd()).join('\n');
}

export function statusHuman(s: PeriodStatus): string {
  const cap = amountText(s.capBarrels, s.capTonnes, ' or ');
  const rem = amountText(s.remainingBarrels, s.remainingTonnes);
  const over = amountText(s.overBarrels, s.overTonnes, ' or ');
  const lines = [
    `${s.commodity.replace('-', ' ')} — period ${s.period} (${s.start} to ${s.end}), ${cap === undefined ? NO_AGGREGATE_CAP : `cap ${cap}`} (UNSCR ${s.resolution} para ${s.paragraph}, ${s.measure}, confidence ${s.confidence})`,
    `total ${fmt(s.totalBarrels)} bbl / ${fmt(s.totalTonnes)} t in ${s.records} record(s)${rem === undefined ? '' : `: ${s.percent} % of the cap; ${over === undefined ? `remaining ${rem}` : `over the cap by ${over}`}`}`,
    `notices: ${s.thresholds.length === 0 ? 'none in this period' : s.thresholds.map((t) => `${t.threshold} % ${t.issued ? `issued ${t.issuedAt?.slice(0, 10)} (${t.state} ${t.ref})${t.corrected ? `, corrected ${t.correctedAt?.slice(0, 10)} (total ${fmt(t.correctedTotalBarrels ?? 0)} bbl)` : ''}` : 'not reached'}`).join('; ')}`,
  ];
  if (s.afterCease.length > 0) lines.push(`after the cease notice: ${s.afterCease.map((a) => `${a.state} ${a.ref} on ${a.date} (${fmt(a.barrels)} bbl)`).join('; ')}`);
  if (s.ceaseIssued) lines.push(`CEASE: States must not supply ${s.commodity.replace('-', ' ')} to the DPRK for the rest of the period (to ${s.end}).`);
  if (s.table.length > 0) {
    lines.push('', 'by month and reporting State:');
    lines.push(pad([['month', 'state', 'barrels', 'tonnes', 'records', 'running bbl', 'running t', 'running %'], ...s.table.map((r) => [r.month, r.state, fmt(r.barrels), fmt(r.tonnes), String(r.records), fmt(r.runningBarrels), fmt(r.runningTonnes), String(r.runningPercent)])]));
    lines.push('', 'by State:');
    lines.push(pad([['state', 'barrels', 'tonnes', 'records'], ...s.byState.map((r) => [r.state, fmt(r.barrels), fmt(r.tonnes), String(r.records)])]));
  }
  if (s.baselines.length > 0) {
    lines.push('', 'per-State crude oil against its baseline (UNSCR 2375 para 15):');
    lines.push(pad([['state', 'window', 'baseline', 'total', '%', ''], ...s.baselines.map((b) => [
      b.state,
      `${b.windowStart}..${b.windowEnd}`,
      b.baselineBarrels === null && b.baselineTonnes === null ? 'not configured' : [b.baselineBarrels !== null ? `${fmt(b.baselineBarrels)} bbl` : '', b.baselineTonnes !== null ? `${fmt(b.baselineTonnes)} t` : ''].filter(Boolean).join(' / '),
      `${fmt(b.totalBarrels)} bbl / ${fmt(b.totalTonnes)} t`,
      b.percent === null ? '-' : String(b.percent),
      b.exceeds ? 'EXCEEDS' : '',
    ])]));
  }
  return lines.join('\n');
}


/**
 * The periods asked for as one CSV (`ledger status --format csv`, the page's /ledger.csv): one header,
 * then each period's rows in order, each row naming its period (a year may hold two: crude oil in 2017).
 */
export function statusCsv(periods: readonly PeriodStatus[]): string {
  const head = ['commodity', 'period', 'month', 'state', 'barrels', 'tonnes', 'records', 'running_barrels', 'running_tonnes', 'running_percent'];
  const rows = periods.flatMap((s) => s.table.map((r) => [s.commodity, s.period, r.month, r.state, r.barrels, r.tonnes, r.records, r.runningBarrels, r.runningTonnes, r.runningPercent]));
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

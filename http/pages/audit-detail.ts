/**
 * An audit entry as a person reads it: the target as a link (alert, subject, account, delivery), the
 * detail as labelled values in the units people use (barrels and tonnes, not the stored thousandths),
 * alert numbers as links. The raw JSON stays in the API (GET /v1/audit) and in the entry's hash.
 */
import type { AuditEntry } from '../../src/app/audit/audit-log.ts';
import { html, type Raw } from './escape.ts';

/** A target as a link to the page about it, where there is one. */
export function targetLink(target: string): Raw {
  const [kind, ...rest] = target.split(':');
  const id = rest.join(':');
  if (kind === 'alert' && /^\d+$/.test(id)) return html`<a href="/alerts/${id}">alert #${id}</a>`;
  if (kind === 'subject') return html`<a href="/subjects?q=${encodeURIComponent(id)}">subject ${id}</a>`;
  if (kind === 'user') return html`account ${id}`;
  if (kind === 'delivery') return html`<a href="/ledger">delivery ${id}</a>`;
  return html`${target}`;
}

const LABELS: Record<string, string> = {
  barrelsMilli: 'barrels', tonnesMilli: 'tonnes', listedName: 'listed name', listVersion: 'list version', proposedBy: 'proposed by',
  proposalNote: 'the proposal said', rowDigests: 'row digests', keySeen: 'key seen by', keyBy: 'key issued by', alertsOpened: 'alerts opened', alertsClosed: 'alerts closed', alertsOpen: 'alerts left open', disposition: 'disposition',
  macFrom: 'MACs on every entry from',
};

function value(key: string, v: unknown): Raw {
  if (v === null || v === undefined) return html`none`;
  // The rows' digests are for audit verify, not for reading: how many rows the entry vouches for.
  if (key === 'rowDigests' && typeof v === 'object') return html`${Object.keys(v as object).length} ${Object.keys(v as object).length === 1 ? 'row' : 'rows'}`;
  if ((key === 'barrelsMilli' || key === 'tonnesMilli') && typeof v === 'number') return html`${(v / 1000).toLocaleString('en', { maximumFractionDigits: 3 })}`;
  if ((key === 'alertsClosed' || key === 'alertsOpen' || key === 'alerts') && Array.isArray(v)) return html`${v.map((id, i) => html`${i > 0 ? ', ' : ''}<a href="/alerts/${String(id)}">#${String(id)}</a>`)}`;
  if (key === 'score' && typeof v === 'number') return html`${v.toFixed(3)}`;
  if (Array.isArray(v)) return v.length > 12 ? html`${v.slice(0, 12).map(String).join(', ')} … (${v.length})` : html`${v.map(String).join(', ')}`;
  if (typeof v === 'object') return html`${Object.entries(v as Record<string, unknown>).map(([k, x], i) => html`${i > 0 ? '; ' : ''}${k} ${value(k, x)}`)}`;
  return html`${String(v)}`;
}

/** The detail as "label value" pairs on one or a few lines. */
export function detailText(e: Pick<AuditEntry, 'detail'>): Raw {
  const entries = Object.entries(e.detail).filter(([k]) => k !== 'keyId');
  if (entries.length === 0) return html``;
  return html`<span class="detail">${entries.map(([k, v], i) => html`${i > 0 ? ' · ' : ''}<span class="k">${LABELS[k] ?? k}</span> ${value(k, v)}`)}</span>`;
}

/** A check decision as a memo a compliance officer prints and files (pure: decision in, markup out). */
import type { Decision } from '../../src/app/index.ts';
import { html, type Raw } from './escape.ts';

const CONFIDENCE: Record<string, string> = {
  T: 'T: the resolution\'s text, quoted in a source held, or the paragraph confirmed by cross-reference',
  S: 'S: a UN or Committee summary, or independent secondary sources agree',
  N: 'N: only national implementing acts say so (a policy choice, not UN text)',
  U: 'U: unconfirmed, our best reading: verify against the resolution',
};

const EFFECT: Record<string, string> = { prohibits: 'prohibits', permits: 'permits', conditions: 'conditions', 'requires-review': 'requires review' };

/** What a memo records beside the decision: when, by whom, against which list. */
export interface MemoContext {
  by?: string;
  /** ISO time of the check. */
  at?: string;
  listVersion?: string;
  /** The 1718 Committee's vessels list the vessels were screened against (absent: none imported). */
  vesselListVersion?: string;
  /** The transaction as checked (parsed), for the parties and vessels screened. */
  transaction?: Record<string, unknown>;
}

/** Each party or vessel of the transaction with what screening found for it (the reasons naming it). */
/** Where a reason names a listed record: the record, and the score where the match was by name (a vessel matched by its IMO number has none). */
function matched(r: Decision['reasons'][number]): string {
  return r.matchedRef ? `list ${r.matchedRef}${r.score !== undefined ? `, score ${r.score}` : ''}` : '';
}

function screenedRows(d: Decision, kind: 'parties' | 'vessels', items: unknown, screened = true): Raw {
  if (!Array.isArray(items) || items.length === 0) return html``;
  const caption = screened
    ? `${kind === 'parties' ? 'Parties' : 'Vessels'} screened: ${items.length}, with a hit: ${items.filter((_x, i) => d.reasons.some((r) => r.field?.startsWith(`${kind}[${i}]`) && r.matchedRef)).length}`
    : `Vessels: ${items.length}, not screened (no 1718 vessels list imported)`;
  return html`<table class="screened"><caption>${caption}</caption>
<thead><tr><th scope="col">${kind === 'parties' ? 'Party' : 'Vessel'}</th><th scope="col">Result</th></tr></thead>
<tbody>${(items as Record<string, unknown>[]).map((p, i) => {
    const about = d.reasons.filter((r) => r.field?.startsWith(`${kind}[${i}]`));
    const label = kind === 'parties' ? `${String(p.name ?? '')}${p.role ? ` (${String(p.role)})` : ''}${p.country ? `, ${String(p.country)}` : ''}` : `${String(p.name ?? '')}${p.imo ? ` IMO ${String(p.imo)}` : ''}${p.flag ? `, flag ${String(p.flag)}` : ''}`;
    return html`<tr><td>${label}</td><td>${about.length === 0 ? (screened ? 'no list record reached the screening threshold' : 'not screened: no 1718 vessels list imported') : about.map((r, j) => html`${j > 0 ? html`<br>` : ''}${EFFECT[r.effect] ?? r.effect}${r.matchedRef ? ` — ${matched(r)}` : ''}: ${r.summary}`)}</td></tr>`;
  })}</tbody></table>`;
}

/** The memo of one decision, with its context (printed on the memo), a signature block to file it. */
export function memoOf(d: Decision, transactionJson?: string, ctx: MemoContext = {}): Raw {
  const tx = ctx.transaction;
  return html`<article class="memo" id="memo-${d.id ?? ''}">
<h2>Decision memo${d.id === undefined ? '' : ` — transaction ${d.id}`}</h2>
<p class="outcome outcome-${d.outcome}">Outcome: <strong>${d.outcome}</strong></p>
<dl class="facts">${ctx.at ? html`<dt>Checked at</dt><dd>${ctx.at.replace('T', ' ').slice(0, 19)} UTC</dd>` : ''}${ctx.by ? html`<dt>Checked by</dt><dd>${ctx.by}</dd>` : ''}
<dt>Evaluated for</dt><dd>${d.evaluatedFor}</dd><dt>Law version</dt><dd>${d.lawVersion}</dd>${ctx.listVersion ? html`<dt>UN list version</dt><dd>${ctx.listVersion}</dd>` : ''}${Array.isArray(tx?.vessels) && tx.vessels.length > 0 ? html`<dt>1718 vessels list</dt><dd>${ctx.vesselListVersion ?? 'none imported: vessels not screened'}</dd>` : ''}</dl>
${tx ? html`${screenedRows(d, 'parties', tx.parties)}${screenedRows(d, 'vessels', tx.vessels, ctx.vesselListVersion !== undefined)}` : ''}
<h3>Reasons</h3>
${d.reasons.length === 0 ? html`<p>No measure applies to this transaction.</p>` : html`<table class="reasons"><caption class="sr-only">Reasons</caption>
<thead><tr><th scope="col">Resolution</th><th scope="col">Paragraph</th><th scope="col">Effect</th><th scope="col">Confidence</th><th scope="col">What it means</th></tr></thead>
<tbody>${d.reasons.map((r) => html`<tr><td>${r.resolution === 0 ? 'not encoded' : `UNSCR ${r.resolution}`}</td><td>${r.resolution === 0 ? '' : `para ${r.paragraph}`}</td><td>${EFFECT[r.effect] ?? r.effect}</td>
<td><abbr title="${CONFIDENCE[r.confidence] ?? r.confidence}">${r.confidence}</abbr></td>
<td>${r.summary}${r.field ? html` <em>(decided by field <code>${r.field}</code>)</em>` : ''}${r.matchedRef ? html` <span class="small">(${matched(r)})</span>` : ''}</td></tr>`)}</tbody></table>`}
<h3>Duties</h3>
${d.obligations.length === 0 ? html`<p>No duties.</p>` : html`<table class="duties"><thead><tr><th scope="col">Duty</th><th scope="col">Due</th><th scope="col">Under</th><th scope="col">Note</th></tr></thead>
<tbody>${d.obligations.map((o) => html`<tr><td>${o.kind}</td><td>${o.due}${o.confidence === 'U' ? ' (unconfirmed)' : ''}</td><td>UNSCR ${o.resolution} para ${o.paragraph}</td><td>${o.summary ?? ''}</td></tr>`)}</tbody></table>`}
${d.errors?.length ? html`<h3>Could not evaluate</h3><ul>${d.errors.map((e) => html`<li>${e.message}</li>`)}</ul>` : ''}
<p class="legend small">Confidence marks: ${Object.values(CONFIDENCE).join('; ')}.</p>
${transactionJson === undefined ? '' : html`<section class="tx"><h3>The transaction as checked</h3><pre tabindex="0">${transactionJson}</pre></section>`}
<div class="sig" aria-label="Signatures"><div>Prepared by${ctx.by ? `: ${ctx.by}` : ''}, date</div><div>Reviewed by, date</div></div>
</article>`;
}

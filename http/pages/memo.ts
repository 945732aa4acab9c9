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

/** The memo of one decision; `by` names who asked (printed on the memo). */
export function memoOf(d: Decision, transactionJson?: string, by?: string): Raw {
  return html`<article class="memo">
<h2>Decision memo${d.id === undefined ? '' : ` — transaction ${d.id}`}</h2>
${by === undefined ? '' : html`<p class="small">Checked by ${by} with Interdict.</p>`}
<p class="outcome outcome-${d.outcome}">Outcome: <strong>${d.outcome}</strong></p>
<dl class="facts"><dt>Evaluated for</dt><dd>${d.evaluatedFor}</dd><dt>Law version</dt><dd>${d.lawVersion}</dd></dl>
<h3>Reasons</h3>
${d.reasons.length === 0 ? html`<p>No measure applies to this transaction.</p>` : html`<table class="reasons"><caption class="sr-only">Reasons</caption>
<thead><tr><th scope="col">Resolution</th><th scope="col">Paragraph</th><th scope="col">Effect</th><th scope="col">Confidence</th><th scope="col">What it means</th></tr></thead>
<tbody>${d.reasons.map((r) => html`<tr><td>${r.resolution === 0 ? 'not encoded' : `UNSCR ${r.resolution}`}</td><td>${r.resolution === 0 ? '' : `para ${r.paragraph}`}</td><td>${EFFECT[r.effect] ?? r.effect}</td>
<td><abbr title="${CONFIDENCE[r.confidence] ?? r.confidence}">${r.confidence}</abbr></td>
<td>${r.summary}${r.field ? html` <em>(decided by field <code>${r.field}</code>)</em>` : ''}${r.matchedRef ? html` <span class="small">(list ${r.matchedRef}, score ${r.score})</span>` : ''}</td></tr>`)}</tbody></table>`}
<h3>Duties</h3>
${d.obligations.length === 0 ? html`<p>No duties.</p>` : html`<table class="duties"><thead><tr><th scope="col">Duty</th><th scope="col">Due</th><th scope="col">Under</th><th scope="col">Note</th></tr></thead>
<tbody>${d.obligations.map((o) => html`<tr><td>${o.kind}</td><td>${o.due}${o.confidence === 'U' ? ' (unconfirmed)' : ''}</td><td>UNSCR ${o.resolution} para ${o.paragraph}</td><td>${o.summary ?? ''}</td></tr>`)}</tbody></table>`}
${d.errors?.length ? html`<h3>Could not evaluate</h3><ul>${d.errors.map((e) => html`<li>${e.message}</li>`)}</ul>` : ''}
<p class="legend small">Confidence marks: ${Object.values(CONFIDENCE).join('; ')}.</p>
${transactionJson === undefined ? '' : html`<section class="tx"><h3>The transaction as checked</h3><pre>${transactionJson}</pre></section>`}
</article>`;
}

/**
 * A decision as a card a person reads: the outcome, each reason as a sentence with its citation and
 * confidence (U shown as UNCONFIRMED), and the duties with their due dates.
 */
import type { Decision, Obligation, Reason } from './decision.ts';

const EFFECT_LABEL: Record<Reason['effect'], string> = {
  prohibits: 'PROHIBITS',
  'requires-review': 'NEEDS REVIEW',
  conditions: 'CONDITIONS',
  permits: 'PERMITS',
};

const CONFIDENCE_LABEL: Record<Reason['confidence'], string> = {
  T: 'T: resolution text',
  S: 'S: UN or secondary summaries',
  N: 'N: national practice only',
  U: 'U: UNCONFIRMED reading',
};

const DUTY_LABEL: Record<Obligation['kind'], string> = {
  'notify-committee': 'Notify the 1718 Committee',
  'close-joint-venture': 'Close the joint venture',
  'repatriate-workers': 'Repatriate the DPRK workers',
  'close-bank-office-or-account': 'Close the bank office, subsidiary, branch or account',
};

export function describeDecision(d: Decision, index: number): string {
  const title = d.id !== undefined ? d.id : `transaction ${index + 1}`;
  const lines = [`${title}: ${d.outcome.toUpperCase()} (law in force on ${d.evaluatedFor}; law version ${d.lawVersion})`];
  if (d.reasons.length === 0) lines.push('  No measure in force on that date reaches this transaction.');
  for (const r of d.reasons) {
    const field = r.field !== undefined && r.effect === 'requires-review' ? ` (Field to give or correct: ${r.field}.)` : '';
    const ref = r.reference !== undefined ? ` [Committee approval ${r.reference}]` : '';
    const screened = r.algorithm !== undefined ? ` [matcher ${r.algorithm}, list ${r.listVersion ?? 'unknown'}]` : '';
    const unconfirmed = r.confidence === 'U' ? ' [UNCONFIRMED]' : '';
    lines.push(`  - ${EFFECT_LABEL[r.effect]}${unconfirmed}: ${r.summary}${field}${ref}${screened}`);
    const para = r.paragraphConfidence === 'U' ? ' [paragraph number UNCONFIRMED]' : '';
    // Resolution 0: a list regime whose measures are not encoded (the summary says so).
    const citation = r.resolution === 0 ? 'no paragraph known' : `UNSCR ${r.resolution} para ${r.paragraph}${para}`;
    lines.push(`    (${citation}, ${r.measure}; confidence ${CONFIDENCE_LABEL[r.confidence]})`);
  }
  for (const e of d.errors ?? []) lines.push(`  - ERROR while evaluating${e.measure !== undefined ? ` ${e.measure}` : ''}: ${e.message} (so the outcome is at least review)`);
  if (d.obligations.length > 0) {
    lines.push('  Duties:');
    for (const o of d.obligations) {
      const unconfirmed = o.confidence === 'U' ? ' [UNCONFIRMED date]' : '';
      lines.push(`  - ${DUTY_LABEL[o.kind]} by ${o.due}${unconfirmed} (UNSCR ${o.resolution} para ${o.paragraph})${o.summary ? `: ${o.summary}` : ''}`);
    }
  }
  return lines.join('\n');
}

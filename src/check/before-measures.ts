/**
 * A transaction dated before the first measure of the regime took effect: no measure reaches it, and the
 * decision says so in a reason (REGIME: the law is the law of the transaction's own date), citing the
 * first measure and the day it took effect. A party the list in use holds as a DPRK designation, listed
 * after that date, is named with its listing date: the freeze did not reach the dealing, but a reader
 * sees at once that the counterparty is listed today (security review F8).
 */
import type { CheckContext, PartyMatch } from './context.ts';
import type { CompiledLaw } from './compile-law.ts';
import type { Reason } from './decision.ts';
import { isDprkRegime } from './regime-freezes.ts';
import type { Transaction } from './transaction.ts';

export function beforeFirstMeasure(tx: Transaction, compiled: CompiledLaw, ctx: CheckContext | undefined): Reason | undefined {
  const first = compiled.starts[0];
  if (first === undefined || tx.date >= first) return undefined;
  const measures = compiled.law.measures.filter((m) => m.effective === first);
  const m = measures[0];
  if (m === undefined) return undefined;
  const later: string[] = [];
  const screen = ctx?.screenParty;
  for (const p of tx.parties ?? []) {
    if (screen === undefined) break;
    let found: readonly PartyMatch[];
    try {
      found = screen({ name: p.name, ...(p.type && { type: p.type }), ...(p.dob && { dob: p.dob }), ...(p.nationality && { nationality: p.nationality }), ...(p.country && { country: p.country }) });
    } catch {
      continue; // Nothing is in force to apply; the note on listings is only told when screening answers.
    }
    const listed = found.find((x) => x.band !== 'possible' && x.listedUntil === undefined && isDprkRegime(x.regime));
    if (listed !== undefined) later.push(`party "${p.name}" matches ${listed.name} (${listed.ref.trim()}), ${listed.listedOn !== undefined ? `listed on ${listed.listedOn}, after this transaction` : 'listed under the DPRK regime today'}`);
  }
  const also = measures.length > 1 ? ` (with ${measures.length - 1} other measure${measures.length > 2 ? 's' : ''} of that day)` : '';
  const parties = later.length > 0 ? ` Of the parties, ${later.join('; ')}: the asset freeze did not reach the dealing on ${tx.date}, but anything done with ${later.length > 1 ? 'them' : 'it'} from the listing on is reached.` : '';
  return {
    measure: m.id, resolution: m.resolution, paragraph: m.paragraph, confidence: m.confidence, effect: 'permits',
    summary: `No measure of the DPRK regime was in force on ${tx.date}: the first, resolution ${m.resolution} para ${m.paragraph}${also}, took effect on ${first}.${parties}`,
  };
}

/** Import a CSV of delivery reports, all or nothing: `interdict ledger import`. */
import { InterdictError } from '../../errors/index.ts';
import { todayUtc, type Law } from '../../law/index.ts';
import { capSourceFromLaw, writeCallsForReview, parseDeliveryCsv, parseState, presentNotice, presentVersion, validateDelivery, vesselReviewOf, type LedgerStore } from '../../ledger/index.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { deliveryEntry, holdLedgerRows } from './ledger-audit.ts';
import { mayReportFor, type LedgerActor } from './ledger-actor.ts';
import type { ScreeningDeps } from './record-delivery.ts';
import { partyNames, screenParties } from './screen-parties.ts';
import { withVesselScreening } from './screen-delivery-vessel.ts';

export interface ImportOutcome {
  file: string;
  rows: number;
  created: number;
  unchanged: number;
  notices: ReturnType<typeof presentNotice>[];
  flagged: ReturnType<typeof presentVersion>[];
  /** Per new report whose vessel calls for review (matched, possibly matched, or not screened: no vessels list imported): `STATE REF: why`. */
  vesselReview: string[];
  /** The import calls for review (exit 3): a notice issued, or something new went past a cap or a baseline, or was delivered after the cease notice. */
  review: boolean;
}

/**
 * Parse and validate a whole import file without a store (the CLI: before it opens a database); says
 * whether any row names parties (only then is a screener loaded).
 */
export function checkImport(law: Law, text: string, file: string): { namesParties: boolean } {
  const caps = capSourceFromLaw(law);
  const { inputs, labels } = parseDeliveryCsv(text, file);
  const today = todayUtc();
  try {
    inputs.forEach((input, i) => validateDelivery(input, caps, today, labels[i]));
  } catch (e) {
    if (e instanceof InterdictError) throw e.at({ file });
    throw e;
  }
  return { namesParties: inputs.some((i) => partyNames(i.parties).length > 0) };
}

export async function importDeliveries(
  store: LedgerStore, law: Law, actor: LedgerActor, text: string, file: string, deps: ScreeningDeps & { onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportOutcome> {
  const caps = capSourceFromLaw(law);
  const { inputs, labels } = parseDeliveryCsv(text, file);
  let results;
  try {
    for (const [i, input] of inputs.entries()) {
      try {
        mayReportFor(actor, parseState(input.state, labels[i]));
      } catch (e) {
        if (e instanceof InterdictError) throw e.at({ record: labels[i] });
        throw e;
      }
      const screening = withVesselScreening(screenParties(input.parties, deps.screenParty, deps.listVersion ?? ''), input.vessel, deps.screenVessel, deps.vesselListVersion);
      if (screening) input.screening = screening;
    }
    results = await store.recordAll(inputs, {
      labels, onProgress: (done) => deps.onProgress?.(done, inputs.length),
      // One entry per new report, committed with the import or not at all; a repeat logs nothing.
      ...(actor.audited && { first: holdLedgerRows(store), within: async (tx, rs) => { for (const r of rs) if (r.created) await appendAudit(tx, deliveryEntry(actor.name, r)); } }),
    });
  } catch (e) {
    if (e instanceof InterdictError) throw e.at({ file });
    throw e;
  }
  const created = results.filter((r) => r.created);
  const notices = results.flatMap((r) => r.notices);
  return {
    file,
    rows: inputs.length,
    created: created.length,
    unchanged: results.length - created.length,
    notices: notices.map((n) => presentNotice(n, caps)),
    flagged: created.filter((r) => r.record.exceedsCap || r.record.exceedsBaseline || r.record.late || r.record.afterCease || vesselReviewOf(r.record) !== undefined).map((r) => presentVersion(r.record)),
    vesselReview: created.flatMap((r) => {
      const why = vesselReviewOf(r.record);
      return why === undefined ? [] : [`${r.record.state} ${r.record.ref}: ${why}`];
    }),
    review: writeCallsForReview(created.map((r) => r.record), notices),
  };
}

/** Record one delivery report: the one use case behind `interdict ledger record` and POST /v1/ledger/deliveries. */
import { todayUtc, type Law } from '../../law/index.ts';
import { capSourceFromLaw, parseState, presentNotice, presentTotals, presentVersion, validateDelivery, vesselReviewOf, type DeliveryInput, type LedgerStore } from '../../ledger/index.ts';
import type { PartyScreener, VesselScreener } from '../../check/index.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { deliveryEntry, holdLedgerRows } from './ledger-audit.ts';
import { mayReportFor, type LedgerActor } from './ledger-actor.ts';
import { screenParties } from './screen-parties.ts';
import { withVesselScreening } from './screen-delivery-vessel.ts';

export interface RecordOutcome {
  created: boolean;
  /** The record is stored; `afterCease` says it was delivered after the cease notice (CLI exit 3). */
  record: ReturnType<typeof presentVersion>;
  period: ReturnType<typeof presentTotals>;
  notices: ReturnType<typeof presentNotice>[];
  /** What to review before the delivery goes into the State's notification: its vessel matched, possibly matched, or was not screened (no vessels list imported). */
  review: string[];
}

export interface ScreeningDeps {
  screenParty?: PartyScreener;
  listVersion?: string;
  /** The imported 1718 Designated Vessels List, for the delivery's vessel (screen-delivery-vessel.ts). */
  screenVessel?: VesselScreener;
  vesselListVersion?: string;
}

/**
 * Check a report without a store: the CLI calls it before it opens (and so creates) a database, so bad
 * input leaves nothing behind, not even an empty file. The store validates again when it writes.
 */
export function checkDeliveryInput(law: Law, input: DeliveryInput): void {
  validateDelivery(input, capSourceFromLaw(law), todayUtc());
}

export async function recordDelivery(store: LedgerStore, law: Law, actor: LedgerActor, input: DeliveryInput, deps: ScreeningDeps = {}): Promise<RecordOutcome> {
  const caps = capSourceFromLaw(law);
  const state = parseState(input.state);
  mayReportFor(actor, state);
  const screening = withVesselScreening(screenParties(input.parties, deps.screenParty, deps.listVersion ?? ''), input.vessel, deps.screenVessel, deps.vesselListVersion);
  const r = await store.record({ ...input, state, ...(screening && { screening }) }, {
    // The audit entry commits with the record or not at all; a repeat (nothing created) logs nothing.
    ...(actor.audited && { first: holdLedgerRows(store, [{ state, ref: input.ref?.trim() ?? '' }]), within: async (tx, result) => { if (result.created) await appendAudit(tx, deliveryEntry(actor.name, result)); } }),
  });
  const review = vesselReviewOf(r.record);
  return { created: r.created, record: presentVersion(r.record), period: presentTotals(r.totals, caps), notices: r.notices.map((n) => presentNotice(n, caps)), review: review === undefined ? [] : [review] };
}

export { deliveryEntry } from './ledger-audit.ts';

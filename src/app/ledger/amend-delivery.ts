/** Amend a recorded delivery: the one use case behind `interdict ledger amend` and POST /v1/ledger/deliveries/STATE/REF/amend. */
import type { Law } from '../../law/index.ts';
import { capSourceFromLaw, parseState, presentNotice, presentTotals, presentVersion, type AmendInput, type LedgerStore } from '../../ledger/index.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { amendEntry, holdLedgerRows } from './ledger-audit.ts';
import { mayReportFor, type LedgerActor } from './ledger-actor.ts';
import type { ScreeningDeps } from './record-delivery.ts';
import { screenParties } from './screen-parties.ts';

export interface AmendOutcome {
  before: ReturnType<typeof presentVersion>;
  after: ReturnType<typeof presentVersion>;
  period: ReturnType<typeof presentTotals>;
  /** Notices the new total reached, and correction notices for thresholds it fell back below. */
  notices: ReturnType<typeof presentNotice>[];
}

export async function amendDelivery(store: LedgerStore, law: Law, actor: LedgerActor, input: AmendInput, deps: ScreeningDeps = {}): Promise<AmendOutcome> {
  const caps = capSourceFromLaw(law);
  const state = parseState(input.state);
  mayReportFor(actor, state);
  const screening = input.parties !== undefined ? screenParties(input.parties, deps.screenParty, deps.listVersion ?? '') : undefined;
  const r = await store.amend({ ...input, state, by: input.by ?? actor.name, ...(screening && { screening }) }, {
    ...(actor.audited && {
      first: holdLedgerRows(store, [{ state, ref: input.ref?.trim() ?? '' }]),
      within: async (tx, res) => {
        await appendAudit(tx, amendEntry(actor.name, res));
      },
    }),
  });
  return { before: presentVersion(r.before), after: presentVersion(r.after), period: presentTotals(r.totals, caps), notices: r.notices.map((n) => presentNotice(n, caps)) };
}

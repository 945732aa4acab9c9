/** A period's status (`interdict ledger status`, GET /v1/ledger/status, the /ledger page). */
import { todayUtc, type Law } from '../../law/index.ts';
import { capSourceFromLaw, parseCommodity, periodStatus, resolvePeriods, type LedgerStore, type PeriodStatus } from '../../ledger/index.ts';

export interface LedgerStatusResult {
  /** One period, or each period overlapping a year asked for ("2017": crude oil has two). */
  periods: PeriodStatus[];
}

/** `commodity` as sent (a flag, a query): read here, by the one rule, for every interface. */
export async function ledgerStatus(store: LedgerStore, law: Law, commodity: string | undefined, period: string | undefined, today = todayUtc()): Promise<LedgerStatusResult> {
  const caps = capSourceFromLaw(law);
  const caps_ = resolvePeriods(caps, parseCommodity(commodity), period, today);
  const periods: PeriodStatus[] = [];
  for (const cap of caps_) periods.push(await periodStatus(store, caps, cap));
  return { periods };
}

/** What JSON shows: the status itself for one period (as always), `{periods}` for several. */
export function statusJson(r: LedgerStatusResult): PeriodStatus | LedgerStatusResult {
  return r.periods.length === 1 ? r.periods[0]! : r;
}

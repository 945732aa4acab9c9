/** A period's status (`interdict ledger status`, GET /v1/ledger/status, the /ledger page). */
import { todayUtc, type Law } from '../../law/index.ts';
import { capSourceFromLaw, periodStatus, resolvePeriods, type Commodity, type LedgerStore, type PeriodStatus } from '../../ledger/index.ts';

export interface LedgerStatusResult {
  /** One period, or each period overlapping a year asked for ("2017": crude oil has two). */
  periods: PeriodStatus[];
}

export async function ledgerStatus(store: LedgerStore, law: Law, commodity: Commodity, period: string | undefined, today = todayUtc()): Promise<LedgerStatusResult> {
  const caps = capSourceFromLaw(law);
  const caps_ = resolvePeriods(caps, commodity, period, today);
  const periods: PeriodStatus[] = [];
  for (const cap of caps_) periods.push(await periodStatus(store, caps, cap));
  return { periods };
}

/** What JSON shows: the status itself for one period (as always), `{periods}` for several. */
export function statusJson(r: LedgerStatusResult): PeriodStatus | LedgerStatusResult {
  return r.periods.length === 1 ? r.periods[0]! : r;
}

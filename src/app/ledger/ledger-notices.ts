/** Every notice issued, oldest first: thresholds and corrections (`interdict ledger notices`, GET /v1/ledger/notices). */
import type { Law } from '../../law/index.ts';
import { capSourceFromLaw, presentNotice, type LedgerStore } from '../../ledger/index.ts';

export type PresentedNotice = ReturnType<typeof presentNotice>;

export async function ledgerNotices(store: LedgerStore, law: Law): Promise<PresentedNotice[]> {
  const caps = capSourceFromLaw(law);
  return (await store.notices()).map((n) => presentNotice(n, caps));
}

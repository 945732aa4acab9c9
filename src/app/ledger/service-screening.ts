/** The service's party screener for a delivery that names parties: the list in use now (a write never trusts a stale view). */
import { createPartyScreener } from '../../screening/index.ts';
import type { Service } from '../service/service-context.ts';
import type { ScreeningDeps } from './record-delivery.ts';

export async function ledgerScreening(svc: Service, parties: readonly string[] | undefined): Promise<ScreeningDeps> {
  if (!parties || parties.length === 0) return {};
  const list = await svc.lists.current(svc.driver);
  return { screenParty: createPartyScreener(list.index), listVersion: list.list.version.dateGenerated };
}

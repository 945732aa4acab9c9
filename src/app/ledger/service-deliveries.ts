/**
 * A delivery recorded or amended in the service (POST /v1/ledger/deliveries, its amend, the deliveries
 * page): the ledger's use cases on the service's store, as the account, the parties screened against the
 * list in use (ledgerScreening). The CLI calls the same use cases on the database it opened.
 */
import type { AmendInput, DeliveryInput } from '../../ledger/index.ts';
import type { Service } from '../service/service-context.ts';
import { amendDelivery, type AmendOutcome } from './amend-delivery.ts';
import { ledgerScreening } from './delivery-screening.ts';
import { actorOfAccount } from './ledger-actor.ts';
import { recordDelivery, type RecordOutcome } from './record-delivery.ts';

type AccountLike = Parameters<typeof actorOfAccount>[0];

export async function recordServiceDelivery(svc: Service, account: AccountLike, input: DeliveryInput): Promise<RecordOutcome> {
  return recordDelivery(svc.ledger, svc.law, actorOfAccount(account), input, await ledgerScreening(svc, input.parties, input.vessel));
}

export async function amendServiceDelivery(svc: Service, account: AccountLike, input: AmendInput): Promise<AmendOutcome> {
  return amendDelivery(svc.ledger, svc.law, actorOfAccount(account), input, await ledgerScreening(svc, input.parties));
}

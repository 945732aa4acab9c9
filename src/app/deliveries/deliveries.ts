/**
 * The cap ledger over HTTP: a reporter records deliveries for its own State only; the LedgerStore keeps
 * the CLI's guarantees (a State's reference counts once, each notice is issued once, across processes).
 * The audit entry is appended inside the ledger's transaction (RecordOptions.within): both or neither.
 */
import { InterdictError } from '../../errors/index.ts';
import { COMMODITIES, periodStatus, presentNotice, presentTotals, presentVersion, resolvePeriod, type Commodity, type DeliveryInput, type RecordResult } from '../../ledger/index.ts';
import type { Account } from '../accounts/accounts.ts';
import { appendAudit, type AuditInput } from '../audit/audit-log.ts';
import type { Service } from '../service/service-context.ts';

/** The commodities a delivery may name (for the boundary's schema). */
export const DELIVERY_COMMODITIES: readonly Commodity[] = COMMODITIES;
export type { Commodity };

export interface DeliveryBody {
  commodity: string;
  state: string;
  date: string;
  ref: string;
  barrels?: string | number;
  tonnes?: string | number;
  factor?: string | number;
  reported?: string;
  vessel?: string;
  parties?: string[];
}

export async function recordDeliveryFor(svc: Service, who: Account, body: DeliveryBody) {
  const state = String(body.state).trim().toUpperCase();
  // A reporter speaks for its own State only; an admin may record for any.
  if (!who.roles.includes('admin') && who.state !== state) {
    throw new InterdictError('SERVICE_FORBIDDEN', `account "${who.name}" reports for ${who.state ?? 'no State'}, not ${state}`, { field: 'state' });
  }
  const input: DeliveryInput = { ...body, state } as DeliveryInput;
  const r = await svc.ledger.record(input, {
    // The audit entry commits with the record or not at all; a repeat (nothing created) logs nothing.
    within: async (tx, forUpdate, result) => {
      if (result.created) await appendAudit(tx, forUpdate, deliveryEntry(who.name, result));
    },
  });
  return { created: r.created, record: presentVersion(r.record), period: presentTotals(r.totals, svc.caps), notices: r.notices.map((n) => presentNotice(n, svc.caps)) };
}

export function deliveryEntry(actor: string, r: RecordResult): AuditInput {
  return {
    actor, action: 'delivery.record', target: `delivery:${r.record.state}:${r.record.ref}`,
    detail: { commodity: r.record.commodity, date: r.record.date, barrelsMilli: r.record.barrelsMilli, tonnesMilli: r.record.tonnesMilli, notices: r.notices.map((n) => n.threshold) },
  };
}

export async function ledgerStatus(svc: Service, commodity: Commodity, period: string | undefined) {
  const cap = resolvePeriod(svc.caps, commodity, period, new Date().toISOString().slice(0, 10));
  return periodStatus(svc.ledger, svc.caps, cap);
}

export async function ledgerNotices(svc: Service) {
  return (await svc.ledger.notices()).map((n) => presentNotice(n, svc.caps));
}

/**
 * Who asks a ledger use case to act, as both interfaces know them: a name for the audit log, and the
 * State it may report for (`null`: any State, an admin or the operator at the CLI).
 */
import { InterdictError } from '../../errors/index.ts';

export interface LedgerActor {
  name: string;
  state: string | null;
  /**
   * Each write appends its audit entry inside its own transaction: always in the service, at the CLI when
   * the ledger's database holds the service's audit log (ledger-audit.ts).
   */
  audited?: boolean;
}

/** A reporter speaks for its own State only. */
export function mayReportFor(actor: LedgerActor, state: string): void {
  if (actor.state !== null && actor.state !== state) {
    throw new InterdictError('SERVICE_FORBIDDEN', `account "${actor.name}" reports for ${actor.state || 'no State'}, not ${state}`, { field: 'state' });
  }
}

/** The service's account as a ledger actor: an admin reports for any State, a reporter for its own. */
export function actorOfAccount(account: { name: string; roles: readonly string[]; state?: string }): LedgerActor {
  return { name: account.name, state: account.roles.includes('admin') ? null : (account.state ?? ''), audited: true };
}

/**
 * Who reads the ledger, one rule for the API and the pages: a reporter that is not also an admin or an
 * auditor reads its own State's deliveries (a reporter with no State, none); every other reader, and the
 * operator at the CLI, every State. The running totals against the cap are everyone's to read.
 */
import type { LedgerActor } from './ledger-actor.ts';

export function readerOfAccount(account: { name: string; roles: readonly string[]; state?: string | undefined }): LedgerActor {
  const ownOnly = account.roles.includes('reporter') && !account.roles.includes('admin') && !account.roles.includes('auditor');
  return { name: account.name, state: ownOnly ? (account.state ?? '') : null };
}

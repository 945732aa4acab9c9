/**
 * A four-eyes proposal stands only while its proposer does (security review 17, R17-8, R17-9). Revoking an
 * account is the answer to a compromised key or a dismissed insider, so what that account proposed, or asked
 * for, must not be confirmed on its word afterwards: a confirmation is refused (409) when the proposer has
 * been revoked, no longer holds the role it proposed in, or had its key replaced by someone else since the
 * proposal (a re-key by an admin or the operator; the account's own rotation keeps its holders and is no
 * reason). A releaser rejects such a proposal, which returns the alert to the queue, and it is made again.
 *
 * Likewise a key a revoked account may hold (it issued the key, or held the issuer's key) takes part in no
 * four-eyes step, on either side, until the operator issues its account a new one: otherwise the revoked
 * admin would go on proposing or confirming with the keys it issued.
 *
 * The same rules in one place for the service and for `audit verify`'s replay (audit-crosscheck.ts).
 */
import { InterdictError } from '../../errors/index.ts';
import type { SqlExec } from '../../store/index.ts';
import { toRoles } from './accounts.ts';

/** How the proposer's account stands at the confirmation. */
export interface ProposerNow {
  exists: boolean;
  revoked: boolean;
  roles: readonly string[];
  /** Its key was replaced by another account (or the operator) after the proposal. */
  rekeyedSince: boolean;
}

/** Why the proposal no longer stands, or undefined. */
export function proposalProblem(proposer: string, role: string, now: ProposerNow): string | undefined {
  const why = !now.exists ? 'is no longer an account'
    : now.revoked ? 'was revoked since'
      : !now.roles.includes(role) ? `is no longer ${role === 'admin' ? 'an admin' : `an ${role}`}`
        : now.rekeyedSince ? 'had its key replaced since (whoever held the old key made the proposal)'
          : undefined;
  return why === undefined ? undefined : `the proposal was made by ${proposer}, who ${why}: it no longer stands; reject it and propose again`;
}

/** The first revoked account among those that may hold either key, with whose key; or undefined. */
export function revokedHolderProblem(keys: readonly { account: string; holders: Iterable<string> }[], revoked: (name: string) => boolean): string | undefined {
  for (const k of keys) {
    for (const h of k.holders) {
      if (h !== k.account && revoked(h)) {
        return `${h}, revoked, issued or may have seen ${k.account}'s key: that key takes part in no four-eyes step until the operator issues ${k.account} a new one (interdict users key ${k.account})`;
      }
    }
  }
  return undefined;
}

/**
 * Refuse (409) confirming a proposal whose proposer no longer stands. `target` and `actions` find the
 * proposal's entry (the newest of those actions by the proposer about the target).
 */
export async function assertProposalStands(
  tx: SqlExec, proposer: string, role: string, target: string, actions: readonly string[], code: 'ALERT_CONFLICT' | 'USER_CONFLICT' | 'LIST_CONFLICT', field: string,
): Promise<void> {
  const row = (await tx.all<{ roles: string; revoked_at: string | null }>('SELECT roles, revoked_at FROM service_users WHERE name = ?', [proposer]))[0];
  const since = (await tx.all<{ seq: number | string | null }>(
    `SELECT MAX(seq) AS seq FROM audit_log WHERE target = ? AND actor = ? AND action IN (${actions.map(() => '?').join(', ')})`, [target, proposer, ...actions],
  ))[0]?.seq;
  const rekeyed = since !== null && since !== undefined
    && (await tx.all('SELECT seq FROM audit_log WHERE target = ? AND action = ? AND actor <> ? AND seq > ? LIMIT 1', [`user:${proposer}`, 'user.key', proposer, Number(since)])).length > 0;
  const problem = proposalProblem(proposer, role, { exists: row !== undefined, revoked: row?.revoked_at != null, roles: row ? toRoles(row.roles) : [], rekeyedSince: rekeyed });
  if (problem !== undefined) throw new InterdictError(code, problem, { field });
}

/** The revoked accounts among `names`. */
export async function revokedAmong(tx: SqlExec, names: readonly string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await tx.all<{ name: string }>(`SELECT name FROM service_users WHERE revoked_at IS NOT NULL AND name IN (${names.map(() => '?').join(', ')})`, [...names]);
  return new Set(rows.map((r) => r.name));
}

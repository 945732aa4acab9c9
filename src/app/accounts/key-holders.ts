/**
 * Four eyes holds between people, not between keys: an admin who issued (or rotated) another account's
 * key has seen it, and could act as that account. So each account's current key records who may have
 * seen it besides the account itself (`key_seen`): the admin account that issued it, and everyone who may
 * have seen that admin's own key at the time (they could have issued it in the admin's name). The
 * operator at the server's machine (the CLI, `cli:OSUSER`) is trusted as an issuer and adds no one: a key
 * the operator issues (`interdict users add`, `interdict users key NAME`) is seen by its account alone. An
 * account rotating its own key (`POST /v1/users/me/key`) ends the old key but keeps its holders: whoever
 * held the old key could have made that request.
 *
 * The rule (docs/service.md): a four-eyes step (an alert's confirmation, a grant's confirmation, a list
 * update's confirmation) is refused when one account may have seen both the proposer's and the
 * confirmer's keys: the confirmer's key was issued by the proposer, or the proposer's by the confirmer,
 * or both by the same other admin (directly or through a chain of issuers).
 */
import { InterdictError } from '../../errors/index.ts';
import type { SqlExec } from '../../store/index.ts';
import type { Grantor } from './accounts.ts';

function parseSeen(json: string | null | undefined): string[] {
  if (json === null || json === undefined) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Who may have seen `name`'s current key, the account itself included. */
export async function keyHolders(tx: SqlExec, name: string): Promise<Set<string>> {
  const rows = await tx.all<{ key_seen: string | null }>('SELECT key_seen FROM service_users WHERE name = ?', [name]);
  return new Set([name, ...parseSeen(rows[0]?.key_seen)]);
}

/** The `key_seen` of a key issued now by `by` to another account. */
export async function seenByIssuer(tx: SqlExec, by: Grantor): Promise<string[]> {
  if (by.operator) return [];
  return [...(await keyHolders(tx, by.actor))].sort();
}

/** Why `confirmer` may not confirm what `proposer` proposed (one account may have seen both keys), or undefined. */
export async function sharedKeyHolder(tx: SqlExec, proposer: string, confirmer: string): Promise<string | undefined> {
  const p = await keyHolders(tx, proposer);
  const c = await keyHolders(tx, confirmer);
  const both = [...p].filter((x) => c.has(x)).sort();
  if (both.length === 0) return undefined;
  const who = both[0]!;
  const how = who === proposer ? `${proposer} issued ${confirmer}'s key` : who === confirmer ? `${confirmer} issued ${proposer}'s key` : `${who} issued (or may have seen) both ${proposer}'s and ${confirmer}'s keys`;
  return `${how}: one person may hold both keys, so this is not four eyes (the operator at the server issues each of them a key of its own: interdict users key NAME)`;
}

/** Refuse a four-eyes step whose two keys one account may have seen (409). */
export async function assertFourEyes(tx: SqlExec, proposer: string, confirmer: string, code: 'ALERT_CONFLICT' | 'USER_CONFLICT' | 'LIST_CONFLICT', field: string): Promise<void> {
  const problem = await sharedKeyHolder(tx, proposer, confirmer);
  if (problem !== undefined) throw new InterdictError(code, problem, { field });
}

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
 *
 * The proposer's key is taken as it was when the proposal was made, as well as now: a proposal records
 * who held the proposer's key then (`proposerKeySeen` in its audit entry), and the check is against both
 * (fail closed). Otherwise an admin who held the proposer's key could propose with it, have the key
 * replaced, and confirm with another key it holds. `audit verify` replays the same rule from the log.
 */
import { InterdictError } from '../../errors/index.ts';
import type { SqlExec } from '../../store/index.ts';
import type { Grantor } from './accounts.ts';
import { COLUMNS, trustedEntry, type AuditRow } from '../audit/audit-log.ts';
import { firstMacSeq } from '../audit/mac-start.ts';
import { AUDITED_TABLES } from '../audit/audit-rows.ts';
import { recordedDigest, rowIsAsRecorded, tampered } from '../audit/row-guard.ts';
import { revokedAmong, revokedHolderProblem } from './proposal-stands.ts';

function parseSeen(json: string | null | undefined): string[] {
  if (json === null || json === undefined) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

const ACCOUNT_COLUMNS = AUDITED_TABLES.service_users!.columns.join(', ');

/**
 * Who may have seen `name`'s current key, the account itself included, as the account's entries recorded
 * it (row-guard.ts): a `key_seen` emptied in the database would otherwise let the admin who issued a key
 * confirm what that key proposed. A row not as recorded is refused (409), never read as "no one else".
 */
export async function keyHolders(tx: SqlExec, name: string): Promise<Set<string>> {
  const row = (await tx.all<Record<string, unknown> & { key_seen: string | null }>(`SELECT ${ACCOUNT_COLUMNS} FROM service_users WHERE name = ?`, [name]))[0];
  if (row !== undefined && !(await rowIsAsRecorded(tx, 'service_users', row, [name], [`user:${name}`]))) throw tampered(`the account "${name}"`);
  // An account the log recorded and whose row is gone (deleted for the moment of a confirmation, its key
  // still in a process's cache) is not one that "no one else" held: refused, as a changed row is.
  if (row === undefined && typeof (await recordedDigest(tx, { table: 'service_users', key: [name] }, [`user:${name}`])) === 'string') throw tampered(`the account "${name}", recorded and not in the table`);
  return new Set([name, ...parseSeen(row?.key_seen)]);
}

/** The `key_seen` of a key issued now by `by` to another account. */
export async function seenByIssuer(tx: SqlExec, by: Grantor): Promise<string[]> {
  if (by.operator) return [];
  return [...(await keyHolders(tx, by.actor))].sort();
}

/** Who, besides `proposer`, may have seen its key now: what a proposal records (`proposerKeySeen`). */
export async function proposerKeySeen(tx: SqlExec, proposer: string): Promise<string[]> {
  return [...(await keyHolders(tx, proposer))].filter((h) => h !== proposer).sort();
}

/**
 * The `proposerKeySeen` the newest entry of these actions about `target` recorded (the proposal being
 * confirmed); [] when it recorded none (a proposal made before this was recorded).
 */
export async function recordedProposerKeySeen(tx: SqlExec, target: string, actions: readonly string[]): Promise<string[]> {
  // The newest entry Interdict wrote (trustedEntry): one a database user added, saying "no one else held
  // the key", is passed over.
  const macsFrom = await firstMacSeq(tx);
  const rows = await tx.all<AuditRow>(`SELECT ${COLUMNS}, mac FROM audit_log WHERE target = ? AND action IN (${actions.map(() => '?').join(', ')}) ORDER BY seq DESC`, [target, ...actions]);
  for (const r of rows) {
    const e = trustedEntry(r, macsFrom);
    if (e === undefined) continue;
    const v = e.detail.proposerKeySeen;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }
  return [];
}

/** The one account that may hold both keys, with how; the rule in one place for the service and the replay. */
export function overlap(proposer: string, confirmer: string, proposerHolders: ReadonlySet<string>, proposedWith: readonly string[], confirmerHolders: ReadonlySet<string>): string | undefined {
  const p = new Set([...proposerHolders, ...proposedWith]);
  const both = [...p].filter((x) => confirmerHolders.has(x)).sort();
  if (both.length === 0) return undefined;
  const who = both[0]!;
  if (!proposerHolders.has(who)) return `${who} may have held ${proposer}'s key when the proposal was made (the key was replaced since) and holds or issued ${confirmer}'s`;
  return who === proposer ? `${proposer} issued ${confirmer}'s key` : who === confirmer ? `${confirmer} issued ${proposer}'s key` : `${who} issued (or may have seen) both ${proposer}'s and ${confirmer}'s keys`;
}

/**
 * Why `confirmer` may not confirm what `proposer` proposed (one account may have seen both keys, the
 * proposer's as it is now or as it was when it proposed: `proposedWith`), or undefined.
 */
export async function sharedKeyHolder(tx: SqlExec, proposer: string, confirmer: string, proposedWith: readonly string[] = []): Promise<string | undefined> {
  const p = await keyHolders(tx, proposer);
  const c = await keyHolders(tx, confirmer);
  const keys = [{ account: proposer, holders: [...p, ...proposedWith] }, { account: confirmer, holders: [...c] }];
  const revoked = await revokedAmong(tx, [...new Set(keys.flatMap((k) => k.holders))]);
  const gone = revokedHolderProblem(keys, (h) => revoked.has(h));
  if (gone !== undefined) return gone;
  const how = overlap(proposer, confirmer, p, proposedWith, c);
  if (how === undefined) return undefined;
  return `${how}: one person may hold both keys, so this is not four eyes (the operator at the server issues each of them a key of its own: interdict users key NAME; a proposal made with a key someone else held is made again with the new key)`;
}

/** Refuse a four-eyes step whose two keys one account may have seen (409). */
export async function assertFourEyes(
  tx: SqlExec, proposer: string, confirmer: string, code: 'ALERT_CONFLICT' | 'USER_CONFLICT' | 'LIST_CONFLICT', field: string, proposedWith: readonly string[] = [],
): Promise<void> {
  const problem = await sharedKeyHolder(tx, proposer, confirmer, proposedWith);
  if (problem !== undefined) throw new InterdictError(code, problem, { field });
}

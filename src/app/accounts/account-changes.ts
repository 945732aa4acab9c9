/**
 * Changing an account after it exists: its roles (PATCH), a second admin's confirmation of a pending
 * grant, a new key, revocation. Each runs under the audit chain's lock (taken first), so two admins
 * acting at once take turns: "the last admin" is counted with no other change in between.
 */
import { InterdictError } from '../../errors/index.ts';
import type { SqlExec, SqlTx } from '../../store/index.ts';
import type { SqlDriver } from '../../store/index.ts';
import { appendAudit, lockChain } from '../audit/audit-log.ts';
import { assertRowAsRecorded, rowIsAsRecorded } from '../audit/row-guard.ts';
import { announceAccountChange } from './account-events.ts';
import { hashKey, keyIdOf, newKey, splitGrant, toAccount, toRoles, USER_COLUMNS, validateRoles, type Account, type Grantor, type UserRow } from './accounts.ts';
import { assertProposalStands } from './proposal-stands.ts';
import { assertFourEyes, keyHolders, proposerKeySeen, recordedProposerKeySeen, seenByIssuer } from './key-holders.ts';
import { segregationProblem, type Role } from './roles.ts';

async function liveRow(tx: SqlTx, name: string): Promise<UserRow> {
  const rows = await tx.all<UserRow>(`SELECT ${USER_COLUMNS} FROM service_users WHERE name = ?${tx.forUpdate}`, [name]);
  const row = rows[0];
  if (row === undefined) throw new InterdictError('SERVICE_NOT_FOUND', `there is no account named "${name}"`, { field: 'name' });
  if (row.revoked_at !== null) throw new InterdictError('USER_CONFLICT', `the account "${name}" was revoked on ${row.revoked_at}`, { field: 'name' });
  // Under the chain's lock (run): the row as its last entry recorded it, or no change is made to it.
  await assertRowAsRecorded(tx, 'service_users', row as unknown as Record<string, unknown>, [name], [`user:${name}`], `the account "${name}"`);
  return row;
}

/**
 * Refuse a change that would leave no live admin: someone must be able to manage accounts. Only admins as
 * their entries recorded them count (row-guard.ts): one planted in the database, deleted once the last
 * real admin is gone, would leave none.
 */
async function keepAnAdmin(tx: SqlExec, name: string, what: string): Promise<void> {
  const rows = await tx.all<UserRow>(`SELECT ${USER_COLUMNS} FROM service_users WHERE revoked_at IS NULL`);
  const others: string[] = [];
  for (const r of rows) {
    if (r.name === name || !toRoles(r.roles).includes('admin')) continue;
    if (await rowIsAsRecorded(tx, 'service_users', r as unknown as Record<string, unknown>, [r.name], [`user:${r.name}`])) others.push(r.name);
  }
  if (others.length === 0) throw new InterdictError('USER_CONFLICT', `"${name}" is the last admin: ${what} would leave no one to manage accounts (add a second admin first)`, { field: 'name' });
}

/** One change, under the chain's lock; once committed, announced (account-events.ts: the key cache forgets at once). */
async function run<T>(driver: SqlDriver, fn: (tx: SqlTx) => Promise<T>): Promise<T> {
  const result = await driver.transaction(async (tx) => {
    await lockChain(tx);
    return fn(tx);
  });
  announceAccountChange(driver);
  return result;
}

/**
 * Set an account's roles (and a reporter's State). Roles removed go at once; a four-eyes role added by
 * an admin account waits for a second admin (the account keeps its other roles meanwhile).
 */
export async function changeRoles(driver: SqlDriver, name: string, input: { roles: unknown; state?: string }, by: Grantor): Promise<Account> {
  const v = validateRoles(input.roles, input.state);
  const now = new Date().toISOString();
  return run(driver, async (tx) => {
    const row = await liveRow(tx, name);
    const current = toRoles(row.roles);
    if (current.includes('admin') && !v.roles.includes('admin')) await keepAnAdmin(tx, name, 'removing its admin role');
    const grant = splitGrant(current, v.roles, by);
    await tx.run('UPDATE service_users SET roles = ?, state = ?, pending_roles = ?, pending_by = ?, pending_at = ? WHERE name = ?', [
      JSON.stringify(grant.now), v.state ?? null, grant.pending ? JSON.stringify(grant.pending) : null, grant.pending ? by.actor : null, grant.pending ? now : null, name,
    ]);
    await appendAudit(tx, {
      actor: by.actor, action: 'user.roles', target: `user:${name}`,
      detail: {
        roles: grant.now, ...(grant.pending && { pending: grant.pending }), ...(v.state ? { state: v.state } : {}), ...(by.operator && { operator: true }),
        // A grant that waits records who may hold the asking admin's key now (key-holders.ts).
        ...(grant.pending && !by.operator && { proposerKeySeen: await proposerKeySeen(tx, by.actor) }),
      },
      rows: [{ table: 'service_users', key: [name] }],
    }, now);
    const after = await tx.all<UserRow>(`SELECT ${USER_COLUMNS} FROM service_users WHERE name = ?`, [name]);
    return toAccount(after[0]!);
  });
}

/**
 * A second admin confirms a pending grant: the account gets the role set asked for. The admin who asked
 * confirming it is 409 (four eyes), as is confirming when nothing waits. The operator at the server's
 * machine may confirm too (the single-admin bootstrap, docs/service.md).
 */
export async function confirmGrant(driver: SqlDriver, name: string, by: Grantor, reviewed?: readonly string[]): Promise<Account> {
  const now = new Date().toISOString();
  return run(driver, async (tx) => {
    const row = await liveRow(tx, name);
    if (row.pending_roles === null) throw new InterdictError('USER_CONFLICT', `the account "${name}" has no grant waiting for confirmation`, { field: 'name' });
    if (!by.operator && row.pending_by === by.actor) {
      throw new InterdictError('USER_CONFLICT', `the grant to "${name}" was asked for by ${by.actor}: a second admin must confirm it (four eyes)`, { field: 'name' });
    }
    if (!by.operator && row.name === by.actor) throw new InterdictError('USER_CONFLICT', `"${by.actor}" cannot confirm a grant to itself`, { field: 'name' });
    // Two admin names are not two people if one may hold both keys (key-holders.ts).
    // The asking admin must still stand (revoked, demoted or re-keyed since: the grant is asked for again).
    if (row.pending_by !== null && !row.pending_by.startsWith('cli:')) await assertProposalStands(tx, row.pending_by, 'admin', `user:${name}`, ['user.add', 'user.roles'], 'USER_CONFLICT', 'name');
    if (!by.operator && row.pending_by !== null) {
      await assertFourEyes(tx, row.pending_by, by.actor, 'USER_CONFLICT', 'name', await recordedProposerKeySeen(tx, `user:${name}`, ['user.add', 'user.roles']));
    }
    const roles = toRoles(row.pending_roles);
    // What the second admin looked at is what is granted: the asking admin may have changed the grant since.
    if (reviewed !== undefined && [...new Set(reviewed)].sort().join(',') !== [...roles].sort().join(',')) {
      throw new InterdictError('USER_CONFLICT', `the grant waiting for "${name}" is ${roles.join(', ')}, not the roles you reviewed (${reviewed.join(', ')}): it changed since; look again`, { field: 'roles' });
    }
    const sod = segregationProblem(roles);
    if (sod !== undefined) throw new InterdictError('USER_CONFLICT', sod, { field: 'roles' });
    // Conditional on the same pending grant: two admins confirming at once, or a change in between, cannot both count.
    const changed = await tx.run('UPDATE service_users SET roles = ?, pending_roles = NULL, pending_by = NULL, pending_at = NULL WHERE name = ? AND pending_roles = ? AND pending_by = ?', [
      JSON.stringify(roles), name, row.pending_roles, row.pending_by,
    ]);
    if (changed === 0) throw new InterdictError('USER_CONFLICT', `the grant to "${name}" changed meanwhile: look again`, { field: 'name' });
    await appendAudit(tx, { actor: by.actor, action: 'user.confirm', target: `user:${name}`, detail: { roles, requestedBy: row.pending_by, ...(by.operator && { operator: true }) }, rows: [{ table: 'service_users', key: [name] }] }, now);
    return toAccount({ ...row, roles: JSON.stringify(roles), pending_roles: null, pending_by: null, pending_at: null });
  });
}

/**
 * A new key for an account (shown once); the old one stops working, and with it every session it opened.
 * Issued by another admin, the key is recorded as seen by that admin (and whoever may hold the admin's
 * key). Rotated by the account itself (`POST /v1/users/me/key`), it keeps the old key's holders: whoever
 * may hold the old key could have asked for the new one, so a self-rotation never clears an admin who
 * saw the key (that was a way to act as two people). Only the operator at the server's machine
 * (`interdict users key NAME`) issues a key seen by no one else.
 */
export async function rotateKey(driver: SqlDriver, name: string, by: Grantor): Promise<{ account: Account; key: string }> {
  const key = newKey();
  const keyHash = hashKey(key);
  return run(driver, async (tx) => {
    const row = await liveRow(tx, name);
    const self = !by.operator && by.actor === name;
    const seen = self ? [...(await keyHolders(tx, name))].filter((h) => h !== name).sort() : await seenByIssuer(tx, by);
    await tx.run('UPDATE service_users SET key_hash = ?, key_by = ?, key_seen = ? WHERE name = ?', [keyHash, by.actor, JSON.stringify(seen), name]);
    await appendAudit(tx, {
      actor: by.actor, action: 'user.key', target: `user:${name}`,
      detail: { keyId: keyIdOf(keyHash), keyBy: by.actor, keySeen: seen, ...(self && { self: true }), ...(by.operator && { operator: true }) },
      rows: [{ table: 'service_users', key: [name] }],
    });
    return { account: toAccount(row), key };
  });
}

export async function revokeAccount(driver: SqlDriver, name: string, actor: string): Promise<Account> {
  const now = new Date().toISOString();
  return run(driver, async (tx) => {
    const row = await liveRow(tx, name);
    if (toRoles(row.roles).includes('admin')) await keepAnAdmin(tx, name, 'revoking it');
    await tx.run('UPDATE service_users SET revoked_at = ?, revoked_by = ? WHERE name = ? AND revoked_at IS NULL', [now, actor, name]);
    await appendAudit(tx, { actor, action: 'user.revoke', target: `user:${name}`, detail: {}, rows: [{ table: 'service_users', key: [name] }] }, now);
    return toAccount({ ...row, revoked_at: now, revoked_by: actor });
  });
}

export type { Role };

/**
 * Accounts: a name, roles, a State for a reporter, and an API key shown once. Only the key's SHA-256 is
 * stored: keys are 32 random bytes, so a fast hash is as strong as a slow one here (there is nothing to
 * guess), and a lookup costs one indexed read. A revoked account keeps its row (the audit log names it).
 */
import { createHash, randomBytes } from 'node:crypto';
import { InterdictError } from '../../errors/index.ts';
import { isCountryCode } from '../../check/index.ts';
import type { SqlDriver, SqlExec } from '../../store/index.ts';
import { withAudit } from '../audit/audit-log.ts';
import { isRole, ROLES, type Role } from './roles.ts';

export interface Account {
  name: string;
  roles: Role[];
  state?: string;
  createdAt: string;
  createdBy: string;
  revokedAt?: string;
  revokedBy?: string;
}

export interface NewAccount {
  name: string;
  roles: string[];
  state?: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function newKey(): string {
  return `ik_${randomBytes(32).toString('base64url')}`;
}

interface UserRow {
  name: string;
  roles: string;
  state: string | null;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

function toAccount(r: UserRow): Account {
  const a: Account = { name: r.name, roles: (JSON.parse(r.roles) as string[]).filter(isRole), createdAt: r.created_at, createdBy: r.created_by };
  if (r.state !== null) a.state = r.state;
  if (r.revoked_at !== null) a.revokedAt = r.revoked_at;
  if (r.revoked_by !== null) a.revokedBy = r.revoked_by;
  return a;
}

export function validateAccount(input: NewAccount): { name: string; roles: Role[]; state?: string } {
  const bad = (field: string, message: string): never => {
    throw new InterdictError('USER_BAD_INPUT', message, { field });
  };
  if (typeof input.name !== 'string' || !NAME.test(input.name)) bad('name', `account name "${String(input.name)}" must be 1-64 letters, digits, ".", "_", "@" or "-"`);
  if (!Array.isArray(input.roles) || input.roles.length === 0) bad('roles', `give at least one role (${ROLES.join(', ')})`);
  const roles: Role[] = [];
  for (const r of input.roles) {
    if (!isRole(r)) return bad('roles', `"${r}" is not a role (${ROLES.join(', ')})`);
    if (!roles.includes(r)) roles.push(r);
  }
  const state = input.state?.trim().toUpperCase();
  if (roles.includes('reporter')) {
    if (state === undefined || state === '') bad('state', 'a reporter is bound to one State: give its ISO 3166 alpha-2 code (e.g. CN)');
    if (!isCountryCode(state!)) bad('state', `"${input.state}" is not an ISO 3166 alpha-2 country code`);
  } else if (state !== undefined && state !== '') bad('state', 'only a reporter is bound to a State');
  return { name: input.name, roles, ...(roles.includes('reporter') ? { state: state! } : {}) };
}

/** Add an account; returns it with its key, which is never shown again. */
export async function addAccount(driver: SqlDriver, input: NewAccount, actor: string): Promise<{ account: Account; key: string }> {
  const v = validateAccount(input);
  const key = newKey();
  const now = new Date().toISOString();
  return withAudit(driver, async (tx) => {
    const inserted = await tx.all(
      'INSERT INTO service_users (name, roles, state, key_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING name',
      [v.name, JSON.stringify(v.roles), v.state ?? null, hashKey(key), now, actor],
    );
    if (inserted.length === 0) throw new InterdictError('USER_CONFLICT', `an account named "${v.name}" already exists`, { field: 'name' });
    const account: Account = { name: v.name, roles: v.roles, ...(v.state ? { state: v.state } : {}), createdAt: now, createdBy: actor };
    return { result: { account, key }, audit: [{ actor, action: 'user.add', target: `user:${v.name}`, detail: { roles: v.roles, ...(v.state ? { state: v.state } : {}) } }] };
  });
}

/**
 * On a first start with no accounts, create "admin" and return its key; with accounts, nothing.
 * Several processes starting at once: the unique name lets one create it.
 */
export async function ensureFirstAdmin(driver: SqlDriver, actor: string): Promise<string | undefined> {
  const any = await driver.all('SELECT 1 FROM service_users LIMIT 1');
  if (any.length > 0) return undefined;
  try {
    return (await addAccount(driver, { name: 'admin', roles: ['admin'] }, actor)).key;
  } catch (e) {
    if (e instanceof InterdictError && e.code === 'USER_CONFLICT') return undefined;
    throw e;
  }
}

export async function listAccounts(db: SqlExec): Promise<Account[]> {
  const rows = await db.all<UserRow>('SELECT name, roles, state, created_at, created_by, revoked_at, revoked_by FROM service_users ORDER BY name');
  return rows.map(toAccount);
}

export async function revokeAccount(driver: SqlDriver, name: string, actor: string): Promise<Account> {
  const now = new Date().toISOString();
  return withAudit(driver, async (tx) => {
    const changed = await tx.run('UPDATE service_users SET revoked_at = ?, revoked_by = ? WHERE name = ? AND revoked_at IS NULL', [now, actor, name]);
    const rows = await tx.all<UserRow>('SELECT name, roles, state, created_at, created_by, revoked_at, revoked_by FROM service_users WHERE name = ?', [name]);
    if (rows[0] === undefined) throw new InterdictError('SERVICE_NOT_FOUND', `there is no account named "${name}"`, { field: 'name' });
    if (changed === 0) throw new InterdictError('USER_CONFLICT', `the account "${name}" was already revoked on ${rows[0].revoked_at}`, { field: 'name' });
    return { result: toAccount(rows[0]), audit: [{ actor, action: 'user.revoke', target: `user:${name}`, detail: {} }] };
  });
}

/** The live account a key belongs to, or undefined (unknown or revoked). */
export async function accountForKey(db: SqlExec, key: string): Promise<Account | undefined> {
  const rows = await db.all<UserRow>('SELECT name, roles, state, created_at, created_by, revoked_at, revoked_by FROM service_users WHERE key_hash = ? AND revoked_at IS NULL', [hashKey(key)]);
  return rows[0] ? toAccount(rows[0]) : undefined;
}

/**
 * Accounts: a name, roles, a State for a reporter, and an API key shown once. Only the key's SHA-256 is
 * stored: keys are 32 random bytes, so a fast hash is as strong as a slow one here (there is nothing to
 * guess), and a lookup costs one indexed read. A revoked account keeps its row (the audit log names it).
 *
 * Segregation of duties (roles.ts): no account holds admin together with analyst or releaser, and an
 * admin account's grant of analyst, releaser or admin waits for a second admin (grants.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { InterdictError } from '../../errors/index.ts';
import { ACCOUNT_NAME, ACCOUNT_NAME_RULE } from '../../io/limits.ts';
import { rowIsAsRecorded, tampered } from '../audit/row-guard.ts';
import { isCountryCode } from '../../check/index.ts';
import type { SqlDriver, SqlExec } from '../../store/index.ts';
import { lockChain, withAudit } from '../audit/audit-log.ts';
import { proposerKeySeen, seenByIssuer } from './key-holders.ts';
import { keySuspension } from './key-suspension.ts';
import { lookalikeOf } from './name-skeleton.ts';
import { FOUR_EYES_ROLES, isRole, ROLES, segregationProblem, type Role } from './roles.ts';

export interface Account {
  name: string;
  roles: Role[];
  state?: string;
  createdAt: string;
  createdBy: string;
  revokedAt?: string;
  revokedBy?: string;
  /** Roles asked for by one admin and not yet confirmed by a second: the whole role set it will have. */
  pending?: { roles: Role[]; by: string; at: string };
  /**
   * Why its key acts no more: an admin who issued or may have seen it was revoked or demoted since
   * (key-suspension.ts). Every request with it is refused until another admin issues a new key.
   */
  keySuspended?: string;
}

export interface NewAccount {
  name: string;
  roles: string[];
  state?: string;
}

/**
 * Who grants: an admin account (over HTTP: its grants of analyst, releaser or admin wait for a second
 * admin), or the operator at the server's machine (the CLI, which holds the database's credentials and so
 * could write any table: its grants apply at once and are audited under the OS user).
 */
export interface Grantor {
  actor: string;
  operator: boolean;
}

export function isAccountName(s: string): boolean {
  return ACCOUNT_NAME.test(s);
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** What the audit log records of a key: enough to tell two keys apart, nothing to sign in with. */
export function keyIdOf(keyHash: string): string {
  return createHash('sha256').update(keyHash).digest('hex').slice(0, 16);
}

export function newKey(): string {
  return `ik_${randomBytes(32).toString('base64url')}`;
}

/**
 * Stored roles as the roles in force. Fail closed: a row written before segregation of duties that holds
 * admin beside analyst or releaser keeps admin only (an admin never also decides alerts).
 */
export function toRoles(json: string | null): Role[] {
  if (json === null) return [];
  const roles = (JSON.parse(json) as string[]).filter(isRole);
  return roles.includes('admin') ? roles.filter((r) => r !== 'analyst' && r !== 'releaser') : roles;
}

export interface UserRow {
  name: string;
  roles: string;
  state: string | null;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
  revoked_by: string | null;
  pending_roles: string | null;
  pending_by: string | null;
  pending_at: string | null;
  key_hash: string;
  /** Who issued the current key (an account, or the operator's `cli:` actor). */
  key_by: string | null;
  /** Accounts besides this one that may have seen the current key (JSON array): key-holders.ts. */
  key_seen: string | null;
}

export const USER_COLUMNS = 'name, roles, state, created_at, created_by, revoked_at, revoked_by, pending_roles, pending_by, pending_at, key_hash, key_by, key_seen';

export function toAccount(r: UserRow): Account {
  const a: Account = { name: r.name, roles: toRoles(r.roles), createdAt: r.created_at, createdBy: r.created_by };
  if (r.state !== null) a.state = r.state;
  if (r.revoked_at !== null) a.revokedAt = r.revoked_at;
  if (r.revoked_by !== null) a.revokedBy = r.revoked_by;
  if (r.pending_roles !== null) a.pending = { roles: (JSON.parse(r.pending_roles) as string[]).filter(isRole), by: r.pending_by ?? '', at: r.pending_at ?? '' };
  return a;
}

function bad(field: string, message: string): never {
  throw new InterdictError('USER_BAD_INPUT', message, { field });
}

/** A role set as asked for: known roles, no admin beside analyst or releaser, a State (never KP) for a reporter only. */
export function validateRoles(rolesIn: unknown, stateIn: string | undefined): { roles: Role[]; state?: string } {
  if (!Array.isArray(rolesIn) || rolesIn.length === 0) bad('roles', `give at least one role (${ROLES.join(', ')})`);
  const roles: Role[] = [];
  for (const r of rolesIn as unknown[]) {
    if (typeof r !== 'string' || !isRole(r)) return bad('roles', `"${String(r)}" is not a role (${ROLES.join(', ')})`);
    if (!roles.includes(r)) roles.push(r);
  }
  const sod = segregationProblem(roles);
  if (sod !== undefined) bad('roles', sod);
  const state = stateIn?.trim().toUpperCase();
  if (roles.includes('reporter')) {
    if (state === undefined || state === '') bad('state', 'a reporter is bound to one State: give its ISO 3166 alpha-2 code (e.g. CN)');
    if (!isCountryCode(state!)) bad('state', `"${stateIn}" is not an ISO 3166 alpha-2 country code`);
    // A reporter records its own State's deliveries to the DPRK; the DPRK is never a supplying State.
    if (state === 'KP') bad('state', 'KP is the DPRK itself, not a supplying State: a reporter is bound to the State that reports its supplies');
  } else if (state !== undefined && state !== '') bad('state', 'only a reporter is bound to a State');
  return { roles, ...(roles.includes('reporter') ? { state: state! } : {}) };
}

export function validateAccount(input: NewAccount): { name: string; roles: Role[]; state?: string } {
  if (typeof input.name !== 'string' || !ACCOUNT_NAME.test(input.name)) bad('name', `account name "${String(input.name)}" must be ${ACCOUNT_NAME_RULE}`);
  // "me" names the caller in /v1/users/me/key.
  if (input.name.toLowerCase() === 'me') bad('name', 'the account name "me" is reserved (it means the caller in /v1/users/me/key)');
  return { name: input.name, ...validateRoles(input.roles, input.state) };
}

/**
 * What a grant does now and what waits: the operator's apply at once; an admin account's grant of a
 * four-eyes role (analyst, releaser, admin) not already held waits, and the roles that need no second
 * admin (and those being removed) apply now.
 */
export function splitGrant(current: readonly Role[], wanted: readonly Role[], by: Grantor): { now: Role[]; pending?: Role[] } {
  if (by.operator) return { now: [...wanted] };
  const waits = wanted.filter((r) => FOUR_EYES_ROLES.includes(r) && !current.includes(r));
  if (waits.length === 0) return { now: [...wanted] };
  return { now: wanted.filter((r) => !waits.includes(r)), pending: [...wanted] };
}

/** Add an account; returns it with its key, which is never shown again. */
export async function addAccount(driver: SqlDriver, input: NewAccount, by: Grantor): Promise<{ account: Account; key: string }> {
  const v = validateAccount(input);
  const key = newKey();
  const keyHash = hashKey(key);
  const now = new Date().toISOString();
  const grant = splitGrant([], v.roles, by);
  return withAudit(driver, async (tx) => {
    // Accounts are added one at a time (the chain's lock), so two look-alike names cannot both get in.
    await lockChain(tx);
    const names = (await tx.all<{ name: string }>('SELECT name FROM service_users')).map((r) => r.name);
    const like = names.includes(v.name) ? undefined : lookalikeOf(v.name, names);
    if (like !== undefined) bad('name', `account name "${v.name}" looks like the existing account "${like}" (l, 1, I; O, 0; rn, m; vv, w; cl, d; case; ".", "_", "-" are read for one another): choose a name that does not`);
    const seen = await seenByIssuer(tx, by);
    const inserted = await tx.all(
      `INSERT INTO service_users (name, roles, state, key_hash, created_at, created_by, pending_roles, pending_by, pending_at, key_by, key_seen)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING name`,
      [v.name, JSON.stringify(grant.now), v.state ?? null, keyHash, now, by.actor, grant.pending ? JSON.stringify(grant.pending) : null, grant.pending ? by.actor : null, grant.pending ? now : null, by.actor, JSON.stringify(seen)],
    );
    if (inserted.length === 0) throw new InterdictError('USER_CONFLICT', `an account named "${v.name}" already exists`, { field: 'name' });
    const account: Account = { name: v.name, roles: grant.now, ...(v.state ? { state: v.state } : {}), createdAt: now, createdBy: by.actor, ...(grant.pending && { pending: { roles: grant.pending, by: by.actor, at: now } }) };
    const detail = {
      roles: grant.now, ...(grant.pending && { pending: grant.pending }), ...(v.state ? { state: v.state } : {}), keyId: keyIdOf(keyHash), keyBy: by.actor, keySeen: seen, ...(by.operator && { operator: true }),
      // A grant that waits records who may hold the asking admin's key now (key-holders.ts).
      ...(grant.pending && !by.operator && { proposerKeySeen: await proposerKeySeen(tx, by.actor) }),
    };
    return { result: { account, key }, audit: [{ actor: by.actor, action: 'user.add', target: `user:${v.name}`, detail, rows: [{ table: 'service_users', key: [v.name] }] }] };
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
    return (await addAccount(driver, { name: 'admin', roles: ['admin'] }, { actor, operator: true })).key;
  } catch (e) {
    if (e instanceof InterdictError && e.code === 'USER_CONFLICT') return undefined;
    throw e;
  }
}

export async function listAccounts(db: SqlExec): Promise<Account[]> {
  const rows = await db.all<UserRow>(`SELECT ${USER_COLUMNS} FROM service_users ORDER BY name`);
  // An admin sees which keys need issuing again (key-suspension.ts).
  return Promise.all(rows.map(async (r) => withSuspension(db, r, toAccount(r))));
}

/** The account of this name (revoked or not), or undefined. */
export async function findAccount(db: SqlExec, name: string): Promise<Account | undefined> {
  const rows = await db.all<UserRow>(`SELECT ${USER_COLUMNS} FROM service_users WHERE name = ?`, [name]);
  return rows[0] ? toAccount(rows[0]) : undefined;
}

/** The live account a key belongs to, or undefined (unknown or revoked). */
export async function accountForKey(db: SqlExec, key: string): Promise<Account | undefined> {
  const rows = await db.all<UserRow>(`SELECT ${USER_COLUMNS} FROM service_users WHERE key_hash = ? AND revoked_at IS NULL`, [hashKey(key)]);
  return rows[0] ? trustedAccount(db, rows[0]) : undefined;
}

/**
 * The account of a row, once the row is what its last audit entry recorded (row-guard.ts): a key hash
 * planted or roles raised in the database directly never sign anyone in.
 */
export async function trustedAccount(db: SqlExec, row: UserRow): Promise<Account | undefined> {
  const asRecorded = (r: UserRow) => rowIsAsRecorded(db, 'service_users', r as unknown as Record<string, unknown>, [r.name], [`user:${r.name}`]);
  if (await asRecorded(row)) return withSuspension(db, row, toAccount(row));
  // A change committed between reading the row and reading the log is no tamper: read the row again. Its
  // key or revocation changed meanwhile: the credential is simply no longer good.
  const again = (await db.all<UserRow>(`SELECT ${USER_COLUMNS} FROM service_users WHERE name = ?`, [row.name]))[0];
  if (again === undefined || again.key_hash !== row.key_hash || again.revoked_at !== row.revoked_at) return undefined;
  if (await asRecorded(again)) return withSuspension(db, again, toAccount(again));
  throw tampered(`the account "${row.name}"`);
}

/** The account with why its key is suspended, when it is (a revoked account's key acts no more anyway). */
async function withSuspension(db: SqlExec, row: UserRow, account: Account): Promise<Account> {
  if (row.revoked_at !== null) return account;
  const why = await keySuspension(db, row.name, row.key_seen);
  return why === undefined ? account : { ...account, keySuspended: why };
}

/**
 * Web sessions without server state: the session cookie names the account and an expiry and is signed
 * with HMAC-SHA256 keyed by the deployment's server secret (session-secret.ts, kept outside the
 * database), over the account's current key hash too. So reading the database is not enough to mint a
 * session; any process of the deployment can verify one; revoking the account (or giving it a new key)
 * ends every session at once. The CSRF token is derived from the cookie the same way, so it is bound to
 * one session and needs no storage either.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { isInterdictError } from '../../errors/index.ts';
import type { SqlDriver, SqlExec } from '../../store/index.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { accountForKey, hashKey, isAccountName, trustedAccount, USER_COLUMNS, type Account, type UserRow } from '../accounts/accounts.ts';
import { SESSION_TTL_MS, type SessionSecrets } from './session-secret.ts';

export { SESSION_TTL_MS };

/** The live account a session names, as its audit entries recorded it (accounts.ts reads the row). */
async function liveAccount(db: SqlExec, name: string): Promise<{ account: Account; keyHash: string } | undefined> {
  const rows = await db.all<UserRow>(`SELECT ${USER_COLUMNS} FROM service_users WHERE name = ? AND revoked_at IS NULL`, [name]);
  const r = rows[0];
  if (r === undefined) return undefined;
  const account = await noneIfUntrusted(trustedAccount(db, r));
  return account === undefined ? undefined : { account, keyHash: r.key_hash };
}

/** An account whose row was changed outside Interdict (row-guard.ts) opens no session and keeps none. */
async function noneIfUntrusted(account: Promise<Account | undefined>): Promise<Account | undefined> {
  try {
    return await account;
  } catch (e) {
    if (isInterdictError(e) && e.code === 'AUDIT_TAMPERED') return undefined;
    throw e;
  }
}

function mac(secret: Buffer, keyHash: string, purpose: string, text: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${keyHash}\n${text}`).digest('base64url');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A session in the log names it by a hash of its signature, never the signature (with the name and expiry
 * in the cookie's clear part, it would be the cookie itself).
 */
const sessionId = (signature: string): string => createHash('sha256').update(signature).digest('hex').slice(0, 16);

/**
 * Sign in with an API key: the session cookie's value, or undefined for an unknown or revoked key. The
 * sign-in is logged (`session.open`), as the sign-out is (`session.close`): who was at the web page, and
 * when, is part of the record.
 */
export async function openSession(db: SqlDriver, secrets: SessionSecrets, key: string, now = Date.now()): Promise<{ account: Account; cookie: string } | undefined> {
  const account = await noneIfUntrusted(accountForKey(db, key));
  if (account === undefined) return undefined;
  const expires = now + SESSION_TTL_MS;
  const payload = `${Buffer.from(account.name).toString('base64url')}.${expires}`;
  const signature = mac(secrets.current(), hashKey(key), 'session', payload);
  await db.transaction((tx) => appendAudit(tx, { actor: account.name, action: 'session.open', target: `session:${account.name}`, detail: { session: sessionId(signature), expires: new Date(expires).toISOString() } }, new Date(now).toISOString()));
  return { account, cookie: `${payload}.${signature}` };
}

export interface WebSession {
  account: Account;
  /** The session's CSRF token: a hidden field in every form, checked on every POST. */
  csrf: string;
}

/** The session a cookie stands for, or undefined (forged, expired, revoked, re-keyed). */
export async function sessionFor(db: SqlExec, secrets: SessionSecrets, cookie: string, now = Date.now()): Promise<WebSession | undefined> {
  const m = /^([A-Za-z0-9_-]{1,100})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(cookie);
  if (m === null || Number(m[2]) <= now || Number(m[2]) > now + SESSION_TTL_MS) return undefined;
  // The name is checked before it reaches the database: a cookie is anyone's input (a NUL in it was a 500).
  const name = Buffer.from(m[1]!, 'base64url').toString();
  if (!isAccountName(name)) return undefined;
  const live = await liveAccount(db, name);
  if (live === undefined) return undefined;
  // The secret that signed it: the current one, or the previous one during a rotation's grace period.
  const secret = secrets.accepted(now).find((k) => same(mac(k, live.keyHash, 'session', `${m[1]}.${m[2]}`), m[3]!));
  if (secret === undefined) return undefined;
  const out = await db.all('SELECT 1 FROM web_signouts WHERE signature = ?', [m[3]!]);
  if (out.length > 0) return undefined; // signed out: the cookie ends with it, whoever kept a copy
  return { account: live.account, csrf: mac(secret, live.keyHash, 'csrf', cookie) };
}

/** Sign a session out for good: its cookie is refused from now on, in every process (kept until it expires); logged with the sign-out. */
export async function closeSession(db: SqlDriver, account: string, cookie: string, now = Date.now()): Promise<void> {
  const m = /^[A-Za-z0-9_-]{1,100}\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(cookie);
  if (m === null) return;
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM web_signouts WHERE expires_at < ?', [now]);
    const added = await tx.run('INSERT INTO web_signouts (signature, expires_at) VALUES (?, ?) ON CONFLICT (signature) DO NOTHING', [m[2]!, Number(m[1])]);
    if (added > 0) await appendAudit(tx, { actor: account, action: 'session.close', target: `session:${account}`, detail: { session: sessionId(m[2]!) } }, new Date(now).toISOString());
  });
}

/** Constant-time comparison of two tokens. */
export function sameToken(a: string, b: string): boolean {
  return same(a, b);
}

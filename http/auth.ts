/**
 * Who is calling: `Authorization: Bearer KEY` (the web page will add its session cookie here). Runs
 * before the body is parsed or validated, so an anonymous or unauthorised caller learns nothing about
 * the input (401 / 403 first). Each route names its permission in `config.permission`; a route without
 * one is public (health, readiness, the OpenAPI document).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { accountForKey, type Account } from '../src/app/accounts/accounts.ts';
import { allows, type Permission } from '../src/app/accounts/roles.ts';
import type { Service } from '../src/app/service/service-context.ts';
import { isInterdictError } from '../src/errors/index.ts';
import { errorBody } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    account: Account | null;
  }
  interface FastifyContextConfig {
    permission?: Permission;
  }
}

export function bearerKey(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (typeof h !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m?.[1];
}

/**
 * A key looked up in the last KEY_CACHE_MS is trusted without reading the database again: under load the
 * same few keys arrive thousands of times a second. A revocation is seen within this bound by every
 * process (at once by the process that made it: the account use cases announce each change and the server clears its cache).
 */
export const KEY_CACHE_MS = 500;
const KEY_CACHE_MAX = 10_000;

export class KeyCache {
  private readonly entries = new Map<string, { account: Account | undefined; at: number }>();

  async lookup(svc: Service, key: string): Promise<Account | undefined> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit !== undefined && now - hit.at < KEY_CACHE_MS) return hit.account;
    const account = await accountForKey(svc.driver, key);
    if (this.entries.size >= KEY_CACHE_MAX) this.entries.clear();
    this.entries.set(key, { account, at: now });
    return account;
  }

  clear(): void {
    this.entries.clear();
  }
}

export function authHook(svc: Service, keys: KeyCache) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const permission = req.routeOptions.config.permission;
    if (permission === undefined) return;
    const key = bearerKey(req);
    let account: Account | undefined;
    let untrusted = false;
    try {
      account = key === undefined ? undefined : await keys.lookup(svc, key);
    } catch (e) {
      // The key's account row is not what the audit log recorded (row-guard.ts): changed in the database
      // outside Interdict. Nobody signs in with it; the operator reads why in the log.
      if (!isInterdictError(e) || e.code !== 'AUDIT_TAMPERED') throw e;
      req.log.error({ err: e }, 'a key was refused: its account is not what the audit log recorded');
      untrusted = true;
    }
    if (account === undefined) {
      reply.header('www-authenticate', 'Bearer');
      const why = key === undefined ? 'no credential: send Authorization: Bearer KEY'
        : untrusted ? "the key's account was changed in the database outside Interdict, so it is not trusted (the operator runs \"interdict audit verify\")" : 'the key is unknown or revoked';
      await reply.code(401).send(errorBody('SERVICE_UNAUTHENTICATED', why));
      return;
    }
    // A key an admin revoked or demoted since issued (or may have seen) acts no more, reads included
    // (key-suspension.ts): its holder may be that admin.
    if (account.keySuspended !== undefined) {
      await reply.code(403).send(errorBody('SERVICE_KEY_SUSPENDED', account.keySuspended));
      return;
    }
    if (!allows(account.roles, permission)) {
      await reply.code(403).send(errorBody('SERVICE_FORBIDDEN', `account "${account.name}" (${account.roles.join(', ')}) may not ${permission.replace(/-/g, ' ')}`));
      return;
    }
    req.account = account;
  };
}

/** The caller, on a route that has a permission (the hook has already refused anyone else). */
export function caller(req: FastifyRequest): Account {
  if (req.account === null) throw new Error('caller() on a route without a permission');
  return req.account;
}

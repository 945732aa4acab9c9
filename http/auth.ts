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

export function authHook(svc: Service) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const permission = req.routeOptions.config.permission;
    if (permission === undefined) return;
    const key = bearerKey(req);
    const account = key === undefined ? undefined : await accountForKey(svc.driver, key);
    if (account === undefined) {
      reply.header('www-authenticate', 'Bearer');
      await reply.code(401).send(errorBody('SERVICE_UNAUTHENTICATED', key === undefined ? 'no credential: send Authorization: Bearer KEY' : 'the key is unknown or revoked'));
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

// The audit log and accounts over HTTP.
import type { FastifyInstance } from 'fastify';
import { addAccount, listAccounts, revokeAccount, type NewAccount } from '../../src/app/accounts/accounts.ts';
import { listAudit, verifyAudit } from '../../src/app/audit/audit-log.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { caller } from '../auth.ts';
import { auditQuery, errorResponses, userBodySchema, userParams } from '../schemas.ts';

const bearer = [{ bearer: [] }];

/** `revoked` is called after an account is revoked, so this process stops trusting its key at once. */
export function adminRoutes(app: FastifyInstance, svc: Service, revoked: () => void): void {
  app.get('/v1/audit', {
    config: { permission: 'read-audit' },
    schema: { summary: 'The audit log, oldest first (filter by target, actor, action; page with after)', tags: ['audit'], security: bearer, querystring: auditQuery, response: errorResponses() },
  }, async (req) => {
    const q = req.query as { target?: string; actor?: string; action?: string; after?: string; limit?: string };
    return {
      entries: await listAudit(svc.driver, {
        ...(q.target && { target: q.target }), ...(q.actor && { actor: q.actor }), ...(q.action && { action: q.action }),
        ...(q.after && { after: Number(q.after) }), ...(q.limit && { limit: Number(q.limit) }),
      }),
    };
  });

  app.get('/v1/audit/verify', {
    config: { permission: 'read-audit' },
    schema: { summary: 'Check the hash chain: {ok, entries, firstBad?, problem?}', tags: ['audit'], security: bearer, response: errorResponses() },
  }, async () => verifyAudit(svc.driver));

  app.get('/v1/users', {
    config: { permission: 'manage-users' },
    schema: { summary: 'Accounts (never their keys)', tags: ['accounts'], security: bearer, response: errorResponses() },
  }, async () => ({ users: await listAccounts(svc.driver) }));

  app.post('/v1/users', {
    config: { permission: 'manage-users' },
    schema: { summary: 'Add an account; the answer holds its API key, shown this once', tags: ['accounts'], security: bearer, body: userBodySchema, response: errorResponses(409) },
  }, async (req, reply) => reply.code(201).send(await addAccount(svc.driver, req.body as NewAccount, caller(req).name)));

  app.delete('/v1/users/:name', {
    config: { permission: 'manage-users' },
    schema: { summary: 'Revoke an account (its key stops working at once)', tags: ['accounts'], security: bearer, params: userParams, response: errorResponses(404, 409) },
  }, async (req) => {
    const user = await revokeAccount(svc.driver, (req.params as { name: string }).name, caller(req).name);
    revoked();
    return { user };
  });
}

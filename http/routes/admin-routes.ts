// The audit log and accounts over HTTP.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { changeRoles, confirmGrant, revokeAccount, rotateKey } from '../../src/app/accounts/account-changes.ts';
import { addAccount, listAccounts } from '../../src/app/accounts/accounts.ts';
import { pageAudit } from '../../src/app/audit/audit-log.ts';
import { pageRequest } from '../../src/app/paging.ts';
import { verifyServiceAudit } from '../../src/app/audit/verify-audit.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { caller } from '../auth.ts';
import { auditQuery, AUTH, BODY, confirmGrantBodySchema, EMPTY_BODY, OPTIONAL_BODY, rolesBodySchema, userBodySchema, userParams } from '../schemas.ts';
import { responsesFor } from '../response-schemas.ts';

const bearer = [{ bearer: [] }];

/** An admin account over HTTP: its grants of analyst, releaser or admin wait for a second admin. */
const asAdmin = (req: FastifyRequest) => ({ actor: caller(req).name, operator: false });

/** A change of an account's key or roles is announced by its use case (account-events.ts): the key cache listens. */
export function adminRoutes(untyped: FastifyInstance, svc: Service): void {
  // Request types are derived from the route schemas: what a handler reads is what the schema let in.
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  app.get('/v1/audit', {
    config: { permission: 'read-audit' },
    schema: { summary: 'The audit log, newest first unless order=asc (filter by target, actor, action; page with limit and cursor)', tags: ['audit'], security: bearer, querystring: auditQuery, response: responsesFor('GET /v1/audit', AUTH) },
  }, async (req) => {
    const q = req.query;
    return pageAudit(svc.driver, { ...(q.target && { target: q.target }), ...(q.actor && { actor: q.actor }), ...(q.action && { action: q.action }) }, pageRequest(q, 1));
  });

  app.get('/v1/audit/verify', {
    config: { permission: 'read-audit' },
    schema: { summary: 'Check the hash chain: {ok, entries, firstBad?, problem?}', tags: ['audit'], security: bearer, response: responsesFor('GET /v1/audit/verify', AUTH) },
  }, async () => verifyServiceAudit(svc));

  app.get('/v1/users', {
    config: { permission: 'manage-users' },
    schema: { summary: 'Accounts (never their keys)', tags: ['accounts'], security: bearer, response: responsesFor('GET /v1/users', AUTH) },
  }, async () => ({ users: await listAccounts(svc.driver) }));

  app.post('/v1/users', {
    config: { permission: 'manage-users' },
    schema: {
      summary: 'Add an account; the answer holds its API key, shown this once. Analyst, releaser and admin wait for a second admin (POST /v1/users/NAME/confirm)',
      tags: ['accounts'], security: bearer, body: userBodySchema, response: responsesFor('POST /v1/users', [...AUTH, ...BODY, 409]),
    },
  }, async (req, reply) => reply.code(201).send(await addAccount(svc.driver, req.body, asAdmin(req))));

  app.patch('/v1/users/:name', {
    config: { permission: 'manage-users' },
    schema: {
      summary: 'Set an account\'s roles: removals apply at once (never the last admin: 409); analyst, releaser or admin added wait for a second admin',
      tags: ['accounts'], security: bearer, params: userParams, body: rolesBodySchema, response: responsesFor('PATCH /v1/users/:name', [...AUTH, ...BODY, 404, 409]),
    },
  }, async (req) => {
    const user = await changeRoles(svc.driver, req.params.name, req.body, asAdmin(req));
    return { user };
  });

  app.post('/v1/users/:name/confirm', {
    config: { permission: 'manage-users' },
    // The body is optional (a confirmation without it confirms the grant waiting now): none is an empty one (OPTIONAL_BODY).
    schema: { summary: "Confirm another admin's pending grant (four eyes: the admin who asked gets 409); with the roles you reviewed, only if it is still that grant", tags: ['accounts'], security: bearer, params: userParams, body: confirmGrantBodySchema, [OPTIONAL_BODY]: true, response: responsesFor('POST /v1/users/:name/confirm', [...AUTH, ...BODY, 404, 409]) },
  }, async (req) => {
    const user = await confirmGrant(svc.driver, req.params.name, asAdmin(req), (req.body as { roles?: string[] } | undefined)?.roles);
    return { user };
  });

  // Registered before /v1/users/:name/key is matched: "me" is the caller, never an account named so.
  app.post('/v1/users/me/key', {
    config: { permission: 'own-key' },
    schema: { summary: 'Replace your own API key (shown this once): a key an admin issued and saw becomes yours alone; the old key and its sessions end', tags: ['accounts'], security: bearer, body: EMPTY_BODY, [OPTIONAL_BODY]: true, response: responsesFor('POST /v1/users/me/key', [...AUTH, ...BODY, 409]) },
  }, async (req) => {
    const me = caller(req).name;
    const r = await rotateKey(svc.driver, me, { actor: me, operator: false });
    return r;
  });

  app.post('/v1/users/:name/key', {
    config: { permission: 'manage-users' },
    schema: { summary: 'A new API key for the account, shown this once; the old key and its sessions end', tags: ['accounts'], security: bearer, params: userParams, body: EMPTY_BODY, [OPTIONAL_BODY]: true, response: responsesFor('POST /v1/users/:name/key', [...AUTH, ...BODY, 404, 409]) },
  }, async (req) => {
    const r = await rotateKey(svc.driver, req.params.name, asAdmin(req));
    return r;
  });

  app.delete('/v1/users/:name', {
    config: { permission: 'manage-users' },
    schema: { summary: 'Revoke an account (its key stops working at once); the last admin cannot be revoked (409)', tags: ['accounts'], security: bearer, params: userParams, response: responsesFor('DELETE /v1/users/:name', [...AUTH, 404, 409]) },
  }, async (req) => {
    const user = await revokeAccount(svc.driver, req.params.name, caller(req).name);
    return { user };
  });
}

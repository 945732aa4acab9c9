// Subjects, alerts (four eyes) and list updates (CONTRACT §4).
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { confirmDecision, getAlert, listAlerts, proposeDecision } from '../../src/app/alerts/alerts.ts';
import { applyListUpdate, confirmPendingList, listPendingLists } from '../../src/app/lists/list-update.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { addSubjects, listSubjects } from '../../src/app/subjects/subjects.ts';
import { InterdictError } from '../../src/errors/index.ts';
import { caller } from '../auth.ts';
import { alertsQuery, AUTH, BODY, confirmBodySchema, decisionBodySchema, idParams, subjectsBodySchema } from '../schemas.ts';
import { responsesFor } from '../response-schemas.ts';
import { MAX_LIST_BODY_BYTES } from '../../src/app/limits.ts';

const bearer = [{ bearer: [] }];
/** A UN list XML file is about 2 MB; room for it to grow. */
export const LIST_BODY_LIMIT = MAX_LIST_BODY_BYTES;

export function alertRoutes(untyped: FastifyInstance, svc: Service): void {
  // Request types are derived from the route schemas: what a handler reads is what the schema let in.
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  app.post('/v1/subjects', {
    config: { permission: 'add-subjects' },
    schema: { summary: 'Add or update monitored subjects; each is screened and every hit (match or possible) opens an alert', tags: ['alerts'], security: bearer, body: subjectsBodySchema, response: responsesFor('POST /v1/subjects', [...AUTH, ...BODY]) },
  }, async (req) => addSubjects(svc, req.body, caller(req).name));

  app.get('/v1/subjects', {
    config: { permission: 'read-subjects' },
    schema: { summary: 'Monitored subjects, by id', tags: ['alerts'], security: bearer, response: responsesFor('GET /v1/subjects', AUTH) },
  }, async () => ({ subjects: (await listSubjects(svc.driver)).map(({ fingerprint: _f, ...s }) => s) }));

  app.get('/v1/alerts', {
    config: { permission: 'read-alerts' },
    schema: { summary: 'Alerts (filter by status: open, proposed, closed; by band: match, possible; sort by id, band or score)', tags: ['alerts'], security: bearer, querystring: alertsQuery, response: responsesFor('GET /v1/alerts', AUTH) },
  }, async (req) => {
    const q = req.query;
    return {
      alerts: await listAlerts(svc.driver, {
        ...(q.status && { status: q.status }), ...(q.band && { band: q.band }), ...(q.sort && { sort: q.sort }), ...(q.subject && { subject: q.subject }),
        ...(q.after && { after: Number(q.after) }), ...(q.limit && { limit: Number(q.limit) }),
      }),
    };
  });

  app.get('/v1/alerts/:id', {
    config: { permission: 'read-alerts' },
    schema: { summary: 'One alert: the match, its explanation, the decision and its history', tags: ['alerts'], security: bearer, params: idParams, response: responsesFor('GET /v1/alerts/:id', [...AUTH, 404]) },
  }, async (req) => getAlert(svc.driver, Number(req.params.id)));

  app.post('/v1/alerts/:id/decision', {
    config: { permission: 'decide-alert' },
    schema: { summary: 'Propose a disposition (not final until a different releaser confirms)', tags: ['alerts'], security: bearer, params: idParams, body: decisionBodySchema, response: responsesFor('POST /v1/alerts/:id/decision', [...AUTH, ...BODY, 404, 409]) },
  }, async (req) => proposeDecision(svc.driver, Number(req.params.id), req.body, caller(req).name));

  app.post('/v1/alerts/:id/confirm', {
    config: { permission: 'confirm-alert' },
    // The note is optional, and so is the body that would hold it.
    preValidation: async (req) => {
      if (req.body === undefined || req.body === null) req.body = {};
    },
    schema: { summary: "Confirm another person's proposed decision (four eyes: the proposer gets 409)", tags: ['alerts'], security: bearer, params: idParams, body: confirmBodySchema, response: responsesFor('POST /v1/alerts/:id/confirm', [...AUTH, ...BODY, 404, 409]) },
  }, async (req) => confirmDecision(svc.driver, Number(req.params.id), req.body?.note, caller(req).name));

  app.post('/v1/lists', {
    config: { permission: 'update-list' },
    bodyLimit: LIST_BODY_LIMIT,
    schema: {
      summary: 'Load a new UN consolidated list (the XML as the body); re-screen subjects against added and changed records',
      tags: ['lists'], security: bearer, consumes: ['application/xml'], response: responsesFor('POST /v1/lists', [...AUTH, ...BODY]),
    },
  }, async (req, reply) => {
    if (!Buffer.isBuffer(req.body)) throw new InterdictError('SERVICE_MEDIA_TYPE', 'send the UN list XML itself as the body, with Content-Type: application/xml', { field: 'body' });
    // An update that removes records or is not newer waits for a second admin (202, what it would do).
    const r = await applyListUpdate(svc, req.body, caller(req).name, { fourEyes: true });
    return 'pending' in r ? reply.code(202).send(r) : r;
  });

  app.get('/v1/lists/pending', {
    config: { permission: 'update-list' },
    schema: { summary: 'List updates waiting for a second admin (each removes records or is not newer), with what each would do', tags: ['lists'], security: bearer, response: responsesFor('GET /v1/lists/pending', AUTH) },
  }, async () => ({ pending: await listPendingLists(svc.driver) }));

  app.post('/v1/lists/pending/:id/confirm', {
    config: { permission: 'update-list' },
    schema: {
      summary: "Confirm another admin's waiting list update (four eyes: the admin who asked, or one whose key it may hold, gets 409); it applies as POST /v1/lists would",
      tags: ['lists'], security: bearer, params: idParams, response: responsesFor('POST /v1/lists/pending/:id/confirm', [...AUTH, 404, 409]),
    },
  }, async (req) => confirmPendingList(svc, Number((req.params as { id: string }).id), caller(req).name));
}

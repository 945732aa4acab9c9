// Subjects, alerts (four eyes) and list updates (CONTRACT §4).
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { assignAlert, getAlert, pageAlerts, type AlertBand, type AlertFilter, type AlertSort, type AlertStatus } from '../../src/app/alerts/alerts.ts';
import { confirmDecision, proposeDecision, rejectDecision, withdrawDecision } from '../../src/app/alerts/alert-decisions.ts';
import { pageRequest, type PageRequest } from '../../src/app/paging.ts';
import { confirmPendingList, listPendingLists, updateList, withdrawPendingList } from '../../src/app/lists/list-update.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { addSubjects, pageSubjects, removeSubject } from '../../src/app/subjects/subjects.ts';
import { InterdictError } from '../../src/errors/index.ts';
import { caller } from '../auth.ts';
import { alertsQuery, assignBodySchema, AUTH, BODY, EMPTY_BODY, LIST_MEDIA_TYPES, OPTIONAL_BODY, confirmBodySchema, decisionBodySchema, idParams, noteBodySchema, subjectParams, subjectsBodySchema, subjectsQuery } from '../schemas.ts';
import { responsesFor } from '../response-schemas.ts';
import { MAX_LIST_BODY_BYTES } from '../../src/app/limits.ts';
import { batchWork } from '../limits.ts';

const bearer = [{ bearer: [] }];
/** A UN list XML file is about 2 MB; room for it to grow. */
export const LIST_BODY_LIMIT = MAX_LIST_BODY_BYTES;

/** What GET /v1/alerts's query (alertsQuery) lets in, as the app's filter and paging: the alert queue page reads its query so too. */
export interface AlertsQuery {
  status?: AlertStatus;
  band?: AlertBand;
  sort?: AlertSort;
  subject?: string;
  assigned?: string;
  q?: string;
  limit?: string;
  cursor?: string;
  order?: 'asc' | 'desc';
}

export function alertQueueOf(q: AlertsQuery): { filter: AlertFilter; paging: PageRequest } {
  const filter: AlertFilter = {
    ...(q.status && { status: q.status }), ...(q.band && { band: q.band }), ...(q.sort && { sort: q.sort }), ...(q.subject && { subject: q.subject }),
    ...(q.assigned && { assignedTo: q.assigned }), ...(q.q && { q: q.q }),
  };
  return { filter, paging: pageRequest(q, q.sort === 'band' || q.sort === 'score' ? 2 : 1) };
}

export function alertRoutes(untyped: FastifyInstance, svc: Service): void {
  // Request types are derived from the route schemas: what a handler reads is what the schema let in.
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  app.post('/v1/subjects', {
    config: { permission: 'add-subjects' },
    schema: { summary: 'Add or update monitored subjects; each is screened and every hit (match or possible) opens an alert', tags: ['alerts'], security: bearer, body: subjectsBodySchema, response: responsesFor('POST /v1/subjects', [...AUTH, ...BODY]) },
  }, async (req) => addSubjects(svc, req.body, caller(req).name, batchWork(req)));

  app.get('/v1/subjects', {
    config: { permission: 'read-subjects' },
    schema: { summary: 'Monitored subjects, newest first (search names with q; page with limit and cursor)', tags: ['alerts'], security: bearer, querystring: subjectsQuery, response: responsesFor('GET /v1/subjects', AUTH) },
  }, async (req) => {
    const q = req.query;
    return pageSubjects(svc.driver, q.q, pageRequest(q, 2));
  });

  app.delete('/v1/subjects/:id', {
    config: { permission: 'remove-subjects' },
    schema: { summary: 'Stop monitoring a subject (audited); its alerts not yet closed close with that reason', tags: ['alerts'], security: bearer, params: subjectParams, response: responsesFor('DELETE /v1/subjects/:id', [...AUTH, 404]) },
  }, async (req) => removeSubject(svc, req.params.id, caller(req).name));

  app.get('/v1/alerts', {
    config: { permission: 'read-alerts' },
    schema: {
      summary: 'Alerts, newest first (filter by status: open, proposed, escalated, closed; by band; sort by id, band or score; page with limit and cursor)',
      tags: ['alerts'], security: bearer, querystring: alertsQuery, response: responsesFor('GET /v1/alerts', AUTH),
    },
  }, async (req) => {
    const { filter, paging } = alertQueueOf(req.query);
    return pageAlerts(svc.driver, filter, paging);
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
    // A body naming the proposal reviewed (its disposition, expiry, optionally when proposed) binds it: another is 409 ALERT_CHANGED.
    schema: {
      summary: "Confirm another person's proposed decision; naming what was reviewed (disposition, expires, optionally proposedAt: the alert's decision.at) binds it, another proposal is 409 ALERT_CHANGED; no body confirms the proposal pending (four eyes: the proposer gets 409)",
      tags: ['alerts'], security: bearer, params: idParams, body: confirmBodySchema, [OPTIONAL_BODY]: true, response: responsesFor('POST /v1/alerts/:id/confirm', [...AUTH, ...BODY, 404, 409]),
    },
  }, async (req) => {
    const { disposition, expires, proposedAt, note } = req.body;
    return confirmDecision(svc.driver, Number(req.params.id), { ...(disposition !== undefined && { disposition }), ...(expires !== undefined && { expires }), ...(proposedAt !== undefined && { proposedAt }) }, note, caller(req).name);
  });

  app.post('/v1/alerts/:id/reject', {
    config: { permission: 'confirm-alert' },
    schema: { summary: "Return another person's proposal with a reason (four eyes: the proposer gets 409); the alert is open again", tags: ['alerts'], security: bearer, params: idParams, body: noteBodySchema, response: responsesFor('POST /v1/alerts/:id/reject', [...AUTH, ...BODY, 404, 409]) },
  }, async (req) => rejectDecision(svc.driver, Number(req.params.id), req.body.note, caller(req).name));

  app.post('/v1/alerts/:id/withdraw', {
    config: { permission: 'decide-alert' },
    // Nothing to send: the body is optional (OPTIONAL_BODY), and when sent, {}.
    schema: { summary: 'Withdraw your own pending proposal (anyone else: 409)', tags: ['alerts'], security: bearer, params: idParams, body: EMPTY_BODY, [OPTIONAL_BODY]: true, response: responsesFor('POST /v1/alerts/:id/withdraw', [...AUTH, ...BODY, 404, 409]) },
  }, async (req) => withdrawDecision(svc.driver, Number(req.params.id), caller(req).name));

  app.post('/v1/alerts/:id/assign', {
    config: { permission: 'assign-alert' },
    schema: { summary: 'Assign an alert that is not closed to an analyst', tags: ['alerts'], security: bearer, params: idParams, body: assignBodySchema, response: responsesFor('POST /v1/alerts/:id/assign', [...AUTH, ...BODY, 404, 409]) },
  }, async (req) => assignAlert(svc.driver, Number(req.params.id), req.body.user, caller(req).name));

  app.post('/v1/lists', {
    config: { permission: 'update-list' },
    bodyLimit: LIST_BODY_LIMIT,
    schema: {
      summary: 'Load a new UN consolidated list (the XML as the body); re-screen subjects against added and changed records',
      tags: ['lists'], security: bearer, consumes: [...LIST_MEDIA_TYPES], response: responsesFor('POST /v1/lists', [...AUTH, ...BODY]),
    },
  }, async (req, reply) => {
    if (!Buffer.isBuffer(req.body)) throw new InterdictError('SERVICE_MEDIA_TYPE', 'send the UN list XML itself as the body, with Content-Type: application/xml (or text/xml)', { field: 'body' });
    // An update that removes records or is not newer waits for a second admin (202, what it would do).
    const r = await updateList(svc, req.body, { actor: caller(req).name, operator: false });
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
      tags: ['lists'], security: bearer, params: idParams, body: EMPTY_BODY, [OPTIONAL_BODY]: true, response: responsesFor('POST /v1/lists/pending/:id/confirm', [...AUTH, ...BODY, 404, 409]),
    },
  }, async (req) => confirmPendingList(svc, Number(req.params.id), caller(req).name));

  app.post('/v1/lists/pending/:id/withdraw', {
    config: { permission: 'update-list' },
    schema: {
      summary: 'Withdraw a waiting list update, unapplied (any admin, the one who asked included: it applies nothing); logged as list.withdraw',
      tags: ['lists'], security: bearer, params: idParams, body: EMPTY_BODY, [OPTIONAL_BODY]: true, response: responsesFor('POST /v1/lists/pending/:id/withdraw', [...AUTH, ...BODY, 404]),
    },
  }, async (req) => ({ withdrawn: await withdrawPendingList(svc, Number(req.params.id), caller(req).name) }));
}

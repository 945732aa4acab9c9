// The API's routes (CONTRACT §4): check, screen, law, list, ledger. Thin: validate (schemas), call the app layer, answer.
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import {
  amendServiceDelivery, readerOfAccount, ledgerNotices, ledgerStatus, listDeliveries, recordServiceDelivery, statusJson,
} from '../../src/app/ledger/index.ts';
import { checkTransactions, lawInForce, listInUse, screenBatch, screenOne } from '../../src/app/service/service-queries.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { InterdictError } from '../../src/errors/index.ts';
import { caller } from '../auth.ts';
import { amendBodySchema, amendParams, AUTH, BODY, checkBodySchema, deliveriesQuery, deliveryBodySchema, lawQuery, screenBodySchema, screenBodyShape, statusQuery } from '../schemas.ts';
import { responsesFor } from '../response-schemas.ts';
import { batchWork } from '../limits.ts';

const bearer = [{ bearer: [] }];

export function apiRoutes(untyped: FastifyInstance, svc: Service): void {
  // Request types are derived from the route schemas: what a handler reads is what the schema let in.
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  app.post('/v1/check', {
    config: { permission: 'check' },
    schema: { summary: 'Decide a transaction or an array of them (CONTRACT §1)', tags: ['check'], security: bearer, body: checkBodySchema, response: responsesFor('POST /v1/check', [...AUTH, ...BODY]) },
  }, async (req) => checkTransactions(svc, req.body, batchWork(req)));

  app.post('/v1/screen', {
    config: { permission: 'screen' },
    // One name or a batch, as the schema says (anyOf), refused here first so the message names what is wrong.
    preValidation: async (req) => {
      const wrong = screenBodyShape(req.body);
      if (wrong !== undefined) throw new InterdictError('SERVICE_BAD_INPUT', wrong.message, { field: wrong.field });
    },
    schema: { summary: 'Screen one name, or a batch under "queries"', tags: ['screen'], security: bearer, body: screenBodySchema, response: responsesFor('POST /v1/screen', [...AUTH, ...BODY]) },
  }, async (req) => {
    const body = req.body;
    if ('queries' in body) return screenBatch(svc, body.queries, batchWork(req));
    return screenOne(svc, body);
  });

  app.get('/v1/law', {
    config: { permission: 'read-law' },
    schema: { summary: 'The measures in force on a date (default today)', tags: ['law'], security: bearer, querystring: lawQuery, response: responsesFor('GET /v1/law', AUTH) },
  }, async (req) => lawInForce(svc, req.query.date));

  app.get('/v1/list', {
    config: { permission: 'read-list' },
    schema: { summary: 'The UN list snapshot in use, and the lists loaded before it', tags: ['lists'], security: bearer, response: responsesFor('GET /v1/list', AUTH) },
  }, async () => listInUse(svc));

  app.post('/v1/ledger/deliveries', {
    config: { permission: 'record-delivery' },
    schema: {
      summary: "Record a State's delivery report; the same (state, ref) again changes nothing", tags: ['ledger'], security: bearer,
      body: deliveryBodySchema, response: responsesFor('POST /v1/ledger/deliveries', [...AUTH, ...BODY, 409]),
    },
  }, async (req, reply) => {
    const body = req.body;
    const r = await recordServiceDelivery(svc, caller(req), body);
    return reply.code(r.created ? 201 : 200).send(r);
  });

  app.post('/v1/ledger/deliveries/:state/:ref/amend', {
    config: { permission: 'record-delivery' },
    schema: {
      summary: "Amend a State's delivery report: a new version (who: the caller), nothing deleted; a total back below a notified threshold issues a correction notice",
      tags: ['ledger'], security: bearer, params: amendParams, body: amendBodySchema, response: responsesFor('POST /v1/ledger/deliveries/{state}/{ref}/amend', [...AUTH, ...BODY, 404]),
    },
  }, async (req) => {
    const p = req.params;
    const body = req.body;
    const who = caller(req);
    return amendServiceDelivery(svc, who, { ...body, state: p.state, ref: p.ref, by: who.name });
  });

  app.get('/v1/ledger/deliveries', {
    config: { permission: 'read-ledger' },
    schema: {
      summary: 'Delivery reports (current versions), newest first unless order=asc; a reporter sees its own State', tags: ['ledger'], security: bearer,
      querystring: deliveriesQuery, response: responsesFor('GET /v1/ledger/deliveries', AUTH),
    },
  }, async (req) => {
    // A reporter reads its own State's reports; other readers every State (readerOfAccount, the one rule).
    return svc.readLedger((ledger) => listDeliveries(ledger, svc.law, readerOfAccount(caller(req)), req.query));
  });

  app.get('/v1/ledger/status', {
    config: { permission: 'read-ledger' },
    schema: { summary: 'Cap, total, percent, remaining; totals by month and State', tags: ['ledger'], security: bearer, querystring: statusQuery, response: responsesFor('GET /v1/ledger/status', AUTH) },
  }, async (req) => {
    return statusJson(await svc.readLedger((ledger) => ledgerStatus(ledger, svc.law, req.query.commodity, req.query.period)));
  });

  app.get('/v1/ledger/notices', {
    config: { permission: 'read-ledger' },
    schema: { summary: 'Every threshold notice issued, oldest first', tags: ['ledger'], security: bearer, response: responsesFor('GET /v1/ledger/notices', AUTH) },
  }, async () => ({ notices: await svc.readLedger((ledger) => ledgerNotices(ledger, svc.law)) }));
}

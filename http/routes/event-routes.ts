// Stored AIS events (CONTRACT §5a): GET /v1/events (paged, filtered), GET /v1/events/:id. Thin: validate, call, answer.
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { eventById, eventsPage, EVENT_KINDS } from '../../src/app/ships/event-pages.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { PAGE_QUERY_PROPERTIES } from '../../src/app/paging.ts';
import { MAX_EVENT_TIME_LENGTH } from '../../src/app/limits.ts';
import { UTC_TIME_PATTERN } from '../../src/app/scan-defaults.ts';
import { AUTH, idParams } from '../schemas.ts';
import { responsesFor } from '../response-schemas.ts';

const bearer = [{ bearer: [] }];

export const eventsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    // The server's one rule for a time (a real day, 00:00 to 23:59, UTC): the document takes what it takes.
    from: { type: 'string', maxLength: MAX_EVENT_TIME_LENGTH, pattern: UTC_TIME_PATTERN, description: 'events starting at or after (ISO 8601 UTC: 2019-03-01 or 2019-03-01T06:00Z)' },
    to: { type: 'string', maxLength: MAX_EVENT_TIME_LENGTH, pattern: UTC_TIME_PATTERN, description: 'events starting before (ISO 8601 UTC: 2019-03-01 or 2019-03-01T06:00Z)' },
    kind: { enum: [...EVENT_KINDS] },
    ...PAGE_QUERY_PROPERTIES,
  },
} as const;

export function eventRoutes(untyped: FastifyInstance, svc: Service): void {
  // Request types are derived from the route schemas: what a handler reads is what the schema let in.
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  app.get('/v1/events', {
    config: { permission: 'read-alerts' },
    schema: { summary: 'Stored AIS events (as ais scan prints them), newest first, a page at a time', tags: ['ships'], security: bearer, querystring: eventsQuery, response: responsesFor('GET /v1/events', AUTH) },
  }, async (req) => eventsPage(svc.driver, req.query));

  app.get('/v1/events/:id', {
    config: { permission: 'read-alerts' },
    schema: { summary: 'One stored AIS event', tags: ['ships'], security: bearer, params: idParams, response: responsesFor('GET /v1/events/:id', [...AUTH, 404]) },
  }, async (req) => eventById(svc.driver, Number(req.params.id)));
}

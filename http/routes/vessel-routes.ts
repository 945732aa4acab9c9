// The 1718 Designated Vessels List over HTTP (CONTRACT §4a): read it (paged, searched), preview a new
// list against it, and make the new list the one in use (a replacement needs the preview's confirm value).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pageRequest } from '../../src/app/paging.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { pageVessels, previewVesselList, replaceVesselList, vesselListInUse } from '../../src/app/vessel-list.ts';
import { InterdictError } from '../../src/errors/index.ts';
import { caller } from '../auth.ts';
import { AUTH, BODY, VESSELS_MEDIA_TYPES, vesselsImportQuery, vesselsQuery } from '../schemas.ts';
import { responsesFor } from '../response-schemas.ts';
import { decodeUtf8 } from '../utf8-body.ts';
import { MAX_JSON_BODY_BYTES } from '../../src/app/limits.ts';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';

const bearer = [{ bearer: [] }];
/** The list is a few hundred rows; the same bound as a JSON body. */
export const VESSELS_BODY_LIMIT = MAX_JSON_BODY_BYTES;

/** The CSV body, or 415 naming the media type to send. */
function csvOf(req: FastifyRequest): string {
  if (typeof req.body !== 'string') throw new InterdictError('SERVICE_MEDIA_TYPE', 'send the vessels list CSV itself as the body, with Content-Type: text/csv (or text/plain)', { field: 'body' });
  return req.body;
}

export function vesselRoutes(untyped: FastifyInstance, svc: Service): void {
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  // The CSV as text/csv or text/plain (VESSELS_MEDIA_TYPES): strict UTF-8, read whole.
  app.addContentTypeParser([...VESSELS_MEDIA_TYPES], { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, decodeUtf8(body as Buffer, 'the body'));
    } catch (e) {
      done(e as Error, undefined);
    }
  });

  app.get('/v1/vessels', {
    config: { permission: 'read-list' },
    schema: {
      summary: 'The 1718 Designated Vessels List in use, most recently designated first (search name, IMO or MMSI with q; page with limit and cursor)',
      tags: ['vessels'], security: bearer, querystring: vesselsQuery, response: responsesFor('GET /v1/vessels', AUTH),
    },
  }, async (req) => {
    const [page, inUse] = await Promise.all([pageVessels(svc.driver, req.query.q, pageRequest(req.query, 2)), vesselListInUse(svc.driver)]);
    return { ...page, version: inUse.version, importedAt: inUse.importedAt };
  });

  app.post('/v1/vessels/preview', {
    config: { permission: 'update-list' },
    bodyLimit: VESSELS_BODY_LIMIT,
    schema: {
      summary: 'What a new vessels list (the CSV as the body) would add, change and drop against the list in use; nothing is stored. Its confirm value makes it current (POST /v1/vessels)',
      tags: ['vessels'], security: bearer, consumes: [...VESSELS_MEDIA_TYPES], response: responsesFor('POST /v1/vessels/preview', [...AUTH, ...BODY]),
    },
  }, async (req) => previewVesselList(svc.driver, csvOf(req)));

  app.post('/v1/vessels', {
    config: { permission: 'update-list' },
    bodyLimit: VESSELS_BODY_LIMIT,
    schema: {
      summary: 'Make a vessels list (the CSV as the body) the list in use, audited; replacing a list in use needs ?confirm= from its preview (else 409 saying what it would drop)',
      tags: ['vessels'], security: bearer, consumes: [...VESSELS_MEDIA_TYPES], querystring: vesselsImportQuery, response: responsesFor('POST /v1/vessels', [...AUTH, ...BODY, 409]),
    },
  }, async (req) => {
    const text = csvOf(req);
    const confirm = req.query.confirm;
    return replaceVesselList(svc.driver, text, { actor: caller(req).name, operator: false }, confirm === '' ? undefined : confirm);
  });
}

/**
 * The one gate every request's text passes before any route sees it: the body (JSON or a form), the
 * query and the path parameters are walked, and the first string that is not text (NUL, a lone
 * surrogate, a non-character: src/io/text-guard.ts) is 400 naming the field, for the API as JSON and for
 * a page as a page. Runs after authentication (401/403 first) and before schema validation.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findBadText, type BadText } from '../src/app/index.ts';
import { errorBody } from './errors.ts';
import { messagePage } from './pages/web-session.ts';

function badTextOf(req: FastifyRequest): BadText | undefined {
  return findBadText(req.params, '') ?? findBadText(req.query, '') ?? findBadText(req.body, '');
}

export async function refuseNonText(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const bad = badTextOf(req);
  if (bad === undefined) return;
  if (req.routeOptions.config.page) {
    await messagePage(reply, 400, 'Not text', `${bad.message}: send text only.`);
    return;
  }
  await reply.code(400).send(errorBody('SERVICE_BAD_INPUT', `${bad.message}: send text only`, bad.field));
}

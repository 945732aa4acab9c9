/**
 * The one gate every request's text passes before any route sees it: the body (JSON or a form), the
 * query and the path parameters are walked, and the first string that is not text (NUL, a lone
 * surrogate, a non-character: src/io/text-guard.ts) is 400 naming the field, for the API as JSON and for
 * a page as a page. Runs after authentication (401/403 first; a page POST's session before its body is even
 * parsed) and before schema validation. Escapes are read within one budget per request (READING_BUDGET_CHARS:
 * characters × passes; past it the string is 400 naming its field), in slices that give the event loop back every
 * few milliseconds, so no body of escapes holds other requests up (security review 23, HIGH-2).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findBadText, findBadTextSliced, readingBudget, textReasonWithin, type BadText } from '../src/app/index.ts';
import { errorBody } from './errors.ts';
import { messagePage } from './pages/web-session.ts';

/**
 * A query parameter whose percent-encoded bytes are not UTF-8 (`%FF`, an encoded surrogate): the parser
 * turns them into U+FFFD and the value is lost; refused as a body that is not UTF-8 is.
 */
function badQueryEncoding(url: string): BadText | undefined {
  const q = url.indexOf('?');
  if (q < 0 || !url.includes('%', q)) return undefined;
  for (const pair of url.slice(q + 1).split('&')) {
    if (!pair.includes('%')) continue;
    const eq = pair.indexOf('=');
    const [k, v] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    const decode = (x: string): string | undefined => {
      try {
        // A stray % (not followed by two hex digits) is kept as it is, as the parser keeps it.
        return decodeURIComponent(x.replace(/\+/g, ' ').replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
      } catch {
        return undefined;
      }
    };
    const key = decode(k);
    if (key === undefined) return { field: 'query', message: `a query parameter's name (${JSON.stringify(k.slice(0, 40))}) is not UTF-8 in %-escapes (a byte such as %FF, or an encoded surrogate)` };
    if (decode(v) === undefined) return { field: key, message: `${key} is not UTF-8 in %-escapes (a byte such as %FF, or an encoded surrogate) (${JSON.stringify(v.slice(0, 40))})` };
  }
  return undefined;
}

async function badTextOf(req: FastifyRequest): Promise<BadText | undefined> {
  const within = textReasonWithin(readingBudget());
  return badQueryEncoding(req.url) ?? findBadText(req.params, '', within) ?? findBadText(req.query, '', within) ?? (await findBadTextSliced(req.body, '', within));
}

/** The first query parameter a request gave twice (kept under a symbol no schema sees). */
const TWICE = Symbol('a query parameter given twice');

/** The query string as one string per name; the first name given twice is kept for refuseNonText. */
export function parseQuery(query: string): Record<string, string> {
  const out: Record<string, string> & { [TWICE]?: string } = {};
  for (const [k, v] of new URLSearchParams(query)) {
    if (Object.hasOwn(out, k)) out[TWICE] ??= k;
    // An own property whatever the name: `out.__proto__ = v` would set nothing, and ?__proto__=x pass unseen
    // where any other unknown parameter is 400 (review 19, LOW-8).
    else Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function repeatedParameter(req: FastifyRequest): { message: string; field: string } | undefined {
  const q = req.query as { [TWICE]?: string } | undefined;
  const k = q?.[TWICE];
  return k === undefined ? undefined : { message: `the query parameter "${k.slice(0, 64)}" is given more than once`, field: k.slice(0, 64) };
}

export async function refuseNonText(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const twice = repeatedParameter(req);
  if (twice !== undefined) {
    if (req.routeOptions.config.page) await messagePage(reply, 400, 'A parameter twice', `${twice.message}: give it once.`);
    else await reply.code(400).send(errorBody('SERVICE_BAD_INPUT', `${twice.message}: give it once`, twice.field));
    return;
  }
  const bad = await badTextOf(req);
  if (bad === undefined) return;
  if (req.routeOptions.config.page) {
    await messagePage(reply, 400, 'Not text', `${bad.message}: send text only.`);
    return;
  }
  await reply.code(400).send(errorBody('SERVICE_BAD_INPUT', `${bad.message}: send text only`, bad.field));
}

/**
 * The read-only questions the service answers: check transactions, screen names, the law in force, the
 * list in use. Screening and check use the list this process saw within LIST_MAX_AGE_MS.
 */
import { parseTransaction, type Decision } from '../../check/index.ts';
import { checkContext, evaluateOne } from '../check-context.ts';
import { InterdictError } from '../../errors/index.ts';
import { isValidDate } from '../../law/index.ts';
import { measuresInForce, type MeasuresInForce } from '../law-entry.ts';
import { loadCapStateLookup } from '../../ledger/index.ts';
import { createPartyScreener, DEFAULT_THRESHOLD, screenName, validateQuery, type ScreeningMatch } from '../../screening/index.ts';
import { listInfo } from '../../screening/un-list/index.ts';
import { loadDesignatedVessels } from '../../ships/vessel-store.ts';
import { listHistory } from '../lists/list-store.ts';
import { vesselScreener } from '../vessel-screener.ts';
import { mapInSlices } from '../slices.ts';
import type { ScreenBands, ScreenRequest } from '../screen-names.ts';
import type { Service } from './service-context.ts';

/** How stale a process's view of the list in use may be for a read (a list update elsewhere shows within this). */
export const LIST_MAX_AGE_MS = 1000;

/**
 * The lowest threshold a request may ask for: below it every name on the list "matches" every query (the
 * review's 5e-324 made one request answer 218 MB). Together with the batch's match budget it bounds the
 * answer's size.
 */
export const MIN_THRESHOLD = 0.5;
/** The most matches one batch answer may hold (about 8 MB of JSON); more is refused, naming the way out. */
export const MAX_BATCH_MATCHES = 20_000;

/** How a record is named in a message: its index in an array, else its id (0 without one). */
function recordOf(many: boolean, i: number, raw: unknown): number | string {
  return many ? i : typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : 0;
}

export async function checkTransactions(svc: Service, body: unknown): Promise<Decision | Decision[]> {
  const many = Array.isArray(body);
  const raws = many ? body : [body];
  // INVARIANT: every transaction is validated before any is evaluated.
  const txs = await mapInSlices(raws, (raw, i) => parseTransaction(raw, recordOf(many, i, raw)));
  const list = await svc.lists.current(svc.driver, LIST_MAX_AGE_MS);
  // The same context as the CLI's check: parties, the cap ledger and the imported 1718 vessels list,
  // all from the service's one database (a list not imported yet says so in the decision).
  const [capState, vessels] = await Promise.all([loadCapStateLookup(svc.ledger, svc.law), loadDesignatedVessels(svc.driver)]);
  const ctx = checkContext({ partyScreener: () => createPartyScreener(list.index), capState, ...(vessels && { screenVessel: vesselScreener(vessels) }), named: 'the service database' });
  const decisions = await mapInSlices(txs, (tx, i) => evaluateOne(tx, svc.law, ctx, recordOf(many, i, raws[i])));
  return many ? decisions : decisions[0]!;
}

/** A transaction checked by the input rules of POST /v1/check, nothing decided or stored (the page's live check); bad input throws naming the field. */
export function checkTransactionInput(raw: unknown): void {
  parseTransaction(raw, 0);
}

/** The thresholds of a request (CONTRACT §2), checked: the review threshold is never above the threshold. */
function bands(q: ScreenBands, field: string): { threshold: number; reviewThreshold?: number } {
  const threshold = q.threshold ?? DEFAULT_THRESHOLD;
  if (q.reviewThreshold !== undefined && q.reviewThreshold > threshold) {
    throw new InterdictError('SERVICE_BAD_INPUT', `reviewThreshold (${q.reviewThreshold}) must not be above threshold (${threshold})`, { field });
  }
  return { threshold, ...(q.reviewThreshold !== undefined && { reviewThreshold: q.reviewThreshold }) };
}

export async function screenOne(svc: Service, q: ScreenRequest): Promise<{ matches: ScreeningMatch[]; listVersion: string; algorithm: string; threshold: number; reviewThreshold?: number }> {
  const list = await svc.lists.current(svc.driver, LIST_MAX_AGE_MS);
  const opts = bands(q, 'reviewThreshold');
  const { threshold: _t, reviewThreshold: _r, ...query } = q;
  return { matches: screenName(list.index, query, opts), listVersion: list.index.listVersion, algorithm: list.index.algorithm, ...opts };
}

export async function screenBatch(svc: Service, queries: Record<string, ScreenRequest>): Promise<{ responses: Record<string, { matches: ScreeningMatch[] }>; listVersion: string; algorithm: string }> {
  const list = await svc.lists.current(svc.driver, LIST_MAX_AGE_MS);
  const entries = Object.entries(queries);
  // Validate all first: one bad query refuses the batch, naming it.
  for (const [key, q] of entries) {
    try {
      validateQuery({ name: q.name, ...(q.dob !== undefined && { dob: q.dob }) });
    } catch (e) {
      if (e instanceof InterdictError) throw e.at({ record: key, field: `queries.${key}.${e.location.field ?? 'name'}` });
      throw e;
    }
  }
  // Null-prototype: a key such as "__proto__" or "constructor" is an ordinary key of the answer.
  const responses = Object.create(null) as Record<string, { matches: ScreeningMatch[] }>;
  let total = 0;
  await mapInSlices(entries, ([key, q]) => {
    const { threshold: _t, reviewThreshold: _r, ...query } = q;
    const matches = screenName(list.index, query, bands(q, `queries.${key}.reviewThreshold`));
    total += matches.length;
    if (total > MAX_BATCH_MATCHES) {
      throw new InterdictError('SERVICE_TOO_LARGE', `the answer would hold more than ${MAX_BATCH_MATCHES.toLocaleString('en')} matches (at "${key.slice(0, 80)}"): send fewer names per request, or a higher threshold`, { field: 'queries' });
    }
    responses[key] = { matches };
  });
  return { responses, listVersion: list.index.listVersion, algorithm: list.index.algorithm };
}

export function lawInForce(svc: Service, date: string | undefined): MeasuresInForce {
  const d = date ?? new Date().toISOString().slice(0, 10);
  if (!isValidDate(d)) throw new InterdictError('SERVICE_BAD_INPUT', `date "${d}" is not a real date (YYYY-MM-DD)`, { field: 'date' });
  return measuresInForce(svc.law, d);
}

export async function listInUse(svc: Service) {
  const list = await svc.lists.current(svc.driver);
  return { ...listInfo(list.list), loadedAt: list.loadedAt, loadedBy: list.loadedBy, history: await listHistory(svc.driver) };
}

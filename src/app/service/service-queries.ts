/**
 * The read-only questions the service answers: check transactions, screen names, the law in force, the
 * list in use. Screening and check use the list this process saw within LIST_MAX_AGE_MS (lists.recent).
 */
import { freeTextLength, parseInputText, parseTransaction, type Decision, type InputShape, type Transaction } from '../../check/index.ts';
import { MAX_BATCH_MATCHES, MAX_BATCH_RECORDS, MAX_TRANSACTION_TEXT_CHARS } from '../../io/limits.ts';
import { checkContext, decideAll } from '../check-context.ts';
import { checkSourcesIn, partyScreenerWith } from '../check-sources.ts';
import { InterdictError } from '../../errors/index.ts';
import { measuresInForce, type MeasuresInForce } from '../law-entry.ts';
import { validateQuery, type ScreeningMatch } from '../../screening/index.ts';
import { listInfo } from '../../screening/un-list/index.ts';
import { latestVesselImport } from '../../ships/vessel-store.ts';
import { listHistory } from '../lists/list-store.ts';
import type { Disguise } from '../name-disguise.ts';
import { mapInSlices } from '../slices.ts';
import { queryOf, screenerOver, type ScreenRequest, type ScreenResult } from '../screen-names.ts';
import type { Service } from './service-context.ts';
import { requestBudget, type BatchWork } from './request-budget.ts';

export { MAX_BATCH_MATCHES };

/** What a check in this service is made against, for a memo to print: the UN list's version and the 1718 vessels list's (none imported: absent). */
export async function checkVersions(svc: Service): Promise<{ listVersion: string; vesselListVersion?: string }> {
  const [list, vessels] = await Promise.all([svc.lists.recent(svc.driver), latestVesselImport(svc.driver)]);
  return { listVersion: list.list.version.id, ...(vessels !== undefined && { vesselListVersion: vessels.version }) };
}

export async function checkTransactions(svc: Service, body: unknown, work?: BatchWork): Promise<Decision | Decision[]> {
  const many = Array.isArray(body);
  const raws = many ? body : [body];
  // INVARIANT: every transaction is validated before any is evaluated.
  // Records numbered as `interdict check` numbers them: an array's elements from 1, one object as 1.
  const txs = await mapInSlices(raws, (raw, i) => parseTransaction(raw, i + 1));
  const decisions = await decideInService(svc, txs, work);
  return many ? decisions : decisions[0]!;
}

/**
 * Transactions given as text (the check page's box): JSON or NDJSON read by the CLI's rule (parseInputText),
 * each validated once (in slices, as POST /v1/check validates its array), then decided as POST /v1/check
 * decides them, at most MAX_BATCH_RECORDS of them.
 */
export async function checkText(svc: Service, text: string, work?: BatchWork): Promise<{ shape: InputShape; transactions: Transaction[]; decisions: Decision[] }> {
  const { shape, transactions } = await parseInputText(text, mapInSlices);
  if (transactions.length > MAX_BATCH_RECORDS) {
    throw new InterdictError('CHECK_BAD_INPUT', `${transactions.length.toLocaleString('en')} transactions: at most ${MAX_BATCH_RECORDS.toLocaleString('en')} are checked at once (check more with "interdict check")`, { field: 'transaction' });
  }
  return { shape, transactions, decisions: await decideInService(svc, transactions, work) };
}

/** Validated transactions decided against the list in use and the database's sources (check-sources.ts). */
async function decideInService(svc: Service, txs: readonly Transaction[], work?: BatchWork): Promise<Decision[]> {
  txs.forEach((tx, i) => {
    const chars = freeTextLength(tx);
    if (chars > MAX_TRANSACTION_TEXT_CHARS) {
      throw new InterdictError('SERVICE_TOO_LARGE', `transaction ${i + 1} holds ${chars.toLocaleString('en')} characters of free text (goods descriptions, purpose, roles, names): the service reads at most ${MAX_TRANSACTION_TEXT_CHARS.toLocaleString('en')} in one transaction; check it with "interdict check", or split it`, { field: 'goods', record: i + 1 });
    }
  });
  const list = await svc.lists.recent(svc.driver);
  // The same sources, by the same reads, as the CLI's check of a database (check-sources.ts): the parties
  // against the list in use and the records earlier stored lists held and it does not (formerly-listed.ts,
  // read once per list in use), the cap ledger and the imported 1718 vessels list of the service's database.
  const former = txs.some((tx) => tx.parties !== undefined && tx.parties.length > 0) ? await svc.lists.formerly(svc.driver, list) : undefined;
  const ctx = checkContext({ partyScreener: () => partyScreenerWith(list.index, former), ...(await checkSourcesIn(svc.driver, svc.law)) });
  return decideAll(txs, svc.law, ctx, { budget: requestBudget('checking the transactions', 'transactions', (i) => `transaction ${i + 1}`, work) });
}

/** A transaction checked by the input rules of POST /v1/check, nothing decided or stored (the page's live check); bad input throws naming the field. */
export function checkTransactionInput(raw: unknown): void {
  parseTransaction(raw, 0);
}

/** One screening request against the list in use (CONTRACT §2), by the one screening use case. */
export async function screenOne(svc: Service, q: ScreenRequest): Promise<ScreenResult> {
  const list = await svc.lists.recent(svc.driver);
  return screenerOver(list.index, q).result(queryOf(q));
}

export async function screenBatch(svc: Service, queries: Record<string, ScreenRequest>, work?: BatchWork): Promise<{ responses: Record<string, { matches: ScreeningMatch[]; disguise?: Disguise }>; listVersion: string; algorithm: string }> {
  const list = await svc.lists.recent(svc.driver);
  // Check all first (each query and its bands): one bad query refuses the batch, naming it.
  const screeners = Object.entries(queries).map(([key, q]) => {
    try {
      validateQuery(queryOf(q));
    } catch (e) {
      if (e instanceof InterdictError) throw e.at({ record: key, field: `queries.${key}.${e.location.field ?? 'name'}` });
      throw e;
    }
    return [key, queryOf(q), screenerOver(list.index, q, undefined, `queries.${key}.`)] as const;
  });
  // Null-prototype: a key such as "__proto__" or "constructor" is an ordinary key of the answer.
  const responses = Object.create(null) as Record<string, { matches: ScreeningMatch[]; disguise?: Disguise }>;
  let total = 0;
  await mapInSlices(screeners, ([key, query, screener]) => {
    const { matches, disguise } = screener.result(query);
    total += matches.length;
    if (total > MAX_BATCH_MATCHES) {
      throw new InterdictError('SERVICE_TOO_LARGE', `the answer would hold more than ${MAX_BATCH_MATCHES.toLocaleString('en')} matches (at "${key.slice(0, 80)}"): send fewer names per request, or a higher threshold`, { field: 'queries' });
    }
    responses[key] = { matches, ...(disguise !== undefined && { disguise }) };
  }, { budget: requestBudget('screening the batch', 'queries', (i) => `"${screeners[i]![0].slice(0, 80)}"`, work) });
  return { responses, listVersion: list.index.listVersion, algorithm: list.index.algorithm };
}

export function lawInForce(svc: Service, date: string | undefined): MeasuresInForce {
  return measuresInForce(svc.law, date);
}

export async function listInUse(svc: Service) {
  const list = await svc.lists.current(svc.driver);
  return { ...listInfo(list.list), loadedAt: list.loadedAt, loadedBy: list.loadedBy, history: await listHistory(svc.driver) };
}

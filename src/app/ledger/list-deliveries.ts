/** GET /v1/ledger/deliveries and the reporter's page: current versions, one page at a time (src/app/paging.ts). */
import type { Law } from '../../law/index.ts';
import { parseCommodity, parseDate, parseState, presentVersion, type LedgerStore } from '../../ledger/index.ts';
import { InterdictError } from '../../errors/index.ts';
import { encodeCursor, pageRequest, type Page } from '../paging.ts';
import type { LedgerActor } from './ledger-actor.ts';

export interface DeliveryListQuery {
  limit?: string | number;
  cursor?: string;
  order?: string;
  state?: string;
  commodity?: string;
  from?: string;
  to?: string;
}

export type DeliveryPage = Page<ReturnType<typeof presentVersion>>;

export async function listDeliveries(store: LedgerStore, _law: Law, actor: LedgerActor, q: DeliveryListQuery): Promise<DeliveryPage> {
  // The one paging rule of every list (a bad limit, order or cursor is bad input naming it).
  const { limit, order, after: key } = pageRequest({
    ...(q.limit !== undefined && { limit: String(q.limit) }), ...(q.cursor !== undefined && { cursor: q.cursor }), ...(q.order !== undefined && { order: q.order }),
  }, 2);
  // This list's key is (delivery date, row id): anything else is a cursor it never gave.
  if (key !== undefined && !(typeof key[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(key[0]) && Number.isSafeInteger(key[1]) && Number(key[1]) > 0)) {
    throw new InterdictError('SERVICE_BAD_INPUT', 'cursor is not one this service gave: send the "next" of the previous page, unchanged', { field: 'cursor' });
  }
  // A reporter sees its own State's reports; others read all (or one State they ask for).
  const state = actor.state !== null ? actor.state : q.state ? parseState(q.state) : undefined;
  const from = q.from ? parseDate(q.from, 'from') : undefined;
  const to = q.to ? parseDate(q.to, 'to') : undefined;
  // A window that ends before it starts is a mistake, not "nothing" (review 19, LOW-4; as the reports and /v1/events say).
  if (from !== undefined && to !== undefined && to < from) throw new InterdictError('LEDGER_BAD_INPUT', `to (${to}) is before from (${from})`, { field: 'to' });
  const r = await store.deliveries({
    ...(state !== undefined && { state }),
    // The one reading of a commodity (the status and the reports read it so too).
    ...(q.commodity !== undefined && { commodity: parseCommodity(q.commodity) }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    order,
    ...(key && { after: { date: String(key[0]), id: Number(key[1]) } }),
    limit: limit + 1,
  });
  const more = r.items.length > limit;
  const items = r.items.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(presentVersion), total: r.total, next: more && last ? encodeCursor([last.date, last.id]) : null };
}

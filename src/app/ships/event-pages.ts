/**
 * The stored events, one use case for every interface (`ais events`, `GET /v1/events`, `/v1/events/ID`,
 * web `/events`): filtered by start time and kind, a page at a time through the shared paging
 * (src/app/paging.ts: `limit`, `order`, the cursor holding the last event's start and id, so a page never
 * repeats or skips an event stored meanwhile). Each event is the object `ais scan` prints; the service
 * adds its id, whether it involves a DPRK-flagged or designated vessel (`concern`) and the alert it opened.
 */
import { InterdictError } from '../../errors/index.ts';
import { compareEvents, EVENT_KINDS, isEventKind, type ShipEvent } from '../../ships/event.ts';
import { getEvent, pageEvents, type EventFilter, type StoredEvent } from '../../ships/event-store.ts';
import { readTracks } from '../../ships/position-store.ts';
import { loadPorts, type PortIndex } from '../../ships/ports.ts';
import { parseUtcTime, UTC_TIME_RULE } from '../../ships/utc-time.ts';
import { hasArea } from '../../store/migrate.ts';
import type { SqlExec } from '../../store/sql-driver.ts';
import { MAX_PAGE_LIMIT, pageOf, pageRequest, type Page, type PageRequest } from '../paging.ts';
import { eventMapSvg, type VesselTrack } from './event-map.ts';
import { alertsOfEvents } from './store-events.ts';

export { EVENT_KINDS };

export type ServiceEvent = { id: number } & ShipEvent & { concern: boolean; alert: number | null };

/** The filter of a request, as text (a query string, the CLI's flags). */
export interface EventFilterQuery {
  from?: string;
  to?: string;
  kind?: string;
}

/** A request for a page of events: the filter and the paging every list takes. */
export interface EventsQuery extends EventFilterQuery {
  cursor?: string;
  limit?: string;
  order?: string;
}

export type EventsPage = Page<ServiceEvent>;

/** How an interface names the filter's fields in a message (`--from` on the command line), and its error code. */
export interface FilterNames {
  from: string;
  to: string;
  kind: string;
  code: 'SERVICE_BAD_INPUT' | 'SHIPS_BAD_FLAG';
}

const API_NAMES: FilterNames = { from: 'from', to: 'to', kind: 'kind', code: 'SERVICE_BAD_INPUT' };

/** The filter checked by the one rule: times as UTC_TIME_RULE, `to` after `from`, a kind of EVENT_KINDS. */
export function eventFilter(q: EventFilterQuery, names: FilterNames = API_NAMES): EventFilter {
  const bad = (k: keyof EventFilterQuery, message: string): never => {
    throw new InterdictError(names.code, `${names[k]} ${message}`, { field: names[k].replace(/^--/, '') });
  };
  const time = (k: 'from' | 'to'): number | undefined => {
    const v = q[k];
    if (v === undefined || v === '') return undefined;
    return parseUtcTime(v) ?? bad(k, `must be ${UTC_TIME_RULE}, not "${v.slice(0, 40)}"`);
  };
  const filter: EventFilter = {};
  const from = time('from');
  const to = time('to');
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  if (from !== undefined && to !== undefined && to <= from) bad('to', `must be after ${names.from}`);
  if (q.kind !== undefined && q.kind !== '') {
    if (!isEventKind(q.kind)) bad('kind', `must be one of ${EVENT_KINDS.join(', ')}, not "${q.kind.slice(0, 40)}"`);
    filter.kind = q.kind;
  }
  return filter;
}

/** The events tables exist here (the ships area at the version that stores events). */
async function hasEvents(db: SqlExec): Promise<boolean> {
  if (!(await hasArea(db, 'ships'))) return false;
  const v = await db.all<{ version: unknown }>("SELECT version FROM store_migrations WHERE area = 'ships' AND version = 2");
  return v.length > 0;
}

/** One page of the stored events matching the filter, by (start, id) in the order asked. */
async function pageStored(db: SqlExec, filter: EventFilter, req: PageRequest): Promise<Page<StoredEvent>> {
  const after = req.after;
  // The cursor holds a start (ms) and an id, both whole numbers: anything else is bad input, whether or not events are stored.
  if (after !== undefined && !(Number.isSafeInteger(after[0]) && Number.isSafeInteger(after[1]))) {
    throw new InterdictError('SERVICE_BAD_INPUT', 'cursor is not one this service gave: send the "next" of the previous page, unchanged', { field: 'cursor' });
  }
  if (!(await hasEvents(db))) return { items: [], total: 0, next: null };
  const { items, total } = await pageEvents(db, filter, { limit: req.limit + 1, order: req.order, ...(after !== undefined && { after: { start: after[0] as number, id: after[1] as number } }) });
  return pageOf(items, req, total, (s) => [Date.parse(s.event.start), s.id], (s) => s);
}

/** A page of the stored events (the service): newest first unless asked otherwise, each with its alert. */
export async function eventsPage(db: SqlExec, q: EventsQuery): Promise<EventsPage> {
  const filter = eventFilter(q);
  const page = await pageStored(db, filter, pageRequest(q, 2));
  return { ...page, items: await withAlerts(db, page.items) };
}

/** Every stored event matching the filter (`ais events`), paged through, in the order `ais scan` prints them. */
export async function allStoredEvents(db: SqlExec, filter: EventFilter): Promise<ShipEvent[]> {
  const out: ShipEvent[] = [];
  let req: PageRequest = { limit: MAX_PAGE_LIMIT, order: 'asc' };
  for (;;) {
    const page = await pageStored(db, filter, req);
    for (const s of page.items) out.push(s.event);
    if (page.next === null) break;
    req = pageRequest({ cursor: page.next, order: 'asc', limit: String(MAX_PAGE_LIMIT) }, 2);
  }
  return out.sort(compareEvents);
}

async function withAlerts(db: SqlExec, list: readonly StoredEvent[]): Promise<ServiceEvent[]> {
  const alerts = await alertsOfEvents(db, list.map((s) => s.id));
  return list.map((s) => ({ id: s.id, ...s.event, concern: s.concern, alert: alerts.get(s.id) ?? null }));
}

export async function eventById(db: SqlExec, id: number): Promise<ServiceEvent> {
  const s = (await hasEvents(db)) ? await getEvent(db, id) : undefined;
  if (!s) throw new InterdictError('SERVICE_NOT_FOUND', `there is no event ${id}`, { field: 'id' });
  return (await withAlerts(db, [s]))[0]!;
}

/** An event with its map: the vessels' stored tracks from `aroundHours` before its start to as long after its end. */
export async function eventWithMap(db: SqlExec, id: number, ports: PortIndex = loadPorts(), aroundHours = 6): Promise<{ event: ServiceEvent; svg: string; trackPoints: number }> {
  const event = await eventById(db, id);
  const lo = Date.parse(event.start) - aroundHours * 3600000;
  const hi = Date.parse(event.end) + aroundHours * 3600000 + 1;
  const tracks = await readTracks(db, event.vessels.map((v) => v.mmsi), lo, hi);
  const drawn: VesselTrack[] = event.vessels.map((v) => ({ mmsi: v.mmsi, label: `${v.name ?? 'MMSI'} ${v.mmsi} (${v.flag})`, points: tracks.get(v.mmsi) ?? [] }));
  return { event, svg: eventMapSvg(event, drawn, ports), trackPoints: drawn.reduce((n, t) => n + t.points.length, 0) };
}

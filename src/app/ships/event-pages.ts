/**
 * The stored events as the service shows them (`GET /v1/events`, `/v1/events/ID`, web `/events`): a
 * page at a time, newest first unless asked otherwise, filtered by start time and kind; each event is
 * the object `ais scan` prints, with its id, whether it involves a DPRK-flagged or designated vessel
 * (`concern`) and the alert it opened. The cursor names the last event of the page (its start and id),
 * so a page never repeats or skips an event stored meanwhile.
 */
import { InterdictError } from '../../errors/index.ts';
import type { ShipEvent } from '../../ships/event.ts';
import { getEvent, pageEvents, type EventFilter } from '../../ships/event-store.ts';
import { readTracks } from '../../ships/position-store.ts';
import { loadPorts, type PortIndex } from '../../ships/ports.ts';
import { hasArea } from '../../store/migrate.ts';
import type { SqlExec } from '../../store/sql-driver.ts';
import { eventMapSvg, type VesselTrack } from './event-map.ts';
import { alertsOfEvents } from './store-events.ts';

export const EVENT_KINDS = ['encounter', 'loitering', 'ais-gap', 'identity', 'port-call', 'designated'] as const;

export type ServiceEvent = { id: number } & ShipEvent & { concern: boolean; alert: number | null };

export interface EventsQuery {
  from?: string;
  to?: string;
  kind?: string;
  cursor?: string;
  limit?: string | number;
  order?: string;
}

export interface EventsPage {
  items: ServiceEvent[];
  total: number;
  next: string | null;
}

const bad = (field: string, message: string): never => {
  throw new InterdictError('SERVICE_BAD_INPUT', message, { field });
};

function time(v: string | undefined, field: string): number | undefined {
  if (v === undefined || v === '') return undefined;
  const ok = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/.test(v);
  const t = Date.parse(/T/.test(v) && !v.endsWith('Z') ? `${v}Z` : v);
  if (!ok || Number.isNaN(t)) bad(field, `${field} must be an ISO 8601 UTC time (2019-03-01 or 2019-03-01T06:00Z), not "${v.slice(0, 40)}"`);
  return t;
}

export function parseEventsQuery(q: EventsQuery): { filter: EventFilter; limit: number; order: 'asc' | 'desc'; after?: { start: number; id: number } } {
  const filter: EventFilter = {};
  const from = time(q.from, 'from');
  const to = time(q.to, 'to');
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  if (from !== undefined && to !== undefined && to <= from) bad('to', 'to must be after from');
  if (q.kind !== undefined && q.kind !== '') {
    if (!(EVENT_KINDS as readonly string[]).includes(q.kind)) bad('kind', `kind must be one of ${EVENT_KINDS.join(', ')}`);
    filter.kind = q.kind;
  }
  const limitText = q.limit === undefined || q.limit === '' ? '50' : String(q.limit);
  if (!/^\d{1,3}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 500) bad('limit', 'limit must be a whole number from 1 to 500');
  const order = q.order === undefined || q.order === '' ? 'desc' : q.order;
  if (order !== 'asc' && order !== 'desc') bad('order', 'order must be asc or desc');
  const out: ReturnType<typeof parseEventsQuery> = { filter, limit: Number(limitText), order: order as 'asc' | 'desc' };
  if (q.cursor !== undefined && q.cursor !== '') {
    const m = /^(-?\d{1,15})\.(\d{1,15})$/.exec(Buffer.from(q.cursor, 'base64url').toString('latin1'));
    if (!m) bad('cursor', 'cursor is not one this service gave (use "next" from the previous page)');
    out.after = { start: Number(m![1]), id: Number(m![2]) };
  }
  return out;
}

const cursorOf = (e: ServiceEvent): string => Buffer.from(`${Date.parse(e.start)}.${e.id}`, 'latin1').toString('base64url');

async function withAlerts(db: SqlExec, list: { id: number; event: ShipEvent; concern: boolean }[]): Promise<ServiceEvent[]> {
  const alerts = await alertsOfEvents(db, list.map((s) => s.id));
  return list.map((s) => ({ id: s.id, ...s.event, concern: s.concern, alert: alerts.get(s.id) ?? null }));
}

async function hasEvents(db: SqlExec): Promise<boolean> {
  if (!(await hasArea(db, 'ships'))) return false;
  const v = await db.all<{ version: unknown }>("SELECT version FROM store_migrations WHERE area = 'ships' AND version = 2");
  return v.length > 0;
}

export async function eventsPage(db: SqlExec, q: EventsQuery): Promise<EventsPage> {
  const p = parseEventsQuery(q);
  if (!(await hasEvents(db))) return { items: [], total: 0, next: null };
  const { items, total } = await pageEvents(db, p.filter, { limit: p.limit + 1, order: p.order, ...(p.after ? { after: p.after } : {}) });
  const page = await withAlerts(db, items.slice(0, p.limit));
  return { items: page, total, next: items.length > p.limit ? cursorOf(page[page.length - 1]!) : null };
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

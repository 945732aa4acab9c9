/**
 * Events in the database (area "ships", table ais_events), each stored once under its natural key:
 * kind, start, end, the vessels' MMSIs and a digest of the evidence. A window run twice, two workers
 * racing on one window, or `ais scan --save` over positions a worker already saw store nothing twice.
 */
import { createHash } from 'node:crypto';
import type { SqlExec } from '../store/sql-driver.ts';
import type { ShipEvent } from './event.ts';

export interface EventToStore {
  event: ShipEvent;
  /** A DPRK-flagged or designated vessel is involved. */
  concern: boolean;
}

export interface StoredEvent {
  id: number;
  event: ShipEvent;
  concern: boolean;
}

export function eventKey(e: ShipEvent): string {
  const evidence = createHash('sha256').update(JSON.stringify(e.evidence)).digest('hex').slice(0, 16);
  return `${e.kind}|${e.start}|${e.end}|${e.vessels.map((v) => v.mmsi).join(',')}|${evidence}`;
}

export interface SavedEvents {
  /** Stored now, with their ids, in the order given. */
  stored: StoredEvent[];
  /** Found stored already under their natural key: the ids of the rows there (undefined: the row that
   *  clashed was gone when looked up), in the order given. */
  existing: { event: EventToStore; id: number | undefined }[];
}

/** Store events not yet stored, inside a transaction the caller holds (so what follows from a new event
 * commits with it). The events found stored already are returned too: the caller decides whether the row
 * there may stand for the event. */
export async function saveEventsIn(tx: SqlExec, events: readonly EventToStore[]): Promise<SavedEvents> {
  const now = new Date().toISOString();
  const out: SavedEvents = { stored: [], existing: [] };
  for (const e of events) {
    const { event, concern } = e;
    const key = eventKey(event);
    const rows = await tx.all<{ id: number | string }>(
      'INSERT INTO ais_events (event_key, kind, start_ms, end_ms, concern, body, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING RETURNING id',
      [key, event.kind, Date.parse(event.start), Date.parse(event.end), concern ? 1 : 0, JSON.stringify(event), now],
    );
    if (rows[0] !== undefined) {
      out.stored.push({ id: Number(rows[0].id), event, concern });
      continue;
    }
    const [there] = await tx.all<{ id: number | string }>('SELECT id FROM ais_events WHERE event_key = ?', [key]);
    out.existing.push({ event: e, id: there === undefined ? undefined : Number(there.id) });
  }
  return out;
}

export interface EventFilter {
  /** Events starting at or after (ms). */
  from?: number;
  /** Events starting before (ms). */
  to?: number;
  kind?: string;
}

interface EventRow {
  id: number | string;
  concern: number | string;
  body: string;
}

function where(f: EventFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    parts.push(sql);
    params.push(v);
  };
  if (f.from !== undefined) add('start_ms >= ?', f.from);
  if (f.to !== undefined) add('start_ms < ?', f.to);
  if (f.kind !== undefined) add('kind = ?', f.kind);
  return { sql: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

const toStored = (r: EventRow): StoredEvent => ({ id: Number(r.id), concern: Number(r.concern) === 1, event: JSON.parse(r.body) as ShipEvent });

/** One page: `after` is the last (start, id) of the previous page, in the order asked. */
export async function pageEvents(driver: SqlExec, f: EventFilter, page: { limit: number; order: 'asc' | 'desc'; after?: { start: number; id: number } }): Promise<{ items: StoredEvent[]; total: number }> {
  const w = where(f);
  const [count] = await driver.all<{ n: number | string }>(`SELECT count(*) AS n FROM ais_events${w.sql}`, w.params);
  const params = [...w.params];
  let sql = w.sql;
  if (page.after) {
    const cmp = page.order === 'asc' ? '>' : '<';
    sql += `${sql ? ' AND' : ' WHERE'} (start_ms ${cmp} ? OR (start_ms = ? AND id ${cmp} ?))`;
    params.push(page.after.start, page.after.start, page.after.id);
  }
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  const rows = await driver.all<EventRow>(`SELECT id, concern, body FROM ais_events${sql} ORDER BY start_ms ${dir}, id ${dir} LIMIT ${Math.floor(page.limit)}`, params);
  return { items: rows.map(toStored), total: Number(count?.n ?? 0) };
}

export async function getEvent(driver: SqlExec, id: number): Promise<StoredEvent | undefined> {
  const [r] = await driver.all<EventRow>('SELECT id, concern, body FROM ais_events WHERE id = ?', [id]);
  return r ? toStored(r) : undefined;
}

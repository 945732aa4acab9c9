/**
 * Store events (each once, by its natural key: ships/event-store.ts) and, in the same transaction, open
 * an alert of kind `vessel-event` in the service's queue for each new event that involves a
 * DPRK-flagged or designated vessel, so an analyst triages it and a second person releases it (four
 * eyes, as the name alerts). Shared by `ais scan --save`, the workers and `ais watch --db`.
 */
import { saveEventsIn, type EventToStore, type StoredEvent } from '../../ships/event-store.ts';
import type { ShipEvent } from '../../ships/event.ts';
import { migrateShips } from '../../ships/position-store.ts';
import { migrate } from '../../store/migrate.ts';
import type { SqlDriver, SqlExec, SqlTx } from '../../store/sql-driver.ts';
import { insertAlert } from '../alerts/open-alerts.ts';
import { serviceMigrations } from '../service/service-migrations.ts';

export async function storeEvents(driver: SqlDriver, events: readonly EventToStore[]): Promise<StoredEvent[]> {
  await migrateShips(driver);
  if (events.length === 0) return [];
  if (events.some((e) => e.concern)) await migrate(driver, 'service', serviceMigrations(driver.dialect));
  return driver.transaction(async (tx) => {
    const stored = await saveEventsIn(tx, events);
    for (const s of stored) if (s.concern) await openVesselEventAlert(tx, s);
    return stored;
  });
}

/** The vessels as a reader names them: "TONG SAN 2 (445123000, KP) and 352001000 (PA)". */
export function vesselsLabel(e: ShipEvent): string {
  return e.vessels.map((v) => `${v.name ? `${v.name} ` : ''}(${v.mmsi}, ${v.flag})`).join(' and ');
}

async function openVesselEventAlert(tx: SqlTx, s: StoredEvent): Promise<number | undefined> {
  const e = s.event;
  const now = new Date().toISOString();
  const ref = `ais-event:${s.id}`;
  const listVersion = typeof e.evidence.listVersion === 'string' ? e.evidence.listVersion : e.decision?.lawVersion ?? 'none';
  // The alert's "match" is the event in the shape every alert reader knows (ref, name, score, explanation).
  const match = {
    ref, name: vesselsLabel(e), score: 1, band: 'match', kind: 'vessel-event', explanation: [], algorithm: 'ais-events', listVersion,
    event: { id: s.id, kind: e.kind, start: e.start, end: e.end, lat: e.lat, lon: e.lon, vessels: e.vessels, ...(e.decision ? { outcome: e.decision.outcome } : {}) },
  };
  const subject = `vessels:${e.vessels.map((v) => v.mmsi).join(',')}`;
  return insertAlert(tx, {
    subjectId: subject, subjectJson: JSON.stringify({ id: subject, name: match.name }), listRef: ref, score: 1, band: 'match', matchJson: JSON.stringify(match), algorithm: 'ais-events',
    listVersion, recordFp: ref, subjectFp: '', openedBy: 'ais', kind: 'vessel-event', eventId: s.id,
  }, { kind: 'vessel-event', event: s.id, eventKind: e.kind, start: e.start, vessels: e.vessels.map((v) => v.mmsi) }, now);
}

/** The vessel-event alert of each stored event (event id -> alert id). */
export async function alertsOfEvents(db: SqlExec, eventIds: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (eventIds.length === 0) return out;
  try {
    const rows = await db.all<{ id: unknown; event_id: unknown }>(`SELECT id, event_id FROM alerts WHERE kind = 'vessel-event' AND event_id IN (${eventIds.map(() => '?').join(', ')})`, eventIds);
    for (const r of rows) out.set(Number(r.event_id), Number(r.id));
  } catch {
    // No service tables in this database: no alerts.
  }
  return out;
}

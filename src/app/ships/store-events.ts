/**
 * Store events (each once, by its natural key: ships/event-store.ts) and, in the same transaction, open
 * an alert of kind `vessel-event` in the service's queue for each new event that involves a
 * DPRK-flagged or designated vessel, so an analyst triages it and a second person releases it (four
 * eyes, as the name alerts). Shared by `ais scan --save`, the workers and `ais watch --db`.
 *
 * An event of concern found stored already gets its alert if it has none: stored before its vessel was
 * designated (the natural key does not hold the list), or a row written into ais_events directly under the
 * natural key of an event still to come (its positions are in the database for anyone to scan), it would
 * otherwise open no alert. An alert it has must be as recorded (409 AUDIT_TAMPERED otherwise).
 */
import { saveEventsIn, type EventToStore, type StoredEvent } from '../../ships/event-store.ts';
import type { ShipEvent } from '../../ships/event.ts';
import { migrateShips } from '../../ships/position-store.ts';
import type { SqlDriver, SqlExec, SqlTx } from '../../store/sql-driver.ts';
import { insertAlert } from '../alerts/open-alerts.ts';
import { AUDITED_TABLES } from '../audit/audit-rows.ts';
import { assertRowAsRecorded, tampered } from '../audit/row-guard.ts';
import { migrateService } from '../service/migrate-service.ts';

export async function storeEvents(driver: SqlDriver, events: readonly EventToStore[]): Promise<StoredEvent[]> {
  await migrateShips(driver);
  if (events.length === 0) return [];
  if (events.some((e) => e.concern)) await migrateService(driver);
  return driver.transaction(async (tx) => {
    const { stored, existing } = await saveEventsIn(tx, events);
    for (const s of stored) if (s.concern) await openVesselEventAlert(tx, s);
    for (const { event, id } of existing) if (event.concern) await alertStoredEvent(tx, event.event, id);
    return stored;
  });
}

/** An event of concern stored before: the alert opened for it as recorded, or one opened now. */
async function alertStoredEvent(tx: SqlTx, e: ShipEvent, id: number | undefined): Promise<void> {
  const what = `the ${e.kind} of ${vesselsLabel(e)} from ${e.start}`;
  // Nothing Interdict does deletes an event, and the insert clashed with a row: planted and taken away.
  if (id === undefined) throw tampered(`${what}: a stored event there when it was stored and gone just after`);
  const rows = await tx.all<Record<string, unknown>>(`SELECT ${AUDITED_TABLES.alerts!.columns.join(', ')} FROM alerts WHERE kind = 'vessel-event' AND event_id = ?`, [id]);
  for (const row of rows) await assertRowAsRecorded(tx, 'alerts', row, [row.id], [`alert:${String(row.id)}`], `the alert ${String(row.id)} of ${what}`);
  // The alert must be this event's: a stored row of another event, alerted already, pointed at this event's
  // key in the table would otherwise pass this event off as alerted.
  if (rows.length > 0 && !rows.some((row) => alertIsOf(row, e))) throw tampered(`${what}: stored as event ${id}, whose alert is another event's`);
  if (rows.length > 0) return;
  await tx.run('UPDATE ais_events SET concern = 1, body = ? WHERE id = ?', [JSON.stringify(e), id]);
  await openVesselEventAlert(tx, { id, event: e, concern: true });
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

/** Whether an alert row's match is `e` (kind, start, end and vessels, as the alert recorded them). */
function alertIsOf(row: Record<string, unknown>, e: ShipEvent): boolean {
  try {
    const ev = (JSON.parse(String(row.match_json)) as { event?: { kind?: unknown; start?: unknown; end?: unknown; vessels?: { mmsi?: unknown }[] } }).event;
    return ev !== undefined && ev.kind === e.kind && ev.start === e.start && ev.end === e.end
      && JSON.stringify((ev.vessels ?? []).map((v) => v.mmsi)) === JSON.stringify(e.vessels.map((v) => v.mmsi));
  } catch {
    return false;
  }
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

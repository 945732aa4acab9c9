// A stored vessel event of concern always has its alert: an event stored before its vessel was designated
// gets one when a scan finds it of concern, a row planted in ais_events under an event's natural key (so
// that the event would be "stored before") does not keep the event's alert shut, and an alert changed in
// the table is refused rather than taken as the event's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { judgeEvents } from '../../src/app/ships/judge-events.ts';
import { storeEvents } from '../../src/app/ships/store-events.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { loadLaw } from '../../src/law/index.ts';
import { eventKey, type EventToStore } from '../../src/ships/event-store.ts';
import { feedPlan, feedStatics, mergedFeed, scanLines } from '../support/merged-feed.ts';
import { startTestService, type TestService } from './harness.ts';

const events = judgeEvents(scanLines(mergedFeed(feedPlan, feedStatics([0, 1])).nmea).events, loadLaw(), undefined);
const concern = events.filter((e) => e.concern);
/** The feed's event of concern, an hour later: another event under another natural key. */
function later(e: EventToStore, hours: number): EventToStore {
  const shift = (iso: string) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
  return { ...e, event: { ...e.event, start: shift(e.event.start), end: shift(e.event.end) } };
}

for (const backend of ['sqlite', 'pglite'] as const) {
  describe(`service: a stored vessel event of concern has its alert (${backend})`, () => {
    let t: TestService;
    before(async () => {
      t = await startTestService(backend);
    });
    after(() => t.close());

    const alertsOf = async (key: string) => t.svc.driver.all<{ id: unknown; status: string }>(
      "SELECT a.id, a.status FROM alerts a JOIN ais_events e ON e.id = a.event_id WHERE a.kind = 'vessel-event' AND e.event_key = ?", [key],
    );

    it('an event stored when it was of no concern opens its alert when a scan finds it of concern', async () => {
      const [first] = concern;
      assert.ok(first !== undefined, 'the feed has an event of concern');
      const before: EventToStore = { ...first, concern: false };
      assert.equal((await storeEvents(t.svc.driver, [before])).length, 1);
      assert.equal((await alertsOf(eventKey(first.event))).length, 0, 'no concern, no alert');
      assert.deepEqual(await storeEvents(t.svc.driver, [first]), [], 'stored before: not stored again');
      assert.equal((await alertsOf(eventKey(first.event))).length, 1, 'found of concern now: its alert is open');
      const [row] = await t.svc.driver.all<{ concern: unknown }>('SELECT concern FROM ais_events WHERE event_key = ?', [eventKey(first.event)]);
      assert.equal(Number(row?.concern), 1);
      assert.equal((await storeEvents(t.svc.driver, [first])).length, 0);
      assert.equal((await alertsOf(eventKey(first.event))).length, 1, 'one alert, however often it is stored');
      assert.equal((await verifyAudit(t.svc.driver)).ok, true);
    });

    it('a row planted under an event\'s natural key does not keep its alert shut', async () => {
      const e = later(concern[0]!, 1);
      await t.svc.driver.run('INSERT INTO ais_events (event_key, kind, start_ms, end_ms, concern, body, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        eventKey(e.event), e.event.kind, 0, 0, 0, '{}', '2019-01-01T00:00:00.000Z',
      ]);
      assert.deepEqual(await storeEvents(t.svc.driver, [e]), []);
      const alerts = await alertsOf(eventKey(e.event));
      assert.equal(alerts.length, 1, 'the alert is open for the event the scan found');
      const [row] = await t.svc.driver.all<{ body: string }>('SELECT body FROM ais_events WHERE event_key = ?', [eventKey(e.event)]);
      assert.deepEqual(JSON.parse(row!.body), JSON.parse(JSON.stringify(e.event)), 'the row says what the scan found');
    });

    it('a stored event already alerted, pointed at another event\'s key, does not pass that event off as alerted (409)', async () => {
      const alerted = later(concern[0]!, 5);
      const coming = later(concern[0]!, 6);
      assert.equal((await storeEvents(t.svc.driver, [alerted])).length, 1);
      await t.svc.driver.run('UPDATE ais_events SET event_key = ? WHERE event_key = ?', [eventKey(coming.event), eventKey(alerted.event)]);
      await assert.rejects(storeEvents(t.svc.driver, [coming]), (err: { code?: string; message?: string }) => err.code === 'AUDIT_TAMPERED' && /another event/.test(err.message ?? ''));
      await t.svc.driver.run('UPDATE ais_events SET event_key = ? WHERE event_key = ?', [eventKey(alerted.event), eventKey(coming.event)]);
      assert.equal((await storeEvents(t.svc.driver, [coming])).length, 1, 'put back, the event is stored and alerted');
    });

    it('an event\'s alert changed in the table is refused (409), not taken for the event\'s', async () => {
      const e = later(concern[0]!, 1);
      const [alert] = await alertsOf(eventKey(e.event));
      await t.svc.driver.run("UPDATE alerts SET status = 'closed', disposition = 'false-positive' WHERE id = ?", [alert!.id]);
      await assert.rejects(storeEvents(t.svc.driver, [e]), (err: { code?: string; message?: string }) => err.code === 'AUDIT_TAMPERED' && /alert/.test(err.message ?? ''));
      await t.svc.driver.run("UPDATE alerts SET status = 'open', disposition = NULL WHERE id = ?", [alert!.id]);
      assert.deepEqual(await storeEvents(t.svc.driver, [e]), [], 'put back: as recorded again');
    });
  });
}

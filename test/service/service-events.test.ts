// Stored AIS events in the service (CONTRACT §5a): GET /v1/events pages newest first with a cursor
// that never repeats or skips, filters by kind and time, GET /v1/events/ID; an event involving a
// DPRK-flagged vessel opened a vessel-event alert that an analyst proposes and a different releaser
// confirms (four eyes), and storing the same events again opens nothing twice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { judgeEvents } from '../../src/app/ships/judge-events.ts';
import { storeEvents } from '../../src/app/ships/store-events.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { loadLaw } from '../../src/law/index.ts';
import { DPRK, feedPlan, feedStatics, mergedFeed, scanLines } from '../support/merged-feed.ts';
import { auth, startTestService, type TestService } from './harness.ts';
import { errorLine, scratch } from '../support/cli-harness.ts';
import { compareEvents, type ShipEvent } from '../../src/ships/event.ts';

function scanned() {
  return judgeEvents(scanLines(mergedFeed(feedPlan, feedStatics([0, 1])).nmea).events, loadLaw(), undefined);
}

for (const backend of ['sqlite', 'pglite'] as const) {
  describe(`service: vessel events (${backend})`, () => {
    let t: TestService;
    const s = scratch(`events-${backend}`);
    const events = scanned();
    type Page = { items: { id: number; kind: string; start: string; concern: boolean; alert: number | null; vessels: { mmsi: number }[] }[]; total: number; next: string | null };
    const get = async (url: string, who = 'analyst') => t.app.inject({ method: 'GET', url, headers: auth(t.keys[who]!) });

    before(async () => {
      t = await startTestService(backend);
      const stored = await storeEvents(t.svc.driver, events);
      assert.equal(stored.length, events.length);
      assert.deepEqual(await storeEvents(t.svc.driver, events), [], 'stored once: the same events again store nothing');
    });
    after(() => t.close());

    it('pages newest first, 2 at a time, through every event once; asc reverses', async () => {
      const seen: Page['items'] = [];
      let url = '/v1/events?limit=2';
      for (;;) {
        const r = await get(url);
        assert.equal(r.statusCode, 200, r.body);
        const p = r.json() as Page;
        assert.equal(p.total, events.length);
        seen.push(...p.items);
        if (p.next === null) break;
        url = `/v1/events?limit=2&cursor=${p.next}`;
      }
      assert.equal(seen.length, events.length);
      assert.equal(new Set(seen.map((e) => e.id)).size, events.length);
      const starts = seen.map((e) => e.start);
      assert.deepEqual(starts, [...starts].sort().reverse());
      const asc = (await get('/v1/events?order=asc&limit=500')).json() as Page;
      assert.deepEqual(asc.items.map((e) => e.id), seen.map((e) => e.id).reverse());
      const def = (await get('/v1/events')).json() as Page;
      assert.equal(def.items.length, Math.min(50, events.length));
    });

    it('filters by kind and start time; one event by id, as ais scan wrote it; 404 and 400 named', async () => {
      const enc = (await get('/v1/events?kind=encounter')).json() as Page;
      assert.equal(enc.items.length, events.filter((e) => e.event.kind === 'encounter').length);
      assert.ok(enc.items.every((e) => e.kind === 'encounter'));
      const dprk = enc.items.find((e) => e.vessels.some((v) => v.mmsi === DPRK))!;
      assert.equal(dprk.concern, true);
      assert.ok(dprk.alert !== null, 'the DPRK encounter opened an alert');
      const cut = dprk.start;
      const later = (await get(`/v1/events?from=${encodeURIComponent(cut)}&limit=500`)).json() as Page;
      assert.equal(later.items.length, events.filter((e) => e.event.start >= cut).length);
      const one = await get(`/v1/events/${dprk.id}`, 'auditor');
      assert.equal(one.statusCode, 200);
      const { id: _id, concern: _c, alert: _a, ...event } = one.json() as Record<string, unknown>;
      assert.deepEqual(event, JSON.parse(JSON.stringify(events.find((e) => e.event.start === dprk.start && e.event.kind === 'encounter' && e.concern)!.event)));
      assert.equal((await get('/v1/events/999999')).statusCode, 404);
      for (const [q, field] of [['kind=party', 'kind'], ['limit=501', 'limit'], ['limit=0', 'limit'], ['cursor=zzz', 'cursor'], ['from=yesterday', 'from'], ['order=up', 'order'], [`cursor=${'A'.repeat(1001)}`, 'cursor']] as [string, string][]) {
        const r = await get(`/v1/events?${q}`);
        assert.equal(r.statusCode, 400, q);
        assert.ok(JSON.stringify(r.json()).includes(field), `${q}: ${r.body}`);
      }
    });

    it('ais events lists what GET /v1/events pages, in the order ais scan prints them; a bad time is refused alike, naming it', async () => {
      const all = (await get('/v1/events?order=asc&limit=500')).json() as Page;
      const listed = backend === 'sqlite' ? s.cli(['ais', 'events', '--db', t.dbFile!, '--format', 'json']) : undefined;
      if (listed) {
        assert.equal(listed.code, 0, listed.stderr);
        const fromCli = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
        const fromApi = all.items.map(({ id: _i, concern: _c, alert: _a, ...e }) => e as unknown as ShipEvent).sort(compareEvents);
        assert.deepEqual(fromCli, JSON.parse(JSON.stringify(fromApi)));
        const bad = s.cli(['ais', 'events', '--db', t.dbFile!, '--from', '2019-13-45', '--format', 'json']);
        assert.equal(bad.code, 1);
        assert.match(errorLine(bad.stderr), /field "from": --from must be an ISO 8601 UTC time/);
      }
      const api = await get('/v1/events?from=2019-13-45');
      assert.equal(api.statusCode, 400);
      assert.equal(api.json().error.field, 'from');
      assert.match(api.json().error.message, /^from must be an ISO 8601 UTC time/);
    });

    it('the vessel-event alert is in the queue and released by a second person only', async () => {
      const enc = (await get('/v1/events?kind=encounter')).json() as Page;
      const alertId = enc.items.find((e) => e.alert !== null)!.alert!;
      const alerts = { alerts: ((await get('/v1/alerts?status=open&limit=500')).json() as { items: { id: number; kind: string; eventId?: number; subject: { name: string } }[] }).items };
      const a = alerts.alerts.find((x) => x.id === alertId)!;
      assert.equal(a.kind, 'vessel-event');
      assert.match(a.subject.name, /TONG SAN 2/);
      // Only events with a DPRK-flagged or designated vessel open alerts.
      assert.equal(alerts.alerts.filter((x) => x.kind === 'vessel-event').length, events.filter((e) => e.concern).length);
      const post = (url: string, who: string, body: unknown) => t.app.inject({ method: 'POST', url, headers: { ...auth(t.keys[who]!), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      assert.equal((await post(`/v1/alerts/${alertId}/decision`, 'both', { disposition: 'true-match', note: 'STS transfer with a DPRK tanker' })).statusCode, 200);
      assert.equal((await post(`/v1/alerts/${alertId}/confirm`, 'both', { disposition: 'true-match' })).statusCode, 409, 'the proposer cannot release it');
      const ok = await post(`/v1/alerts/${alertId}/confirm`, 'releaser', { disposition: 'true-match' });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal((ok.json() as { status: string }).status, 'closed');
      // The alerts the feed opened are in the log as they are in the table (snapshot, row digest, MAC).
      const v = await verifyAudit(t.svc.driver);
      assert.equal(v.ok, true, JSON.stringify(v));
    });
  });
}

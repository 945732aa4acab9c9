// ais scan: events from synthetic and hand-made tracks; windows that partition one pass exactly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInterdictError } from '../src/errors/index.ts';
import { dayCsv, defaultMmsi, type DayPlan } from '../bench/support/ais-day.ts';
import { DesignatedVessels } from '../src/ships/designated-vessels.ts';
import { loadPorts } from '../src/ships/ports.ts';
import { Scan } from '../src/ships/scan.ts';
import { DEFAULT_SCAN_OPTIONS, type ScanOptions } from '../src/ships/scan-options.ts';
import type { ShipEvent } from '../src/ships/event.ts';
import { dayPlan, scanLines, T0 } from './support/merged-feed.ts';

const H = 3600000;
const scan = (lines: Iterable<string>, o: Partial<ScanOptions> = {}, designated?: DesignatedVessels): ShipEvent[] => scanLines(lines, o, designated).events.map((e) => e.event);

// The day plan: encounters and gaps across window edges, 30 hours of positions.
const plan = dayPlan;
const lines = [...dayCsv(plan)];
const whole = scan(lines);

test('one pass finds the planned encounters (one across midnight) and gaps, and nothing else', () => {
  const enc = whole.filter((e) => e.kind === 'encounter');
  assert.deepEqual(enc.map((e) => e.vessels.map((v) => v.mmsi)), [[defaultMmsi(2), defaultMmsi(3)], [defaultMmsi(0), defaultMmsi(1)]]);
  const midnight = enc[1]!;
  assert.equal(midnight.start.slice(0, 10), '2019-03-01');
  assert.equal(midnight.end.slice(0, 10), '2019-03-02');
  assert.ok(midnight.durationHours >= 3 && midnight.durationHours <= 3.8, String(midnight.durationHours));
  // Vessels 7 and 8 meet for 1.2 h only: under the 2 h threshold, no encounter.
  assert.ok(!enc.some((e) => e.vessels.some((v) => v.mmsi === defaultMmsi(7))));
  // Vessel 6 goes dark 10 nm off Pagan (Northern Marianas): within 50 nm of shore, not a gap by default.
  const gaps = whole.filter((e) => e.kind === 'ais-gap');
  assert.deepEqual(gaps.map((e) => e.vessels[0]!.mmsi), [defaultMmsi(5)]);
  assert.ok(gaps.every((g) => (g.evidence.gapHours as number) >= 12.9 && typeof g.evidence.distanceKm === 'number' && g.evidence.shoreNm === null), JSON.stringify(gaps));
  assert.equal(whole.length, 3, JSON.stringify(whole.map((e) => e.kind)));
  const everyGap = scan(lines, { gapShoreNm: 0 }).filter((e) => e.kind === 'ais-gap');
  assert.deepEqual(everyGap.map((e) => [e.vessels[0]!.mmsi, e.evidence.shoreNm]), [[defaultMmsi(5), null], [defaultMmsi(6), 10.5]]);
});

test('thresholds are flags: a 1 h encounter threshold finds the short meeting too', () => {
  const enc = scan(lines, { encounterHours: 1 }).filter((e) => e.kind === 'encounter');
  assert.ok(enc.some((e) => e.vessels.some((v) => v.mmsi === defaultMmsi(7))));
});

for (const [hours, overlap] of [[6, 24], [5, 14], [1, 14], [24, 14]] as const) {
  test(`windows of ${hours} h with ${overlap} h overlap give exactly the events of one pass`, () => {
    const got: ShipEvent[] = [];
    for (let from = T0 - 6 * H; from < T0 + 36 * H; from += hours * H) got.push(...scan(lines, { from, to: from + hours * H, overlapHours: overlap }));
    assert.deepEqual(got, whole);
  });
}

test('an encounter with a DPRK-flagged vessel is reported with the DPRK flag from the MID', () => {
  const dprk: DayPlan = { ...plan, mmsi: (i) => (i === 0 ? 445123000 : defaultMmsi(i)) };
  const e = scan(dayCsv(dprk)).find((x) => x.kind === 'encounter' && x.vessels.some((v) => v.mmsi === 445123000))!;
  assert.ok(e);
  const v = e.vessels.find((x) => x.mmsi === 445123000)!;
  assert.equal(v.flag, 'KP');
  assert.equal(v.flagSource, 'mid');
});

function csv(rows: string[]): string[] {
  return ['mmsi,timestamp,lat,lon,sog,imo,name,flag', ...rows];
}

test('identity: bad check digit, flag against MID, one IMO on two MMSIs, an MMSI in two places', () => {
  const ev = scan(csv([
    '351000001,2019-03-01T01:00:00Z,20,150,10,9000001,ALPHA,',
    '351000001,2019-03-01T02:00:00Z,20.1,150,10,9000001,ALPHA,',
    '412000002,2019-03-01T01:00:00Z,21,151,10,9562233,BETA,PA',
    '413000003,2019-03-01T03:00:00Z,22,152,10,9562233,GAMMA,',
    '636000004,2019-03-01T04:00:00Z,23,153,10,,,',
    '636000004,2019-03-01T04:10:00Z,25,155,10,,,',
  ]));
  const checks = ev.filter((e) => e.kind === 'identity').map((e) => `${String(e.evidence.check)}:${e.vessels.map((v) => v.mmsi).join('+')}`);
  assert.deepEqual(checks.sort(), ['flag-contradicts-mid:412000002', 'imo-on-two-mmsis:412000002+413000003', 'impossible-speed:636000004', 'invalid-imo:351000001'].sort());
  const flagged = ev.find((e) => e.evidence.check === 'flag-contradicts-mid')!;
  assert.deepEqual(flagged.vessels[0], { mmsi: 412000002, flag: 'PA', flagSource: 'data', imo: '9562233', name: 'BETA' });
});

test('a DPRK port call (within 3 km of Nampo) and a designated vessel by a repainted IMO number', () => {
  const list = new DesignatedVessels([{ name: 'CHON MA SAN', imo: '8660313', designated: '2018-03-30', legalBases: ['asset-freeze', 'port-entry-ban'] }], 'test-list');
  const ports = loadPorts();
  const nampo = ports.dprk.find((p) => p.name.startsWith('NAMPO'))!;
  const ev = scan(csv([
    `667000005,2019-03-01T05:00:00Z,${nampo.lat - 0.2},${nampo.lon - 0.2},8,8660813,SOME NAME,`,
    `667000005,2019-03-01T08:00:00Z,${nampo.lat + 0.01},${nampo.lon},1,8660813,SOME NAME,`,
    `667000005,2019-03-01T20:00:00Z,${nampo.lat + 0.005},${nampo.lon},0,8660813,SOME NAME,`,
  ]), {}, list);
  const call = ev.find((e) => e.kind === 'port-call')!;
  assert.ok(call, JSON.stringify(ev));
  assert.equal(call.start, '2019-03-01T08:00:00Z');
  assert.equal(call.durationHours, 12);
  const d = ev.find((e) => e.kind === 'designated')!;
  assert.ok(d);
  assert.equal((d.evidence.listed as { imo: string }).imo, '8660313');
  assert.equal(d.evidence.matchedBy, 'imo-near-miss');
});

test('identity and designated events (per vessel and UTC day) partition across windows too', () => {
  const list = new DesignatedVessels([{ name: 'CHON MA SAN', imo: '8660313', designated: '2018-03-30', legalBases: ['port-entry-ban'] }], 'test-list');
  const rows = csv([
    '351000001,2019-03-01T05:00:00Z,20,150,10,9000001,ALPHA,',
    '351000001,2019-03-01T15:30:00Z,20.1,150,10,9000001,ALPHA,',
    '351000001,2019-03-02T00:30:00Z,20.2,150,10,9000001,ALPHA,',
    '412000002,2019-03-01T11:00:00Z,21,151,10,9562233,BETA,PA',
    '413000003,2019-03-01T13:00:00Z,22,152,10,9562233,GAMMA,',
    '636000004,2019-03-01T17:55:00Z,23,153,10,,,',
    '636000004,2019-03-01T18:05:00Z,25,155,10,,,',
    '667000005,2019-03-01T20:00:00Z,30,130,1,8660318,,',
  ]);
  const one = scan(rows, {}, list);
  assert.equal(one.filter((e) => e.kind === 'identity').length, 6, JSON.stringify(one.map((e) => e.evidence.check)));
  for (const hours of [1, 6, 7]) {
    const got: ShipEvent[] = [];
    for (let from = T0 - 6 * H; from < T0 + 36 * H; from += hours * H) got.push(...scan(rows, { from, to: from + hours * H, overlapHours: 14 }, list));
    assert.deepEqual(got, one, `${hours} h windows`);
  }
});

test('a designated event only from the designation date on', () => {
  const list = new DesignatedVessels([{ name: 'YU JONG 2', imo: '8604917', designated: '2018-03-30', legalBases: ['port-entry-ban'] }], 'test-list');
  const rows = (d: string) => csv([`445000009,${d}T05:00:00Z,38,124,1,8604917,YU JONG 2,`]);
  assert.equal(scan(rows('2018-03-29'), {}, list).filter((e) => e.kind === 'designated').length, 0);
  assert.equal(scan(rows('2018-03-30'), {}, list).filter((e) => e.kind === 'designated').length, 1);
});

test('a position at 0 N 0 E (no fix) is dropped, not read as a jump across the world', () => {
  const s = new Scan({ ...DEFAULT_SCAN_OPTIONS }, { ports: loadPorts() });
  for (const l of csv(['351000001.0,2019-03-01T01:00:00Z,20,150,10,,,', '351000001,2019-03-01T01:10:00Z,0,0,10,,,', '351000001,2019-03-01T01:20:00Z,20.01,150,10,,,'])) s.push(l);
  const r = s.finish();
  assert.equal(r.stats.noFix, 1);
  assert.deepEqual(r.events, []);
});

test('feed quirks: an MMSI without its leading zeros, NaN for no speed or IMO, 102.3 kn for not available', () => {
  const s = new Scan({ ...DEFAULT_SCAN_OPTIONS }, { ports: loadPorts() });
  for (const l of csv(['2320001,2019-03-01T01:00:00Z,50,-5,NaN,nan,,', '351000001,2019-03-01T01:00:00Z,20,150,102.3,None,,'])) s.push(l);
  assert.equal(s.finish().stats.vessels, 2);
  const field = (f: string) => (e: unknown) => isInterdictError(e) && e.location.field === f && e.location.record === 'line 2';
  assert.throws(() => scan(csv(['351000001,2019-03-01T01:00:00Z,20,150,-1,,,'])), field('sog'));
  assert.throws(() => scan(csv(['3510000011,2019-03-01T01:00:00Z,20,150,1,,,'])), field('mmsi'));
});

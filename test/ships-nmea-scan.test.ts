// ais scan over NMEA: times from tag blocks, identity from static reports, and a merged feed from three
// receivers giving exactly the events the same tracks give as CSV.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { defaultMmsi } from '../bench/support/ais-day.ts';
import { PROJECT_ROOT } from '../src/project-root.ts';
import type { ScanResult } from '../src/ships/scan.ts';
import { decodeAis } from '../src/ships/decode-ais.ts';
import { armour, positionA, sentences, voyage } from './support/ais-encode.ts';
import { DPRK, feedPlan, feedStatics, mergedFeed, scanLines } from './support/merged-feed.ts';

const scan = (lines: Iterable<string>): ScanResult => scanLines(lines);

test('the test encoder round-trips through the decoder', () => {
  const p = armour(positionA(445123000, 39.1, 125.2, 0.4));
  assert.deepEqual(decodeAis(p.payload, p.fill), { type: 1, mmsi: 445123000, lat: 39.1, lon: 125.2, sog: 0.4 });
  const v = armour(voyage(445123000, 8937675, 'HMYV', 'TONG SAN 2'));
  assert.deepEqual(decodeAis(v.payload, v.fill), { type: 5, mmsi: 445123000, imo: 8937675, callsign: 'HMYV', name: 'TONG SAN 2', shipType: 80 });
});

test('an NMEA capture with tag-block times gives an encounter with the IMO and name from type 5', () => {
  const t0 = Date.UTC(2019, 4, 1, 10);
  const lines = sentences(voyage(445123000, 8937675, 'HMYV', 'TONG SAN 2'), { time: t0 });
  for (let m = 0; m <= 240; m += 5) {
    const t = t0 + m * 60000;
    lines.push(...sentences(positionA(445123000, 30.5 + m * 1e-5, 124.5, 0.4), { time: t }));
    lines.push(...sentences(positionA(352001000, 30.5015 + m * 1e-5, 124.5, 0.6), { time: t + 20000, talker: 'BS' }));
  }
  lines.push('!AIVDM,1,1,,A,garbage,0*00');
  const r = scan(lines);
  assert.equal(r.stats.nmea?.badChecksum, 1);
  const enc = r.events.filter((e) => e.event.kind === 'encounter');
  assert.equal(enc.length, 1);
  assert.deepEqual(enc[0]!.event.vessels[0], { mmsi: 352001000, flag: 'PA', flagSource: 'mid' });
  assert.deepEqual(enc[0]!.event.vessels[1], { mmsi: 445123000, flag: 'KP', flagSource: 'mid', imo: '8937675', name: 'TONG SAN 2' });
  assert.equal(enc[0]!.concern, true);
});

test('a real mixed capture takes its clock from the receiver\'s $GPRMC fixes', () => {
  const r = scan(readFileSync(path.join(PROJECT_ROOT, 'data', 'ais', 'gpsd-ais-nmea.log'), 'utf8').split('\n'));
  assert.equal(r.stats.nmea?.untimed, 0);
  assert.equal(r.stats.positions, 141);
  assert.equal(r.stats.vessels, 30);
  assert.equal(r.stats.nmea?.badChecksum, 0);
});

test('a real shore-network capture (BSVDM, tag blocks): every vessel position timed by its c:, base stations kept apart', () => {
  const r = scan(readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'ais', 'nca-2024-12-09.nmea'), 'utf8').split('\n'));
  assert.deepEqual([r.stats.nmea?.untimed, r.stats.nmea?.notVessels, r.stats.nmea?.badTagBlock], [0, 3, 0]);
  assert.equal(r.stats.positions, 141);
});

const plan = feedPlan;
const statics = feedStatics([0, 1, 4, 9, 7]);

test('a merged feed from three talkers with tag blocks gives exactly the events of the same tracks as CSV', () => {
  const { csv, nmea } = mergedFeed(plan, statics);
  const fromCsv = scan(csv);
  const fromNmea = scan(nmea);
  const kinds = fromCsv.events.map((e) => e.event.kind);
  assert.ok(kinds.filter((k) => k === 'encounter').length === 2 && kinds.includes('ais-gap') && kinds.includes('identity'), JSON.stringify(kinds));
  assert.deepEqual(fromNmea.events, fromCsv.events);
  const enc = fromNmea.events.find((e) => e.event.kind === 'encounter' && e.event.vessels.some((v) => v.mmsi === DPRK))!;
  assert.deepEqual(enc.event.vessels.map((v) => [v.mmsi, v.name, v.flag]), [[DPRK, 'TONG SAN 2', 'KP'], [defaultMmsi(1), 'BAD CHECK DIGIT', 'PA']].sort((a, b) => (a[0] as number) - (b[0] as number)));
  assert.equal(enc.concern, true);
  // Same positions and vessels: the duplicates heard twice are one position, the base station is no vessel.
  assert.equal(fromNmea.stats.vessels, fromCsv.stats.vessels);
  assert.equal(fromNmea.stats.positionsInWindow - fromCsv.stats.positionsInWindow >= 0, true);
  assert.ok((fromNmea.stats.nmea?.notVessels ?? 0) > 0 && fromNmea.stats.nmea?.untimed === 0 && fromNmea.stats.nmea.badChecksum > 0, JSON.stringify(fromNmea.stats.nmea));
});

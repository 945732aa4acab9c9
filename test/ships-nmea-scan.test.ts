// ais scan over NMEA: times from tag blocks, IMO and name from type 5, positions from type 1.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { loadPorts } from '../src/ships/ports.ts';
import { Scan } from '../src/ships/scan.ts';
import { DEFAULT_SCAN_OPTIONS } from '../src/ships/scan-options.ts';
import { decodeAis } from '../src/ships/decode-ais.ts';

/** A minimal AIS encoder for the test: fields as [value, bits] (signed values two's complement). */
function armour(fields: [number, number][]): string {
  let bits = '';
  for (const [v, n] of fields) bits += (BigInt.asUintN(n, BigInt(Math.round(v)))).toString(2).padStart(n, '0');
  while (bits.length % 6 !== 0) bits += '0';
  let s = '';
  for (let i = 0; i < bits.length; i += 6) {
    const v = parseInt(bits.slice(i, i + 6), 2);
    s += String.fromCharCode(v < 40 ? v + 48 : v + 56);
  }
  return s;
}

function text(s: string, chars: number): [number, number][] {
  return [...s.padEnd(chars, '@')].map((c) => {
    const code = c.charCodeAt(0);
    return [code >= 64 ? code - 64 : code, 6] as [number, number];
  });
}

function sentence(payload: string, t: number): string {
  const body = `AIVDM,1,1,,A,${payload},0`;
  let x = 0;
  for (const c of body) x ^= c.charCodeAt(0);
  return `\\c:${Math.floor(t / 1000)}*00\\!${body}*${x.toString(16).toUpperCase().padStart(2, '0')}`;
}

const position = (mmsi: number, lat: number, lon: number, sog: number) =>
  armour([[1, 6], [0, 2], [mmsi, 30], [0, 4], [-128, 8], [sog * 10, 10], [0, 1], [lon * 600000, 28], [lat * 600000, 27], [3600, 12], [511, 9], [0, 6], [0, 2], [0, 3], [0, 1], [0, 19]]);
const voyage = (mmsi: number, imo: number, callsign: string, name: string) =>
  armour([[5, 6], [0, 2], [mmsi, 30], [0, 2], [imo, 30], ...text(callsign, 7), ...text(name, 20), [80, 8], [0, 9], [0, 9], [0, 6], [0, 6], [1, 4], [0, 20], [0, 8], ...text('', 20), [0, 1], [0, 1]]);

test('the test encoder round-trips through the decoder', () => {
  assert.deepEqual(decodeAis(position(445123000, 39.1, 125.2, 0.4)), { type: 1, mmsi: 445123000, lat: 39.1, lon: 125.2, sog: 0.4 });
  assert.deepEqual(decodeAis(voyage(445123000, 8937675, 'HMYV', 'TONG SAN 2'), 2), { type: 5, mmsi: 445123000, imo: 8937675, callsign: 'HMYV', name: 'TONG SAN 2', shipType: 80 });
});

test('an NMEA capture with tag-block times gives an encounter with the IMO and name from type 5', () => {
  const t0 = Date.UTC(2019, 4, 1, 10);
  const lines = [sentence(voyage(445123000, 8937675, 'HMYV', 'TONG SAN 2'), t0)];
  for (let m = 0; m <= 240; m += 5) {
    const t = t0 + m * 60000;
    lines.push(sentence(position(445123000, 30.5 + m * 1e-5, 124.5, 0.4), t));
    lines.push(sentence(position(352001000, 30.5015 + m * 1e-5, 124.5, 0.6), t + 20000));
  }
  lines.push('!AIVDM,1,1,,A,garbage,0*00');
  const s = new Scan({ ...DEFAULT_SCAN_OPTIONS }, { ports: loadPorts() });
  for (const l of lines) s.push(l);
  const r = s.finish();
  assert.equal(r.stats.nmea?.badChecksum, 1);
  const enc = r.events.filter((e) => e.event.kind === 'encounter');
  assert.equal(enc.length, 1);
  assert.deepEqual(enc[0]!.event.vessels[0], { mmsi: 352001000, flag: 'PA', flagSource: 'mid' });
  assert.deepEqual(enc[0]!.event.vessels[1], { mmsi: 445123000, flag: 'KP', flagSource: 'mid', imo: '8937675', name: 'TONG SAN 2' });
  assert.equal(enc[0]!.concern, true);
});

test('a real mixed capture takes its clock from the receiver\'s $GPRMC fixes', () => {
  const s = new Scan({ ...DEFAULT_SCAN_OPTIONS }, { ports: loadPorts() });
  for (const l of readFileSync(path.join(PROJECT_ROOT, 'data', 'ais', 'gpsd-ais-nmea.log'), 'utf8').split('\n')) s.push(l);
  const r = s.finish();
  assert.equal(r.stats.nmea?.untimed, 0);
  assert.equal(r.stats.positions, 141);
  assert.equal(r.stats.vessels, 30);
  assert.equal(r.stats.nmea?.badChecksum, 0);
});

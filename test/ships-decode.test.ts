// The AIS decoder against an independent implementation: gpsd's expected decodes of real captures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { decodeNmeaText } from '../src/ships/decode-stream.ts';
import { DECODED_TYPES, type AisMessage } from '../src/ships/decode-ais.ts';
import { NmeaAssembler } from '../src/ships/nmea-sentences.ts';

type Gpsd = Record<string, unknown> & { type: number; mmsi: number };
const dir = path.join(PROJECT_ROOT, 'data', 'ais');

/** gpsd's unscaled fields in our plain units; undefined where gpsd marks "not available". */
function expected(g: Gpsd): Partial<AisMessage> {
  const n = (k: string) => g[k] as number | undefined;
  const e: Partial<AisMessage> = { type: g.type, mmsi: g.mmsi };
  if (g.type === 27) {
    if (n('lat') !== 91 * 600 && n('lat') !== undefined) { e.lat = n('lat')! / 600; e.lon = n('lon')! / 600; }
    if (n('speed') !== 63) e.sog = n('speed');
    if (n('course') !== 511) e.cog = n('course');
  } else if ([1, 2, 3, 18, 19].includes(g.type)) {
    if (n('lat') !== 91 * 600000) { e.lat = n('lat')! / 600000; e.lon = n('lon')! / 600000; }
    if (n('speed') !== 1023) e.sog = n('speed')! / 10;
    if (n('course')! < 3600) e.cog = n('course')! / 10;
    if (n('heading')! < 360) e.heading = n('heading');
  }
  if (g.type === 5 && n('imo')) e.imo = n('imo');
  if ((g.type === 5 || g.type === 24) && g.callsign) e.callsign = g.callsign as string;
  if ((g.type === 5 || g.type === 19 || g.type === 24) && g.shipname) e.name = g.shipname as string;
  if ((g.type === 5 || g.type === 19 || g.type === 24) && n('shiptype')) e.shipType = n('shiptype');
  return e;
}

function same(a: Partial<AisMessage>, b: Partial<AisMessage>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => k !== 'part'));
  for (const k of keys) {
    const x = a[k as keyof AisMessage];
    const y = b[k as keyof AisMessage];
    if (typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) > 1e-9 : x !== y) return false;
  }
  return true;
}

/** Field-by-field agreement with gpsd over one capture: [matched, compared]. */
function compare(file: string): { matched: number; compared: number } {
  const { messages } = decodeNmeaText(readFileSync(path.join(dir, file), 'utf8'));
  const queues = new Map<string, AisMessage[]>();
  const statics = new Map<number, Partial<AisMessage>>();
  for (const m of messages) {
    const k = `${m.type}|${m.mmsi}`;
    queues.set(k, [...(queues.get(k) ?? []), m]);
  }
  // gpsd reports a class B static report once both halves are in: merge ours the same way, in order.
  const type24 = messages.filter((m) => m.type === 24);
  let matched = 0;
  let compared = 0;
  // The .chk echoes each sentence then gpsd's decode of it; gpsd may report a message again later
  // (its regression output interleaves), so only the decode directly after a sentence is counted.
  const lines = readFileSync(path.join(dir, `${file}.chk`), 'utf8').split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('{"class":"AIS"') || !lines[i - 1]!.startsWith('!AIVD')) continue;
    const g = JSON.parse(line) as Gpsd;
    if (!DECODED_TYPES.has(g.type)) continue;
    compared++;
    let ours: Partial<AisMessage> | undefined;
    if (g.type === 24) {
      // The merged record after the next part B for this MMSI.
      while (type24.length > 0) {
        const m = type24.shift()!;
        const s = { ...(statics.get(m.mmsi) ?? { type: 24, mmsi: m.mmsi }), ...m };
        statics.set(m.mmsi, s);
        if (m.mmsi === g.mmsi && m.part === 'B') { ours = s; break; }
      }
    } else ours = queues.get(`${g.type}|${g.mmsi}`)?.shift();
    if (ours && same(ours, expected(g))) matched++;
  }
  return { matched, compared };
}

test('decodes position and static reports as gpsd does (>= 99 % field by field)', (t) => {
  let matched = 0;
  let compared = 0;
  for (const f of ['gpsd-ais-nmea.log', 'gpsd-ais-raw-messages.log', 'gpsd-ais-18-27.log']) {
    const r = compare(f);
    t.diagnostic(`${f}: ${r.matched}/${r.compared} match gpsd`);
    matched += r.matched;
    compared += r.compared;
  }
  t.diagnostic(`all: ${matched}/${compared} = ${((100 * matched) / compared).toFixed(1)} %`);
  assert.ok(compared >= 390, `compared ${compared}`);
  assert.ok(matched / compared >= 0.99, `${matched}/${compared}`);
});

test('a bad checksum or an orphan fragment is skipped and counted, never fatal', () => {
  const good = '!AIVDM,1,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0*29';
  const text = [good, good.replace('*29', '*30'), '!AIVDM,2,2,9,B,`88888888888880,2*76', 'garbage', '!AIVDM,2,1,9,B,55R3Vn82=ILTQ3KKS>1<D60Dq@E918U<F222221J1`?164vc03S1CCAD,0*2A'].join('\n');
  const { messages, counts } = decodeNmeaText(text);
  assert.equal(messages.length, 1);
  assert.equal(counts.badChecksum, 1);
  assert.equal(counts.badFragment, 2); // the orphan part 2 and the unfinished part 1
});

test('a multi-part type 5 is joined: IMO, name and call sign', () => {
  const a = new NmeaAssembler();
  assert.equal(a.push('!AIVDM,2,1,9,B,55R3Vn82=ILTQ3KKS>1<D60Dq@E918U<F222221J1`?164vc03S1CCAD,0*2A'), undefined);
  const p = a.push('!AIVDM,2,2,9,B,`88888888888880,2*76');
  assert.ok(p);
  const { messages } = decodeNmeaText('!AIVDM,2,1,9,B,55R3Vn82=ILTQ3KKS>1<D60Dq@E918U<F222221J1`?164vc03S1CCAD,0*2A\n!AIVDM,2,2,9,B,`88888888888880,2*76');
  assert.deepEqual(messages[0], { type: 5, mmsi: 371255000, imo: 9266633, callsign: 'HP6683', name: 'SEA ENTERPRISE', shipType: 90 });
});

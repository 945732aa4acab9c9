// The AIS decoder against an independent implementation (gpsd's decodes of real captures from several
// feeds), and the shapes real feeds take: talkers, tag blocks, groups, interleaved parts, USCG trailers.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { AisDecoder, decodeNmeaText, type DecodedAis } from '../src/ships/decode-stream.ts';
import { MAX_PENDING, NmeaAssembler } from '../src/ships/nmea-sentences.ts';
import { agreement, readGpsd } from './support/gpsd-compare.ts';
import { baseStation, checksum, positionA, sentences, static24A, static24B, voyage } from './support/ais-encode.ts';

const data = path.join(PROJECT_ROOT, 'data', 'ais');
const fixtures = path.join(PROJECT_ROOT, 'test', 'fixtures', 'ais');

/** Real captures (test/fixtures/ais/PROVENANCE.md), each with gpsd's decodes beside it. */
const CAPTURES = [
  path.join(data, 'gpsd-ais-nmea.log'), path.join(data, 'gpsd-ais-raw-messages.log'), path.join(data, 'gpsd-ais-18-27.log'),
  ...['gpsd-ais-nmea-type6-fid55.log', 'gpsd-ait250.log', 'gpsd-saab-r4.log', 'gpsd-ais-unpack-sixbit.log', 'gpsd-sample.aivdm', 'nca-2024-12-09.nmea',
    'libais-test.aivdm', 'libais-tagblock.nmea', 'libais-typeexamples.nmea', 'pyais-nmea-data-sample.txt', 'pyais-gatehouse.nmea', 'interdict-merged-feed.nmea'].map((f) => path.join(fixtures, f)),
];

test('every real capture decodes as gpsd decodes it: >= 99 % of position and of static reports, per capture', (t) => {
  let [pm, pc, sm, sc] = [0, 0, 0, 0];
  for (const file of CAPTURES) {
    const gpsd = readGpsd(existsSync(`${file}.chk`) ? `${file}.chk` : `${file}.gpsdecode.json`);
    const a = agreement(readFileSync(file, 'utf8'), gpsd);
    t.diagnostic(`${path.basename(file)}: positions ${a.position.matched}/${a.position.compared}, static ${a.static.matched}/${a.static.compared}, base stations and aids ${a.apart.matched}/${a.apart.compared}`);
    assert.ok(a.position.compared + a.static.compared > 0, `${file}: nothing compared`);
    assert.ok(a.position.matched >= 0.99 * a.position.compared, `${file} positions: ${JSON.stringify(a.mismatches.slice(0, 3))}`);
    assert.ok(a.static.matched >= 0.99 * a.static.compared, `${file} static: ${JSON.stringify(a.mismatches.slice(0, 3))}`);
    assert.ok(a.apart.matched >= 0.99 * a.apart.compared, `${file} base stations: ${JSON.stringify(a.mismatches.slice(0, 3))}`);
    [pm, pc, sm, sc] = [pm + a.position.matched, pc + a.position.compared, sm + a.static.matched, sc + a.static.compared];
  }
  t.diagnostic(`all: positions ${pm}/${pc}, static ${sm}/${sc}`);
  assert.ok(pc >= 2000 && sc >= 190, `${pc} positions, ${sc} static compared`);
});

test('a bad checksum or an orphan fragment is skipped and counted, never fatal', () => {
  const good = '!AIVDM,1,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0*29';
  const text = [good, good.replace('*29', '*30'), '!AIVDM,2,2,8,B,`88888888888880,2*77', 'garbage', '!AIVDM,2,1,9,B,55R3Vn82=ILTQ3KKS>1<D60Dq@E918U<F222221J1`?164vc03S1CCAD,0*2A'].join('\n');
  const { messages, counts } = decodeNmeaText(text);
  assert.equal(messages.length, 1);
  assert.equal(counts.badChecksum, 1);
  assert.equal(counts.badFragment, 2); // a part 2 whose part 1 never came, and a part 1 whose part 2 never came
});

test('a multi-part type 5 is joined: IMO, name and call sign', () => {
  const { messages } = decodeNmeaText('!AIVDM,2,1,9,B,55R3Vn82=ILTQ3KKS>1<D60Dq@E918U<F222221J1`?164vc03S1CCAD,0*2A\n!AIVDM,2,2,9,B,`88888888888880,2*76');
  assert.deepEqual(messages[0], { type: 5, mmsi: 371255000, imo: 9266633, callsign: 'HP6683', name: 'SEA ENTERPRISE', shipType: 90 });
});

function decodeAll(lines: string[]): DecodedAis[] {
  const d = new AisDecoder();
  return lines.map((l) => d.next(l)).filter((x): x is DecodedAis => x !== undefined);
}

test('every talker is read (AI, AB, AD, AN, AR, AS, AT, AX, BS, SA and any other), VDM and VDO alike', () => {
  const talkers = ['AI', 'AB', 'AD', 'AN', 'AR', 'AS', 'AT', 'AX', 'BS', 'SA', 'ZZ'];
  const got = decodeAll(talkers.map((tk, i) => sentences(positionA(244000000 + i, 52 + i / 100, 4.5, 3.2), { talker: tk })[0]!));
  assert.deepEqual(got.map((d) => [d.talker, d.message.mmsi, d.message.lat]), talkers.map((tk, i) => [tk, 244000000 + i, 52 + i / 100]));
  const own = decodeAll([...sentences(positionA(244999000, 52, 4, 1), { own: true }), ...sentences(positionA(244999001, 52, 4, 1), { talker: 'BS', own: true })]);
  assert.deepEqual(own.map((x) => [x.own, x.talker]), [[true, 'AI'], [true, 'BS']]);
});

test('tag blocks: c: in seconds or milliseconds is the receive time, s: the source; a bad tag checksum is counted and not trusted', () => {
  const t = Date.UTC(2024, 11, 9, 22, 7, 14);
  const [s1] = sentences(positionA(259076000, 60.1, 5.4, 0), { talker: 'BS', time: t, source: '2573238' });
  const [s2] = sentences(positionA(259076001, 60.1, 5.4, 0), { talker: 'AB', time: t + 1234, ms: true });
  const bad = s1!.replace(/\*([0-9A-F]{2})\\/, '*00\\');
  const d = new AisDecoder();
  const [a, b, c] = [d.next(s1!), d.next(s2!), d.next(bad)];
  assert.equal(a?.time, t);
  assert.equal(a?.source, '2573238');
  assert.equal(b?.time, t + 1234);
  assert.equal(c?.untrusted, true);
  assert.equal(c?.time, undefined);
  assert.equal(d.finish().badTagBlock, 1);
  // The real capture: 170 of its 190 messages carry a tag block, all timed in the same minute.
  const real = decodeAll(readFileSync(path.join(fixtures, 'nca-2024-12-09.nmea'), 'utf8').split('\n'));
  const times = new Set(real.filter((x) => x.time !== undefined).map((x) => new Date(x.time!).toISOString().slice(0, 16)));
  assert.deepEqual([real.length, real.filter((x) => x.time !== undefined).length, [...times]], [190, 170, ['2024-12-09T22:07']]);
});

test('multi-part messages interleaved on one channel, and from three receivers with one sequence id, are joined right', () => {
  const t = Date.UTC(2020, 0, 1);
  const a = sentences(voyage(371255000, 9266633, 'HP6683', 'SEA ENTERPRISE'), { seq: 3, time: t, source: 'r1' });
  const b = sentences(voyage(445123000, 8937675, 'HMYV', 'TONG SAN 2'), { seq: 4, time: t, source: 'r1' });
  const c = sentences(voyage(352001000, 9000004, 'HOAB', 'PANAMA STAR'), { seq: 3, time: t + 1000, source: 'r2', talker: 'BS' });
  const e = sentences(voyage(440001000, 9000011, 'DSAB', 'KOREA STAR'), { seq: 3, time: t + 2000, source: 'r3', talker: 'AB' });
  // Parts of four messages interleaved; three share sequence id 3 on channel A (different receivers); c's parts reversed.
  const got = decodeAll([a[0]!, b[0]!, c[1]!, e[0]!, a[1]!, c[0]!, e[1]!, b[1]!]);
  assert.deepEqual(got.map((x) => [x.message.mmsi, x.message.name, x.source, x.time]), [
    [371255000, 'SEA ENTERPRISE', 'r1', t], [352001000, 'PANAMA STAR', 'r2', t + 1000], [440001000, 'KOREA STAR', 'r3', t + 2000], [445123000, 'TONG SAN 2', 'r1', t],
  ]);
});

test('a g: group takes its source and time from its first sentence; the old 1G2: form too', () => {
  const t = Date.UTC(2014, 11, 10, 0, 0, 1);
  const parts = sentences(voyage(232000001, 9074729, 'MABC1', 'ORBCOMM SEEN'), { time: t, source: 'rORBCOMM008', group: '1604', seq: 6 });
  assert.match(parts[1]!, /^\\g:2-2-1604\*[0-9A-F]{2}\\!/);
  const [x] = decodeAll(parts);
  assert.deepEqual([x?.message.name, x?.time, x?.source], ['ORBCOMM SEEN', t, 'rORBCOMM008']);
  const real = decodeAll(readFileSync(path.join(fixtures, 'libais-tagblock.nmea'), 'utf8').split('\n'));
  assert.deepEqual(real.map((r) => [r.message.type, r.time! / 1000, r.source]), [[1, 1418172113, 'rORBCOMM104'], [5, 1418169601, 'rORBCOMM008'], [1, 1418171722, 'rORBCOMM007'], [1, 1418171561, 'rORBCOMM007']]);
  const old = '\\1G2:4717,c:1277725287*hh\\';
  const fixed = old.replace('hh', checksum('1G2:4717,c:1277725287'));
  const two = sentences(voyage(232000002, 9074729, 'MABC2', 'OLD GROUP'), { seq: 1 });
  const g2 = `\\2G2:4717*${checksum('2G2:4717')}\\${two[1]}`;
  const [y] = decodeAll([`${fixed}${two[0]}`, g2]);
  assert.deepEqual([y?.message.name, y?.time], ['OLD GROUP', 1277725287000]);
});

test('a feed that tags only the first part: the untagged part joins it; a different source stays apart', () => {
  const t = Date.UTC(2022, 0, 1);
  const a = sentences(voyage(258000001, 9074729, 'LAAA', 'FIRST TAGGED'), { seq: 5, time: t, source: 'r1' });
  const untagged = a[1]!.replace(/^\\[^\\]*\\/, '');
  assert.ok(untagged.startsWith('!AIVDM,2,2,5'), untagged);
  const [x] = decodeAll([a[0]!, untagged]);
  assert.deepEqual([x?.message.name, x?.time, x?.source], ['FIRST TAGGED', t, 'r1']);
  // Two receivers' messages on one sequence id: a second part tagged by another source does not complete it.
  const b = sentences(voyage(258000002, 9074729, 'LBBB', 'OTHER SOURCE'), { seq: 5, time: t, source: 'r2' });
  const d = new AisDecoder();
  assert.equal(d.next(a[0]!), undefined);
  assert.equal(d.next(b[1]!), undefined);
  assert.equal(d.next(b[0]!)?.message.name, 'OTHER SOURCE');
  assert.equal(d.next(a[1]!)?.message.name, 'FIRST TAGGED');
});

test('USCG trailers: the station and the logger time after the checksum', () => {
  const real = decodeAll(readFileSync(path.join(fixtures, 'libais-typeexamples.nmea'), 'utf8').split('\n'));
  assert.equal(real[0]?.time, 1325394060000);
  assert.equal(real[0]?.source, 'r003669946');
  assert.equal(real.filter((r) => r.time === undefined).length, 0);
});

test('base stations (4, 11) and aids to navigation (21) decode apart from vessels; 24 A and B join by MMSI', () => {
  const t = Date.UTC(2021, 5, 1, 12, 30, 15);
  const got = decodeAll([
    ...sentences(baseStation(2573238, 60.39, 5.32, t), { talker: 'BS' }),
    ...sentences(static24A(257000001, 'LITTLE B')),
    ...sentences(positionA(257000002, 60, 5, 3)),
    ...sentences(static24B(257000001, 37, 'LG1234')),
    ...sentences(static24B(257000001, 37, 'LG1234')),
  ]).map((d) => d.message);
  assert.deepEqual(got[0], { type: 4, mmsi: 2573238, lat: 60.39, lon: 5.32, utc: '2021-06-01T12:30:15Z' });
  assert.deepEqual(got[1], { type: 24, mmsi: 257000001, part: 'A', name: 'LITTLE B' });
  assert.deepEqual(got[3], { type: 24, mmsi: 257000001, part: 'B', shipType: 37, callsign: 'LG1234', name: 'LITTLE B' });
  // The name is lent once, as gpsd does: a repeated part B carries none.
  assert.equal(got[4]?.name, undefined);
  const aton = decodeNmeaText(readFileSync(path.join(fixtures, 'libais-test.aivdm'), 'utf8')).messages.filter((m) => m.type === 21);
  assert.ok(aton.length >= 5 && aton.every((m) => typeof m.aidType === 'number' && m.sog === undefined), JSON.stringify(aton));
});

test('unfinished messages are bounded: a stream of orphan first parts is dropped as it goes, not held', () => {
  const a = new NmeaAssembler();
  for (let i = 0; i < 5000; i++) a.push(sentences(voyage(200000000 + i, 9074729, 'X', 'ORPHAN'), { seq: i % 10, source: `s${i}` })[0]!);
  assert.equal(a.counts.badFragment, 5000 - MAX_PENDING);
  a.finish();
  assert.equal(a.counts.badFragment, 5000);
});

/** One sentence holding `payload` as it is (a checksum that holds: the fault is in the payload alone). */
function rawSentence(payload: string, fill = 0): string {
  const body = `AIVDM,1,1,,A,${payload},${fill}`;
  return `!${body}*${checksum(body)}`;
}

test('a malformed payload is counted as an error with its line, never as a message of another type', () => {
  const good = sentences(positionA(244000001, 52, 4.5, 3.2))[0]!;
  const full = /,A,([^,]*),/.exec(good)![1]!;
  const lines = [
    good,
    rawSentence(full.slice(0, 10)), // a type 1 cut short: 60 bits, not the 168 of its type
    '',
    rawSentence(`${full.slice(0, 20)}x${full.slice(21)}`), // 'x' is outside the armour
    rawSentence('0'.repeat(28)), // type 0: no AIS type
    rawSentence(sentences(voyage(244000002, 9074729, 'CALL', 'X'), { maxChars: 200 })[0]!.split(',')[5]!.slice(0, 5)), // a type 5 of 30 bits
    rawSentence('8'.repeat(28)), // type 8 (binary broadcast), well formed: another type
  ];
  const d = new AisDecoder();
  const got = lines.map((l) => d.next(l)).filter(Boolean);
  const c = d.finish();
  assert.equal(got.length, 1);
  assert.equal(c.messages, 1);
  assert.equal(c.undecoded, 1, 'only the well-formed type 8 is a message of another type');
  assert.equal(c.malformed, 4);
  assert.deepEqual(c.malformedLines.map((m) => m.line), [2, 4, 5, 6]);
  assert.match(c.malformedLines[0]!.why, /type 1 with 60 bits/);
  assert.match(c.malformedLines[1]!.why, /armour/);
  assert.match(c.malformedLines[2]!.why, /type 0 is no AIS message type/);
});

test('multi-part joining keys on talker, channel, sequence id and source: parts from two of them never join', () => {
  const t = Date.UTC(2023, 0, 1);
  const msg = (talker: string, channel: string, source?: string) => sentences(voyage(258000003, 9074729, 'LCCC', 'ONE MESSAGE'), { seq: 7, talker, channel, ...(source ? { source, time: t } : {}) });
  const cases: [string, string[], string[]][] = [
    ['two talkers', msg('AI', 'A'), msg('AB', 'A')],
    ['two channels', msg('AI', 'A'), msg('AI', 'B')],
    ['two sources', msg('AI', 'A', 'r1'), msg('AI', 'A', 'r2')],
  ];
  for (const [what, one, other] of cases) {
    const d = new AisDecoder();
    assert.equal(d.next(one[0]!), undefined, what);
    assert.equal(d.next(other[1]!), undefined, `${what}: the other's second part does not complete the first`);
    const c = d.finish();
    assert.equal(c.messages, 0, what);
    assert.equal(c.badFragment, 2, `${what}: two parts never completed`);
    // The same talker, channel, sequence id and source: joined.
    const same = new AisDecoder();
    assert.equal(same.next(one[0]!), undefined);
    assert.equal(same.next(one[1]!)?.message.name, 'ONE MESSAGE', what);
  }
});

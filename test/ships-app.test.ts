// The scan-a-track-file use case: which events carry check's vessel-transfer decision, and what it says.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { scanTracks } from '../src/app/scan-tracks.ts';
import { windowJobOf } from '../src/app/ships/find-events-in-window.ts';
import type { InterdictError } from '../src/errors/index.ts';
import { DesignatedVessels } from '../src/ships/designated-vessels.ts';
import { describeEvent } from '../src/ships/describe-event.ts';
import { DEFAULT_SCAN_OPTIONS } from '../src/ships/scan-options.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'interdict-ships-app-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const list = new DesignatedVessels([{ name: 'YU JONG 2', imo: '8604917', mmsi: '445111222', designated: '2018-03-30', legalBases: ['asset-freeze', 'deflag', 'port-entry-ban'] }], 'test-list');

test('a vessel broadcasting a listed MMSI: a designated event engages the flag State and freeze duties; a gap is evidence only', async () => {
  const file = path.join(dir, 'p.csv');
  writeFileSync(file, [
    'mmsi,timestamp,lat,lon,sog',
    '445111222,2019-06-01T01:00:00Z,30.0,124.0,0.5',
    '445111222,2019-06-01T02:00:00Z,30.0,124.0,0.5',
    '445111222,2019-06-01T18:00:00Z,30.5,124.0,0.5',
    '351000007,2019-06-01T01:00:00Z,10.0,150.0,10',
    '351000007,2019-06-01T14:00:00Z,10.5,150.0,10',
  ].join('\n'));
  const r = await scanTracks({ file, options: { ...DEFAULT_SCAN_OPTIONS }, designated: list });
  assert.equal(r.vesselList, 'test-list');
  const d = r.events.find((e) => e.kind === 'designated')!;
  // A sighting is no act to prohibit: the duties it engages are to act on (review), never 2375 para 11 or the port ban.
  assert.equal(d.decision?.basis, 'flag-state-and-freeze');
  assert.equal(d.check?.outcome, 'review');
  const cites = d.reasons.map((x) => `${x.resolution} ${x.paragraph}`).sort();
  assert.deepEqual(cites, ['1718 8(d)', '2321 12(a)']);
  assert.deepEqual(d.reasons, d.decision?.reasons);
  // The designated vessel's own 16-hour gap and the other vessel's gap: evidence, no decision.
  const gaps = r.events.filter((e) => e.kind === 'ais-gap');
  assert.equal(gaps.length, 2);
  for (const gap of gaps) {
    assert.equal(gap.check, undefined);
    assert.equal(gap.decision, undefined);
    assert.deepEqual(gap.reasons, []);
    assert.ok(Object.keys(gap.evidence).length > 0);
  }
  assert.match(describeEvent(d), /^2019-06-01 01:00Z 30\.000N 124\.000E designated: 445111222 \(KP by MID\) — on the 1718 list as YU JONG 2 .* — REVIEW \(1718 para 8\(d\); 2321 para 12\(a\)\), as flag State and freeze duties$/);
  assert.match(describeEvent(gaps[0]!), /— evidence only, no decision$/);
});

test('an event kind the law table does not know is evidence only, and its human line shows the evidence', async () => {
  const { withEventLaw } = await import('../src/app/event-law.ts');
  const { loadLaw } = await import('../src/law/index.ts');
  const e = { kind: 'dark-rendezvous', vessels: [{ mmsi: 445000111, flag: 'KP', flagSource: 'mid' as const }], start: '2019-05-02T06:00:00Z', end: '2019-05-02T12:00:00Z', lat: 38, lon: 124, durationHours: 6, evidence: { hours: 6 }, reasons: [] };
  const out = withEventLaw(e as unknown as Parameters<typeof withEventLaw>[0], { law: loadLaw(), check: {}, designated: list });
  assert.equal(out.decision, undefined);
  assert.equal(out.check, undefined);
  assert.match(describeEvent(out), /dark-rendezvous: 445000111 \(KP by MID\) — \{"hours":6\} — evidence only, no decision$/);
});

test('the scan bounds hold for every caller, not only the CLI: a use case and a queued window refuse a threshold out of bounds', async () => {
  const file = path.join(dir, 'bounds.csv');
  writeFileSync(file, 'mmsi,timestamp,lat,lon\n445111222,2019-06-01T01:00:00Z,30.0,124.0\n');
  await assert.rejects(scanTracks({ file, options: { ...DEFAULT_SCAN_OPTIONS, stepMinutes: 0.0001 }, designated: list }), (e: InterdictError) => e.code === 'SHIPS_BAD_INPUT' && e.location.field === 'options.stepMinutes' && /from 1 to 60/.test(e.message));
  await assert.rejects(scanTracks({ file, options: { ...DEFAULT_SCAN_OPTIONS, interpolateHours: 1e9 }, designated: list }), (e: InterdictError) => e.location.field === 'options.interpolateHours');
  // 0 is a distance from shore that means "anywhere"; not a step.
  const r = await scanTracks({ file, options: { ...DEFAULT_SCAN_OPTIONS, gapShoreNm: 0, loiteringShoreNm: 0 }, designated: list });
  assert.equal(r.stats.positions, 1);
  assert.throws(() => windowJobOf({ from: 0, to: 1000, options: { gapHours: 1e9 } }), (e: InterdictError) => e.code === 'SHIPS_BAD_INPUT' && e.location.field === 'options.gapHours');
  assert.throws(() => windowJobOf({ from: 0, to: 1000, options: { stepMinutes: '5' } }), (e: InterdictError) => e.location.field === 'options.stepMinutes');
  assert.equal(windowJobOf({ from: 0, to: 1000, options: { stepMinutes: 5 } }).options.stepMinutes, 5);
  assert.equal(windowJobOf({ from: 0, to: 1000 }).options.stepMinutes, DEFAULT_SCAN_OPTIONS.stepMinutes);
});

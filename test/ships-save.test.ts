// ais scan --save on SQLite: a new database file is created to hold the events, each stored once (a
// second run stores nothing), `ais events` gives them back as the scan printed them; bad input stores
// nothing, not even an empty file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { defaultMmsi, type DayPlan } from '../bench/support/ais-day.ts';
import { cliCommand, projectRoot, scratch } from './support/cli-harness.ts';
import { mergedFeed } from './support/merged-feed.ts';

const s = scratch('ais-save');
const plan: DayPlan = {
  seed: 23, vessels: 15, stepSec: 150, start: Date.UTC(2019, 2, 1), hours: 20,
  mmsi: (i) => (i === 0 ? 445123000 : defaultMmsi(i)),
  encounters: [{ a: 0, b: 1, startH: 3, hours: 3 }], gaps: [{ v: 6, startH: 2, hours: 13 }],
};

test('ais scan --save stores each event once in a new SQLite database; ais events reads them back', () => {
  const feed = s.write('feed.nmea', mergedFeed(plan, new Map([[445123000, { imo: '8937675', name: 'TONG SAN 2', callsign: 'HMYV' }]])).nmea.join('\n'));
  const db = path.join(s.dir, 'events.sqlite');
  const first = s.cli(['ais', 'scan', feed, '--db', db, '--save', '--format', 'json']);
  const lines = first.stdout.trim().split('\n');
  assert.ok(lines.length >= 1, first.stderr);
  assert.match(first.stderr, new RegExp(`${lines.length} events stored now, 0 stored before`));
  const again = s.cli(['ais', 'scan', feed, '--db', db, '--save', '--format', 'json']);
  assert.match(again.stderr, new RegExp(`0 events stored now, ${lines.length} stored before`));
  assert.deepEqual(s.cli(['ais', 'events', '--db', db, '--format', 'json']).stdout.trim().split('\n'), lines);
  assert.deepEqual(s.cli(['ais', 'events', '--db', db, '--kind', 'loitering', '--format', 'json']).stdout, '');
  const badKind = s.cli(['ais', 'events', '--db', db, '--kind', 'party', '--format', 'json']);
  assert.equal(badKind.code, 1);
  assert.match(badKind.stderr, /--kind/);
});

test('bad input with --save stores nothing, not even an empty database file', () => {
  const bad = s.write('bad.csv', 'mmsi,timestamp,lat,lon\nx\n');
  const db = path.join(s.dir, 'never.sqlite');
  const r = s.cli(['ais', 'scan', bad, '--db', db, '--save', '--format', 'json']);
  assert.equal(r.code, 1);
  assert.equal(existsSync(db), false);
});

test('ais scan --save whose events cannot be written (a full disk) exits 4 saying they were stored; again, with nothing new stored, 1', { skip: !existsSync('/dev/full') && 'no /dev/full' }, () => {
  const feed = s.write('full.nmea', mergedFeed(plan, new Map()).nmea.join('\n'));
  const db = path.join(s.dir, 'full.sqlite');
  const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { cwd: projectRoot, env: s.env, encoding: 'utf8' });
  const cmd = `${cliCommand()} ais scan ${JSON.stringify(feed)} --db ${JSON.stringify(db)} --save --format json > /dev/full`;
  const first = sh(cmd);
  assert.equal(first.status, 4, first.stderr);
  const e = (JSON.parse(first.stderr.trim().split('\n')[0]!) as { error: { code: string; message: string } }).error;
  assert.equal(e.code, 'CLI_OUTPUT_AFTER_COMMIT');
  assert.match(e.message, /STORED the scan \(\d+ new events\)/);
  assert.ok(s.cli(['ais', 'events', '--db', db, '--format', 'json']).stdout.trim().length > 0, 'the events are there');
  const again = sh(cmd);
  assert.equal(again.status, 1, again.stderr);
  assert.match(again.stderr, /CLI_IO/);
});

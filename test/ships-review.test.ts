// Faults an independent reviewer found in `ais scan`, pinned: thresholds outside a sane range and
// hexadecimal numbers are bad input naming the field; a file with no usable position is not "nothing found".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorLine, scratch } from './support/cli-harness.ts';

const { cli, write } = scratch('ships-review');
const csv = write('two.csv', 'mmsi,timestamp,lat,lon\n412000001,2018-01-10T00:00:00Z,30,124\n412000001,2018-01-10T01:00:00Z,30.01,124\n');

test('thresholds outside their range are refused, naming the flag', () => {
  for (const [flag, value] of [['--step-minutes', '0.0001'], ['--interpolate-hours', '1e9'], ['--gap-hours', '0x10']] as const) {
    const r = cli(['ais', 'scan', csv, flag, value, '--format', 'json']);
    assert.equal(r.code, 1, `${flag} ${value}`);
    assert.match(errorLine(r.stderr), new RegExp(`^SHIPS_BAD_FLAG: .*field "${flag.slice(2)}"`));
  }
});

test('a hexadecimal coordinate is bad input', () => {
  const r = cli(['ais', 'scan', write('hex.csv', 'mmsi,timestamp,lat,lon\n412000001,2018-01-10T00:00:00Z,0x1E,124\n'), '--format', 'json']);
  assert.equal(r.code, 1);
  assert.match(errorLine(r.stderr), /field "lat"/);
});

test('no usable position is an error, not "nothing found"', () => {
  const r = cli(['ais', 'scan', write('empty.csv', 'mmsi,timestamp,lat,lon\n'), '--format', 'json']);
  assert.equal(r.code, 1);
  assert.match(errorLine(r.stderr), /no usable position/);
});

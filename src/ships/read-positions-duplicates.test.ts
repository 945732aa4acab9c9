// NDJSON positions with a key given twice in one object: JSON.parse keeps the last without a word, so a
// position (or a vessel's IMO) would be read other than it is written. Refused, naming the key and line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInterdictError } from '../errors/index.ts';
import { PositionReader, type PositionRow, type StaticRow } from './read-positions.ts';

function read(lines: string[]): { positions: PositionRow[]; statics: StaticRow[] } {
  const positions: PositionRow[] = [];
  const statics: StaticRow[] = [];
  const reader = new PositionReader({ position: (p) => positions.push({ ...p }), static: (s) => statics.push(s) });
  for (const l of lines) reader.push(l);
  return { positions, statics };
}

test('an NDJSON position giving a key twice is refused, naming the key and the line', () => {
  const good = '{"mmsi":445123456,"timestamp":"2024-03-01T00:00:00Z","lat":39.0,"lon":125.0}';
  for (const [twice, key] of [
    ['{"mmsi":445123456,"timestamp":"2024-03-01T00:01:00Z","lat":39.0,"lon":125.0,"lat":1.3}', 'lat'],
    ['{"mmsi":445123456,"mmsi":412000000,"timestamp":"2024-03-01T00:01:00Z","lat":39.0,"lon":125.0}', 'mmsi'],
  ] as const) {
    assert.throws(() => read([good, twice]), (e: unknown) => {
      assert.ok(isInterdictError(e));
      assert.equal(e.code, 'SHIPS_BAD_INPUT');
      assert.equal(e.location.field, key);
      assert.equal(e.location.record, 'line 2');
      assert.match(e.message, new RegExp(`"${key}" twice`));
      return true;
    });
  }
  assert.equal(read([good, good]).positions.length, 2);
});

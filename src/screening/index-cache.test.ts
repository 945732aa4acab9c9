// A cached index must be the index: the same matches, scores and explanations on the pinned snapshot
// queries of both algorithms; an edited entry is a miss that rebuilds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildIndex } from './build-index.ts';
import { loadIndex } from './index-cache.ts';
import { screenName } from './screen-name.ts';
import type { ScreeningQuery } from './types.ts';
import { loadUnList } from './un-list/index.ts';
import { tempCacheDir } from '../../test/support/temp-env-dir.ts';

const cache = tempCacheDir('index-cache');
const list = loadUnList(undefined, { cacheDir: false });

for (const algorithm of ['korean-v2', 'korean-v1']) {
  test(`${algorithm}: an index read back from the cache screens exactly as a fresh one`, () => {
    const fresh = buildIndex(list, algorithm);
    loadIndex(list, algorithm); // builds and stores
    const cached = loadIndex(list, algorithm); // reads back
    assert.notEqual(cached.names, fresh.names, 'read from the cache, not rebuilt in memory');
    const file = new URL(`../../test/fixtures/screening-${algorithm}-snapshot.json`, import.meta.url);
    const rows = (JSON.parse(readFileSync(file, 'utf8')) as { rows: { query: ScreeningQuery }[] }).rows;
    for (const { query } of rows) assert.deepEqual(screenName(cached, query), screenName(fresh, query), JSON.stringify(query));
    assert.ok(rows.length > 400);
  });
}

test('an edited cache entry is a miss, never a different index', () => {
  loadIndex(list, 'korean-v2');
  const dir = path.join(cache, 'index');
  const file = path.join(dir, readdirSync(dir).find((n) => n.includes('korean-v2'))!);
  const bytes = readFileSync(file);
  bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
  writeFileSync(file, bytes);
  const again = loadIndex(list, 'korean-v2');
  assert.equal(screenName(again, { name: 'PAK YONG SIK' })[0]?.ref, 'KPi.063');
  assert.notDeepEqual(readFileSync(file), bytes, 'the entry was rewritten');
});

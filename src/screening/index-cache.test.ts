// A cached index must be the index: the same matches, scores and explanations on the pinned snapshot
// queries of both algorithms; an edited entry, or one not carrying this process's keyed MAC, is a miss that
// rebuilds (security review N4).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildIndex } from './build-index.ts';
import { indexToBytes, loadIndex } from './index-cache.ts';
import { screenName } from './screen-name.ts';
import type { ScreeningQuery } from './types.ts';
import { loadUnList } from './un-list/index.ts';
import { tempCacheDir, tempEnvDir } from '../../test/support/temp-env-dir.ts';
import { cacheKey, resetCacheKey, useCacheSecret } from '../io/cache-mac.ts';

const cache = tempCacheDir('index-cache');
tempEnvDir('INTERDICT_CONFIG_DIR', 'index-cache-config');
const list = loadUnList(undefined, { cacheDir: false });
const KOMID = 'KPe.001';
const komid = { name: 'KOREA MINING DEVELOPMENT TRADING CORPORATION' };
/** The index of the list without KOMID, as bytes: what an attacker would like the screener to read. */
const withoutKomid = (): Buffer => indexToBytes(buildIndex({ ...list, records: list.records.filter((r) => r.ref.trim() !== KOMID) }, 'korean-v2'));
const entryOf = (algorithm: string): string => {
  const dir = path.join(cache, 'index');
  return path.join(dir, readdirSync(dir).find((n) => n.startsWith(`${cacheKey()!.tag}-`) && n.includes(algorithm) && n.endsWith('.bin'))!);
};

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

test('KOMID taken out of the index and the unkeyed sha256 recomputed: a miss, KOMID still matched', () => {
  loadIndex(list, 'korean-v2');
  const file = entryOf('korean-v2');
  const body = withoutKomid();
  writeFileSync(file, Buffer.concat([createHash('sha256').update(body).digest(), body]));
  assert.equal(screenName(loadIndex(list, 'korean-v2'), komid)[0]?.ref.trim(), KOMID);
  assert.ok(readFileSync(file).subarray(32).length > body.length, 'the entry was written afresh, KOMID in it');
  if (process.platform !== 'win32') assert.equal(statSync(file).mode & 0o777, 0o600);
});

test('an index entry written under another key, put at this key\'s name: a miss, KOMID still matched', () => {
  const ours = cacheKey()!;
  const ourFile = entryOf('korean-v2');
  useCacheSecret(Buffer.from('another deployment secret, 32 chars or more'));
  try {
    // The other key's holder writes its own valid entry, for a list without KOMID but named as this list's.
    loadIndex({ ...list, records: list.records.filter((r) => r.ref.trim() !== KOMID) }, 'korean-v2');
    const theirs = entryOf('korean-v2');
    assert.notEqual(theirs, ourFile);
    renameSync(theirs, ourFile);
  } finally {
    resetCacheKey();
  }
  assert.equal(cacheKey()!.tag, ours.tag);
  assert.equal(screenName(loadIndex(list, 'korean-v2'), komid)[0]?.ref.trim(), KOMID);
});

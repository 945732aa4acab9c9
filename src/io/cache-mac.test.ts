// The disk caches' key (security review N4): a private per-user key file, refused when others may read it
// or another user owns it; a deployment secret gives a key of its own; MACs bind every part.
import assert from 'node:assert/strict';
import { chmodSync, chownSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, test } from 'node:test';
import { tempEnvDir } from '../../test/support/temp-env-dir.ts';
import { ensureCacheDir } from './cache-dir.ts';
import { cacheKey, cacheKeyFile, cacheMac, cacheMacMatches, onCacheWarning, resetCacheKey, useCacheSecret, writeCacheEntry } from './cache-mac.ts';

const config = tempEnvDir('INTERDICT_CONFIG_DIR', 'cache-mac-config');
const cache = tempEnvDir('INTERDICT_CACHE_DIR', 'cache-mac-cache');
const warnings: string[] = [];
onCacheWarning((m) => warnings.push(m));
afterEach(() => {
  resetCacheKey();
  rmSync(cacheKeyFile(), { force: true });
  warnings.length = 0;
});
const POSIX = process.platform !== 'win32';

test('the key file is made on first use, mode 0600, and read back the same', { skip: !POSIX && 'no file modes' }, () => {
  const key = cacheKey();
  assert.ok(key !== undefined);
  assert.match(key.tag, /^[0-9a-f]{8}$/);
  assert.equal(path.dirname(cacheKeyFile()), config);
  assert.equal(statSync(cacheKeyFile()).mode & 0o777, 0o600);
  resetCacheKey();
  assert.deepEqual(cacheKey(), key);
});

test('a key file others may read (0644) is not used: no cache, and a warning', { skip: !POSIX && 'no file modes' }, () => {
  writeFileSync(cacheKeyFile(), `${'k'.repeat(43)}\n`, { mode: 0o600 });
  chmodSync(cacheKeyFile(), 0o644);
  assert.equal(cacheKey(), undefined);
  assert.match(warnings.join('\n'), /can be read or written by other users \(mode 644\)/);
  assert.equal(readFileSync(cacheKeyFile(), 'utf8').trim(), 'k'.repeat(43), 'left as it is, never rewritten');
  chmodSync(cacheKeyFile(), 0o600);
  resetCacheKey();
  assert.ok(cacheKey() !== undefined, 'the same file once private is used');
});

test('a key file another user owns is not used', { skip: (process.getuid?.() !== 0) && 'only root can give a file away' }, () => {
  writeFileSync(cacheKeyFile(), `${'k'.repeat(43)}\n`, { mode: 0o600 });
  chownSync(cacheKeyFile(), 65534, 65534);
  assert.equal(cacheKey(), undefined);
  assert.match(warnings.join('\n'), /belongs to another user/);
});

test('a key file too short to be a key is not used', () => {
  writeFileSync(cacheKeyFile(), 'short\n', { mode: 0o600 });
  assert.equal(cacheKey(), undefined);
});

test('a deployment secret gives its own key (derived, not the secret), with its own tag', () => {
  const user = cacheKey()!;
  useCacheSecret(Buffer.from('s'.repeat(40)));
  const service = cacheKey()!;
  assert.notEqual(service.tag, user.tag);
  assert.notDeepEqual(service.key, Buffer.from('s'.repeat(40)));
  useCacheSecret(Buffer.from('t'.repeat(40)));
  assert.notEqual(cacheKey()!.tag, service.tag);
});

test('a MAC binds every part and their boundaries; another key does not verify it', () => {
  const key = cacheKey()!;
  const mac = cacheMac(key, 'un-list', 'abc', 'content');
  assert.ok(cacheMacMatches(key, mac, 'un-list', 'abc', 'content'));
  assert.ok(cacheMacMatches(key, mac.toString('hex'), 'un-list', 'abc', 'content'));
  assert.ok(!cacheMacMatches(key, mac, 'un-list', 'abc', 'contenT'));
  assert.ok(!cacheMacMatches(key, mac, 'un-list', 'abcc', 'ontent'), 'parts are length-prefixed');
  assert.ok(!cacheMacMatches(key, 'not hex', 'un-list', 'abc', 'content'));
  useCacheSecret(Buffer.from('s'.repeat(40)));
  assert.ok(!cacheMacMatches(cacheKey()!, mac, 'un-list', 'abc', 'content'));
});

test('an entry is written mode 0600 in a folder made 0700, never through what sits at a temporary name', { skip: !POSIX && 'no file modes' }, () => {
  const dir = path.join(cache, 'made');
  assert.ok(ensureCacheDir(dir));
  assert.equal(statSync(dir).mode & 0o777, 0o700);
  const file = path.join(dir, 'entry.json');
  writeCacheEntry(file, 'one');
  writeCacheEntry(file, 'two');
  assert.equal(readFileSync(file, 'utf8'), 'two');
  assert.equal(statSync(file).mode & 0o777, 0o600);
});

/**
 * The built name index, cached between runs: building it is most of `interdict screen`'s start-up
 * (about 0.4-0.6 s for the bundled list, cold), reading it back about 20 ms. An entry is used only for
 * exactly the list (its sha256), the algorithm and the screening code (a sha256 over this folder's
 * sources) it was built from, and carries an HMAC-SHA256 over them and its bytes under the process's
 * cache key (io/cache-mac.ts), which whoever can write the cache folder does not hold: an edited, cut or
 * foreign entry (a name taken out, any plain hash recomputed) is a miss that rebuilds, never a wrong index
 * (security review N4). Writing is best effort (a read-only cache folder, or no cache key, only costs speed).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { cacheDir, ensureCacheDir } from '../io/cache-dir.ts';
import { cacheKey, cacheMac, cacheMacMatches, cacheWarning, writeCacheEntry, type CacheKey } from '../io/cache-mac.ts';
import { buildIndex, type ScreeningIndex } from './build-index.ts';
import { NameStore } from './name-store.ts';
import { Postings } from './postings.ts';
import { profileOf } from './profile.ts';
import type { UnList } from './un-list/model.ts';
import { WordTable } from './words.ts';

const FORMAT = 2;
let codePrint: string | undefined;

/** sha256 over the screening sources (this folder and normalize/): a changed matcher never reads an old index. */
function codeFingerprint(): string {
  if (codePrint !== undefined) return codePrint;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256').update(`format ${FORMAT} node ${process.versions.v8}\n`);
  for (const dir of [here, path.join(here, 'normalize')]) {
    for (const f of readdirSync(dir).filter((n) => /\.[cm]?[jt]s$/.test(n) && !n.includes('.test.') && !n.endsWith('.d.ts')).sort()) {
      const file = path.join(dir, f);
      if (statSync(file).isFile()) hash.update(f).update(readFileSync(file));
    }
  }
  return (codePrint = hash.digest('hex'));
}

interface Stored {
  names: NameStore;
  postings: Postings;
  table: WordTable;
}

/** Named by the key's tag too: processes with different keys never overwrite each other's entries. */
function entryPath(dir: string, key: CacheKey, list: UnList, algorithm: string): string {
  return path.join(dir, `${key.tag}-${list.version.sha256.slice(0, 16)}-${algorithm}-${codeFingerprint().slice(0, 16)}.bin`);
}

/** What an entry's MAC covers besides its bytes: the list, the algorithm and the code it was built for. */
const macParts = (list: UnList, algorithm: string): string[] => ['index', String(FORMAT), list.version.sha256, algorithm, codeFingerprint()];

/** A built index as bytes (v8's structured clone of its data), for a cache entry or another thread. */
export function indexToBytes(index: ScreeningIndex): Buffer {
  return v8.serialize({ names: index.names, postings: index.postings, table: index.table } satisfies Stored);
}

/** An index back from `indexToBytes`, for `list` (the list it was built from) and `algorithm`. */
export function indexFromBytes(body: Uint8Array, list: UnList, algorithm: string): ScreeningIndex {
  const stored = v8.deserialize(body) as Stored;
  // Structured clone keeps the data and the sharing between objects, not the classes: give them back.
  Object.setPrototypeOf(stored.table, WordTable.prototype);
  Object.setPrototypeOf(stored.names, NameStore.prototype);
  Object.setPrototypeOf(stored.postings, Postings.prototype);
  const profile = profileOf(algorithm);
  (stored.table as unknown as { profile: typeof profile }).profile = profile;
  return { algorithm, profile, listVersion: list.version.id, records: list.records, names: stored.names, postings: stored.postings, table: stored.table };
}

/** An entry: the MAC (32 bytes), then the index's bytes. */
function read(file: string, key: CacheKey, list: UnList, algorithm: string): ScreeningIndex | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined; // no entry yet
  }
  try {
    const mac = bytes.subarray(0, 32);
    const body = bytes.subarray(32);
    if (!cacheMacMatches(key, mac, ...macParts(list, algorithm), body)) {
      cacheWarning(`the screening index cache entry ${file} does not carry this process's MAC (edited, or not written by Interdict with this key): ignored, the index is built afresh`);
      return undefined;
    }
    return indexFromBytes(body, list, algorithm);
  } catch {
    return undefined;
  }
}

function write(file: string, key: CacheKey, index: ScreeningIndex, list: UnList, algorithm: string): void {
  try {
    const body = indexToBytes(index);
    writeCacheEntry(file, Buffer.concat([cacheMac(key, ...macParts(list, algorithm), body), body]));
  } catch {
    // best effort
  }
}

/** The index of `list` for `algorithm`: from the cache when it holds this exact one, else built (and stored). */
export function loadIndex(list: UnList, algorithm: string): ScreeningIndex {
  const dir = cacheDir('index');
  const key = dir === undefined ? undefined : cacheKey();
  if (dir === undefined || key === undefined) return buildIndex(list, algorithm);
  const file = entryPath(dir, key, list, algorithm);
  const cached = read(file, key, list, algorithm);
  if (cached) return cached;
  const index = buildIndex(list, algorithm);
  if (ensureCacheDir(dir)) write(file, key, index, list, algorithm);
  return index;
}

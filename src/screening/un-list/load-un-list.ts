/** Load a UN list file from disk, or the snapshot bundled with Interdict. */
import { PROJECT_ROOT } from '../../project-root.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InterdictError } from '../../errors/index.ts';
import { defaultCacheDir, readCachedList, writeCachedList } from './list-cache.ts';
import type { UnList } from './model.ts';
import { parseUnList } from './parse-un-list.ts';
import { deepFreeze, recallList, rememberList, sha256Hex } from './recent-lists.ts';

/** The bundled snapshot: data/un-list/consolidated-2026-01-28.xml (see data/un-list/PROVENANCE.md). */
export const BUNDLED_LIST_FILE = 'consolidated-2026-01-28.xml';

export function bundledListPath(): string {
  return path.join(PROJECT_ROOT, 'data', 'un-list', BUNDLED_LIST_FILE);
}

export interface LoadOptions {
  /** Folder of the parsed-list cache; false turns it off. Default: INTERDICT_CACHE_DIR, else the
   *  user's cache folder (…/interdict/un-list); INTERDICT_CACHE_DIR=off turns it off. */
  cacheDir?: string | false;
}

/**
 * Read and parse a list. No path: the bundled snapshot (its `source` is 'bundled'). A list already
 * parsed from the same bytes (in this process, or by the same parser version on this machine) is
 * reused; the file is always read and hashed, so an edited file is always parsed afresh.
 */
export function loadUnList(file?: string, options: LoadOptions = {}): UnList {
  const target = file ?? bundledListPath();
  const source = file ?? 'bundled';
  let bytes: Buffer;
  try {
    bytes = readFileSync(target);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : 'the file cannot be read';
    throw new InterdictError('LIST_INVALID', reason, { file: target });
  }
  const sha256 = sha256Hex(bytes);
  const recalled = recallList(sha256, source);
  if (recalled !== undefined) return recalled;
  const dir = options.cacheDir === false ? undefined : (options.cacheDir ?? defaultCacheDir());
  const cached = dir === undefined ? undefined : readCachedList(dir, sha256, source);
  if (cached !== undefined) return rememberList(deepFreeze(cached));
  const list = parseUnList(bytes, source); // throws LIST_INVALID before anything is cached
  if (dir !== undefined) writeCachedList(dir, list);
  return list;
}

import envPaths from 'env-paths';
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Where derived data (a parsed list, the validated law) is cached between runs: INTERDICT_CACHE_DIR, or
 * the user's cache directory; `off` turns caching off. `sub` names the kind of entry.
 */
export function cacheDir(sub: string): string | undefined {
  const env = process.env.INTERDICT_CACHE_DIR;
  if (env === 'off') return undefined;
  if (env !== undefined && env !== '') return path.join(env, sub);
  return path.join(envPaths('interdict', { suffix: '' }).cache, sub);
}

/**
 * Make a cache folder (mode 0700: what a process caches is its own), level by level, only below an
 * existing folder we may write to. Node's recursive
 * mkdir spins forever below some special folders (XDG_CACHE_HOME=/proc); a cache that cannot be made
 * only costs speed, so this answers false instead of throwing or looping.
 */
export function ensureCacheDir(dir: string): boolean {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    try {
      if (!statSync(at).isDirectory()) return false;
      break;
    } catch {
      missing.unshift(at);
      const up = path.dirname(at);
      if (up === at) return false;
      at = up;
    }
  }
  try {
    accessSync(at, constants.W_OK);
    for (const d of missing) mkdirSync(d, { mode: 0o700 });
    return true;
  } catch {
    return false;
  }
}

import envPaths from 'env-paths';
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

// A folder of the test file's own for an Interdict folder variable (the cache, the config): the variable
// points at a fresh temporary folder until the file's tests end, then it is removed and the variable restored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

export function tempEnvDir(variable: 'INTERDICT_CACHE_DIR' | 'INTERDICT_CONFIG_DIR', prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `interdict-${prefix}-`));
  const before = process.env[variable];
  process.env[variable] = dir;
  after(() => {
    if (before === undefined) delete process.env[variable];
    else process.env[variable] = before;
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** The test file's own cache folder (INTERDICT_CACHE_DIR). */
export function tempCacheDir(prefix: string): string {
  return tempEnvDir('INTERDICT_CACHE_DIR', prefix);
}

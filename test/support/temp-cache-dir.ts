// A cache folder of the test file's own: INTERDICT_CACHE_DIR points at a fresh temporary folder until
// the file's tests end, then it is removed and the variable restored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

export function tempCacheDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `interdict-${prefix}-`));
  const before = process.env.INTERDICT_CACHE_DIR;
  process.env.INTERDICT_CACHE_DIR = dir;
  after(() => {
    if (before === undefined) delete process.env.INTERDICT_CACHE_DIR;
    else process.env.INTERDICT_CACHE_DIR = before;
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

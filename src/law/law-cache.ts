/**
 * The validated law, cached between runs so that a command starts without parsing YAML or compiling the
 * schema (about three quarters of `interdict law list`'s start-up). An entry is used only when it was
 * built from exactly the law files, schema and loader code in use now: its name is a sha256 over all of
 * them (and the working folder, which the law's file names are shown relative to), and its content
 * carries an HMAC-SHA256 under the process's cache key (io/cache-mac.ts), which whoever can write the
 * cache folder does not hold: a truncated, edited or foreign entry (a measure taken out, any plain hash
 * recomputed) is a miss that re-validates, never a wrong law (security review N4). Writing is best
 * effort: a read-only cache folder, or no cache key, only costs speed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, ensureCacheDir } from '../io/cache-dir.ts';
import { cacheKey, cacheMac, cacheMacMatches, cacheWarning, writeCacheEntry, type CacheKey } from '../io/cache-mac.ts';
import { deepFreeze } from './deep-freeze.ts';
import { SCHEMA_FILE } from './law-schema.ts';
import type { Law, Measure } from './measure.ts';

const FORMAT = 2;
let loaderPrint: string | undefined;

/** sha256 over this folder's sources (the loader and its checks): a new loader never reads an old entry. */
function loaderFingerprint(): string {
  if (loaderPrint !== undefined) return loaderPrint;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256').update(`format ${FORMAT}\n`);
  for (const f of readdirSync(here).filter((n) => /\.[cm]?[jt]s$/.test(n) && !n.includes('.test.') && !n.endsWith('.d.ts')).sort()) {
    hash.update(f).update(readFileSync(path.join(here, f)));
  }
  return (loaderPrint = hash.digest('hex'));
}

function keyOf(dir: string): string | undefined {
  try {
    const hash = createHash('sha256').update(loaderFingerprint()).update('\0').update(process.cwd()).update('\0').update(dir).update('\0');
    hash.update(readFileSync(SCHEMA_FILE));
    for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) hash.update(name).update('\0').update(readFileSync(path.join(dir, name))).update('\0');
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/** Named by the cache key's tag too: processes with different keys never overwrite each other's entries. */
const entryPath = (dir: string, mac: CacheKey, key: string): string => path.join(dir, `law-${mac.tag}-${key.slice(0, 32)}.json`);
const macParts = (key: string, body: string): string[] => ['law', String(FORMAT), key, body];

export function readCachedLaw(dir: string): Law | undefined {
  const where = cacheDir('law');
  const mac = where === undefined ? undefined : cacheKey();
  const key = mac === undefined ? undefined : keyOf(dir);
  if (where === undefined || mac === undefined || key === undefined) return undefined;
  const file = entryPath(where, mac, key);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // no entry yet
  }
  try {
    const nl = text.indexOf('\n');
    const [sum, entryKey] = text.slice(0, nl).split(' ');
    const body = text.slice(nl + 1);
    if (entryKey !== key) return undefined;
    if (sum === undefined || !cacheMacMatches(mac, sum, ...macParts(key, body))) {
      cacheWarning(`the law cache entry ${file} does not carry this process's MAC (edited, or not written by Interdict with this key): ignored, the law is validated afresh`);
      return undefined;
    }
    const law = JSON.parse(body) as Omit<Law, 'byId'> & { byId?: unknown };
    // byId points at the same measure objects as `measures` (JSON would have copied them).
    const byId: Record<string, Measure> = {};
    for (const m of law.measures) byId[m.id] = m;
    return deepFreeze({ ...law, byId } as Law);
  } catch {
    return undefined;
  }
}

export function writeCachedLaw(dir: string, law: Law): void {
  const where = cacheDir('law');
  const mac = where === undefined ? undefined : cacheKey();
  const key = mac === undefined ? undefined : keyOf(dir);
  if (where === undefined || mac === undefined || key === undefined) return;
  try {
    if (!ensureCacheDir(where)) return;
    const { byId: _byId, ...rest } = law;
    const body = JSON.stringify(rest);
    writeCacheEntry(entryPath(where, mac, key), `${cacheMac(mac, ...macParts(key, body)).toString('hex')} ${key}\n${body}`);
  } catch {
    // best effort
  }
}

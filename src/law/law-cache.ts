/**
 * The validated law, cached between runs so that a command starts without parsing YAML or compiling the
 * schema (about three quarters of `interdict law list`'s start-up). An entry is used only when it was
 * built from exactly the law files, schema and loader code in use now: its name is a sha256 over all of
 * them (and the working folder, which the law's file names are shown relative to), and its content
 * carries a sha256 of itself, so a truncated or edited entry is a miss that re-validates, never a
 * wrong law. Writing is best effort: a read-only cache folder only costs speed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, ensureCacheDir } from '../io/cache-dir.ts';
import { deepFreeze } from './deep-freeze.ts';
import { SCHEMA_FILE } from './law-schema.ts';
import type { Law, Measure } from './measure.ts';

const FORMAT = 1;
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

const entryPath = (dir: string, key: string): string => path.join(dir, `law-${key.slice(0, 32)}.json`);
const digest = (body: string): string => createHash('sha256').update(body).digest('hex');

export function readCachedLaw(dir: string): Law | undefined {
  const where = cacheDir('law');
  const key = where === undefined ? undefined : keyOf(dir);
  if (where === undefined || key === undefined) return undefined;
  try {
    const text = readFileSync(entryPath(where, key), 'utf8');
    const nl = text.indexOf('\n');
    const [sum, entryKey] = text.slice(0, nl).split(' ');
    const body = text.slice(nl + 1);
    if (entryKey !== key || sum !== digest(body)) return undefined;
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
  const key = where === undefined ? undefined : keyOf(dir);
  if (where === undefined || key === undefined) return;
  try {
    if (!ensureCacheDir(where)) return;
    const { byId: _byId, ...rest } = law;
    const body = JSON.stringify(rest);
    const file = entryPath(where, key);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${digest(body)} ${key}\n${body}`);
    renameSync(tmp, file); // atomic: a reader sees the whole entry or none
  } catch {
    // best effort
  }
}

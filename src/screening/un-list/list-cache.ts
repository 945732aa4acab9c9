/**
 * A disk cache of parsed lists, so a CLI start reads JSON (tens of ms) instead of parsing 2 MB of XML
 * (hundreds of ms). An entry is keyed by the sha256 of the XML AND a fingerprint of the parser itself
 * (this folder's source files and the fast-xml-parser version): after any change to how the list is
 * read, old entries are simply never found, so a stale reading of the list cannot be served.
 * The cache is best effort: any failure to read or write it falls back to parsing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import type { UnList } from './model.ts';

const FORMAT = 1;
const KEEP = 6; // entries kept; older ones are removed when a new one is written

/** INTERDICT_CACHE_DIR overrides the folder; "off" turns the cache off. */
export function defaultCacheDir(): string | undefined {
  const env = process.env.INTERDICT_CACHE_DIR;
  if (env === 'off') return undefined;
  if (env !== undefined && env !== '') return env;
  return path.join(envPaths('interdict', { suffix: '' }).cache, 'un-list');
}

let fingerprint: string | null | undefined;

/** sha256 over the parser's sources and the XML library's version; null when they cannot be read. */
export function parserFingerprint(): string | null {
  if (fingerprint !== undefined) return fingerprint;
  try {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256').update(`format ${FORMAT}\n`);
    for (const f of readdirSync(here).filter((n) => /\.[cm]?[jt]s$/.test(n) && !n.includes('.test.')).sort()) {
      hash.update(f).update(readFileSync(path.join(here, f)));
    }
    hash.update(xmlLibraryVersion());
    fingerprint = hash.digest('hex');
  } catch {
    fingerprint = null;
  }
  return fingerprint;
}

function xmlLibraryVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('fast-xml-parser'));
  for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'fast-xml-parser' && pkg.version !== undefined) return pkg.version;
    } catch {
      // not here: look one folder up
    }
  }
  throw new Error('fast-xml-parser version not found');
}

function entryPath(dir: string, sha256: string, print: string): string {
  return path.join(dir, `un-list-${sha256.slice(0, 32)}-${print.slice(0, 16)}.json`);
}

interface Entry {
  format: number;
  fingerprint: string;
  list: Omit<UnList, 'source'>;
}

/** The list cached for these bytes and this parser, or undefined. The caller freezes it. */
export function readCachedList(dir: string, sha256: string, source: string): UnList | undefined {
  const print = parserFingerprint();
  if (print === null) return undefined;
  try {
    const entry = JSON.parse(readFileSync(entryPath(dir, sha256, print), 'utf8')) as Entry;
    // INVARIANT: an entry is used only for exactly the bytes and the parser that produced it.
    if (entry.format !== FORMAT || entry.fingerprint !== print || entry.list.version.sha256 !== sha256) return undefined;
    const { version, records, byteLength, warnings } = entry.list;
    if (!Array.isArray(records)) return undefined;
    const list: UnList = { version, source, records };
    if (byteLength !== undefined) list.byteLength = byteLength;
    if (warnings !== undefined) list.warnings = warnings;
    return list;
  } catch {
    return undefined;
  }
}

/** Store a parsed list (atomically: write a temporary file, then rename). Never throws. */
export function writeCachedList(dir: string, list: UnList): void {
  const print = parserFingerprint();
  if (print === null) return;
  try {
    mkdirSync(dir, { recursive: true });
    const { source: _source, ...rest } = list;
    const entry: Entry = { format: FORMAT, fingerprint: print, list: rest };
    const target = entryPath(dir, list.version.sha256, print);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, target);
    prune(dir);
  } catch {
    // A read-only or full disk only costs speed.
  }
}

function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((n) => n.startsWith('un-list-') && n.endsWith('.json'))
    .map((n) => ({ n, t: statSync(path.join(dir, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { n } of entries.slice(KEEP)) rmSync(path.join(dir, n), { force: true });
}

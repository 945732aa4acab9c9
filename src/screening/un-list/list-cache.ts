/**
 * A disk cache of parsed lists, so a CLI start reads JSON (tens of ms) instead of parsing 2 MB of XML
 * (hundreds of ms). An entry is keyed by the sha256 of the XML AND a fingerprint of the parser itself
 * (this folder's source files and the fast-xml-parser version): after any change to how the list is
 * read, old entries are simply never found, so a stale reading of the list cannot be served.
 * An entry is never trusted on its name alone, nor on a hash anyone could recompute: its header names the
 * source's sha256 and the parser it was built with, and carries an HMAC-SHA256 over them and the cached
 * content under the process's cache key (io/cache-mac.ts), which whoever can write the cache folder does
 * not hold. An entry whose content was edited (KOMID dropped, any hash recomputed), truncated, swapped for
 * another list's or written under another key is a miss, and the XML is parsed afresh (security review N4).
 * The cache is best effort: any failure to read or write it, or no cache key, falls back to parsing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import { ensureCacheDir } from '../../io/cache-dir.ts';
import { cacheKey, cacheMac, cacheMacMatches, cacheWarning, writeCacheEntry, type CacheKey } from '../../io/cache-mac.ts';
import type { UnList } from './model.ts';

const FORMAT = 3;
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

/** Entries are named by the key's tag too: processes with different keys never overwrite each other's. */
function entryPath(dir: string, key: CacheKey, sha256: string, print: string): string {
  return path.join(dir, `un-list-${key.tag}-${sha256.slice(0, 32)}-${print.slice(0, 16)}.json`);
}

/** First line of an entry; the parsed list (without its source) follows as JSON on the second line. */
interface Header {
  format: number;
  fingerprint: string;
  /** sha256 of the XML the list was parsed from. */
  source: string;
  /** HMAC-SHA256 under the cache key over the format, the source's sha256, the parser fingerprint and the content line. */
  mac: string;
}

const macParts = (sha256: string, print: string, content: string): string[] => ['un-list', String(FORMAT), sha256, print, content];

/** The list cached for these bytes and this parser, or undefined. The caller freezes it. */
export function readCachedList(dir: string, sha256: string, source: string): UnList | undefined {
  const print = parserFingerprint();
  const key = cacheKey();
  if (print === null || key === undefined) return undefined;
  const file = entryPath(dir, key, sha256, print);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // no entry yet
  }
  try {
    const cut = text.indexOf('\n');
    if (cut < 0) return undefined;
    const header = JSON.parse(text.slice(0, cut)) as Header;
    const content = text.slice(cut + 1);
    // INVARIANT: an entry is used only for exactly the bytes and the parser that produced it, and only
    // when its content is the content this key's holder wrote for them.
    if (header.format !== FORMAT || header.fingerprint !== print || header.source !== sha256) return undefined;
    if (typeof header.mac !== 'string' || !cacheMacMatches(key, header.mac, ...macParts(sha256, print, content))) {
      cacheWarning(`the parsed-list cache entry ${file} does not carry this process's MAC (edited, or not written by Interdict with this key): ignored, the list is parsed afresh`);
      return undefined;
    }
    const { version, records, byteLength, warnings } = JSON.parse(content) as Omit<UnList, 'source'>;
    if (!Array.isArray(records) || version?.sha256 !== sha256) return undefined;
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
  const key = cacheKey();
  if (print === null || key === undefined) return;
  try {
    if (!ensureCacheDir(dir)) return;
    const { source: _source, ...rest } = list;
    const content = JSON.stringify(rest);
    const sha256 = list.version.sha256;
    const header: Header = { format: FORMAT, fingerprint: print, source: sha256, mac: cacheMac(key, ...macParts(sha256, print, content)).toString('hex') };
    writeCacheEntry(entryPath(dir, key, sha256, print), `${JSON.stringify(header)}\n${content}`);
    prune(dir, key);
  } catch {
    // A read-only or full disk only costs speed.
  }
}

/** Keep this key's newest entries; another key's are its holder's to prune. */
function prune(dir: string, key: CacheKey): void {
  const entries = readdirSync(dir)
    .filter((n) => n.startsWith(`un-list-${key.tag}-`) && n.endsWith('.json'))
    .map((n) => ({ n, t: statSync(path.join(dir, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { n } of entries.slice(KEEP)) rmSync(path.join(dir, n), { force: true });
}

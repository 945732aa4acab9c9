/**
 * A disk cache of parsed lists, so a CLI start reads JSON (tens of ms) instead of parsing 2 MB of XML
 * (hundreds of ms). An entry is keyed by the sha256 of the XML AND a fingerprint of the parser itself
 * (this folder's source files and the fast-xml-parser version): after any change to how the list is
 * read, old entries are simply never found, so a stale reading of the list cannot be served.
 * An entry is never trusted on its name alone: its header names the source's sha256 and the parser it was
 * built with, and carries a sha256 over the cached content bound to that source; an entry whose content
 * was edited, truncated or swapped for another list's is a miss, and the XML is parsed afresh.
 * The cache is best effort: any failure to read or write it falls back to parsing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import { ensureCacheDir } from '../../io/cache-dir.ts';
import type { UnList } from './model.ts';

const FORMAT = 2;
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

/** First line of an entry; the parsed list (without its source) follows as JSON on the second line. */
interface Header {
  format: number;
  fingerprint: string;
  /** sha256 of the XML the list was parsed from. */
  source: string;
  /** sha256 over the source's sha256, the parser fingerprint and the content line: see integrityOf. */
  integrity: string;
}

function integrityOf(sha256: string, print: string, content: string): string {
  return createHash('sha256').update(`${sha256}\n${print}\n`).update(content).digest('hex');
}

/** The list cached for these bytes and this parser, or undefined. The caller freezes it. */
export function readCachedList(dir: string, sha256: string, source: string): UnList | undefined {
  const print = parserFingerprint();
  if (print === null) return undefined;
  try {
    const text = readFileSync(entryPath(dir, sha256, print), 'utf8');
    const cut = text.indexOf('\n');
    if (cut < 0) return undefined;
    const header = JSON.parse(text.slice(0, cut)) as Header;
    const content = text.slice(cut + 1);
    // INVARIANT: an entry is used only for exactly the bytes and the parser that produced it, and only
    // when its content is the content written for them.
    if (header.format !== FORMAT || header.fingerprint !== print || header.source !== sha256) return undefined;
    if (header.integrity !== integrityOf(sha256, print, content)) return undefined;
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
  if (print === null) return;
  try {
    if (!ensureCacheDir(dir)) return;
    const { source: _source, ...rest } = list;
    const content = JSON.stringify(rest);
    const sha256 = list.version.sha256;
    const header: Header = { format: FORMAT, fingerprint: print, source: sha256, integrity: integrityOf(sha256, print, content) };
    const target = entryPath(dir, sha256, print);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(header)}\n${content}`);
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

/**
 * The key that authenticates the disk caches (the parsed list, the screening index, the validated law):
 * each entry carries an HMAC-SHA256 under a key the cache folder's writer does not hold, so an entry that
 * someone else wrote or edited (a list without KOMID, its old unkeyed sha256 recomputed) is a miss, parsed
 * afresh, never screened against (security review N4). A plain hash in the same file proves nothing:
 * whoever edits the entry recomputes it.
 *
 * Where the key comes from:
 * - `interdict serve` calls useCacheSecret with a deployment secret (cli/commands/serve.ts says which);
 * - anything else (the CLI, a library user) uses a per-user key file, `cache-key` in the config directory
 *   (INTERDICT_CONFIG_DIR or the user's), made on first use with mode 0600 in a folder of mode 0700. A key
 *   file others may read, or that another user owns, is not used: the process then caches nothing.
 *
 * Each key has a short tag (the first 8 hex digits of HMAC(key, "tag")) that entry file names carry, so
 * processes with different keys (a user's CLI, the service) keep entries of their own instead of
 * overwriting each other's. Entries are written with mode 0600, the folders made with mode 0700.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configDir } from './config-dir.ts';

export const CACHE_KEY_FILE = 'cache-key';
const MIN_KEY = 32;

export interface CacheKey {
  key: Buffer;
  /** 8 hex digits naming the key in entry file names. */
  tag: string;
}

/** The deployment's key (useCacheSecret), else the key file of each config folder looked at (null: none). */
let chosen: CacheKey | undefined;
const fromFile = new Map<string, CacheKey | null>();
let warnHook: ((message: string) => void) | undefined;
const warned = new Set<string>();

function keyOf(key: Buffer): CacheKey {
  return { key, tag: createHmac('sha256', key).update('tag').digest('hex').slice(0, 8) };
}

/**
 * Key the caches of this process with a secret of the deployment. The cache key is derived from it (HMAC
 * under a label of its own), so a cache MAC can never stand for anything the secret itself signs.
 */
export function useCacheSecret(secret: Buffer): void {
  chosen = keyOf(createHmac('sha256', secret).update('interdict disk cache key v1').digest());
}

/** Where warnings about the caches go (an entry that does not verify, a key file not used); once each. */
export function onCacheWarning(hook: ((message: string) => void) | undefined): void {
  warnHook = hook;
}

/** Tell the warning hook, once per distinct message in this process. */
export function cacheWarning(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  try {
    warnHook?.(message);
  } catch {
    // a warning never stops a command
  }
}

/** Forget the keys found (tests: a key file changed, or back from useCacheSecret to the key file). */
export function resetCacheKey(): void {
  chosen = undefined;
  fromFile.clear();
  warned.clear();
}

export function cacheKeyFile(): string {
  return path.join(configDir(), CACHE_KEY_FILE);
}

/** The key of this process's caches, or undefined when there is none (then nothing is cached). */
export function cacheKey(): CacheKey | undefined {
  if (chosen !== undefined) return chosen;
  const file = cacheKeyFile();
  let key = fromFile.get(file);
  if (key === undefined) fromFile.set(file, (key = userKey(file)));
  return key ?? undefined;
}

/**
 * The per-user key file, made on first use. Read through one open file: what is checked (owner, mode,
 * a regular file) is what is read. Any doubt: null, and the caches are off for this process.
 */
function userKey(file: string): CacheKey | null {
  if (process.platform === 'win32') return null; // no owner and mode to check: no cache rather than a guess
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    // A key file we may not read (another user's config folder): no cache, quietly, as for one we cannot
    // create. A symbolic link (ELOOP) is never followed: whoever made it could point it at a key of theirs.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return refuse(`the cache key ${file} is a symbolic link`);
    if (code !== 'ENOENT') return null;
    try {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
      chmodSync(file, 0o600); // whatever the umask
    } catch (made) {
      // A configuration folder we cannot write (secrets given in the environment) only costs speed, like a
      // read-only cache folder: no cache, and nothing to warn about.
      if ((made as NodeJS.ErrnoException).code !== 'EEXIST') return null;
    }
    try {
      fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch {
      return refuse(`cannot read the cache key ${file}`);
    }
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return refuse(`the cache key ${file} is not a plain file`);
    if (st.uid !== process.getuid?.()) return refuse(`the cache key ${file} belongs to another user`);
    if ((st.mode & 0o077) !== 0) return refuse(`the cache key ${file} can be read or written by other users (mode ${(st.mode & 0o777).toString(8)}): chmod 600 it`);
    const text = readFileSync(fd, 'utf8').trim();
    if (text.length < MIN_KEY) return refuse(`the cache key ${file} holds no usable key`);
    return keyOf(Buffer.from(text));
  } catch {
    return refuse(`cannot read the cache key ${file}`);
  } finally {
    closeSync(fd);
  }
}

function refuse(why: string): null {
  cacheWarning(`${why}: the disk caches are off for this run`);
  return null;
}

/** HMAC-SHA256 under `key` over the parts, each length-prefixed (no two part lists give the same bytes). */
export function cacheMac(key: CacheKey, ...parts: (string | Uint8Array)[]): Buffer {
  const h = createHmac('sha256', key.key);
  for (const p of parts) {
    const b = typeof p === 'string' ? Buffer.from(p) : p;
    h.update(`${b.length}:`).update(b);
  }
  return h.digest();
}

/** Whether `mac` (bytes or hex) is the MAC of the parts under `key`, compared in constant time. */
export function cacheMacMatches(key: CacheKey, mac: Uint8Array | string, ...parts: (string | Uint8Array)[]): boolean {
  const got = typeof mac === 'string' ? Buffer.from(/^[0-9a-f]{64}$/.test(mac) ? mac : '', 'hex') : Buffer.from(mac);
  const want = cacheMac(key, ...parts);
  return got.length === want.length && timingSafeEqual(got, want);
}

/**
 * Write a cache entry: a new private file (mode 0600, created exclusively, so nothing planted at the
 * temporary name is followed), then renamed over the entry. Throws; callers treat caching as best effort.
 */
export function writeCacheEntry(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, data, { flag: 'wx', mode: 0o600 });
    renameSync(tmp, file); // atomic: a reader sees the whole entry or none
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

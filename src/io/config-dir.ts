import envPaths from 'env-paths';
import { chmodSync, closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InterdictError } from '../errors/index.ts';

/**
 * Where a deployment keeps its secrets (the audit signing key, the session secret): INTERDICT_CONFIG_DIR,
 * or the user's configuration directory. Never the database: whoever can read the database must not
 * hold these.
 */
export function configDir(): string {
  const env = process.env.INTERDICT_CONFIG_DIR;
  if (env !== undefined && env.trim() !== '') return path.resolve(env);
  return envPaths('interdict', { suffix: '' }).config;
}

/**
 * A private file's contents, created with `make()` on first use (mode 0600, in a folder of mode 0700).
 * Several processes starting at once: the exclusive create lets one write it and the others read it.
 *
 * Whoever chooses a secret file chooses the secret (a checkpoint key that signs forged checkpoints, a session
 * secret that mints sessions; security review 17, R17-5), so the file is read through one open descriptor and
 * what is checked is what is read: never through a symbolic link, a plain file, owned by this process's user,
 * open to no one else, in a folder no one else may write (where another user could put a file of their own).
 */
export function readOrCreatePrivateFile(file: string, make: () => string, what: string): string {
  if (process.platform === 'win32') return readOrCreate(file, make, what, (f) => readFileSync(f, 'utf8'));
  return readOrCreate(file, make, what, (f) => readPrivate(f, what));
}

function readOrCreate(file: string, make: () => string, what: string, read: (f: string) => string): string {
  try {
    return read(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e instanceof InterdictError ? e : unreadable(file, what, e);
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    assertFolderPrivate(path.dirname(file), what);
    writeFileSync(file, make(), { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600); // whatever the umask
  } catch (e) {
    if (e instanceof InterdictError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw unreadable(file, what, e);
  }
  try {
    return read(file);
  } catch (e) {
    throw e instanceof InterdictError ? e : unreadable(file, what, e);
  }
}

/** The file's text, after its checks, through one descriptor; ENOENT passes through (the file is made). */
function readPrivate(file: string, what: string): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw refused(file, `${what} ${file} is a symbolic link: a secret is read only from a plain file of its own`);
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw refused(file, `${what} ${file} is not a plain file`);
    const uid = process.getuid?.();
    if (uid !== undefined && st.uid !== uid) throw refused(file, `${what} ${file} belongs to another user (uid ${st.uid}): it must be the service user's own`);
    if ((st.mode & 0o077) !== 0) throw refused(file, `${what} ${file} can be read or written by other users (mode ${(st.mode & 0o777).toString(8)}): chmod 600 it`);
    assertFolderPrivate(path.dirname(file), what);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** A folder others may write lets them put their own file in a secret's place: refused, the sticky /tmp too. */
function assertFolderPrivate(dir: string, what: string): void {
  const st = statSync(dir); // the folder a link leads to is the one whose files are read
  const uid = process.getuid?.();
  if ((st.mode & 0o022) !== 0 || (uid !== undefined && st.uid !== uid && st.uid !== 0)) {
    throw refused(dir, `the folder of ${what}, ${dir}, can be written by other users (mode ${(st.mode & 0o777).toString(8)}, owner uid ${st.uid}): keep the deployment's secrets in a folder of mode 700 (INTERDICT_CONFIG_DIR)`);
  }
}

/** Refuse a secret file others may read: it would be no secret (kept for callers that check a file they did not read here). */
export function assertPrivate(file: string, what: string): void {
  if (process.platform === 'win32') return;
  readPrivate(file, what);
}

function refused(file: string, message: string): InterdictError {
  return new InterdictError('CONFIG_SECRET', message, { file });
}

function unreadable(file: string, what: string, e: unknown): InterdictError {
  return new InterdictError('CONFIG_SECRET', `cannot read or create ${what} ${file}: ${(e as Error).message}`, { file });
}

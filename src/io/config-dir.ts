import envPaths from 'env-paths';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
 */
export function readOrCreatePrivateFile(file: string, make: () => string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw unreadable(file, what, e);
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, make(), { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600); // whatever the umask
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw unreadable(file, what, e);
  }
  return readFileSync(file, 'utf8');
}

/** Refuse a secret file others may read: it would be no secret. */
export function assertPrivate(file: string, what: string): void {
  const mode = statSync(file).mode & 0o077;
  if (mode !== 0 && process.platform !== 'win32') {
    throw new InterdictError('CONFIG_SECRET', `${what} ${file} can be read by other users (mode ${(statSync(file).mode & 0o777).toString(8)}): chmod 600 it`, { file });
  }
}

function unreadable(file: string, what: string, e: unknown): InterdictError {
  return new InterdictError('CONFIG_SECRET', `cannot read or create ${what} ${file}: ${(e as Error).message}`, { file });
}

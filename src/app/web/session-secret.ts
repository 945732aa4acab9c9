/**
 * The server secret that signs web sessions and CSRF tokens. It lives outside the database, so reading
 * the database (a backup, a replica) is not enough to mint a session; every process of one deployment
 * must share it.
 *
 * - `INTERDICT_SESSION_SECRET` (at least 32 characters), and while rotating `INTERDICT_SESSION_SECRET_PREVIOUS`
 *   (accepted for checking only; remove it once the sessions it signed have expired, after SESSION_TTL_MS);
 * - else the file `session-secret` in the config directory (created on first use, mode 0600):
 *   `{"current", "previous"?, "previousUntil"?}`; `interdict sessions rotate-secret` moves current to
 *   previous (accepted until every session it signed has expired) and draws a new one. Running processes
 *   see a rotated file within a second.
 */
import { randomBytes } from 'node:crypto';
import { statSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InterdictError } from '../../errors/index.ts';
import { assertPrivate, configDir, readOrCreatePrivateFile } from '../../io/config-dir.ts';

/** A session lasts a working day. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_SECRET_ENV = 'INTERDICT_SESSION_SECRET';
export const SESSION_SECRET_FILE = 'session-secret';
const MIN_SECRET = 32;

export interface SessionSecrets {
  /** The secret new sessions are signed with. */
  current(): Buffer;
  /** Every secret a session may have been signed with, current first. */
  accepted(now?: number): Buffer[];
}

interface SecretFile {
  current: string;
  previous?: string;
  previousUntil?: string;
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function parseFile(text: string, file: string): SecretFile {
  let f: SecretFile;
  try {
    f = JSON.parse(text) as SecretFile;
  } catch {
    throw new InterdictError('CONFIG_SECRET', `${file} is not the session secret file Interdict writes (JSON)`, { file });
  }
  if (typeof f.current !== 'string' || f.current.length < MIN_SECRET) throw new InterdictError('CONFIG_SECRET', `${file} holds no usable secret`, { file });
  return f;
}

/** Fixed secrets (tests, or a library user's own). */
export function fixedSessionSecrets(current: Buffer, ...previous: Buffer[]): SessionSecrets {
  return { current: () => current, accepted: () => [current, ...previous] };
}

/** A secret of this process alone: sessions die with it (a server started without a deployment's secret). */
export function ephemeralSessionSecrets(): SessionSecrets {
  return fixedSessionSecrets(randomBytes(32));
}

export function sessionSecretFile(): string {
  return path.join(configDir(), SESSION_SECRET_FILE);
}

/** The deployment's secrets: from the environment, else from the file (created on first use). */
export function loadSessionSecrets(env: NodeJS.ProcessEnv = process.env): SessionSecrets {
  const fromEnv = env[SESSION_SECRET_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_SECRET) throw new InterdictError('CONFIG_SECRET', `${SESSION_SECRET_ENV} must be at least ${MIN_SECRET} characters (e.g. openssl rand -base64 32)`, { field: SESSION_SECRET_ENV });
    const previous = env[`${SESSION_SECRET_ENV}_PREVIOUS`];
    return fixedSessionSecrets(Buffer.from(fromEnv), ...(previous ? [Buffer.from(previous)] : []));
  }
  const file = sessionSecretFile();
  const read = (): SecretFile => parseFile(readOrCreatePrivateFile(file, () => `${JSON.stringify({ current: newSecret() })}\n`, 'the session secret'), file);
  let loaded = read();
  assertPrivate(file, 'the session secret');
  let stamp = statSync(file).mtimeMs;
  let checkedAt = Date.now();
  // A rotation by another process (or `interdict sessions rotate-secret`) is seen within a second.
  const fresh = (): SecretFile => {
    const now = Date.now();
    if (now - checkedAt < 1000) return loaded;
    checkedAt = now;
    try {
      const m = statSync(file).mtimeMs;
      if (m !== stamp) {
        loaded = read();
        stamp = m;
      }
    } catch {
      // The file went away: keep the secrets this process has (sessions go on; a restart would recreate it).
    }
    return loaded;
  };
  return {
    current: () => Buffer.from(fresh().current),
    accepted: (now = Date.now()) => {
      const f = fresh();
      const out = [Buffer.from(f.current)];
      if (f.previous && f.previousUntil && now < Date.parse(f.previousUntil)) out.push(Buffer.from(f.previous));
      return out;
    },
  };
}

/**
 * Draw a new session secret; the old one is still accepted until every session it signed has expired.
 * With `dropPrevious` (a secret leaked: review 17, R17-19) no old secret is kept, neither the one in use
 * nor the one kept from the rotation before: every session ends at once and everyone signs in again.
 * Written to a new file then renamed over the old one, so a reader sees the old file or the new, whole.
 */
export function rotateSessionSecret(now = Date.now(), options: { dropPrevious?: boolean } = {}): { file: string; previousUntil: string | null; dropped: boolean } {
  const file = sessionSecretFile();
  const old = parseFile(readOrCreatePrivateFile(file, () => `${JSON.stringify({ current: newSecret() })}\n`, 'the session secret'), file);
  const previousUntil = options.dropPrevious === true ? null : new Date(now + SESSION_TTL_MS).toISOString();
  const next: SecretFile = previousUntil === null ? { current: newSecret() } : { current: newSecret(), previous: old.current, previousUntil };
  const tmp = `${file}.${process.pid}.tmp`;
  // Made afresh (`wx`): a file or link planted under that name is never written through or kept.
  writeFileSync(tmp, `${JSON.stringify(next)}\n`, { flag: 'wx', mode: 0o600 });
  renameSync(tmp, file);
  return { file, previousUntil, dropped: previousUntil === null };
}

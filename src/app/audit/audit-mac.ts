/**
 * Each audit entry's MAC: HMAC-SHA256 of the entry's hash under a secret kept outside the database, so
 * whoever can write the database (but not read this secret) cannot append an entry that verifies, however
 * well chained. The secret is handled like the session secret: INTERDICT_AUDIT_MAC_KEY (at least 32
 * characters), else the file `audit-mac-key` in the config directory, created on first use (mode 0600).
 * Every process of one deployment, and whoever runs `audit verify`, must share it.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InterdictError } from '../../errors/index.ts';
import { assertPrivate, configDir, readOrCreatePrivateFile } from '../../io/config-dir.ts';

export const AUDIT_MAC_ENV = 'INTERDICT_AUDIT_MAC_KEY';
export const AUDIT_MAC_FILE = 'audit-mac-key';
const MIN_SECRET = 32;

const cache = new Map<string, Buffer>();

function source(): { env?: string; file: string } {
  const env = process.env[AUDIT_MAC_ENV];
  if (env !== undefined && env !== '') return { env, file: AUDIT_MAC_ENV };
  return { file: path.join(configDir(), AUDIT_MAC_FILE) };
}

/**
 * The deployment's MAC secret. `create`: make the file when missing (a writer); a verifier never creates
 * one (every entry would then fail, rightly, but the message would mislead): it gets undefined.
 */
export function auditMacKey(create: boolean): Buffer | undefined {
  const s = source();
  if (s.env !== undefined) {
    if (s.env.length < MIN_SECRET) throw new InterdictError('CONFIG_SECRET', `${AUDIT_MAC_ENV} must be at least ${MIN_SECRET} characters (e.g. openssl rand -base64 32)`, { field: AUDIT_MAC_ENV });
    return Buffer.from(s.env);
  }
  const hit = cache.get(s.file);
  if (hit !== undefined) return hit;
  if (!create && !existsSync(s.file)) return undefined;
  const text = readOrCreatePrivateFile(s.file, () => `${randomBytes(32).toString('base64url')}\n`, 'the audit MAC key').trim();
  assertPrivate(s.file, 'the audit MAC key');
  if (text.length < MIN_SECRET) throw new InterdictError('CONFIG_SECRET', `the audit MAC key ${s.file} holds no usable secret`, { file: s.file });
  const key = Buffer.from(text);
  cache.set(s.file, key);
  return key;
}

/** Where the secret comes from, for messages. */
export function auditMacSource(): string {
  return source().file;
}

export function entryMac(key: Buffer, hash: string): string {
  return createHmac('sha256', key).update(`audit-entry\n${hash}`).digest('hex');
}

export function macMatches(key: Buffer, hash: string, mac: string): boolean {
  const want = Buffer.from(entryMac(key, hash), 'hex');
  const got = Buffer.from(mac, 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}

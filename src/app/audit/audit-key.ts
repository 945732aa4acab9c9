/**
 * The key that signs checkpoints of the audit chain (Ed25519, node:crypto). It lives outside the
 * database, so whoever can write the database cannot sign a rewritten chain: INTERDICT_AUDIT_KEY (a PEM
 * file's path), else `audit-signing-key.pem` in the config directory, created on first use (mode 0600).
 * Verifying needs only the public key (`--public-key FILE`), which may be handed to an auditor.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InterdictError } from '../../errors/index.ts';
import { assertPrivate, configDir, readOrCreatePrivateFile } from '../../io/config-dir.ts';
import { whyUnreadable } from '../../io/input-source.ts';

export const AUDIT_KEY_ENV = 'INTERDICT_AUDIT_KEY';
export const AUDIT_KEY_FILE = 'audit-signing-key.pem';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
  file: string;
}

/** A public key's id: the first 16 hex digits of the SHA-256 of its DER (SubjectPublicKeyInfo). */
export function keyIdOfPublic(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function signingKeyFile(): string {
  const env = process.env[AUDIT_KEY_ENV];
  return env !== undefined && env.trim() !== '' ? path.resolve(env) : path.join(configDir(), AUDIT_KEY_FILE);
}

function refuse(file: string, why: string): never {
  throw new InterdictError('CONFIG_SECRET', `the audit signing key ${file} ${why}`, { file });
}

/**
 * The deployment's signing key. `create`: make it when missing (a checkpoint); a verifier never creates
 * one (it would check against a key that signed nothing).
 */
export function loadSigningKey(create: boolean): SigningKey {
  const file = signingKeyFile();
  const explicit = process.env[AUDIT_KEY_ENV] !== undefined && process.env[AUDIT_KEY_ENV]!.trim() !== '';
  if (!existsSync(file) && (!create || explicit)) refuse(file, explicit ? `(${AUDIT_KEY_ENV}) does not exist` : 'does not exist yet: a checkpoint creates it');
  const pem = readOrCreatePrivateFile(file, () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'the audit signing key');
  assertPrivate(file, 'the audit signing key');
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (e) {
    return refuse(file, `is not a PEM private key: ${(e as Error).message}`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') refuse(file, `is a ${privateKey.asymmetricKeyType} key, not Ed25519`);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOfPublic(publicKey), file };
}

/** A public key from a PEM file (a public key, or a private key whose public half is taken). */
export function loadPublicKey(file: string): KeyObject {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InterdictError('CLI_IO', `cannot read the public key "${file}": ${whyUnreadable(e)}`, { file });
  }
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`a ${key.asymmetricKeyType} key, not Ed25519`);
    return key;
  } catch (e) {
    throw new InterdictError('AUDIT_CHECKPOINT', `${file} is not an Ed25519 PEM key: ${(e as Error).message}`, { file });
  }
}

/**
 * Where MACs begin in a chain that was written before them, pinned outside the database.
 *
 * A log begun with MACs demands one of every entry from entry 1. Only a log written before MACs existed
 * may hold entries without one, and only up to the entry the upgrade found: that number is written, when
 * the upgrade adds the MAC column (migrateService), into the config directory beside the MAC key, under
 * the chain's first hash: `audit-mac-from-<hash of entry 1>`, holding the number. Read from the log alone
 * (its MAC column, its hashed `macFrom` marker), the start is the database's word: a chain rewritten whole
 * and re-hashed, marker and MACs left out, looked like a log from before MACs and verified (security
 * re-review, HIGH). A deployment whose processes do not share the config directory gives the number with
 * INTERDICT_AUDIT_MAC_FROM instead.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InterdictError } from '../../errors/index.ts';
import { configDir, readOrCreatePrivateFile } from '../../io/config-dir.ts';
import type { SqlExec } from '../../store/index.ts';

export const AUDIT_MAC_FROM_ENV = 'INTERDICT_AUDIT_MAC_FROM';
const PIN_PREFIX = 'audit-mac-from-';
const WHAT = 'the audit log\'s pinned MAC start';

function pinFile(firstHash: string): string {
  if (!/^[0-9a-f]{64}$/.test(firstHash)) throw new InterdictError('AUDIT_STORE', 'the audit log\'s first entry has no SHA-256 hash', { field: 'hash' });
  return path.join(configDir(), `${PIN_PREFIX}${firstHash}`);
}

function parsePin(text: string, where: string): number {
  const t = text.trim();
  const n = /^[1-9][0-9]{0,15}$/.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(n)) throw new InterdictError('CONFIG_SECRET', `${WHAT} (${where}) must be an entry number from 1, not "${t.slice(0, 40)}"`, { field: where });
  return n;
}

/** The first entry of the chain whose entry 1 has `firstHash` that must carry a MAC, as pinned; undefined: none pinned. */
export function pinnedMacStart(firstHash: string): number | undefined {
  const env = process.env[AUDIT_MAC_FROM_ENV];
  if (env !== undefined && env.trim() !== '') return parsePin(env, AUDIT_MAC_FROM_ENV);
  const file = pinFile(firstHash);
  if (!existsSync(file)) return undefined;
  return parsePin(readOrCreatePrivateFile(file, () => '', WHAT), file);
}

/**
 * Pin the chain's MAC start (the upgrade that adds MACs to a log that has entries). Never moved once
 * written (the file is created exclusively): a later call keeps the first number.
 */
export function pinMacStart(firstHash: string, seq: number): number {
  return parsePin(readOrCreatePrivateFile(pinFile(firstHash), () => `${seq}\n`, WHAT), pinFile(firstHash));
}

/**
 * The chain's MAC start outside the database: the pinned number, else 1 (a log begun with MACs); undefined
 * for a log with no entry. The caller takes the earlier of this and what the log itself says.
 */
export async function macStartOutside(db: SqlExec): Promise<number | undefined> {
  const first = (await db.all<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = 1'))[0];
  if (first === undefined) return undefined;
  return pinnedMacStart(first.hash) ?? 1;
}

/** After the upgrade that added the MAC column: entries already in the log carry none, and may not. */
export async function pinLegacyEntries(db: SqlExec): Promise<void> {
  const first = (await db.all<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = 1'))[0];
  if (first === undefined) return;
  const head = (await db.all<{ seq: unknown }>('SELECT max(seq) AS seq FROM audit_log'))[0];
  pinMacStart(first.hash, Number(head?.seq ?? 0) + 1);
}

/** Why MACs are demanded from `seq` (for verify's message). */
export function pinReason(seq: number): string {
  return seq === 1
    ? `no earlier start of MACs is pinned for this chain outside the database (a log begun with MACs carries one on every entry; a log written before them was pinned when it was upgraded: ${PIN_PREFIX}<hash of entry 1> in the config directory, or ${AUDIT_MAC_FROM_ENV})`
    : `the start of MACs pinned for this chain outside the database is entry ${seq}`;
}

/**
 * Where MACs begin in a chain that was written before them, given outside the database.
 *
 * A log begun with MACs demands one of every entry from entry 1. Only a log written before MACs existed may hold
 * entries without one, and only up to the entry the operator says: INTERDICT_AUDIT_MAC_FROM, set by hand for such
 * a log. Read from the log alone (its MAC column, its hashed `macFrom` marker), the start is the database's word: a
 * chain rewritten whole and re-hashed, marker and MACs left out, looked like a log from before MACs and verified
 * (security re-review, HIGH). Nor is it inferred from the migrations a database records: a database user can make
 * the upgrade that added MACs look pending again, and a process on another machine, without the MAC key, then
 * took the rewritten chain for one from before MACs (the next re-review). So nothing writes it: the operator does.
 */
import { InterdictError } from '../../errors/index.ts';
import type { SqlExec } from '../../store/index.ts';

export const AUDIT_MAC_FROM_ENV = 'INTERDICT_AUDIT_MAC_FROM';

function parsePin(text: string): number {
  const t = text.trim();
  const n = /^[1-9][0-9]{0,15}$/.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(n)) throw new InterdictError('CONFIG_SECRET', `${AUDIT_MAC_FROM_ENV} must be an entry number from 1, not "${t.slice(0, 40)}"`, { field: AUDIT_MAC_FROM_ENV });
  return n;
}

/** The first entry that must carry a MAC, as the operator gave it; undefined: none given. */
export function pinnedMacStart(): number | undefined {
  const env = process.env[AUDIT_MAC_FROM_ENV];
  return env !== undefined && env.trim() !== '' ? parsePin(env) : undefined;
}

/**
 * The chain's MAC start outside the database: the number given, else 1 (a log begun with MACs); undefined for a
 * log with no entry at all. The caller takes the earlier of this and what the log itself says. Any entry makes it
 * so, entry 1 or not: asking for entry 1 alone let a log whose entry 1 was deleted (and every MAC cleared) fall
 * back on what the log said, no start, and every entry was then trusted on its hash (security re-review 3, HIGH-1:
 * a list without KOMID appended that way, `check --db` permitted KOMID, a planted admin's key was served).
 */
export async function macStartOutside(db: SqlExec): Promise<number | undefined> {
  const any = await db.all('SELECT 1 FROM audit_log LIMIT 1');
  if (any.length === 0) return undefined;
  return pinnedMacStart() ?? 1;
}

/** Why MACs are demanded from `seq` (for verify's message). */
export function pinReason(seq: number): string {
  return seq === 1
    ? `no later start of MACs is given outside the database (a log begun with MACs carries one on every entry; for a log written before them, ${AUDIT_MAC_FROM_ENV} names the first entry written with one)`
    : `${AUDIT_MAC_FROM_ENV} says MACs begin with entry ${seq}`;
}

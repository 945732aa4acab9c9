/**
 * A key an admin issued stops acting once that admin is revoked or demoted (security review 18, R18-1).
 * Revoking an admin is the answer to a dismissed insider or a stolen key; the keys it issued or rotated,
 * and those it may have seen through a chain of issuers (`key_seen`, key-holders.ts), are keys it may still
 * hold. Keeping them out of four-eyes steps alone (R17-9) left every one-person action to them: removing a
 * subject from monitoring, assigning or rejecting an alert, proposing a decision, importing subjects,
 * recording a delivery. So such a key is suspended: every request made with it, reads included, is 403
 * `SERVICE_KEY_SUSPENDED` (the revoked admin must not read the queue either), and a session it opened
 * stops too, until another admin who is not suspended (`POST /v1/users/NAME/key`) or the operator at the
 * server (`interdict users key NAME`) issues the account a new key. The account's own rotation keeps its
 * holders (account-changes.ts), so it does not lift the suspension and is refused with the rest.
 *
 * A holder counts as gone when its account is revoked, no longer holds `admin` (every account that may
 * have seen another's key did so as an admin issuing it, or holding an issuer's key), is not in the
 * table, or its row is not what the audit log recorded (a revocation undone in the database is no reason
 * to trust the key again).
 */
import type { SqlExec } from '../../store/index.ts';
import { rowIsAsRecorded } from '../audit/row-guard.ts';
import { AUDITED_TABLES } from '../audit/audit-rows.ts';
import { toRoles } from './accounts.ts';

const ACCOUNT_COLUMNS = AUDITED_TABLES.service_users!.columns.join(', ');

function parseSeen(json: string | null): string[] {
  if (json === null) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Why `name`'s key is suspended (the first holder gone, and how), or undefined. */
export async function keySuspension(db: SqlExec, name: string, keySeen: string | null): Promise<string | undefined> {
  const holders = [...new Set(parseSeen(keySeen))].filter((h) => h !== name).sort();
  if (holders.length === 0) return undefined;
  const rows = await db.all<Record<string, unknown> & { name: string; roles: string; revoked_at: string | null }>(
    `SELECT ${ACCOUNT_COLUMNS} FROM service_users WHERE name IN (${holders.map(() => '?').join(', ')})`, holders,
  );
  const byName = new Map(rows.map((r) => [r.name, r]));
  for (const h of holders) {
    const r = byName.get(h);
    const why = r === undefined ? 'is no longer an account'
      : r.revoked_at !== null ? `was revoked (${r.revoked_at})`
        : !toRoles(r.roles).includes('admin') ? 'is no longer an admin'
          : !(await rowIsAsRecorded(db, 'service_users', r, [h], [`user:${h}`])) ? 'has an account row changed outside Interdict'
            : undefined;
    if (why !== undefined) {
      return `the key of "${name}" was issued or may have been seen by ${h}, who ${why}: it is suspended until another admin issues "${name}" a new key (POST /v1/users/${name}/key) or the operator does (interdict users key ${name})`;
    }
  }
  return undefined;
}

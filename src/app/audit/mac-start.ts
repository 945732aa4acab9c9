/**
 * Which entries of the audit log must carry a MAC: read from the log itself (the MAC column and the hashed
 * `macFrom` marker) and from outside it (entry 1, or the later start the operator names for a log from before
 * MACs: mac-pin.ts), kept apart from the chain's writing and walking (audit-log.ts).
 */
import canonicalize from 'canonicalize';
import type { SqlExec } from '../../store/index.ts';
import { COLUMNS, entryHash, MAC_FROM, toEntry, type AuditRow } from './audit-log.ts';
import { macStartOutside } from './mac-pin.ts';

/**
 * The entry from which every entry must carry a MAC (MAX_SAFE_INTEGER when none must): the first with a MAC, or
 * the entry that says in its hashed content that MACs begin with it (`MAC_FROM`), whichever comes first. The MAC
 * column alone is the database's word: with every MAC nulled, every entry was taken on its hash, and entries a
 * keyless program appended were trusted (security re-review, HIGH: a list without KOMID loaded that way, and `check`
 * permitted KOMID). Walked in key order, so each stops at the first: entry 1 in any log begun with MACs; the marker
 * is looked for once per chain (by its first entry's hash) and then only in entries added since. Both are the
 * database's word, which a chain rewritten whole can change: the start kept outside the database bounds them
 * (entry 1 unless the operator names a later start for a log from before MACs).
 */
export async function firstMacSeq(db: SqlExec): Promise<number> {
  // Asked on every check (newestTrustedEntry): the start outside the database first. It is entry 1 unless the
  // operator named a later one, and nothing the log says can be earlier, so the log is read only then.
  const outside = (await macStartOutside(db)) ?? Number.MAX_SAFE_INTEGER;
  if (outside <= 1) return outside;
  const r = await db.all<{ seq: unknown }>("SELECT seq FROM audit_log WHERE seq >= 1 AND mac IS NOT NULL AND mac <> '' ORDER BY seq LIMIT 1");
  const byColumn = r[0] === undefined ? Number.MAX_SAFE_INTEGER : Number(r[0].seq);
  const marker = await macMarkerSeq(db);
  return Math.min(byColumn, marker ?? Number.MAX_SAFE_INTEGER, outside);
}

/** Whether entry `seq` holds to its hash (canonical detail, recomputed hash); false when it is not there. */
async function entryHolds(db: SqlExec, seq: number): Promise<boolean> {
  const r = (await db.all<AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE seq = ?`, [seq]))[0];
  if (r === undefined) return false;
  const e = toEntry(r);
  return canonicalize(e.detail) === r.detail && entryHash(e) === r.hash;
}

/** What is known of each chain's MAC marker, by its first entry's hash: the marker's entry, or how far it was looked for. */
const markers = new Map<string, { seq?: number; scanned: number }>();

async function macMarkerSeq(db: SqlExec): Promise<number | undefined> {
  const first = (await db.all<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = 1'))[0];
  if (first === undefined) return undefined;
  let known = markers.get(first.hash);
  if (known?.seq !== undefined) return known.seq;
  // Entry 1 that does not hold to its own hash was changed in the database (its marker made unreadable: a re-test
  // set it to "x" without re-hashing): nothing is taken on its hash alone, MACs are demanded from the start.
  if (!(await entryHolds(db, 1))) return 1;
  const scanned = known?.scanned ?? 0;
  const rows = await db.all<{ seq: unknown; detail: string }>('SELECT seq, detail FROM audit_log WHERE seq > ? AND detail LIKE ? ORDER BY seq', [scanned, `%"${MAC_FROM}":%`]);
  let seq: number | undefined;
  for (const row of rows) {
    let detail: unknown;
    try {
      detail = JSON.parse(row.detail);
    } catch {
      // Unreadable where a marker's key stands: taken as the marker (fail closed).
      seq = Number(row.seq);
      break;
    }
    // An entry whose own detail names the marker, whatever its value (a value changed without re-hashing is a
    // marker tampered with, not none; a key of that name deeper down says nothing).
    if (typeof detail === 'object' && detail !== null && MAC_FROM in detail) {
      seq = Number(row.seq);
      break;
    }
  }
  const head = (await db.all<{ seq: unknown }>('SELECT max(seq) AS seq FROM audit_log'))[0];
  known = seq !== undefined ? { seq, scanned: Number(head?.seq ?? 0) } : { scanned: Number(head?.seq ?? scanned) };
  if (markers.size > 1000) markers.clear();
  markers.set(first.hash, known);
  return seq;
}

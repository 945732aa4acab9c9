/**
 * The cap ledger as Interdict wrote it, for every read of it: check's (check-sources.ts) and the reads that
 * report it (status, notices, the Committee's reports, the deliveries and their history, baselines), on the
 * command line, the API and the pages alike. The service's database role may change the ledger's tables
 * (it must write them), and so may whoever holds a SQLite file: a delivery lowered and its notices deleted
 * there would be reported as the ledger (a State reading its room under the cap, the Committee's table)
 * while check refuses the same database. Each read is made in one snapshot, in which the whole ledger is
 * first held to the audit log (recorded-rows.ts); a row that is not what its last entry recorded is refused
 * (409 AUDIT_TAMPERED, exit 1), naming it, as check refuses.
 *
 * The hold reads every row of the ledger; it is skipped while nothing changed since the last one held
 * (the log's newest entry, which each of Interdict's ledger writes moves, and what other connections
 * committed: store/change-mark.ts).
 */
import type { CapSource, LedgerStore } from '../../ledger/index.ts';
import { openSqlLedgerStore } from '../../ledger/index.ts';
import { changeMark } from '../../store/change-mark.ts';
import type { SqlDriver } from '../../store/index.ts';
import { newestTrustedEntry } from '../audit/audit-log.ts';
import { LEDGER_TABLES, rowNotAsRecorded } from '../audit/recorded-rows.ts';
import { tampered } from '../audit/row-guard.ts';

/** Per owner (the open database): the state of the database when its ledger was last held and found as recorded. */
const heldAt = new WeakMap<object, string>();

/**
 * Refuse the ledger `db` reads (a snapshot) when a row of it is not what its last entry recorded. `owner`:
 * what keeps the log's digests and the last hold between reads (the open database).
 */
export async function assertLedgerAsRecorded(db: SqlDriver, owner: object): Promise<void> {
  const head = await newestTrustedEntry(db);
  const mark = await changeMark(db);
  const state = head !== undefined && mark !== undefined ? `${head}|${mark}` : undefined;
  if (state !== undefined && heldAt.get(owner) === state) return;
  const row = await rowNotAsRecorded(db, LEDGER_TABLES, owner);
  if (row !== undefined) throw tampered(`the cap ledger (${row})`);
  if (state !== undefined) heldAt.set(owner, state);
}

/**
 * `read` on the ledger of `driver`, in one snapshot, the ledger held to the log first. `owner` as above
 * (the service's open database; the CLI's one-off driver by default).
 */
export async function readHeldLedger<T>(driver: SqlDriver, caps: CapSource, read: (store: LedgerStore) => Promise<T>, owner: object = driver): Promise<T> {
  return driver.snapshot(async (db) => {
    const store = await openSqlLedgerStore(db, caps, true);
    await assertLedgerAsRecorded(db, owner);
    return read(store);
  });
}

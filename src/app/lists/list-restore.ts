/**
 * A stored list given back its XML. An earlier version of Interdict stored the first list of a database (its
 * bundled snapshot) without the XML, to be read from the snapshot the program bundles; once an upgrade bundles
 * another, that row's list is not held (bundled-as.ts): as the list in use it is refused (LIST_NOT_HELD), as
 * an earlier list it leaves past transactions reviewed (formerly-listed.ts). Loading that list's file again
 * (`interdict lists load FILE`, POST /v1/lists) gives the row the XML: the file's SHA-256 is the one the row
 * (and the entry that recorded it) holds, so the row says what it always said, now readable.
 *
 * The row is changed through Interdict: held to its last entry first, then recorded anew by a
 * `list.restore` entry naming it (its digest covers xml_gz), so `audit verify` and every read of the row
 * hold it to that entry. Nothing else changes: the list in use stays the one it was (loading the same file
 * again, once restored, is an ordinary list update).
 */
import { appendAudit, lockChain } from '../audit/audit-log.ts';
import { guardRow } from '../audit/row-guard.ts';
import type { SqlDriver } from '../../store/index.ts';

export interface RestoredList {
  version: string;
  /** The rows given their XML (one: only a database's first row was stored without it). */
  rows: number[];
}

/**
 * Give every stored list row without XML whose SHA-256 is `sha256` the XML `gz` (gzip, base64, as an uploaded
 * list is stored), logged; undefined when there is none (the caller goes on with an ordinary update).
 */
export async function restoreListXml(db: SqlDriver, sha256: string, gz: string, actor: string): Promise<RestoredList | undefined> {
  const cheap = await db.all<{ id: unknown }>('SELECT id FROM un_lists WHERE sha256 = ? AND xml_gz IS NULL', [sha256]);
  if (cheap.length === 0) return undefined;
  return db.transaction(async (tx) => {
    await lockChain(tx);
    const rows = await tx.all<{ id: unknown; version: string }>('SELECT id, version FROM un_lists WHERE sha256 = ? AND xml_gz IS NULL ORDER BY id', [sha256]);
    if (rows.length === 0) return undefined; // restored meanwhile by another process
    const ids: number[] = [];
    for (const r of rows) {
      const id = Number(r.id);
      // Only a row as Interdict recorded it: one changed in the database is refused, not vouched for anew.
      await guardRow(tx, { table: 'un_lists', key: [id] }, [`list:${r.version}`], `the stored UN list ${r.version.slice(0, 80)}`);
      await tx.run('UPDATE un_lists SET xml_gz = ? WHERE id = ? AND xml_gz IS NULL', [gz, id]);
      ids.push(id);
    }
    const version = rows[0]!.version;
    await appendAudit(tx, {
      actor, action: 'list.restore', target: `list:${version}`,
      detail: { version: version.slice(0, 200), sha256, rows: ids },
      rows: ids.map((id) => ({ table: 'un_lists', key: [id] })),
    });
    return { version, rows: ids };
  });
}

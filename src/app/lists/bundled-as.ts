/**
 * A stored list row read as the snapshot bundled with this version of Interdict: only when it is that
 * snapshot (the same SHA-256). A row an earlier version stored without its XML (its bundled snapshot, the
 * first list of the database) is, after an upgrade that bundles another, not: then undefined, and the row's
 * list is not held (its records are unknown). Never another list under the row's name.
 */
import { loadUnList, type UnList } from '../../screening/un-list/index.ts';

export function bundledAs(row: { sha256: string }): UnList | undefined {
  const list = loadUnList();
  return list.version.sha256 === row.sha256 ? list : undefined;
}

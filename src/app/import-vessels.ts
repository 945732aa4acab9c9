/**
 * Storing a parsed 1718 Designated Vessels List (all rows or none), audited where the database holds the
 * service's log. The use case that decides whether a list may be stored is vessel-list.ts's
 * replaceVesselList, for `interdict vessels import`, the API and the page alike.
 */
import { InterdictError } from '../errors/index.ts';
import { importVesselList } from '../ships/vessel-store.ts';
import type { SqlDriver } from '../store/index.ts';
import type { DesignatedVessel } from '../ships/index.ts';
import { hasArea } from '../store/migrate.ts';
import path from 'node:path';
import { appendAudit, lockChain } from './audit/audit-log.ts';
import { cliActor } from './service/service-context.ts';

export interface StoreOptions {
  /** Who imports it: the CLI's operator unless given (an account, over the API or the page). */
  actor?: string;
  /** More for the audit entry's detail (what the replacement added, changed, dropped). */
  detail?: Record<string, unknown>;
  /** The version of the list this one was previewed against (null: none in use); another is a conflict. */
  replacing?: string | null;
}

/**
 * Store a parsed list in one transaction. A database that holds the service's audit log logs the import,
 * with every row's digest (audit-rows.ts), so `audit verify` holds the vessel tables against the log.
 * `actor` is the CLI's operator unless a signed-in account imports it (the API, the page); `detail` adds
 * what the replacement changed (vessel-list.ts).
 */
export async function storeVesselList(driver: SqlDriver, list: DesignatedVessel[], source: string, opts: StoreOptions = {}) {
  const audited = await hasArea(driver, 'service');
  const actor = opts.actor ?? cliActor();
  const detail = opts.detail ?? {};
  return importVesselList(driver, list, source, audited ? async (tx, id) => {
    await lockChain(tx);
    if (opts.replacing !== undefined) {
      // Under the chain's lock: the list this import was reviewed against is still the one in use.
      const [prev] = await tx.all<{ version: string }>('SELECT version FROM vessel_list_imports WHERE id < ? ORDER BY id DESC LIMIT 1', [id]);
      if ((prev?.version ?? null) !== opts.replacing) {
        throw new InterdictError('VESSELS_CONFLICT', `the vessels list in use changed since this replacement was previewed (now ${prev?.version ?? 'none'}): preview it again`, { field: 'confirm' });
      }
    }
    await appendAudit(tx, {
      actor, action: 'vessels.import', target: `vessels:${id}`,
      detail: { source: path.basename(source), vessels: list.length, ...detail },
      rows: [{ table: 'vessel_list_imports', key: [id] }, ...list.map((v) => ({ table: 'designated_vessels', key: [id, v.imo] }))],
    });
  } : undefined);
}

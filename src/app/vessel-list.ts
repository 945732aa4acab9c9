/**
 * The 1718 Designated Vessels List as the service offers it (CONTRACT §4a: the vessels list, import and
 * list; replacing it shows what is dropped): one page of the list in use, searched; a new list previewed
 * against the list in use (the vessels it adds, changes field by field, and drops), nothing stored; and
 * the replacement itself: the one use case for `interdict vessels import`, the API and the page. An
 * account needs the preview's `confirm` value whenever a list is already in use, and may not drop or
 * change a designated vessel at all; the operator at the server's machine may.
 */
import { createHash } from 'node:crypto';
import { InterdictError } from '../errors/index.ts';
import { todayUtc } from '../law/index.ts';
import { parseVesselList } from '../ships/vessel-list-csv.ts';
import { latestVesselImport, listVersion, VESSEL_COLUMNS, vesselFromRow, type VesselRow } from '../ships/vessel-store.ts';
import type { DesignatedVessel } from '../ships/designated-vessels.ts';
import { parseDbTarget } from '../store/db-target.ts';
import { openDatabase } from '../store/open-database.ts';
import { readAllText } from '../io/index.ts';
import { cliActor } from './service/service-context.ts';
import type { SqlDriver } from '../store/sql-driver.ts';
import type { Grantor } from './accounts/accounts.ts';
import { storeVesselList } from './import-vessels.ts';
import { loadHeldVesselList } from './held-vessels.ts';
import { keyset, pageOf, type Page, type PageRequest } from './paging.ts';
import path from 'node:path';

export type { DesignatedVessel };

/** The fields of a vessel compared between two lists (the IMO number is the vessel). */
export const VESSEL_FIELDS = ['name', 'mmsi', 'flag', 'callsign', 'type', 'designated', 'owner', 'legalBases'] as const;

export interface VesselChange {
  imo: string;
  name: string;
  /** The fields that differ, each with its value before and after ('' when absent). */
  changes: { field: (typeof VESSEL_FIELDS)[number]; before: string; after: string }[];
}

export interface VesselListDiff {
  added: DesignatedVessel[];
  changed: VesselChange[];
  removed: DesignatedVessel[];
}

/**
 * What a list that drops and changes nothing may still do to the vessels listed: give a listed vessel's
 * MMSI to another ship, or add a designation not in effect until a later date. A second person's to
 * accept (oneAdminRefusal).
 */
export interface VesselListConcerns {
  /** MMSIs the new list gives to more than one vessel, where the list in use did not give them to those same vessels. */
  sharedMmsi: { mmsi: string; vessels: { imo: string; name: string }[] }[];
  /** Vessels the new list adds with a designation date after today (UTC): not designated until then. */
  futureDesignations: { imo: string; name: string; designated: string }[];
}

export interface VesselListPreview {
  /** The list in use (null: none imported yet). */
  current: { version: string; vessels: number } | null;
  next: { version: string; vessels: number };
  diff: VesselListDiff;
  concerns: VesselListConcerns;
  /** Nothing would change: the new list holds the same vessels. */
  unchanged: boolean;
  /** What to send back (`confirm`) to make this list the one in use: it names this list and the one it replaces. */
  confirm: string;
}

export interface VesselListOutcome {
  changed: boolean;
  version: string;
  vessels: number;
  added: number;
  changedVessels: number;
  removed: number;
}

const fieldText = (v: DesignatedVessel, f: (typeof VESSEL_FIELDS)[number]): string => (f === 'legalBases' ? v.legalBases.join(';') : v[f] ?? '');

export function diffVesselLists(current: readonly DesignatedVessel[], next: readonly DesignatedVessel[]): VesselListDiff {
  const before = new Map(current.map((v) => [v.imo, v]));
  const after = new Map(next.map((v) => [v.imo, v]));
  const added = next.filter((v) => !before.has(v.imo));
  const removed = current.filter((v) => !after.has(v.imo));
  const changed: VesselChange[] = [];
  for (const v of next) {
    const old = before.get(v.imo);
    if (old === undefined) continue;
    const changes = VESSEL_FIELDS.filter((f) => fieldText(old, f) !== fieldText(v, f)).map((field) => ({ field, before: fieldText(old, field), after: fieldText(v, field) }));
    if (changes.length > 0) changed.push({ imo: v.imo, name: v.name, changes });
  }
  return { added, changed, removed };
}

/** The vessels of a list by MMSI, for the MMSIs it gives to more than one vessel. */
function mmsiGroups(list: readonly DesignatedVessel[]): Map<string, DesignatedVessel[]> {
  const by = new Map<string, DesignatedVessel[]>();
  for (const v of list) if (v.mmsi !== undefined) by.set(v.mmsi, [...(by.get(v.mmsi) ?? []), v]);
  for (const [mmsi, vs] of by) if (vs.length < 2) by.delete(mmsi);
  return by;
}

/**
 * A record that takes a listed vessel's MMSI (the one number an AIS position report carries) makes the
 * two ships one to every sighting by that number; a designation dated after today is none in effect yet
 * (a vessel "added" from 2099 is, until then, not on the list). Both are an admin's to propose, not to
 * make current alone (oneAdminRefusal). `today`: YYYY-MM-DD (UTC).
 */
export function listConcerns(current: readonly DesignatedVessel[], next: readonly DesignatedVessel[], diff: VesselListDiff, today: string): VesselListConcerns {
  const before = mmsiGroups(current);
  const imos = (vs: readonly DesignatedVessel[]) => vs.map((v) => v.imo).sort().join(',');
  const sharedMmsi = [...mmsiGroups(next)]
    .filter(([mmsi, vs]) => imos(before.get(mmsi) ?? []) !== imos(vs))
    .map(([mmsi, vs]) => ({ mmsi, vessels: vs.map((v) => ({ imo: v.imo, name: v.name })) }));
  const futureDesignations = diff.added.filter((v) => v.designated > today).map((v) => ({ imo: v.imo, name: v.name, designated: v.designated }));
  return { sharedMmsi, futureDesignations };
}

/** The confirm value: a digest of the list in use's version and the new list's text. */
function confirmOf(currentVersion: string | null, text: string): string {
  return createHash('sha256').update(`${currentVersion ?? 'none'}\n`, 'utf8').update(text, 'utf8').digest('hex');
}

function parse(text: string): DesignatedVessel[] {
  if (text.trim() === '') throw new InterdictError('VESSELS_BAD_LIST', 'the list is empty: send the CSV (header name,imo,mmsi,flag,callsign,type,designated,owner,legalBases)', { field: 'csv' });
  return parseVesselList(text);
}

/** What making `text` (the list's CSV) the list in use would do; nothing is stored. Bad CSV: 400 naming line and field. */
export async function previewVesselList(driver: SqlDriver, text: string): Promise<VesselListPreview> {
  return (await prepare(driver, text)).preview;
}

/**
 * `next` is the list `text` holds, when the caller has already parsed it. The list in use is read and held
 * to the log in one snapshot: the diff (and the one-admin refusal) is of the list as recorded.
 */
async function prepare(driver: SqlDriver, text: string, next = parse(text)): Promise<{ preview: VesselListPreview; list: DesignatedVessel[] }> {
  const inUse = await driver.snapshot((db) => loadHeldVesselList(db, driver));
  const current = inUse === undefined ? null : { version: inUse.version, vessels: inUse.vessels.length };
  const nextVersion = listVersion(next);
  const diff = diffVesselLists(inUse?.vessels ?? [], next);
  const preview = {
    current, next: { version: nextVersion, vessels: next.length }, diff, concerns: listConcerns(inUse?.vessels ?? [], next, diff, todayUtc()),
    unchanged: current !== null && current.version === nextVersion,
    confirm: confirmOf(current?.version ?? null, text),
  };
  return { preview, list: next };
}

/**
 * Why an account over the network may not make this list current, or undefined when it may. A list that
 * drops or changes a designated vessel de-lists it in effect (`check` and the AIS scans stop treating its
 * old identity as designated): one admin alone must not, as one admin alone cannot make a UN list that
 * removes or changes records current. Nor may one admin add a vessel that takes a listed vessel's MMSI,
 * or one designated after today (listConcerns): the first made a listed tanker's AIS sightings another
 * ship's while the lookup kept one vessel per MMSI, and a designation "from 2099" adds nothing in effect
 * but a record that looks like a designation. Adding vessels (and the first import) is otherwise an
 * admin's to do. The operator at the server's machine imports such a list (`interdict vessels import`,
 * audited under the OS account): a second person and the database's credentials, as for grants.
 */
export function oneAdminRefusal(p: VesselListPreview): string | undefined {
  const why: string[] = [];
  if (p.current !== null && (p.diff.removed.length > 0 || p.diff.changed.length > 0)) {
    const named = [...p.diff.removed, ...p.diff.changed].slice(0, 10).map((v) => `${v.imo} ${v.name}`).join(', ');
    why.push(`drops ${p.diff.removed.length} and changes ${p.diff.changed.length} designated vessel(s) of the list in use (${named})`);
  }
  const { sharedMmsi, futureDesignations } = p.concerns;
  if (sharedMmsi.length > 0) {
    const named = sharedMmsi.slice(0, 10).map((g) => `MMSI ${g.mmsi}: ${g.vessels.map((v) => `${v.imo} ${v.name}`).join(' and ')}`).join('; ');
    why.push(`gives one MMSI to more than one vessel (${named}), so a sighting by that MMSI is either ship`);
  }
  if (futureDesignations.length > 0) {
    const named = futureDesignations.slice(0, 10).map((v) => `${v.imo} ${v.name}, designated ${v.designated}`).join('; ');
    why.push(`adds vessel(s) designated after today (${named}), which are not designated until then`);
  }
  if (why.length === 0) return undefined;
  return `this list ${why.join('; it ')}: one admin alone cannot de-list a vessel or blur a listed vessel's identity. The operator at the server's machine imports it with interdict vessels import FILE (audited); a list that only adds vessels, each with numbers of its own and designated by today, can be imported here`;
}

/**
 * Make `text` the list in use: the one use case, whoever asks (the API, the page, `interdict vessels
 * import`), audited with what it added, changed and dropped. An account over the network: a list that drops
 * or changes a vessel is refused (oneAdminRefusal), and with a list already in use `confirm` must be the
 * preview's (of this text against that list), otherwise 409 naming `confirm` with what it would drop. The
 * operator at the server's machine (`by.operator`) is trusted, as for grants. The same list again changes nothing.
 */
export async function replaceVesselList(driver: SqlDriver, text: string, by: Grantor, confirm: string | undefined, source = 'upload', parsed?: DesignatedVessel[], allowRemovals = false, allowFuture = false): Promise<VesselListOutcome> {
  const { preview: p, list } = await prepare(driver, text, parsed);
  const counts = { added: p.diff.added.length, changedVessels: p.diff.changed.length, removed: p.diff.removed.length };
  if (p.unchanged) return { changed: false, version: p.next.version, vessels: p.next.vessels, ...counts };
  // The operator's list that drops or changes designated vessels is imported only when asked for in so many words
  // (`vessels import --allow-removals`), as `lists load` asks: a list cut short made every vessel it dropped
  // undesignated at once, and check permitted HAO FAN 6 (hostile new user).
  if (by.operator && !allowRemovals && p.current !== null && (counts.removed > 0 || counts.changedVessels > 0)) {
    const named = [...p.diff.removed, ...p.diff.changed].slice(0, 5).map((v) => `${v.imo} ${v.name}`).join(', ');
    throw new InterdictError('VESSELS_REMOVES', `${path.basename(source)} drops ${counts.removed} and changes ${counts.changedVessels} designated vessel(s) of the list in use (${named}${counts.removed + counts.changedVessels > 5 ? ', …' : ''}): nothing was imported; if it is the Committee's own list, import it with --allow-removals`, { field: 'file' });
  }
  // A vessel designated after today is undesignated until then, and the one way such a date reaches a list is a
  // mistyped year: HAO FAN 6 designated 2071 was permitted, exit 0, not a word (hostile new user, H1). The operator
  // imports it only when asked for in so many words, as the service's admin never can (oneAdminRefusal).
  const future = p.concerns.futureDesignations;
  if (by.operator && !allowFuture && future.length > 0) {
    const named = future.slice(0, 5).map((v) => `${v.imo} ${v.name}, designated ${v.designated}`).join('; ');
    throw new InterdictError('VESSELS_FUTURE', `${path.basename(source)} designates ${future.length} vessel(s) after today (${named}${future.length > 5 ? '; …' : ''}), so check would permit them until then: nothing was imported; if the Committee's list does say so, import it with --allow-future`, { field: 'file' });
  }
  const refusal = by.operator ? undefined : oneAdminRefusal(p);
  if (refusal !== undefined) throw new InterdictError('VESSELS_CONFLICT', refusal, { field: 'body' });
  if (!by.operator && p.current !== null && confirm !== p.confirm) {
    // Only a list that adds vessels gets here (a drop, a change or a concern was refused above).
    const what = `${counts.removed} dropped, ${counts.added} added, ${counts.changedVessels} changed`;
    throw new InterdictError('VESSELS_CONFLICT', confirm === undefined
      ? `this replaces the vessels list in use (${p.current.version}): ${what}. Preview it and send it again with its confirm value`
      : `confirm is not the preview of this list against the list in use (${p.current.version}): preview it again`, { field: 'confirm' });
  }
  const r = await storeVesselList(driver, list, source, {
    actor: by.actor, replacing: p.current?.version ?? null,
    detail: { ...(p.current && { replaced: p.current.version }), version: p.next.version, added: counts.added, changed: counts.changedVessels, removed: counts.removed, ...(counts.removed > 0 && { dropped: p.diff.removed.slice(0, 50).map((v) => v.imo) }) },
  });
  return { changed: true, version: r.version, vessels: r.vessels, ...counts };
}

export interface VesselListInUse {
  version: string | null;
  importedAt: string | null;
  source: string | null;
}

/** The list in use: its version and when it was imported (nulls when none was). */
export async function vesselListInUse(driver: SqlDriver): Promise<VesselListInUse> {
  const latest = await latestVesselImport(driver);
  return { version: latest?.version ?? null, importedAt: latest?.importedAt ?? null, source: latest?.source ?? null };
}

/** One page of the list in use, most recently designated first; `q` searches names, IMO and MMSI numbers. */
export async function pageVessels(driver: SqlDriver, q: string | undefined, req: PageRequest): Promise<Page<DesignatedVessel>> {
  const latest = await latestVesselImport(driver);
  if (latest === undefined) return { items: [], total: 0, next: null };
  const where = ['import_id = ?'];
  const params: unknown[] = [latest.id];
  if (q !== undefined && q.trim() !== '') {
    const like = `%${q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push("(LOWER(name) LIKE ? ESCAPE '\\' OR imo LIKE ? ESCAPE '\\' OR COALESCE(mmsi, '') LIKE ? ESCAPE '\\')");
    params.push(like, like, like);
  }
  const total = await driver.all<{ n: unknown }>(`SELECT COUNT(*) AS n FROM designated_vessels WHERE ${where.join(' AND ')}`, params);
  const k = keyset([{ sql: 'designated', kind: 'text' }, { sql: 'imo', kind: 'text' }], req);
  const rows = await driver.all<VesselRow>(
    `SELECT ${VESSEL_COLUMNS} FROM designated_vessels WHERE ${[...where, ...(k.where ? [k.where] : [])].join(' AND ')} ORDER BY ${k.orderBy} LIMIT ?`,
    [...params, ...k.params, req.limit + 1],
  );
  return pageOf(rows, req, Number(total[0]?.n ?? 0), (r) => [r.designated, r.imo], vesselFromRow);
}

/** `interdict vessels import FILE`: the operator at the server's machine, through the one use case (every row checked before the database is opened). */
export async function importVessels(file: string, db: string | undefined, as?: string, allowRemovals = false, allowFuture = false): Promise<VesselListOutcome> {
  const text = await readAllText(file, 'VESSELS_BAD_LIST', 'the vessels list');
  let list: DesignatedVessel[];
  try {
    list = parse(text);
  } catch (e) {
    throw e instanceof InterdictError ? e.at({ file }) : e;
  }
  const driver = await openDatabase(parseDbTarget(db), { access: 'write' });
  try {
    return await replaceVesselList(driver, text, { actor: cliActor(as), operator: true }, undefined, file, list, allowRemovals, allowFuture);
  } finally {
    await driver.close();
  }
}

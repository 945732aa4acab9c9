/** A summary of one list: its version, record counts by regime and kind, IMO numbers, last update. */
import type { ListVersion, UnList } from './model.ts';

export interface KindCounts {
  individuals: number;
  entities: number;
  total: number;
}

export interface ListInfo {
  source: string;
  version: ListVersion;
  byteLength?: number;
  counts: KindCounts;
  /** By UN_LIST_TYPE, regimes sorted by name. */
  byRegime: Record<string, KindCounts>;
  imoNumbers: { total: number; valid: number; invalid: number; records: number };
  /** The latest LAST_DAY_UPDATED of any record, and the latest LISTED_ON. */
  lastUpdated?: string;
  lastListed?: string;
  /** Faults in the UN's own data noticed while loading (see UnList.warnings). */
  warnings: string[];
}

function maxDate(dates: Iterable<string>): string | undefined {
  let max: string | undefined;
  for (const d of dates) if (max === undefined || d > max) max = d;
  return max;
}

export function listInfo(list: UnList): ListInfo {
  const counts: KindCounts = { individuals: 0, entities: 0, total: 0 };
  const byRegime = new Map<string, KindCounts>();
  const imo = { total: 0, valid: 0, invalid: 0, records: 0 };
  for (const r of list.records) {
    let c = byRegime.get(r.regime);
    if (c === undefined) byRegime.set(r.regime, (c = { individuals: 0, entities: 0, total: 0 }));
    for (const k of [c, counts]) {
      if (r.kind === 'person') k.individuals++;
      else k.entities++;
      k.total++;
    }
    if (r.imoNumbers.length > 0) imo.records++;
    for (const n of r.imoNumbers) {
      imo.total++;
      if (n.valid) imo.valid++;
      else imo.invalid++;
    }
  }
  const info: ListInfo = {
    source: list.source,
    version: list.version,
    counts,
    byRegime: Object.fromEntries([...byRegime].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    imoNumbers: imo,
    warnings: [...(list.warnings ?? [])],
  };
  if (list.byteLength !== undefined) info.byteLength = list.byteLength;
  const lastUpdated = maxDate(list.records.flatMap((r) => r.updatedOn));
  if (lastUpdated !== undefined) info.lastUpdated = lastUpdated;
  const lastListed = maxDate(list.records.flatMap((r) => (r.listedOn === undefined ? [] : [r.listedOn])));
  if (lastListed !== undefined) info.lastListed = lastListed;
  return info;
}

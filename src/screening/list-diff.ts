/**
 * What changed between two releases of the UN list. Records are paired by reference number, then (for a
 * record whose reference changed) by DATAID, never by name: names are amended between releases and two
 * listed persons may share one.
 */
import type { ListRecord, ListVersion, UnList } from './un-list/model.ts';

export interface RecordSummary {
  ref: string;
  dataId: string;
  kind: ListRecord['kind'];
  regime: string;
  name: string;
}

export interface FieldChange {
  field: DiffedField;
  before: unknown;
  after: unknown;
}

export interface RecordChange extends RecordSummary {
  changes: FieldChange[];
}

export interface ListDiff {
  from: ListVersion;
  to: ListVersion;
  /** Set when the diff was restricted to one regime (UN_LIST_TYPE). */
  regime?: string;
  added: RecordSummary[];
  removed: RecordSummary[];
  changed: RecordChange[];
}

export interface DiffOptions {
  /** Only records of this regime (on either side), e.g. 'DPRK'. Case-insensitive. */
  regime?: string;
}

/**
 * The fields compared, in the order they are reported, each marked `one` (a single value) or `set` (a list
 * the UN does not order meaningfully: a reordering alone is not an amendment, and absent equals empty).
 */
const FIELD_KINDS = {
  ref: 'one',
  dataId: 'one',
  kind: 'one',
  regime: 'one',
  names: 'set',
  datesOfBirth: 'set',
  dobNotes: 'set',
  placesOfBirth: 'set',
  nationalities: 'set',
  designations: 'set',
  titles: 'set',
  documents: 'set',
  addresses: 'set',
  imoNumbers: 'set',
  gender: 'one',
  listedOn: 'one',
  updatedOn: 'set',
  comments: 'one',
  versionNum: 'one',
} as const satisfies Partial<Record<keyof ListRecord, 'one' | 'set'>>;
export type DiffedField = keyof typeof FIELD_KINDS;
export const DIFFED_FIELDS = Object.keys(FIELD_KINDS) as readonly DiffedField[];

/** JSON with object keys sorted, so equal values always give equal strings. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stable(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

function fingerprint(field: DiffedField, v: unknown): string {
  // An absent optional list and an empty one mean the same thing.
  const set = FIELD_KINDS[field] === 'set';
  if (v === undefined) return set ? '[]' : 'null';
  if (set && Array.isArray(v)) return `[${v.map(stable).sort().join(',')}]`;
  return stable(v);
}

/** One string that changes exactly when `diffLists` would report the record changed (for remembering a
 *  record's state, e.g. which version of it a decision was about). */
export function recordFingerprint(r: ListRecord): string {
  return DIFFED_FIELDS.map((f) => fingerprint(f, r[f])).join('\n');
}

function summarize(r: ListRecord): RecordSummary {
  return { ref: r.ref, dataId: r.dataId, kind: r.kind, regime: r.regime, name: r.names[0]?.full ?? '' };
}

function fieldChanges(a: ListRecord, b: ListRecord): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of DIFFED_FIELDS) {
    if (fingerprint(field, a[field]) !== fingerprint(field, b[field])) {
      out.push({ field, before: a[field] ?? null, after: b[field] ?? null });
    }
  }
  return out;
}

const byRef = (x: { ref: string }, y: { ref: string }): number => (x.ref < y.ref ? -1 : x.ref > y.ref ? 1 : 0);

/** Added, removed and changed records from `old` to `next`, each sorted by reference. */
export function diffLists(old: UnList, next: UnList, options: DiffOptions = {}): ListDiff {
  const regime = options.regime?.toLowerCase();
  const inScope = (r: ListRecord | undefined): boolean => r !== undefined && (regime === undefined || r.regime.toLowerCase() === regime);

  const nextByRef = new Map(next.records.map((r) => [r.ref, r]));
  const nextByDataId = new Map(next.records.map((r) => [r.dataId, r]));
  const paired = new Set<ListRecord>();
  const pairs: [ListRecord, ListRecord][] = [];
  const unpairedOld: ListRecord[] = [];
  for (const r of old.records) {
    const m = nextByRef.get(r.ref);
    if (m !== undefined && !paired.has(m)) {
      pairs.push([r, m]);
      paired.add(m);
    } else unpairedOld.push(r);
  }
  const oldRefs = new Set(old.records.map((r) => r.ref));
  const removed: ListRecord[] = [];
  for (const r of unpairedOld) {
    // Fallback: the same DATAID under a reference the old list did not use is the same record, renumbered.
    const m = nextByDataId.get(r.dataId);
    if (m !== undefined && !paired.has(m) && !oldRefs.has(m.ref)) {
      pairs.push([r, m]);
      paired.add(m);
    } else removed.push(r);
  }
  const added = next.records.filter((r) => !paired.has(r));

  const changed: RecordChange[] = [];
  for (const [a, b] of pairs) {
    if (!inScope(a) && !inScope(b)) continue;
    const changes = fieldChanges(a, b);
    if (changes.length > 0) changed.push({ ...summarize(b), changes });
  }
  const diff: ListDiff = {
    from: old.version,
    to: next.version,
    added: added.filter(inScope).map(summarize).sort(byRef),
    removed: removed.filter(inScope).map(summarize).sort(byRef),
    changed: changed.sort(byRef),
  };
  if (options.regime !== undefined) diff.regime = options.regime;
  return diff;
}

/** References that are new or amended in `diff.to`: the records worth screening again. */
export function changedRefs(diff: ListDiff): Set<string> {
  return new Set([...diff.added.map((r) => r.ref), ...diff.changed.map((r) => r.ref)]);
}

export function isEmptyDiff(diff: ListDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

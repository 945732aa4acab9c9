/**
 * A list 100 times the real one, for throughput and memory: each copy of a record gets its names perturbed
 * (at least one word of every name, and about a third of the others, swapped for words of other records of
 * the same kind; in DPRK person names a syllable swapped for a common one), so the copies are distinct
 * records with realistic names, not duplicates.
 */
import type { ListRecord, UnList } from '../../src/screening/un-list/model.ts';
import { pick } from './rng.ts';

export function syntheticList(list: UnList, factor: number, rand: () => number): UnList {
  const pools: Record<string, string[]> = { person: [], entity: [] };
  for (const r of list.records) for (const n of r.names) pools[r.kind]?.push(...n.full.split(/\s+/).filter((w) => w.length > 1));
  // Syllables of the real DPRK person names, so perturbed Korean names keep the real distribution.
  const syllables = list.records
    .filter((r) => r.regime === 'DPRK' && r.kind === 'person')
    .flatMap((r) => (r.names[0]?.full ?? '').toUpperCase().replace(/['’‘]/g, '').split(/[\s-]+/))
    .filter((s) => s.length > 0);
  const records: ListRecord[] = [...list.records];
  for (let k = 1; k < factor; k++) {
    for (const r of list.records) {
      const pool = pools[r.kind] ?? [];
      const names = r.names.map((n) => {
        const original = n.full.split(/\s+/);
        const forced = Math.floor(rand() * original.length);
        const words = original.map((w, i) => {
          if (i !== forced && rand() >= 0.3) return w;
          if (r.regime === 'DPRK' && r.kind === 'person') {
            const parts = w.split('-');
            const at = Math.floor(rand() * parts.length);
            parts[at] = different(parts[at] ?? '', syllables, rand);
            return parts.join('-');
          }
          return different(w, pool, rand);
        });
        return { full: words.join(' '), kind: n.kind };
      });
      records.push({ ...r, ref: `${r.ref}~${k}`, dataId: `${r.dataId}~${k}`, names });
    }
  }
  return { version: { ...list.version, id: `${list.version.id}x${factor}` }, source: 'synthetic', records };
}

/** A draw from the pool that differs from `current` (case and apostrophes aside): a copy must not repeat it. */
function different(current: string, pool: readonly string[], rand: () => number): string {
  const norm = (x: string): string => x.toUpperCase().replace(/['’‘]/g, '');
  for (let i = 0; i < 20; i++) {
    const next = pick(rand, pool);
    if (norm(next) !== norm(current)) return next;
  }
  return `${current}X`;
}

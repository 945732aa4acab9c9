/**
 * One typing error in a listed entity's name: every one-letter variant (a letter dropped, doubled, two
 * swapped, a neighbouring key struck: `everyTypo`) of each letter word of each DPRK-regime entity's primary
 * name, screened with korean-v3 at the default thresholds; counts the variants where the record is not
 * found in any band, and those not found as a match. Prints the misses with `--misses`.
 *   node --import tsx bench/screening/entity-typos.ts [--misses]
 */
import { buildIndex, screenName } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import type { UnList } from '../../src/screening/un-list/model.ts';
import { everyTypo, type TypoKind } from './typos.ts';

export interface EntityTypo { q: string; ref: string; kind: TypoKind; from: string; token: string }

/** Every one-letter variant of the primary names of the list's DPRK-regime entities. */
export function entityTypos(list: UnList): EntityTypo[] {
  const out: EntityTypo[] = [];
  for (const r of list.records) {
    if (r.regime !== 'DPRK' || r.kind !== 'entity') continue;
    const name = r.names.find((n) => n.kind === 'primary')?.full;
    if (name === undefined) continue;
    const words = name.split(/([^A-Za-z]+)/);
    words.forEach((w, at) => {
      if (!/^[A-Za-z]+$/.test(w)) return;
      for (const t of everyTypo(w.toLowerCase())) {
        const cased = w === w.toUpperCase() ? t.token.toUpperCase() : t.token.charAt(0).toUpperCase() + t.token.slice(1);
        out.push({ q: [...words.slice(0, at), cased, ...words.slice(at + 1)].join(''), ref: r.ref, kind: t.kind, from: w.toLowerCase(), token: t.token });
      }
    });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const list = loadUnList();
  // The whole bundled list, as `screen` and `check` see it: other regimes' words change how a mistyped
  // word is cut (COPORATION into co po ra ti on).
  const index = buildIndex(process.argv.includes('--dprk-only') ? { ...list, records: list.records.filter((r) => r.regime === 'DPRK') } : list, 'korean-v3');
  const queries = entityTypos(list);
  const names = new Set(queries.map((q) => q.ref)).size;
  let none = 0;
  let notMatch = 0;
  const t0 = performance.now();
  for (const x of queries) {
    const hit = screenName(index, { name: x.q }).find((m) => m.ref === x.ref);
    if (hit === undefined) none++;
    if (hit?.band !== 'match') notMatch++;
    if (hit === undefined && process.argv.includes('--misses')) console.log(`  none   ${x.q}  (${x.from} → ${x.token}, ${x.kind})`);
    else if (hit?.band === 'possible' && process.argv.includes('--possible')) console.log(`  poss   ${x.q}  ${hit.score.toFixed(3)}`);
  }
  const ms = performance.now() - t0;
  const pc = (n: number): string => `${((n / queries.length) * 100).toFixed(1)} %`;
  console.log(`entity names ${names}, one-letter variants ${queries.length}: no result ${none} (${pc(none)}), not a match ${notMatch} (${pc(notMatch)}); ${(queries.length / (ms / 1000)).toFixed(0)} queries/s`);
}

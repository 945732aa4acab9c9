/**
 * Random negatives of the world (world-negatives.ts) screened as the product screens: korean-v3 over the
 * WHOLE bundled list, default bands. Prints each nationality's (or kind of company's) match and possible
 * shares; `--show` lists every name that came back, with its best record; `--seed N`, `--per N` change the
 * draw; `--review X` screens at another review threshold.
 *
 *   node --import tsx bench/screening/world-negatives-run.ts [--show] [--seed N] [--per N] [--review 0.7]
 */
import { buildIndex, screenName } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import { seededRandom } from './rng.ts';
import { allKinds, tallyByKind, WORLD_PER_KIND, WORLD_SEED, worldNegatives } from './world-negatives.ts';

const arg = (flag: string, dflt: number): number => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const full = loadUnList();
const index = buildIndex(full, 'korean-v3');
const queries = worldNegatives(full.records.flatMap((r) => r.names.map((x) => x.full)), seededRandom(arg('--seed', WORLD_SEED)), arg('--per', WORLD_PER_KIND));
const review = process.argv.includes('--review') ? arg('--review', 0.6) : undefined;
const shown: string[] = [];
const screen = (name: string) => screenName(index, { name }, review === undefined ? {} : { reviewThreshold: review });
const byKind = tallyByKind(queries, screen, (kind, name) => {
  const best = screen(name)[0];
  if (best !== undefined) shown.push(`  ${kind.padEnd(26)} ${name.padEnd(40)} ${best.band.padEnd(8)} ${best.score.toFixed(3)} ${best.ref} ${best.name}`);
});
const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`.padStart(7);
console.log(`random negatives of the world: ${queries.length} names, korean-v3 over the whole list (${full.records.length} records)${review === undefined ? '' : `, review threshold ${review}`}`);
console.log(`  ${'kind'.padEnd(26)}  names    match  possible`);
for (const [kind, t] of [...byKind, ['all', allKinds(byKind)] as const]) console.log(`  ${kind.padEnd(26)} ${String(t.n).padStart(6)} ${pct(t.match, t.n)} ${pct(t.possible, t.n)}`);
if (process.argv.includes('--show')) console.log(shown.join('\n'));

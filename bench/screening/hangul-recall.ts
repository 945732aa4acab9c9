/**
 * Listed bodies and persons in Hangul, and South Korean names beside them (security review 16, R16-3): how
 * many korean-v3 finds (the listed record among its results, any band), and how many innocent names it
 * reports as a match or as possible. `npx tsx bench/screening/hangul-recall.ts`
 */
import { buildIndex, screenName } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import { HANGUL_ENTITIES, HANGUL_INNOCENTS, HANGUL_PERSONS } from '../../test/support/hangul-names.ts';

const v3 = buildIndex(loadUnList(), 'korean-v3');
for (const [label, set] of [['entities', HANGUL_ENTITIES], ['persons', HANGUL_PERSONS]] as const) {
  const found = set.map(([name, ref]) => screenName(v3, { name }).find((m) => m.ref === ref));
  const missed = set.filter((_, i) => found[i] === undefined);
  const matches = found.filter((m) => m?.band === 'match').length;
  const refs = new Set(set.map(([, ref]) => ref)).size;
  console.log(`${label}: ${set.length - missed.length}/${set.length} found (${matches} match, ${set.length - missed.length - matches} possible; ${refs} listed records); missed: ${missed.map(([n]) => n).join(' ')}`);
}
for (const country of [undefined, 'KR']) {
  const bands = HANGUL_INNOCENTS.map((name) => ({ name, m: screenName(v3, { name, ...(country !== undefined && { country }) }) }));
  const match = bands.filter((b) => b.m.some((m) => m.band === 'match'));
  const possible = bands.filter((b) => !b.m.some((m) => m.band === 'match') && b.m.length > 0);
  console.log(`innocents${country !== undefined ? ` (country ${country})` : ''}: ${HANGUL_INNOCENTS.length}, match ${match.length} [${match.map((b) => `${b.name}->${b.m[0]!.name}`).join(', ')}], possible ${possible.length} [${possible.map((b) => `${b.name}->${b.m[0]!.name}`).join(', ')}]`);
}

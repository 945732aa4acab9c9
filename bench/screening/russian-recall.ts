/**
 * Listed DPRK persons and bodies as Russian documents write them in Latin letters (security review 18,
 * R18-5; the set: russian-forms.ts): how many korean-v3 finds (the listed record in either band, and as a
 * match), by kind and transliteration scheme, and the misses. `npx tsx bench/screening/russian-recall.ts`
 */
import { buildIndex, screenName } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import { HANGUL_PERSONS } from '../../test/support/hangul-names.ts';
import { russianQueries } from './russian-forms.ts';

const v3 = buildIndex(loadUnList(), 'korean-v3');
const queries = russianQueries(HANGUL_PERSONS);
const rows = new Map<string, { n: number; any: number; match: number; missed: string[] }>();
for (const { q, ref, kind, scheme } of queries) {
  const m = screenName(v3, { name: q }).find((x) => x.ref === ref);
  for (const key of [kind, `${kind} ${scheme}`]) {
    const r = rows.get(key) ?? { n: 0, any: 0, match: 0, missed: [] };
    r.n++;
    if (m !== undefined) r.any++;
    if (m?.band === 'match') r.match++;
    if (m === undefined && key === kind) r.missed.push(q);
    rows.set(key, r);
  }
}
for (const [key, r] of rows) console.log(`${key.padEnd(16)} ${r.any}/${r.n} found (${(100 * r.any / r.n).toFixed(1)} %), ${r.match} as match${r.missed.length > 0 ? `\n  missed: ${r.missed.join('; ')}` : ''}`);

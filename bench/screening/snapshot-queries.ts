/**
 * The fixed queries of the score snapshots (test/fixtures/screening-*-snapshot.json): romanization
 * variants, typing errors, one-syllable-different names, Hangul, entity names with suffixes, with and
 * without a date of birth. Drawn from the bundled list with a fixed seed, so the set never changes.
 */
import type { ScreeningQuery } from '../../src/screening/index.ts';
import type { UnList } from '../../src/screening/un-list/model.ts';
import { negatives, variantChecker } from './negatives.ts';
import { pick, seededRandom } from './rng.ts';
import { TYPO_KINDS, typo } from './typos.ts';
import { hangulVariant, nameParts, romanVariant, type NameParts } from './variants.ts';

const SEED = 7;
const SUFFIXES = [', Pyongyang branch', ' Beijing office', ' Co., Ltd.', ' LLC', ', Dandong representative office', ' (Nampo office)'];

export function snapshotQueries(list: UnList): ScreeningQuery[] {
  const rand = seededRandom(SEED);
  const dprk = list.records.filter((r) => r.regime === 'DPRK');
  const people: NameParts[] = [];
  const out: ScreeningQuery[] = [];
  for (const r of dprk) {
    const primary = r.names[0];
    if (primary === undefined) continue;
    if (r.kind === 'entity') {
      out.push({ name: primary.full });
      out.push({ name: `${primary.full}${pick(rand, SUFFIXES)}` });
      continue;
    }
    const parts = primary.parts !== undefined ? nameParts(primary.parts) : undefined;
    if (parts === undefined) continue;
    people.push(parts);
    out.push({ name: romanVariant(parts, rand) });
    const dob = r.datesOfBirth[0];
    if (dob !== undefined && dob.precision === 'exact') out.push({ name: romanVariant(parts, rand), dob: String(Number(dob.date.slice(0, 4)) + (rand() < 0.5 ? 0 : 3)) });
    const tokens = [parts.family, ...parts.given];
    const at = Math.floor(rand() * tokens.length);
    const t = typo(tokens[at] as string, pick(rand, TYPO_KINDS), rand);
    if (t !== undefined) out.push({ name: tokens.map((x, i) => (i === at ? t : x)).join(' ').toUpperCase() });
    if (rand() < 0.3) {
      const h = hangulVariant(parts);
      if (h !== undefined) out.push({ name: h });
    }
  }
  const isVariant = variantChecker(dprk.flatMap((r) => r.names.map((n) => n.full)));
  for (const name of negatives(people, isVariant, rand, 80)) out.push({ name });
  return out;
}

/**
 * The matcher versions side by side. INVARIANT: a profile's behaviour never changes once results are
 * stored under its name; a change becomes a new version beside it (korean-v1 is pinned by a score snapshot).
 */
export type Algorithm = 'korean-v1' | 'korean-v2';
export const ALGORITHMS: readonly Algorithm[] = ['korean-v1', 'korean-v2'];

export interface MatcherProfile {
  algorithm: Algorithm;
  /** v1: the initial sound rule on every syllable. v2: only on the first syllable of the family name and
   *  of the given name (Korean does not apply it inside a given name: 철룡 is Cheollyong, not Cheolyong). */
  initialRuleEverywhere: boolean;
  /** v2: a query token that is no Korean syllable run is corrected to the nearest ones (a typing error). */
  correctTypos: boolean;
  /** v2: a branch, office, place or legal form added to a listed entity's name does not dilute the match;
   *  a listed name of generic words only needs corroboration. */
  entityQualifiers: boolean;
  /** v2: a contradicting year of birth alone weighs less than a contradicting full date. */
  yearContradictsLess: boolean;
}

export const PROFILES: Readonly<Record<Algorithm, MatcherProfile>> = {
  'korean-v1': { algorithm: 'korean-v1', initialRuleEverywhere: true, correctTypos: false, entityQualifiers: false, yearContradictsLess: false },
  'korean-v2': { algorithm: 'korean-v2', initialRuleEverywhere: false, correctTypos: true, entityQualifiers: true, yearContradictsLess: true },
};

export function isAlgorithm(x: string): x is Algorithm {
  return (ALGORITHMS as readonly string[]).includes(x);
}

export function profileOf(algorithm: string): MatcherProfile {
  if (!isAlgorithm(algorithm)) throw new Error(`unknown matcher ${algorithm}`);
  return PROFILES[algorithm];
}

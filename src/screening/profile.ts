/**
 * The matcher versions side by side. INVARIANT: a profile's behaviour never changes once results are
 * stored under its name; a change becomes a new version beside it (korean-v1 and korean-v2 are pinned by
 * score snapshots).
 */
export type Algorithm = 'korean-v1' | 'korean-v2' | 'korean-v3';
export const ALGORITHMS: readonly Algorithm[] = ['korean-v1', 'korean-v2', 'korean-v3'];

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
  /** v3: entity names as documents write them: abbreviations (Dev., Mgmt, Bkg), dotted initialisms
   *  (D.C.B.), joined and split words, the DPRK's and Hong Kong's names in their forms; a short initialism
   *  matches only exactly; a bracketed place is no name of its own, in listed names too. */
  entityVocabulary: boolean;
  /** v3: generic words alone never make a full match (a listed name naming the DPRK needs the query to name
   *  it too); a different line of business beside one shared name is at most possible; a country that
   *  contradicts a listed entity's counts against it. */
  strictEntities: boolean;
  /** v3: results between the review threshold and the match threshold are reported as `possible` by
   *  default (earlier versions report matches only unless a review threshold is asked for). */
  reviewBand: boolean;
  /** v3: a token that reads as Korean but holds a doubled letter (Jiin, Naam, Goon), or a family name
   *  written the English way with a typing error (Dohn, Rhe), is also read through its correction; a
   *  mistyped token also with a vowel dropped between two consonants put back (Mnil as Munil). */
  readableTypos: boolean;
}

export const PROFILES: Readonly<Record<Algorithm, MatcherProfile>> = {
  'korean-v1': {
    algorithm: 'korean-v1', initialRuleEverywhere: true, correctTypos: false, entityQualifiers: false, yearContradictsLess: false,
    entityVocabulary: false, strictEntities: false, readableTypos: false, reviewBand: false,
  },
  'korean-v2': {
    algorithm: 'korean-v2', initialRuleEverywhere: false, correctTypos: true, entityQualifiers: true, yearContradictsLess: true,
    entityVocabulary: false, strictEntities: false, readableTypos: false, reviewBand: false,
  },
  'korean-v3': {
    algorithm: 'korean-v3', initialRuleEverywhere: false, correctTypos: true, entityQualifiers: true, yearContradictsLess: true,
    entityVocabulary: true, strictEntities: true, readableTypos: true, reviewBand: true,
  },
};

export function isAlgorithm(x: string): x is Algorithm {
  return (ALGORITHMS as readonly string[]).includes(x);
}

export function profileOf(algorithm: string): MatcherProfile {
  if (!isAlgorithm(algorithm)) throw new Error(`unknown matcher ${algorithm}`);
  return PROFILES[algorithm];
}

/**
 * Whether a folded word tells one name from another: not a common word of organisation names (Ministry,
 * National, Trading, Coal), a legal form, a filler, a place, or a country's name. A part of a party string,
 * or a listed name looked for in free text, that has none is anyone's ("Trading General Corporation").
 */
import { nationalityKey } from './countries.ts';
import { isOrganisationWord } from './entity-vocabulary.ts';
import { isCommonWord, isDprkWord } from './generic-entity.ts';
import { isQualifierWord, isWeakWord } from './weak-words.ts';

export function isDistinctiveWord(w: string): boolean {
  if (w.length < 2 || isDprkWord(w) || isCommonWord(w) || isWeakWord(w) || isQualifierWord(w) || isOrganisationWord(w)) return false;
  const country = nationalityKey(w);
  return country === undefined || country === w;
}

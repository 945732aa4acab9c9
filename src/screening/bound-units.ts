/**
 * The unit count recall's bound reads for a listed name (security review 17, H17-9). The name score is a
 * weighted Dice coefficient, and a listed name's light words (SHIPPING, a legal form) and its places
 * (HONGKONG, SHANGHAI: discounted when the query lacks them) weigh little or nothing in it, yet each is a
 * recall unit: counting them made recall drop HUAXIN SHIPPING HONGKONG LTD for "Huaxin", which scores 0.741.
 * And a query word of one unit may match a listed word of several syllable units, weighing three times
 * as much (Mohamed against JAFAR MOHAMMADI: 0.72). So the bound counts the name's full-weight words that
 * are no place, one each (fewer than their units), the fewest over its variants.
 */
import type { NameForm } from './name-form.ts';
import { recallUnits } from './name-keys.ts';
import { listedPlace } from './variant-weights.ts';

/** A word that weighs in full whatever the query holds: not light, and no place the discount may take. */
const full = (w: NameForm['words'][number]): boolean => w.weight >= 1 && !listedPlace(w);

export function boundUnitCount(form: Pick<NameForm, 'units' | 'variants'>, organisational: boolean): number {
  let n = form.units.length;
  for (const v of form.variants) {
    const kept = v.words.filter(full);
    n = Math.min(n, kept.length, recallUnits(kept, organisational).length);
  }
  return Math.max(1, n);
}

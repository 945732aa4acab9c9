/**
 * Barrels per tonne by petroleum product, to convert a tonnage report the way the Committee does: by
 * product (docs/regime.md §3, after BP's statistical conversion tables; the Committee's own page cites LPG
 * at 11.6). The product is read from the goods line (HS 2711.12/.13/.19 or product kind lpg are LPG; otherwise the
 * description's words, in the sense they have there: src/law/word-senses.ts); a line that names no product falls back to the commodity's default factor,
 * and the conversion says which it used and why.
 */
import { DEFAULT_BARRELS_PER_TONNE } from './cap-period.ts';
import type { CappedCommodity } from './capped-commodity.ts';
import { readDescription } from './word-senses.ts';

export interface ProductFactor {
  /** Barrels per tonne. */
  factor: number;
  /** What the factor is, for the sentence that shows the conversion ("the gas/diesel oil factor"). */
  why: string;
}

interface Entry extends ProductFactor {
  words: RegExp;
}

const word = (alternatives: string): RegExp => new RegExp(`(?:^|[^a-z0-9])(?:${alternatives})(?![a-z0-9])`);

/** First match wins: the more specific products come before the words they contain ("fuel oil"). */
const REFINED: readonly Entry[] = [
  { factor: 11.6, why: 'the LPG factor', words: word('lpg|lp[ -]gas|liquefied petroleum gas(?:es)?|liquid petroleum gas(?:es)?|propane|butanes?|isobutane|autogas') },
  { factor: 8.9, why: 'the naphtha factor', words: word('naphtha') },
  { factor: 7.9, why: 'the kerosene and jet fuel factor', words: word('kerosene|kerosine|jet fuel|jet a|jet a-1|jet-a1|jet-a') },
  { factor: 8.5, why: 'the gasoline factor', words: word('gasoline|petrol|motor spirit') },
  { factor: 7.5, why: 'the gas/diesel oil factor', words: word('diesel|gas oil|gasoil|heating oil') },
  { factor: 6.7, why: 'the residual fuel oil factor', words: word('fuel oil|residual fuel|heavy fuel oil|mazut|bunker fuel') },
];

/** HS subheadings that name a product on their own (liquefied propane, butanes and other LPG: 2711.12, .13, .19). */
const LPG_HS = /^2711(?:12|13|19)/;

const DEFAULTS: Record<CappedCommodity, ProductFactor> = {
  'refined-petroleum': { factor: DEFAULT_BARRELS_PER_TONNE['refined-petroleum'], why: 'the default refined-petroleum factor, as the line names no product (diesel, gasoline, LPG, ...)' },
  'crude-oil': { factor: DEFAULT_BARRELS_PER_TONNE['crude-oil'], why: 'the crude oil factor' },
};

/**
 * The factor for one line of `commodity`: by HS digits (already parsed, may be undefined) and the
 * lower-cased description. Crude oil has one factor.
 */
export function barrelsPerTonne(commodity: CappedCommodity, hsDigits: string | undefined, description: string | undefined, product?: string): ProductFactor {
  if (commodity !== 'refined-petroleum') return DEFAULTS[commodity];
  if ((hsDigits !== undefined && LPG_HS.test(hsDigits)) || product === 'lpg') return REFINED[0]!;
  if (description !== undefined) {
    // Read as the measures read it: the "diesel" of a "diesel generator" names no product.
    const d = readDescription(description);
    for (const e of REFINED) if (e.words.test(d)) return e;
  }
  return DEFAULTS[commodity];
}

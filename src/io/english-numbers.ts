/**
 * Numbers and ordinals as English words: the one table the readers of numbers written as words share (a ship's
 * name, free text, a party's name).
 */

export const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
export const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] as const;
export const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
export const UNIT_ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'] as const;
export const TEEN_ORDINALS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'] as const;
export const TEN_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'] as const;

/** ONE … TWENTY in capitals, with their digits (the numbers ship names carry). */
export const CARDINALS_TO_TWENTY: ReadonlyMap<string, string> = new Map(
  [...UNITS.slice(1), ...TEENS, TENS[2]].map((w, i) => [w.toUpperCase(), String(i + 1)] as const),
);
/** FIRST … TWENTIETH in capitals, with their digits. */
export const ORDINALS_TO_TWENTY: ReadonlyMap<string, string> = new Map(
  [...UNIT_ORDINALS.slice(1), ...TEEN_ORDINALS, TEN_ORDINALS[2]].map((w, i) => [w.toUpperCase(), String(i + 1)] as const),
);

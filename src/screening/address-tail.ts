/**
 * korean-v3 queries: a name followed by its address, as invoices and payment messages write it (hostile
 * review U-1: "Ocean Maritime Management Co Ltd, Dongheung-dong Changgwang Street", "Pro-Gain Group
 * Corporation c/o Sinhung-dong Street 3"). The address's words drown a short name (and a street named like a
 * listed bank draws the candidates away). This reading is the name before the first part, set off by a comma
 * or c/o, that reads as an address; screened beside the name as written.
 */

/** Parts of a party string: a comma, semicolon, c/o or care of sets them apart. */
const SEPARATOR = /\s*[,;]\s*|\s+(?:c\/o|c\.o\.|care\s+of|℅)\s+/iu;
/** Words of an address: a Korean place's suffix (-dong, -ri, -gu ...), a street, a district, a number. */
const ADDRESS = new RegExp([
  String.raw`\p{L}+-(?:dong|ri|gu|guyok|kuyok|ku|kun|gun|si|up|ub|eup|myon|myeon|ga)\b`,
  String.raw`\b(?:street|st|road|rd|avenue|ave|lane|district|ward|block|building|bldg|floor|fl|room|rm|suite|tower|plaza|village|province|county|city|po|box|zip|postcode|pyongyang|dong|ri|gu|guyok)\b`,
  String.raw`\b(?:no\.?\s*)?\d+\b`, String.raw`#\s*\d`,
].join('|'), 'iu');

/** The name before its address, or undefined when no part after the first reads as one. */
export function nameBeforeAddress(text: string): string | undefined {
  const parts = text.split(SEPARATOR);
  if (parts.length < 2) return undefined;
  for (let k = 1; k < parts.length; k++) {
    if (!ADDRESS.test(parts[k] ?? '')) continue;
    const name = parts.slice(0, k).join(' ').trim();
    // A lone short word (a family name before "Yong Sik 1970") is too little to be screened alone.
    return /\p{L}{4,}|\p{L}+\s+\p{L}+/u.test(name) ? name : undefined;
  }
  return undefined;
}

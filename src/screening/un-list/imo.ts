/**
 * The IMO numbers a UN list comment quotes, each checked by its kind's check digit (src/geo/imo.ts, the
 * one check of each kind). Every company number in the real DPRK entries verifies with the company
 * scheme, and all but one fail the ship scheme (see docs/un-list.md).
 */
import { isValidCompanyImo, isValidShipImo } from '../../geo/imo.ts';
import type { ImoNumber } from './model.ts';

// "IMO Number: 5342883", "IMO number: 5571322", "Company Number IMO 5434358",
// "International Maritime Organization (IMO) Number: 1790183".
const IMO_IN_TEXT = /\bIMO\b[^0-9]{0,30}?\b(\d{7})\b/g;

/**
 * The IMO numbers quoted in a comment. On an entity they are the company's own number (the UN list
 * holds no vessels: the 1718 Committee keeps those separately), so they are checked as company numbers;
 * on an individual (none so far) as ship numbers.
 */
export function findImoNumbers(comment: string | undefined, kind: 'ship' | 'company'): ImoNumber[] {
  if (comment === undefined) return [];
  const seen = new Set<string>();
  const out: ImoNumber[] = [];
  for (const m of comment.matchAll(IMO_IN_TEXT)) {
    const number = m[1]!;
    if (seen.has(number)) continue;
    seen.add(number);
    const valid = kind === 'company' ? isValidCompanyImo(number) : isValidShipImo(number);
    out.push({ number, kind, valid });
  }
  return out;
}

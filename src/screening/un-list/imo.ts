/**
 * IMO numbers. Ships carry a 7-digit IMO number whose last digit checks the first six (weights 7..2,
 * sum mod 10). Companies and registered owners carry an IMO "company and registered owner
 * identification number" (the IHS scheme) with a different check: weights 8,6,4,2,9,7 on the first six
 * digits, check = (11 - sum mod 11) mod 10. Every company number in the real DPRK entries verifies
 * with the company scheme, and all but one fail the ship scheme (see docs/un-list.md).
 */
import type { ImoNumber } from './model.ts';

function digits(n: string): number[] | undefined {
  return /^\d{7}$/.test(n) ? [...n].map(Number) : undefined;
}

/** Ship IMO check digit: sum of the first six digits weighted 7,6,5,4,3,2; last digit = sum mod 10. */
export function isValidShipImo(n: string): boolean {
  const d = digits(n);
  if (d === undefined) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (d[i] ?? 0) * (7 - i);
  return sum % 10 === d[6];
}

const COMPANY_WEIGHTS = [8, 6, 4, 2, 9, 7] as const;

/** Company / registered owner IMO check digit: weights 8,6,4,2,9,7; check = (11 - sum mod 11) mod 10. */
export function isValidCompanyImo(n: string): boolean {
  const d = digits(n);
  if (d === undefined) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (d[i] ?? 0) * COMPANY_WEIGHTS[i]!;
  return (11 - (sum % 11)) % 10 === d[6];
}

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

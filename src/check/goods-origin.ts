/**
 * Where a goods line's goods come from when that differs from the country they are shipped from (Rajin
 * transit coal of Russian origin leaves the DPRK): `goods[i].origin`, else what the description says
 * ("Russian-origin coal", "coal of non-DPRK origin", "DPRK anthracite", "coal from the DPRK"). A description
 * that names no origin says nothing.
 */
import type { GoodsLine } from './transaction.ts';

const DPRK_WORDS = new Set(['dprk', 'north korean', 'north-korean', 'korean', 'kp']);
const ORIGIN = /(?:^|[^a-z0-9])(?:of\s+)?(non-dprk|non-north[- ]korean|not of dprk|north[- ]korean|south[- ]korean|[a-z]+)[- ]origin(?![a-z0-9])/;
/** "DPRK anthracite", "North Korean coal" (the goods named by their country first), "coal from the DPRK", "made in North Korea". */
const DPRK_MADE = /^(?:dprk|north[- ]korean)\s+[a-z]|(?:^|[^a-z])(?<!not )(?:from|made in|produced in|mined in|manufactured in|caught in) (?:the )?(?:dprk|north korea)(?![a-z])/;

/** The line's country of origin: an ISO code, "KP", "non-KP" (a description that rules the DPRK out) or undefined. */
export function originOf(line: GoodsLine): string | undefined {
  if (line.origin !== undefined) return line.origin;
  const d = line.description?.toLowerCase();
  if (d === undefined) return undefined;
  const m = ORIGIN.exec(d);
  if (!m) return DPRK_MADE.test(d) ? 'KP' : undefined;
  const word = m[1]!;
  if (word === 'non-dprk' || word.startsWith('non-north') || word === 'not of dprk') return 'non-KP';
  return DPRK_WORDS.has(word) ? 'KP' : 'non-KP';
}

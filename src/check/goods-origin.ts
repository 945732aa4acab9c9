/**
 * Where a goods line's goods come from when that differs from the country they are shipped from (Rajin
 * transit coal of Russian origin leaves the DPRK): `goods[i].origin`, else what the description says
 * ("Russian-origin coal", "coal of non-DPRK origin", "DPRK anthracite", "coal from the DPRK", "origin: DPR
 * Korea", "country of origin KP", "朝鲜产"). The DPRK is recognised by every name `dprk-names.ts` reads. A
 * description that names no origin says nothing.
 */
import { DPRK_NAME, DPRK_NAME_OR_CODE, DPRK_PLACE, foldText, throughDprk } from './dprk-names.ts';
import { namesOtherCountry } from './origin-words.ts';
import type { GoodsLine } from './transaction.ts';

const NAME = DPRK_NAME_OR_CODE;
/** "non-DPRK origin", "not of DPR Korea origin", "coal of non-North Korean origin": the DPRK ruled out. */
const DENIED = new RegExp(`(?:non-? ?|not (?:of |from )?(?:the )?)${NAME}[- ]?(?:[a-z]+ )?origin(?![a-z0-9])`);
/** "DPR Korea origin", "of D.P.R.K. origin", "PRK-origin", "origin: DPRK", "country of origin KP", "原产地: 朝鲜". */
const KP_ORIGIN = new RegExp(`(?<!non-? ?|not (?:of )?(?:the )?)${NAME}[- ]?origin(?![a-z0-9])|(?<![a-z0-9])(?:country of )?origin(?: is)? ?[:=-]? ?(?:the )?${NAME}|(?:原[产產]地|[产產]地|원산지) ?:? ?${NAME}|${NAME} ?(?:原[产產]|[产產]|制造|製造|원산지|산)`);
/**
 * A DPRK port, city or mining town as the place of origin: "origin Nampo", "origin: Pyongyang", "of Wonsan
 * origin", "Musan-origin", "mined in Anju", "sewn in Sinuiju" (hostile-user test, H1).
 */
const KP_PLACE_ORIGIN = new RegExp(`(?<![a-z0-9])(?:country |place )?of origin(?: is)? ?[:=-]? ?(?:the )?(?:(?:port|city|county) of )?${DPRK_PLACE}|(?<![a-z0-9])origin(?: is)? ?[:=-]? ?(?:the )?(?:(?:port|city|county) of )?${DPRK_PLACE}|${DPRK_PLACE}[- ]?origin(?![a-z0-9])|(?<![a-z])(?<!not )(?:made|produced|manufactured|mined|caught|grown|sewn|assembled|processed) (?:in|at|near) (?:the )?${DPRK_PLACE}`);
const ORIGIN = /(?:^|[^a-z0-9])(?:of\s+)?(south[- ]korean|sri lankan|hong kong|viet nam|south african|[a-z]+)[- ]origin(?![a-z0-9])/;
/** Words before "origin" that name the DPRK in the generic reading ("Korean origin" has long read as the DPRK). */
const DPRK_WORDS = new Set(['korean']);
/** "DPRK anthracite", "North Korean coal" (the goods named by their country first, by name: "KP" there is no code), "coal from the DPRK", "made in North Korea". */
const DPRK_MADE = new RegExp(`^${DPRK_NAME} [a-z]|(?<![a-z])(?<!not )(?:from|made in|produced in|mined in|manufactured in|caught in) (?:the )?${NAME}`);

/** The line's country of origin: an ISO code, "KP", "non-KP" (a description that rules the DPRK out) or undefined. */
export function originOf(line: GoodsLine): string | undefined {
  if (line.origin !== undefined) return line.origin;
  if (line.description === undefined) return undefined;
  const d = foldText(line.description);
  if (DENIED.test(d)) return 'non-KP';
  if (KP_ORIGIN.test(d) || KP_PLACE_ORIGIN.test(d)) return 'KP';
  const m = ORIGIN.exec(d);
  if (!m) return DPRK_MADE.test(d) ? 'KP' : undefined;
  if (DPRK_WORDS.has(m[1]!)) return 'KP';
  // Only a word naming another country rules the DPRK out: "coal origin …" names no country (the goods first).
  if (namesOtherCountry(m[1]!.replace('-', ' '))) return 'non-KP';
  return DPRK_MADE.test(d) ? 'KP' : undefined;
}

/**
 * Whether a line's goods leave the DPRK whatever country they are shipped from: goods of DPRK origin, or
 * goods of a stated other origin the description (or the purpose, `purposeThrough`) says pass through a
 * DPRK port or city ("Russian-origin coal transshipped via Rajin", "shipped from Nampo"): an export from
 * the DPRK's territory, which 2371 para 8 reaches and excepts only for non-DPRK coal through Rajin with
 * advance notice.
 */
export function leavesDprk(line: GoodsLine, purposeThrough: boolean): boolean {
  const origin = originOf(line);
  if (origin === 'KP') return true;
  // Without an origin, a DPRK place in the text is a DPRK link (review, dprk-link.ts), not yet an export.
  if (origin === undefined) return false;
  return purposeThrough || (line.description !== undefined && throughDprk(foldText(line.description)) !== undefined);
}

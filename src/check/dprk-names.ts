/**
 * How free text names the DPRK, read in one place for the two readers of it: a DPRK link (`dprk-link.ts`,
 * which only ever moves an answer toward review) and a goods line's origin (`goods-origin.ts`). Documents
 * name the country in many ways, and a reader that knows only "DPRK" and "North Korea" lets "origin DPR
 * Korea" pass as if the DPRK were not named:
 *  - the UN's and ISO's names and codes: DPR Korea, D.P.R. Korea, D.P.R.K., D P R K, DPRK, Korea DPR, "Korea,
 *    Dem. People's Rep.", the country lists' "Korea, North" and "Korea (North)", N. Korea, the full name (any
 *    apostrophe), PRK (alpha-3) as a word, and KP (alpha-2) only where it stands as a code ("origin: KP", "country of origin KP", "made in KP", "KP-origin"), never inside a word;
 *  - Korean (조선, 조선민주주의인민공화국, 북한, 북조선) and Chinese (朝鲜, 北韩, the full name) names;
 *  - the McCune-Reischauer and Revised romanisations of Chosŏn (Choson, Joseon), not the dynasty;
 *  - DPRK ports and cities (Nampo, Wonsan, Chongjin, Hungnam, Rajin, Hyesan, Sariwon, …): a link, not an origin.
 * "Korea" alone, "Korean", "South Korea", "Republic of Korea", "KOREA, REP.", "Korea, South" and "S. Korea" name
 * no DPRK here. The text is read as it shows: a name split by an invisible character or spelt with a Cyrillic or
 * Greek look-alike letter is the name (`foldText`).
 */

import { showLetters, unmaskLookAlikes } from '../io/look-alikes.ts';

/** Stretching letters (Arabic tatweel, N'Ko lajanyalan) lengthen a word from inside it: dropped, not a break. */
const STRETCHING = /[\u0640\u07fa]/g;

/**
 * Text as these readers compare it, folded once: text as it shows (`showLetters`: invisible format characters
 * removed, the Hangul fillers and other letters that show as blank or as marks read as a space: "DPR\u2060K" is
 * DPRK, "North\u3164Korea" North Korea), stretching letters dropped; Unicode NFKC (full-width letters,
 * compatibility forms), lower case, every apostrophe (’ ‘ ʼ ′ ` ´) to ', every hyphen and dash to -, the
 * McCune-Reischauer breves (ŏ ŭ) to plain vowels, runs of white space to one space; a word of Latin letters and
 * look-alikes ("DPRК" with a Cyrillic К) read as the Latin word it shows (in its own case, before the lower case).
 */
export function foldText(text: string): string {
  // Look-alikes are read before NFKC, which would make some of them letters the data does not list (ϲ to ς).
  return unmaskLookAlikes(showLetters(text.replace(STRETCHING, '').normalize('NFC')))
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u02bb\u02bc\u02b9\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63]/g, '-')
    .replace(/[ŏǒ]/g, 'o')
    .replace(/[ŭǔ]/g, 'u')
    .replace(/\s+/g, ' ');
}

/** The country's Latin-script names, on folded text (bounded by non-letters where used). */
const LATIN = [
  'dprk',
  'd\\. ?p\\. ?r\\. ?k\\.?',
  'd\\. ?p\\. ?r\\.? ?(?:of )?korea',
  'dpr (?:of )?korea',
  // "Korea (DPR)", "Korea (D.P.R.K.)".
  'korea ?\\( ?d\\.? ?p\\.? ?r\\.?(?: ?k\\.?)? ?\\)',
  'korea,? d\\.? ?p\\.? ?r\\.?(?: ?k\\.?)?',
  "(?:the )?democratic people'?s republic of korea",
  // Short forms of the full name ("Dem. People's Rep. of Korea", "Democratic Republic of Korea", which no other
  // state is called: the south is the Republic of Korea).
  "(?:the )?dem(?:ocratic|\\.) ?(?:people'?s )?rep(?:ublic|\\.)? ?(?:of )?korea",
  "korea,? \\(?(?:the )?dem(?:ocratic|\\.)? ?(?:people'?s )?rep(?:ublic|\\.)?",
  'north[- ]?korea(?:ns?)?',
  // The country lists' inverted and short forms ("Korea, North", "Korea (North)", "KOREA NORTH"); not "Korea,
  // North America", nor the south's North Chungcheong, North Gyeongsang and North Jeolla provinces.
  'korea(?:, ?| ?\\( ?| )north(?: ?\\))?(?![- ]?(?:america|east|west|asia|pacific|sea|coast|star|face|chungcheong|chungchong|gyeongsang|kyongsang|jeolla|cholla))',
  'n\\. ?korea',
  // The letters spelt apart: "D P R K", "D-P-R-K".
  'd p r k|d-p-r-k',
  'prk',
  // Chosŏn, the country's own name (and the Chosun spelling); not the Joseon dynasty of Korean history, nor
  // the South's Chosun Ilbo and Chosun University.
  "(?:choson|joseon|chosun)(?! (?:dynasty|era|period|kingdom|ilbo|university|univ\\.?|biz|media|broadcasting|hotel))",
  // The country's initials in the languages trade papers use: KRLD (Polish), RPDC (French, Spanish,
  // Italian, Portuguese), KDVR (German), DVRK / KNDR (Russian, in Latin letters). None is another country's.
  'krld|rpdc|kdvr|dvrk|kndr',
].join('|');

/** Korean and Chinese names (no word boundaries in these scripts); not 조선소 "shipyard", 조선업 "shipbuilding", 朝鲜族 "ethnic Koreans". */
const CJK = '조선민주주의인민공화국|조선(?!소|업|일보|해양|기자재)|북한|북조선|朝[鲜鮮]民主主义人民共和国|朝[鲜鮮](?!族)|北[韩韓]';

/** The alpha-2 code where it stands as a code: after "origin", "made in", "from", or before "origin". */
const KP_BEFORE = "(?:(?:country of )?origin(?: is)? ?[:=-]? ?|(?:made|produced|manufactured|mined|caught) in |from )";

/** DPRK ports (the World Port Index's ten) and main cities, in the spellings documents use. */
const PLACES = [
  "p'?yong[- ]?yang",
  "namp'?h?o",
  'wonsan',
  "ch'?(?:e?o)ngjin",
  'h(?:e?u)ngnam',
  'rajin|najin|rason|raseon',
  'songnim',
  'haeju',
  "sin'?ui'?ju",
  "kimch'?aek",
  "kyomip'?o",
  "ch'?aho",
  "s(?:e?o|e)nbong",
  "hamh(?:e?u)ng",
  'kaes(?:e?o)ng',
  // Provincial capitals and border cities payments name (Hyesan and Manpo face China, Tanchon's bank is listed).
  'sariwon',
  'hyesan',
  "kangg'?ye",
  "tanch'?(?:e?o)n",
  "manp'?o",
  "p'?yongs(?:e?o)ng",
  'hoeryong|hoeryeong',
  // Mining towns goods are named after ("anthracite mined in Anju", "iron ore origin Musan"); not Sunchon,
  // which the South's Suncheon is also written.
  'anju',
  'musan',
  "tokch'?(?:e?o)n",
].join('|');

/** A name of the country ("DPR Korea", "朝鲜"), not its code. For building the readers' patterns. */
export const DPRK_NAME = `(?:(?<![a-z0-9])(?:${LATIN})(?![a-z0-9])|${CJK})`;
/** A name of the country or its alpha-2 code (only for places where a code stands: after "origin", "made in"). */
export const DPRK_NAME_OR_CODE = `(?:(?<![a-z0-9])(?:${LATIN}|kp)(?![a-z0-9])|${CJK})`;

const NAMES = new RegExp(DPRK_NAME);
const CODE = new RegExp(`(?<![a-z0-9])${KP_BEFORE}(?:the )?kp(?![a-z0-9])|(?<![a-z0-9])kp[- ]origin(?![a-z0-9])`);
const PLACE = new RegExp(`(?<![a-z0-9])(?:${PLACES})(?![a-z0-9])`);
/** A DPRK port or city as a word, for building the readers' patterns ("origin Nampo": a place of origin in the DPRK). */
export const DPRK_PLACE = `(?:(?<![a-z0-9])(?:${PLACES})(?![a-z0-9]))`;

/** Goods passing through a DPRK place: "via Rajin", "shipped from Nampo", "through the port of Chongjin", "Rajin port". */
const THROUGH = new RegExp(`(?<![a-z0-9])(?:(?:via|through|thru|from|out of|at|port of) (?:the )?(?:port of )?(?:${PLACES})(?![a-z0-9])|(?:${PLACES}) (?:port|harbou?r)(?![a-z0-9]))`);

/** The DPRK place folded text says goods pass through (the words that say it), or undefined. */
export function throughDprk(folded: string): string | undefined {
  return THROUGH.exec(folded)?.[0];
}

/** What folded text says of the DPRK: it names the country, names a DPRK port or city, or nothing. */
export function dprkNamed(folded: string): { kind: 'country' | 'place'; word: string } | undefined {
  const m = NAMES.exec(folded) ?? CODE.exec(folded);
  if (m) return { kind: 'country', word: m[0].trim() };
  const p = PLACE.exec(folded);
  return p ? { kind: 'place', word: p[0] } : undefined;
}

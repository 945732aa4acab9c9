/**
 * More ways free text names the DPRK than `dprk-names.ts` reads (security review 17, R17-11), for the DPRK link
 * only (a reader that only ever moves an answer toward review):
 *  - the country and its capital in the European languages trade papers use: Corée du Nord, Nordkorea, Corea del
 *    Norte / del Nord, Coreia do Norte, Korea Północna, Северная Корея, КНДР; Pjöngjang, Pjongjang, Pyeongyang,
 *    Phenian, Pchjongjang, Пхеньян;
 *  - DPRK cities and ports in Hangul and Han (평양, 남포, 원산, 청진, 흥남, 라선, 신의주, 함흥, 김책; 平壤, 南浦, 元山, 清津, 罗先,
 *    新义州, 咸兴), not inside the Korean words they also begin (원산지 "place of origin");
 *  - a look-alike digit inside a word ("N0rth Korea", "Py0ngyang", "DPRK" as "DPR1K" is not a case): the digit
 *    read as the letter it shows, as names and vessels are read;
 *  - the alpha-2 code `KP`, in capitals and standing alone, after "in", "to", "into", "from", "destination",
 *    "consignee", "country" ("final consignee in KP", "ship to: KP"); never inside a word (KPMG) or lower case.
 * "조선" alone stays as `dprk-names.ts` reads it (a DPRK name unless a shipbuilding compound: 조선소, 조선업): a review
 * on a shipbuilder's text is recoverable, a missed link is not.
 */
import { dprkNamed, foldText } from './dprk-names.ts';

const LATIN = [
  'cor[ée]e du nord', 'nord-?cor[ée]e', 'nord-?korea', 'korea del nord', 'corea del nor(?:te|d)', 'coreia do norte', 'korea p[óo][łl]nocna|p[óo][łl]nocna korea',
  // The adjective ("charbon nord-coréen", "carvão norte-coreano", "nordkoreanische Kohle", "Noord-Koreaanse
  // steenkool", "północnokoreański węgiel", "carbone nordcoreano", "carbón norcoreano"): hostile-user test, H3.
  // (The fold reads ł as l.)
  'nord-? ?cor[ée]en(?:ne)?s?', 'norte-? ?corean[oa]s?', 'norcorean[oa]s?', 'nord-? ?corean[oaie]', 'nord-? ?koreanisch(?:e[nrms]?)?',
  'noord-? ?koreaanse?', 'p[óo][łl]nocno-? ?korea[nń]sk(?:i|a|ie|iego|iej|im|ich)', 'nord-? ?coreean[aă]?', 'severo-? ?koreysk[a-z]*', 'kuzey koreli',
  'severnaya koreya', 'kuzey kore', 'pohjois-korea', 'nordkorea', 'noord-korea', 'b[ắa]c tri[ềe]u ti[êe]n',
  "p[jy]?[öoeo]{1,2}ngjang", 'pyeong-?yang', 'phenian', 'pchjongjang', 'pjongjang', 'pyongyang',
].join('|');
const CYRILLIC = 'северная корея|кндр|пхеньян|нампхо|вонсан|чхонджин';
/** Hangul and Han place names; 원산 not in 원산지 (place of origin), 남포 not in 남포동 (a Busan district). */
const CJK = '평양|남포(?!동)|원산(?!지)|청진|흥남|라선|신의주|함흥|김책|平壤|南浦|元山|清津|淸津|罗先|羅先|新义州|新義州|咸兴|咸興|北朝鲜|北朝鮮';

const NAMES = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LATIN}|${CYRILLIC})(?![\\p{L}\\p{N}])|${CJK}`, 'u');
const KP = /(?<![\p{L}\p{N}])(?:[Ii][Nn]|[Tt][Oo]|[Ii][Nn][Tt][Oo]|[Ff][Rr][Oo][Mm]|[Dd]estination|DESTINATION|[Cc]onsignee|CONSIGNEE|[Cc]ountry|COUNTRY)\s*[:=-]?\s*(?:the\s+)?KP(?![\p{L}\p{N}])/u;
/**
 * "NK", the press's short form, in capitals where it stands for the country: opening a goods description
 * ("NK coal"), before "origin", or after "origin" / "from" ("origin: NK"); never inside a word or lower case.
 */
const NK = /^\s*NK[\s-](?=\p{L})|(?<![\p{L}\p{N}])NK[- ](?:origin|ORIGIN)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:[Oo]rigin|ORIGIN|[Ff]rom|FROM)\s*[:=-]?\s*NK(?![\p{L}\p{N}])/u;

/** Digits drawn like letters, read as the letter inside a word of letters. */
const DIGIT_LETTER: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** What the text says of the DPRK beyond `dprkNamed`: a name, a place, or the code as a country; undefined if nothing. */
export function moreDprkNames(text: string): { kind: 'country' | 'place'; word: string } | undefined {
  const folded = foldText(text);
  const m = NAMES.exec(folded);
  if (m) return { kind: /^(?:p[jy]|pyeong|phen|pch|평양|平壤|пхень)/u.test(m[0]) || !/kor|cor|кор|кндр|朝/u.test(m[0]) ? 'place' : 'country', word: m[0] };
  const code = KP.exec(text.normalize('NFKC')) ?? NK.exec(text.normalize('NFKC'));
  if (code) return { kind: 'country', word: code[0].trim() };
  // A digit inside a word of letters read as the letter it shows ("n0rth korea"), then the names read again.
  if (/\p{L}\d|\d\p{L}/u.test(folded)) {
    const unmasked = folded.replace(/(?<=\p{L})\d|\d(?=\p{L})/gu, (d) => DIGIT_LETTER[d] ?? d);
    if (unmasked !== folded) return dprkNamed(unmasked) ?? (NAMES.exec(unmasked) ? { kind: 'country', word: NAMES.exec(unmasked)![0] } : undefined);
  }
  return undefined;
}

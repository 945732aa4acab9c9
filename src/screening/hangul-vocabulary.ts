/**
 * korean-v3 queries: an organisation's name in Hangul as the DPRK writes it (고려은행, 단천상업은행,
 * 원양해운관리회사). The distinctive word (고려, 단천) is compared natively, syllable by syllable; the words of
 * organisation names (은행 bank, 상업 commercial, 해운 shipping, 회사 company) are what the list writes in
 * English, and read as Hangul they met nothing, so the name was lost (hostile review U-3). This reading puts
 * the English word for each such word, and the listed romanization for the few distinctive words that read
 * otherwise than they are spelled (압록강 is said Amnokkang) or are translated in the list (원양 Ocean); the rest
 * stays Hangul. Screened beside the name as written.
 */

import { romanizeSyllable } from '../io/hangul-roman.ts';
import { workersPartyReadings } from './korea-names.ts';

/**
 * Hangul words of organisation names and what the list writes for them. Where the list writes a word two
 * ways (신용 is Credit in TANCHON's alias and Sinyong in CHANGGWANG SINYONG; 총국 General Bureau and
 * Administration), both: the first in one reading, the second in another (security review 16, R16-3).
 */
const WORDS: Readonly<Record<string, string | readonly [string, string]>> = {
  // legal forms and lines of business
  총회사: 'general corporation', 회사: 'company', 공사: 'corporation', 상사: 'trading company', 그룹: 'group',
  무역: ['trading', 'trade'], 은행: 'bank', 금융: ['banking', 'finance'], 상업: 'commercial', 신용: ['credit', 'sinyong'], 해운: 'shipping',
  관리: 'management', 해운관리: 'maritime management', 개발: 'development', 투자: 'investment', 합영: 'joint venture', 합작: 'joint venture',
  련합: ['united', 'associated'], 연합: ['united', 'associated'], 수출입: 'export and import', 수입: 'import', 수출: 'export', 보험: 'insurance',
  기술: ['technology', 'technical'], 기계: ['machinery', 'machine'], 설비: 'equipment', 종합: 'complex', 광업: 'mining', 화학: 'chemical',
  국제: 'international', 경제: 'economic', 해외: 'overseas', 사업: 'project', 해외사업: 'overseas project',
  창작사: 'art studio', 공업: 'industry', 군수: 'munitions', 원자력: 'atomic energy', 과학원: 'academy of sciences',
  과학: 'science', 국방: 'national defense', 민족: 'national', 대외: ['foreign', 'external'], 정찰: 'reconnaissance',
  전자: 'electronics', 중심: 'center', 센터: 'center', 발전: 'development', 통일: ['united', 'unification'], 자연: 'natural',
  우주공간: 'space', 우주: ['space', 'aerospace'], 항공우주: 'aerospace', 국가: 'national', 전략: 'strategic', 로케트: 'rocket', 로켓: 'rocket',
  // bodies of the state and of the party (로동당 as the DPRK spells it, 노동당 as the South does)
  위원회: ['committee', 'commission'], 총국: ['general bureau', 'administration'], 중앙: 'central', 군사: 'military',
  조직: 'organization', 지도: 'guidance', 선전: 'propaganda', 선동: 'agitation', 인민무력: 'peoples armed forces',
  인민군: 'peoples army', 조선인민군: 'korean peoples army', 로동당: 'workers party', 노동당: 'workers party',
  조선로동당: 'workers party of korea', 조선노동당: 'workers party of korea',
  // distinctive words the list translates or writes as said
  // English words as Korean writes them (외래어) in the names of companies abroad, and cities as the DPRK (상해)
  // and the South (상하이) write them
  트레이딩: 'trading', 컴퍼니: 'company', 코퍼레이션: 'corporation', 뱅크: 'bank', 인터내셔널: 'international', 인터내셔날: 'international',
  쉬핑: 'shipping', 쉽핑: 'shipping', 시핑: 'shipping', 테크놀로지: 'technology', 리미티드: 'limited', 유한회사: 'company limited', 유한: 'limited',
  에너지: 'energy', 오일: 'oil', 석유: 'oil', 퍼스트: 'first', 리더: 'leader', 글로벌: 'global', 월드: 'world', 세계: 'world',
  프레이트: 'freight', 화물: 'freight', 마린: 'marine', 해양: 'marine', 파이낸스: 'finance', 프로: 'pro', 게인: 'gain', 킹리: 'kingly',
  상해: 'shanghai', 상하이: 'shanghai', 위해: 'weihai', 웨이하이: 'weihai', 향항: 'hong kong', 심천: 'shenzhen', 선전시: 'shenzhen',
  대련: 'dalian', 다롄: 'dalian', 단동: 'dandong', 단둥: 'dandong', 북경: 'beijing', 베이징: 'beijing', 심양: 'shenyang', 선양: 'shenyang',
  // the Chinese words of listed names abroad, in their Korean reading (華信 화신) and as Chinese is said (둥펑)
  화신: 'huaxin', 동풍: 'dongfeng', 둥펑: 'dongfeng', 심충: 'shen zhong', 선중: 'shen zhong', 장안: 'chang an', 창안: 'chang an',
  조선: 'korea', 북한: 'korea', 원양: 'ocean', 압록강: 'amnokkang', 동해: 'east sea', 녹색: 'green', 소나무: 'pine', 홍콩: 'hong kong',
};

/**
 * Words read only beside another word of the table (동해해운회사 East Sea Shipping), never alone: each is a
 * given name or a word of a person's name as much (김동해, 이자연, 박지도, 김오일, 최해양), a place, or a word of
 * a name abroad, which alone makes no organisation's name.
 */
const ONLY_BESIDE: ReadonlySet<string> = new Set([
  '동해', '녹색', '소나무', '홍콩', '향항', '상해', '상하이', '위해', '웨이하이', '심천', '선전시', '대련', '다롄', '단동', '단둥', '북경',
  '베이징', '심양', '선양', '화신', '동풍', '둥펑', '심충', '선중', '장안', '창안', '리더', '킹리', '프로', '게인', '퍼스트', '오일', '월드',
  '세계', '글로벌', '마린', '해양', '자연', '지도', '선동', '선전', '중앙', '통일', '발전', '중심', '국가', '우주', '석유',
]);

/**
 * One-syllable words of state bodies: read at the end of a run of four syllables or more, or of a shorter run
 * after a word of the table (국방성, 전략군: security review 16, R16-3); never alone (a person's name, 김영국).
 */
const FINAL_WORDS: Readonly<Record<string, string | readonly [string, string]>> = {
  성: 'ministry', 부: ['department', 'ministry'], 국: ['bureau', 'administration'], 군: 'force',
};

/** A numbered office or bureau of the party (39호실 Office 39, 39국 Bureau 39): the list writes the number after the word. */
const NUMBERED_OFFICE = /(\d+)\s*(호실|국)/gu;

const LONGEST = Math.max(...Object.keys(WORDS).map((w) => [...w].length));

/**
 * Latin letters as Korean names them (디씨비 DCB, 케이엔아이씨 KNIC): an initialism written in Hangul. Longer
 * names first (에이치 H before 에이 A).
 */
const LETTER_NAMES: readonly (readonly [string, string])[] = ([
  ['에이치', 'h'], ['더블유', 'w'], ['에이', 'a'], ['에프', 'f'], ['아이', 'i'], ['제이', 'j'], ['케이', 'k'], ['에스', 's'],
  ['브이', 'v'], ['엑스', 'x'], ['와이', 'y'], ['제트', 'z'], ['지', 'g'], ['비', 'b'], ['씨', 'c'], ['디', 'd'], ['엘', 'l'],
  ['엠', 'm'], ['엔', 'n'], ['오', 'o'], ['피', 'p'], ['큐', 'q'], ['알', 'r'], ['티', 't'], ['유', 'u'], ['이', 'e'],
] as const).slice().sort((x, y) => y[0].length - x[0].length);

/** The table word starting at syllable i, with its length in syllables. */
function wordAt(s: readonly string[], i: number): { hit: string | readonly [string, string]; size: number; word: string } | undefined {
  for (let n = Math.min(LONGEST, s.length - i); n >= 2; n--) {
    const word = s.slice(i, i + n).join('');
    const hit = WORDS[word];
    if (hit !== undefined) return { hit, size: n, word };
  }
  return undefined;
}

/** Family names that are letter names too (이 E, 유 U, 지 G, 오 O, 피 P). */
const LETTER_FAMILY_NAMES: ReadonlySet<string> = new Set(['이', '유', '지', '오', '피']);

/** A run of two or three syllables starting with such a family name (이지오, 유비): a person's name, not letters. */
const personLike = (s: readonly string[]): boolean => s.length <= 3 && LETTER_FAMILY_NAMES.has(s[0]!);

/** Letter names from syllable i up to the run's end or a table word (디씨비금융: DCB), else undefined. */
function lettersAt(s: readonly string[], i: number): { letters: string; size: number } | undefined {
  let letters = '';
  let j = i;
  while (j < s.length) {
    const rest = s.slice(j).join('');
    const name = LETTER_NAMES.find(([k]) => rest.startsWith(k));
    if (name === undefined) break;
    letters += name[1];
    j += name[0].length;
    if (j < s.length && wordAt(s, j) !== undefined) break;
  }
  // One letter only where its name has two syllables (케이뱅크 K Bank): a lone syllable (이, 오) is a word as much.
  const enough = letters.length >= 2 || (letters.length === 1 && j - i >= 2);
  return enough && (j === s.length || wordAt(s, j) !== undefined) ? { letters, size: j - i } : undefined;
}
const HANGUL_RUN = /[\uac00-\ud7a3]+/gu;
/** 제2 (the second, as in 제2경제위원회). */
const ORDINAL = /제\s*2(?!\d)/gu;

/**
 * A Hangul word in the list's letters, one word (만수대 -> mansudae, 청천강 -> chongchongang): k, t, p are
 * voiced (g, d, b) after a vowel or a sounding final, as the list writes Mansudae and Chongchongang.
 */
export function romanizeWord(word: string): string {
  let out = '';
  for (const ch of word) {
    let r = (romanizeSyllable(ch) ?? ch).toLowerCase();
    if (out !== '' && /[aeiouylmn]$|ng$/.test(out) && /^[ktp](?![khtp])/.test(r)) r = ({ k: 'g', t: 'd', p: 'b' }[r[0]!] ?? '') + r.slice(1);
    out += r;
  }
  return out;
}

/** A table word's English: the first of two in the first reading, the second in the other. */
const pick = (w: string | readonly [string, string], second: boolean): string => (typeof w === 'string' ? w : w[second ? 1 : 0]);

/** Which words of two readings take their second: none, one (the Hangul word), or all. */
type Second = boolean | string;

/** The run read word by word: table words in English, the syllables between them kept as one Hangul word. */
function readRun(run: string, roman: boolean, second: Second, twos: Set<string>): { text: string; found: boolean } {
  const s = [...run];
  const out: string[] = [];
  let rest = '';
  let found = false;
  const flush = (): void => {
    if (rest !== '') out.push(roman ? romanizeWord(rest) : rest);
    rest = '';
  };
  for (let i = 0; i < s.length;) {
    const at = wordAt(s, i);
    let hit = at?.hit;
    let size = at?.size ?? 0;
    let word = at?.word ?? '';
    // An initialism in letter names, where a word starts (the run's start or after a table word).
    const letters = hit === undefined && rest === '' && !personLike(s) ? lettersAt(s, i) : undefined;
    if (letters !== undefined) {
      out.push(letters.letters);
      found = true;
      i += letters.size;
      continue;
    }
    if (hit === undefined && i === s.length - 1 && (s.length >= 4 || found)) {
      const w = FINAL_WORDS[s[i]!];
      if (w !== undefined) { hit = w; size = 1; word = s[i]!; }
    }
    if (hit === undefined) { rest += s[i]!; i += 1; continue; }
    flush();
    out.push(pick(hit, second === true || second === word));
    if (typeof hit !== 'string') twos.add(word);
    if (!ONLY_BESIDE.has(word)) found = true;
    i += size;
  }
  flush();
  return { text: out.join(' '), found };
}

/** The name read once (see hangulVocabularyReading), and its words of two readings. */
function readName(text: string, roman: boolean, second: Second): { text: string; twos: Set<string> } | undefined {
  if (!/[\uac00-\ud7a3]{2}/u.test(text) && text.search(NUMBERED_OFFICE) < 0) return undefined;
  let found = text.search(ORDINAL) >= 0 || text.search(NUMBERED_OFFICE) >= 0;
  const twos = new Set<string>();
  const out = text.replace(ORDINAL, ' second ').replace(NUMBERED_OFFICE, (_m, n: string, w: string) => ` ${w === '국' ? 'bureau' : 'office'} ${n} `).replace(HANGUL_RUN, (run) => {
    const r = readRun(run, roman, second, twos);
    if (r.found) found = true;
    return ` ${r.text} `;
  });
  return found ? { text: out.replace(/\s+/gu, ' ').trim(), twos } : undefined;
}

/**
 * The name with its Hangul organisation words in English (고려은행 -> 고려 bank), or undefined when it has
 * none. A run of Hangul with no such word (a person's name, 박영식) is not read. With `roman`, the other
 * words are romanized as the list writes them (만수대 -> mansutae): a listed name with English words in it
 * is found by its spelling, which a Hangul word has none of. With `second`, a word the list writes two ways
 * takes its second.
 */
export function hangulVocabularyReading(text: string, roman = false, second = false): string | undefined {
  return readName(text, roman, second)?.text;
}

/** At most this many readings of one name (two ways of words times Hangul or romanized, a party's body). */
const MAX_READINGS = 12;

/**
 * Every reading of a Hangul name to screen beside it (security review 16, R16-3): the other words kept in
 * Hangul (read natively) and romanized (found by their spelling), each with the first and, where a word has
 * two, the second English; a body of the party (로동당 선전선동부, 조선로동당 중앙군사위원회) also read without the
 * party and with it in full, as the list names most such bodies without it. Empty when the name has no word
 * of the table.
 */
export function hangulVocabularyReadings(text: string): string[] {
  const first = readName(text, false, false);
  if (first === undefined) return [];
  const out = new Set<string>([first.text]);
  // Romanized; then each word of two readings taking its second alone (기술총국: Technology Administration, not
  // Technical Administration), then all of them, each in Hangul and romanized.
  const seconds: Second[] = [false, ...first.twos, ...(first.twos.size > 1 ? [true] : [])];
  for (const second of seconds) {
    for (const roman of [false, true]) {
      const r = readName(text, roman, second);
      if (r !== undefined) out.add(r.text);
    }
  }
  for (const r of [...out]) for (const party of workersPartyReadings(r.split(' '))) out.add(party.join(' '));
  return [...out].slice(0, MAX_READINGS);
}

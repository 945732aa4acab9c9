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

/** Hangul words of organisation names and what the list writes for them. */
const WORDS: Readonly<Record<string, string>> = {
  // legal forms and lines of business
  총회사: 'general corporation', 회사: 'company', 공사: 'corporation', 상사: 'trading company', 그룹: 'group',
  무역: 'trading', 은행: 'bank', 금융: 'banking', 상업: 'commercial', 신용: 'credit', 해운: 'shipping',
  관리: 'management', 해운관리: 'maritime management', 개발: 'development', 투자: 'investment', 합영: 'joint venture', 합작: 'joint venture',
  련합: 'united', 연합: 'united', 수출입: 'export and import', 수입: 'import', 수출: 'export', 보험: 'insurance',
  기술: 'technology', 기계: 'machinery', 설비: 'equipment', 종합: 'complex', 광업: 'mining', 화학: 'chemical',
  국제: 'international', 경제: 'economic', 해외: 'overseas', 사업: 'project', 해외사업: 'overseas project',
  창작사: 'art studio', 공업: 'industry', 군수: 'munitions', 원자력: 'atomic energy', 과학원: 'academy of sciences',
  과학: 'science', 국방: 'national defense', 민족: 'national', 대외: 'foreign', 정찰: 'reconnaissance',
  // bodies of the state
  위원회: 'committee', 총국: 'general bureau',
  // distinctive words the list translates or writes as said
  조선: 'korea', 원양: 'ocean', 압록강: 'amnokkang',
};

/** One-syllable words of state bodies: read only at the end of a run of four syllables or more. */
const FINAL_WORDS: Readonly<Record<string, string>> = { 성: 'ministry', 부: 'department', 국: 'bureau' };

const LONGEST = Math.max(...Object.keys(WORDS).map((w) => [...w].length));
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

/** The run read word by word: table words in English, the syllables between them kept as one Hangul word. */
function readRun(run: string, roman: boolean): { text: string; found: boolean } {
  const s = [...run];
  const out: string[] = [];
  let rest = '';
  let found = false;
  const flush = (): void => {
    if (rest !== '') out.push(roman ? romanizeWord(rest) : rest);
    rest = '';
  };
  for (let i = 0; i < s.length;) {
    let hit: string | undefined;
    let size = 0;
    for (let n = Math.min(LONGEST, s.length - i); n >= 2; n--) {
      const w = WORDS[s.slice(i, i + n).join('')];
      if (w !== undefined) { hit = w; size = n; break; }
    }
    if (hit === undefined && i === s.length - 1 && s.length >= 4) {
      const w = FINAL_WORDS[s[i]!];
      if (w !== undefined) { hit = w; size = 1; }
    }
    if (hit === undefined) { rest += s[i]!; i += 1; continue; }
    flush();
    out.push(hit);
    found = true;
    i += size;
  }
  flush();
  return { text: out.join(' '), found };
}

/**
 * The name with its Hangul organisation words in English (고려은행 -> 고려 bank), or undefined when it has
 * none. A run of Hangul with no such word (a person's name, 박영식) is not read. With `roman`, the other
 * words are romanized as the list writes them (만수대 -> mansutae): a listed name with English words in it
 * is found by its spelling, which a Hangul word has none of.
 */
export function hangulVocabularyReading(text: string, roman = false): string | undefined {
  if (!/[\uac00-\ud7a3]{2}/u.test(text)) return undefined;
  let found = text.search(ORDINAL) >= 0;
  const out = text.replace(ORDINAL, ' second ').replace(HANGUL_RUN, (run) => {
    const r = readRun(run, roman);
    if (r.found) found = true;
    return ` ${r.text} `;
  });
  return found ? out.replace(/\s+/gu, ' ').trim() : undefined;
}

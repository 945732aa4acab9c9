/**
 * korean-v3: a Korean name in its Chinese reading (hostile review, M1). Korean names are written in hanja, and
 * Chinese documents romanise those characters in pinyin: 朴永植 PAK YONG SIK is "Piao Yongzhi", 金永哲 KIM YONG
 * CHOL "Jin Yongzhe". A name that reads as pinyin syllables, a family name of Korean use first or last and one
 * to three given syllables, is read back into the Korean syllables of the characters those syllables most
 * often stand for in Korean names (several readings per syllable: zhi 植 sik, 志 ji, 治 chi), and each reading
 * whose words the list holds is screened as a name of its own.
 *
 * A Chinese person's name that merely reads as a Korean one is another person: what a reading finds is held at
 * possible (a part inferred, `mergePartMatches`), never a match, so a person looks.
 */
import type { ScreeningIndex } from './build-index.ts';
import type { NamePart } from './name-parts.ts';

/** Family names: the pinyin of a family name's character, and the Korean reading as the list spells it. */
export const PINYIN_FAMILY: ReadonlyMap<string, readonly string[]> = new Map([
  ['piao', ['pak']], // 朴
  ['jin', ['kim', 'jin']], // 金, 陳/秦 진
  ['li', ['ri']], // 李
  ['cui', ['choe']], // 崔
  ['zheng', ['jong']], // 鄭
  ['zhao', ['jo']], // 趙
  ['jiang', ['kang']], // 姜
  ['zhang', ['jang']], // 張
  ['quan', ['kwon', 'jon']], // 權, 全
  ['yin', ['yun']], // 尹
  ['han', ['han']], // 韓
  ['xu', ['so', 'ho']], // 徐, 許
  ['liu', ['ryu']], // 柳
  ['pei', ['pae']], // 裴
  ['bai', ['paek']], // 白
  ['huang', ['hwang']], // 黃
  ['song', ['song']], // 宋
  ['kong', ['kong']], // 孔
  ['hong', ['hong']], // 洪
  ['wu', ['o']], // 吳
  ['shen', ['sin', 'sim']], // 申, 沈
  ['lu', ['no']], // 盧
  ['an', ['an']], // 安
  ['ma', ['ma']], // 馬
  ['ren', ['im']], // 任
  ['lin', ['rim']], // 林
  ['sun', ['son']], // 孫
  ['yan', ['om']], // 嚴
  ['nan', ['nam']], // 南
  ['gao', ['ko']], // 高
  ['zhu', ['ju']], // 朱
  ['zhou', ['ju']], // 周
  ['liang', ['ryang']], // 梁
  ['guo', ['kwak']], // 郭
  ['luo', ['ra']], // 羅
  ['tian', ['jon']], // 田
  ['fang', ['pang']], // 方
  ['cheng', ['song']], // 成
  ['xuan', ['hyon']], // 玄
  ['che', ['cha']], // 車
  ['wang', ['wang']], // 王
  ['chi', ['ji']], // 池
  ['mun', ['mun']],
  ['wen', ['mun']], // 文
  ['min', ['min']], // 閔
  ['yu', ['yu', 'u']], // 劉/兪 유, 禹 우
  ['lü', ['ryo']], ['lv', ['ryo']], // 呂
]);

/** Given-name syllables: the pinyin and the Korean readings of the characters Korean given names use most. */
export const PINYIN_GIVEN: ReadonlyMap<string, readonly string[]> = new Map([
  ['yong', ['yong']], // 永 英 勇 용/영
  ['ying', ['yong']], // 英
  ['rong', ['yong']], // 榮
  ['zhe', ['chol']], // 哲
  ['tie', ['chol']], // 鐵
  ['che', ['chol']], // 澈
  ['zhi', ['sik', 'ji', 'chi']], // 植, 志/智, 治
  ['shi', ['sik', 'si', 'sok']], // 式, 時, 石
  ['ri', ['il']], // 日
  ['yi', ['il', 'ui']], // 一, 義
  ['cheng', ['song', 'jong']], // 成/誠, 程
  ['sheng', ['song', 'sung']], // 聖, 勝
  ['zheng', ['jong']], // 正 政
  ['zhen', ['jin', 'jong']], // 鎭/眞, 貞
  ['zhong', ['jong', 'chung']], // 鍾, 忠/中
  ['en', ['un']], // 恩
  ['yun', ['yun', 'un']], // 允, 雲
  ['guang', ['kwang']], // 光
  ['ming', ['myong']], // 明
  ['hao', ['ho']], // 浩 鎬
  ['hu', ['ho']], // 虎
  ['chun', ['chun']], // 春
  ['nan', ['nam']], // 男 南
  ['xiu', ['su']], // 秀
  ['shou', ['su']], // 壽
  ['zhu', ['su', 'ju']], // 洙, 珠/柱
  ['shu', ['suk']], // 淑
  ['shun', ['sun']], // 順
  ['guo', ['kuk']], // 國
  ['ji', ['kil', 'ki']], // 吉, 基
  ['qi', ['ki']], // 奇
  ['de', ['tok']], // 德
  ['wen', ['mun']], // 文
  ['yuan', ['won']], // 元 源
  ['chang', ['chang']], // 昌
  ['jun', ['jun']], // 俊
  ['qian', ['chon']], // 千
  ['tian', ['chon']], // 天
  ['min', ['min']], // 民 敏
  ['xue', ['hak']], // 學
  ['xi', ['sok', 'hui']], // 錫, 熙
  ['long', ['ryong']], // 龍
  ['xian', ['hyon']], // 賢
  ['xuan', ['hyon']], // 玄 鉉
  ['he', ['hyok', 'hwa']], // 赫, 和
  ['ge', ['hyok']], // 革
  ['hua', ['hwa']], // 花 華
  ['huan', ['hwan']], // 煥 換 (held-back evaluation: Wen Jinghuan, Li Chunhuan)
  ['guan', ['kwan']], // 寬 官
  ['hui', ['hui', 'hye']], // 輝, 惠
  ['tai', ['thae']], // 泰
  ['dong', ['tong']], // 東
  ['feng', ['pong']], // 鳳 峰
  ['jing', ['kyong']], // 京 敬
  ['qing', ['kyong']], // 慶
  ['xiang', ['hyang', 'sang']], // 香, 相
  ['shang', ['sang']], // 尙
  ['lian', ['ryon']], // 蓮
  ['wan', ['man']], // 萬
  ['fu', ['pok']], // 福
  ['san', ['sam']], // 三
  ['song', ['song']], // 松
  ['ren', ['in']], // 仁
  ['zai', ['jae']], // 在
  ['xun', ['hun']], // 勳
  ['kui', ['kyu']], // 奎
  ['xin', ['sin']], // 信
  ['yu', ['u', 'ok']], // 宇, 玉
  ['kang', ['kang']], // 康
  ['gang', ['kang']], // 剛
  ['xiong', ['ung']], // 雄
  ['dao', ['to']], // 道
  ['xu', ['uk']], // 旭
  ['hong', ['hong']], // 洪 弘
  ['gen', ['kun']], // 根
  ['kun', ['kon']], // 坤
  ['cai', ['chae']], // 彩
  ['hai', ['hae']], // 海
  ['lin', ['rim']], // 林
  ['chao', ['jo']], // 朝
  ['gui', ['kwi']], // 貴
  ['lan', ['ran']], // 蘭
  ['bing', ['pyong']], // 炳 秉
  ['ping', ['pyong']], // 平
  ['jian', ['kon']], // 建 健
  ['an', ['an']], // 安
  ['hyok', ['hyok']],
]);

/** The longest pinyin syllable of the tables, in letters. */
const MAX_SYLLABLE = 6;
/** At most this many readings of a name screened (each is a name of its own). */
const MAX_READINGS = 8;
/** A token of a name of at most three syllables (a longer one is no pinyin name, and is not split). */
const MAX_TOKEN = 3 * MAX_SYLLABLE;
const LATIN = /^[a-zü]+$/u;
const WORD_BREAKS = /[\s\-\u2010-\u2015]+/u;

/** Every split of a token into syllables of `table`, none when it has none (at most a few: pinyin splits one way mostly). */
function splits(token: string, table: ReadonlyMap<string, readonly string[]>): string[][] {
  const out: string[][] = [];
  const walk = (at: number, acc: string[]): void => {
    if (out.length >= 4) return;
    if (at === token.length) { out.push(acc.slice()); return; }
    for (let n = Math.min(MAX_SYLLABLE, token.length - at); n >= 1; n--) {
      const s = token.slice(at, at + n);
      if (!table.has(s)) continue;
      acc.push(s);
      walk(at + n, acc);
      acc.pop();
    }
  };
  walk(0, []);
  return out;
}

/** Every choice of one reading per syllable, at most `cap`. */
function choices(syllables: readonly string[], table: ReadonlyMap<string, readonly string[]>, cap: number): string[][] {
  let out: string[][] = [[]];
  for (const s of syllables) {
    const next: string[][] = [];
    for (const prefix of out) for (const r of table.get(s) ?? []) if (next.length < cap) next.push([...prefix, r]);
    out = next;
  }
  return out;
}

/**
 * The Korean readings of a name written in pinyin, as names ("Pak Yong Sik"), only those whose family name and
 * given syllables (or given name joined) the list holds; family name first. Empty when the name is no pinyin name.
 */
export function pinyinReadings(name: string, listed: (word: string) => boolean): string[] {
  const tokens = name.trim().toLowerCase().normalize('NFC').split(WORD_BREAKS).filter((t) => t !== '');
  if (tokens.length < 2 || tokens.length > 4 || !tokens.every((t) => LATIN.test(t) && t.length <= MAX_TOKEN)) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  // The family name first (Chinese order) or last (Western order).
  for (const familyAt of [0, tokens.length - 1]) {
    const family = PINYIN_FAMILY.get(tokens[familyAt]!);
    if (family === undefined) continue;
    const rest = tokens.filter((_, i) => i !== familyAt);
    // The given name's syllables: each token split, the splits joined (a token splitting no way: no reading).
    let givens: string[][] = [[]];
    for (const t of rest) {
      const ss = splits(t, PINYIN_GIVEN);
      if (ss.length === 0) { givens = []; break; }
      givens = givens.flatMap((g) => ss.map((s) => [...g, ...s]));
    }
    for (const given of givens) {
      if (given.length < 1 || given.length > 3) continue;
      for (const f of family) {
        if (!listed(f)) continue;
        for (const g of choices(given, PINYIN_GIVEN, 32)) {
          if (!g.every(listed) && !listed(g.join(''))) continue;
          const text = [f, ...g].join(' ');
          if (seen.has(text)) continue;
          seen.add(text);
          out.push(text);
          if (out.length >= MAX_READINGS) return out;
        }
      }
    }
  }
  return out;
}

/** `pinyinReadings` as parts of the party's name, each held at possible. */
export function pinyinParts(index: ScreeningIndex, name: string): NamePart[] {
  return pinyinReadings(name, (w) => index.table.isListed(w)).map((text) => ({
    text, oneWord: false, inferred: `"${name.trim()}" read as the Chinese (pinyin) reading of a Korean name's characters ("${text}")`,
  }));
}

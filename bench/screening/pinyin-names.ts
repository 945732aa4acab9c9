/**
 * The Chinese (pinyin) reading of Korean names (hostile review M1), measured both ways:
 *  - recall: every listed DPRK person's name whose syllables the pinyin table can write (each Korean syllable
 *    written as the pinyin of a character the table reads so: PAK YONG SIK as "Piao Yongzhi"), screened in the
 *    Chinese order with the given name joined, and in the Western order; found = the listed record in any band;
 *  - innocents: common Chinese names (the commonest family names by the commonest given names), as match and
 *    as possible.
 * Run: node --import tsx bench/screening/pinyin-names.ts
 */
import { buildIndex, screenName } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import { PINYIN_FAMILY, PINYIN_GIVEN } from '../../src/screening/pinyin-readings.ts';
import { readingsOverlap, segmentSyllables, syllableReadings } from '../../src/screening/normalize/syllables.ts';

const list = loadUnList();
const index = buildIndex(list, 'korean-v3');

/** Korean syllable (any spelling) → the pinyin the tables write it with (the first the table names). */
function inverse(table: ReadonlyMap<string, readonly string[]>, rule: boolean): (syllable: string) => string | undefined {
  const entries: { pinyin: string; readings: readonly number[] }[] = [];
  for (const [pinyin, koreans] of table) {
    for (const k of koreans) {
      const r = syllableReadings(k, rule);
      if (r !== null) entries.push({ pinyin, readings: r });
    }
  }
  return (s) => {
    const r = syllableReadings(s, rule);
    return r === null ? undefined : entries.find((e) => readingsOverlap(r, e.readings))?.pinyin;
  };
}
const familyPinyin = inverse(PINYIN_FAMILY, true);
const givenPinyin = inverse(PINYIN_GIVEN, false);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const queries: { ref: string; listed: string; name: string }[] = [];
const seen = new Set<string>();
for (let id = 0; id < index.names.length; id++) {
  const record = index.records[index.names.recordOf(id)];
  if (record === undefined || record.kind !== 'person' || !record.ref.startsWith('KP') || index.names.kindOf(id) === 'low') continue;
  const full = index.names.get(id).full;
  const words = full.toLowerCase().replace(/['’`]/gu, '').split(/[\s-]+/u).filter((w) => w !== '');
  if (words.length < 2 || !words.every((w) => /^[a-z]+$/u.test(w))) continue;
  const family = familyPinyin(words[0]!);
  if (family === undefined) continue;
  const given: string[] = [];
  for (const w of words.slice(1)) {
    const seg = segmentSyllables(w).find((s) => s.every((x) => givenPinyin(x) !== undefined));
    if (seg === undefined) { given.length = 0; break; }
    given.push(...seg.map((x) => givenPinyin(x)!));
  }
  if (given.length === 0 || given.length > 3) continue;
  for (const name of [`${cap(family)} ${cap(given.join(''))}`, `${cap(given.join(''))} ${cap(family)}`]) {
    if (seen.has(`${record.ref} ${name}`)) continue;
    seen.add(`${record.ref} ${name}`);
    queries.push({ ref: record.ref, listed: full, name });
  }
}
let found = 0;
let matched = 0;
const missed: string[] = [];
for (const q of queries) {
  const r = screenName(index, { name: q.name }).find((m) => m.ref === q.ref);
  if (r !== undefined) found++;
  if (r?.band === 'match') matched++;
  if (r === undefined) missed.push(`${q.name} (${q.listed})`);
}
console.log(`recall: ${queries.length} pinyin forms of listed DPRK persons' names: found ${found} (match ${matched}, possible ${found - matched})`);
if (process.argv.includes('--missed')) for (const m of missed) console.log(`  missed ${m}`);

const FAMILIES = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo',
  'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'yuan', 'pan', 'jiang', 'cai', 'jin', 'cui'];
const GIVEN = ['wei', 'fang', 'na', 'min', 'jing', 'li', 'qiang', 'lei', 'jun', 'yang', 'yong', 'yan', 'jie', 'tao', 'ming', 'chao', 'xiulan', 'xia', 'ping',
  'gang', 'guiying', 'hua', 'hui', 'jian', 'xin', 'hong', 'yu', 'bo', 'lin', 'peng', 'hao', 'yun', 'zhiqiang', 'jianguo', 'jianhua', 'guohua', 'zhiming',
  'xiaoming', 'haiyan', 'chunmei', 'yongqiang', 'yonggang', 'dehua', 'zhenhua', 'guangming', 'chenglong', 'xiuying', 'guilan', 'yuzhen', 'fengying',
  'shuying', 'jianjun', 'haitao', 'zhiyong', 'yonghong', 'xiaohong', 'lijun', 'wenjun', 'jinlong', 'zhihua'];
let innocents = 0;
let asMatch = 0;
let asPossible = 0;
const flagged: string[] = [];
for (const f of FAMILIES) {
  for (const g of GIVEN) {
    const name = `${cap(f)} ${cap(g)}`;
    innocents++;
    const r = screenName(index, { name });
    if (r.some((m) => m.band === 'match')) asMatch++;
    else if (r.length > 0) asPossible++;
    if (r.length > 0) flagged.push(`${name}: ${r[0]!.band} ${r[0]!.score} ${r[0]!.name}`);
  }
}
console.log(`innocents: ${innocents} common Chinese names: match ${asMatch}, possible ${asPossible}`);
if (process.argv.includes('--flagged')) for (const f of flagged) console.log(`  ${f}`);

/**
 * korean-v3: a Chinese given name written joined or split (security review 16, R16-6): "TSANG YUNGYUAN" for
 * the listed TSANG YUNG YUAN, and a listed name's joined given name asked for split. Korean given names are
 * joined and split by their syllables (`normalize/syllables.ts`); a Chinese syllable that is no Korean one
 * (YUAN, TSANG, ZHUANG, HSIEN) left such a name read as one unknown word, so a screen found nothing. Here a word
 * is split into Chinese syllables, and syllables written apart are joined, where that gives the list's words.
 *
 * Syllables: the Hanyu Pinyin syllable inventory (the 1958 scheme's table of initials and finals, as in the
 * Xinhua Zidian's syllable table, some 410 syllables; ü written u, as folding writes it) and the Wade-Giles
 * syllables (as tabulated in the Library of Congress's Pinyin/Wade-Giles conversion table; apostrophes and
 * the diaeresis dropped as folding drops them, so ch'ang is chang and hsü is hsu). Typed out here, not read
 * from anywhere at run time.
 */

const PINYIN = `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce
cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong
cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun
duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan
guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang
jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui
kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue lun luo lv
lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng
ni nian niang niao nie nin ning niu nong nou nu nuan nue nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian
piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng
ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng
shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti
tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin
xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze
zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun
zhuo zi zong zou zu zuan zui zun zuo`;

const WADE_GILES = `a ai an ang ao cha chai chan chang chao che chei chen cheng chi chia chiang chiao chieh chien chih chin
ching chiu chiung cho chou chu chua chuai chuan chuang chueh chui chun chung chuo e ei en eng erh fa fan fang fei
fen feng fo fou fu ha hai han hang hao hei hen heng ho hou hsi hsia hsiang hsiao hsieh hsien hsin hsing hsiu hsiung
hsu hsuan hsueh hsun hu hua huai huan huang hui hun hung huo i jan jang jao je jen jeng jih jo jou ju juan jui jun
jung ka kai kan kang kao kei ken keng ko kou ku kua kuai kuan kuang kuei kun kung kuo la lai lan lang lao le lei
leng li lia liang liao lieh lien lin ling liu lo lou lu luan lueh lun lung luo ma mai man mang mao me mei men meng
mi miao mieh mien min ming miu mo mou mu na nai nan nang nao nei nen neng ni niang niao nieh nien nin ning niu no
nou nu nuan nueh nun nung o ou pa pai pan pang pao pei pen peng pi piao pieh pien pin ping po pou pu sa sai san
sang sao se sen seng sha shai shan shang shao she shei shen sheng shih shou shu shua shuai shuan shuang shui shun
shuo so sou ssu szu su suan sui sun sung ta tai tan tang tao te teng ti tiao tieh tien ting tiu to tou tu tuan tui
tun tung tsa tsai tsan tsang tsao tse tsei tsen tseng tso tsou tsu tsuan tsui tsun tsung tzu wa wai wan wang wei
wen weng wo wu ya yai yang yao yeh yen yin ying yo yu yuan yueh yun yung`;

/** Every Chinese syllable, pinyin and Wade-Giles, as folding writes it. */
export const CHINESE_SYLLABLES: ReadonlySet<string> = new Set([...PINYIN.split(/\s+/u), ...WADE_GILES.split(/\s+/u)].filter((s) => s !== ''));

const LONGEST = Math.max(...[...CHINESE_SYLLABLES].map((s) => s.length));
/** A joined given name of more syllables than this is no name. */
const MAX_PARTS = 4;
const LETTERS = /^[a-z]+$/u;

/** The ways a word splits into Chinese syllables (two to four), longest syllables first; bounded. */
/** Spellings no romanization of Korean writes and pinyin does: zh, x, q, uo (a lone z may be a slip for s: PAK HAN ZE). */
const CHINESE_ONLY = /zh|[xq]|uo/;

/**
 * korean-v3: a Chinese syllable no romanization of Korean writes (Zhu, Xu, Luo, Qiang): a Chinese name's, read as
 * written, never a Korean syllable mistyped (a held-back evaluation: Zhu Li and Xu Li read as Shu to RI SU YONG, Luo
 * Jun as Lui to RI CHUN HWAN, LUO CHUN HWAN a match).
 */
export function chineseOnlySyllable(word: string): boolean {
  return CHINESE_ONLY.test(word) && CHINESE_SYLLABLES.has(word);
}

export function chineseSyllables(word: string): string[][] {
  if (!LETTERS.test(word) || word.length > LONGEST * MAX_PARTS) return [];
  const out: string[][] = [];
  const path: string[] = [];
  const walk = (i: number): void => {
    if (out.length >= 8) return;
    if (i === word.length) {
      if (path.length >= 2) out.push([...path]);
      return;
    }
    if (path.length >= MAX_PARTS) return;
    for (let e = Math.min(word.length, i + LONGEST); e > i; e--) {
      const s = word.slice(i, e);
      if (!CHINESE_SYLLABLES.has(s)) continue;
      path.push(s);
      walk(e);
      path.pop();
    }
  };
  walk(0);
  return out;
}

/**
 * The readings of a Chinese name's folded words with its given name split and joined: a word not listed
 * itself that splits into Chinese syllables, at least one of them a listed word (YUNGYUAN → YUNG YUAN), is
 * split, the way with fewest syllables the list lacks; two or three words side by side, each a Chinese syllable, whose
 * joining is a listed word (WEN JI → WENJI) are joined. None when neither applies.
 */
export function chineseSyllableReadings(words: readonly string[], isListed: (w: string) => boolean): string[][] {
  // A Chinese name only: up to four words, each a Chinese syllable or syllables run together (LUCIANO ROSSI,
  // MAZENGO DAVID are read as written); one word holds the whole name, three syllables at least (TSANGYUNGYUAN).
  if (words.length === 0 || words.length > MAX_PARTS || !words.every((w) => CHINESE_SYLLABLES.has(w) || chineseSyllables(w).length > 0)) return [];
  if (words.length === 1 && !chineseSyllables(words[0]!).some((seg) => seg.length >= 3)) return [];
  const out: string[][] = [];
  let changed = false;
  const split = words.flatMap((w) => {
    if (w.length < 4 || isListed(w)) return [w];
    // The way with fewest syllables the list lacks, then fewest syllables (YUNG YUAN, not YUNG YU AN).
    let best: string[] | undefined;
    let bestRank = Infinity;
    for (const seg of chineseSyllables(w)) {
      const listed = seg.filter(isListed).length;
      const rank = (seg.length - listed) * 10 + seg.length;
      if (listed > 0 && rank < bestRank) {
        best = seg;
        bestRank = rank;
      }
    }
    if (best === undefined) return [w];
    changed = true;
    return best;
  });
  if (changed) out.push(split);
  const joined: string[] = [];
  let joinedAny = false;
  for (let i = 0; i < words.length;) {
    let took = 0;
    for (const n of [3, 2]) {
      const run = words.slice(i, i + n);
      if (run.length === n && run.every((w) => CHINESE_SYLLABLES.has(w)) && isListed(run.join(''))) {
        took = n;
        break;
      }
    }
    if (took > 0) {
      joined.push(words.slice(i, i + took).join(''));
      joinedAny = true;
      i += took;
    } else {
      joined.push(words[i]!);
      i++;
    }
  }
  if (joinedAny) out.push(joined);
  return out;
}

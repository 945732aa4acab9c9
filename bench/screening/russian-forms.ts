/**
 * Listed DPRK names as Russian documents write them, in Latin letters (security review 18, R18-5): built
 * from the names' Hangul (test/support/hangul-names.ts) through the Kontsevich table (L. R. Kontsevich's
 * practical transcription of Korean into Cyrillic), and for bodies from Russian renderings of their generic
 * words, then transliterated from Cyrillic to Latin letters three ways (BGN/PCGN, the ICAO scheme of Russian
 * passports, and the common one that drops ё's dots). Written apart from the matcher: nothing here reads
 * src/screening/kontsevich.ts or the vocabulary tables, so the set does not test a rule against itself.
 */

// Kontsevich: initials ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ (voiceless at a word's start).
const INITIAL = ['к', 'кк', 'н', 'т', 'тт', 'р', 'м', 'п', 'пп', 'с', 'сс', '', 'ч', 'чч', 'чх', 'кх', 'тх', 'пх', 'х'];
/** ㄱ ㄷ ㅂ ㅈ voiced inside a word after a vowel or a sonorant final. */
const VOICED: Readonly<Record<number, string>> = { 0: 'г', 3: 'д', 7: 'б', 12: 'чж' };
// Medials ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ after a consonant.
const MEDIAL = ['а', 'э', 'я', 'я', 'о', 'е', 'ё', 'е', 'о', 'ва', 'вэ', 'ве', 'ё', 'у', 'во', 'ве', 'ви', 'ю', 'ы', 'ый', 'и'];
/** Without a consonant before it, ㅔ is э. */
const MEDIAL_ALONE: Readonly<Record<number, string>> = { 5: 'э' };
// Finals (index 1..27): ㄱ к, ㄴ н, ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ т, ㄹ ль, ㅁ м, ㅂ ㅍ п, ㅇ н.
const FINAL: Readonly<Record<number, string>> = {
  1: 'к', 2: 'к', 3: 'к', 4: 'н', 5: 'н', 6: 'н', 7: 'т', 8: 'ль', 9: 'к', 10: 'м', 11: 'ль', 12: 'ль', 13: 'ль', 14: 'п', 15: 'ль',
  16: 'м', 17: 'п', 18: 'п', 19: 'т', 20: 'т', 21: 'н', 22: 'т', 23: 'т', 24: 'к', 25: 'т', 26: 'п', 27: 'т',
};
const SONORANT_FINAL = new Set([0, 4, 8, 16, 21]);

/** One Hangul word in Kontsevich's Cyrillic (voicing and ㄹ inside the word as the system writes them). */
export function kontsevichCyrillic(word: string): string {
  let out = '';
  let prevFinal = -1;
  for (const ch of word) {
    const c = ch.codePointAt(0)! - 0xac00;
    if (c < 0 || c > 11171) {
      out += ch;
      prevFinal = -1;
      continue;
    }
    const ini = Math.floor(c / 588);
    const med = Math.floor((c % 588) / 28);
    const fin = c % 28;
    let i = INITIAL[ini] as string;
    if (prevFinal >= 0 && SONORANT_FINAL.has(prevFinal) && VOICED[ini] !== undefined) i = VOICED[ini];
    if (ini === 5 && prevFinal === 8) i = 'л';
    else if (ini === 5 && prevFinal > 0) i = 'н';
    // ㄹ before a vowel is л, not ль.
    if (ini === 11 && out.endsWith('ль')) out = out.slice(0, -1);
    const m = ini === 11 ? MEDIAL_ALONE[med] ?? MEDIAL[med] : MEDIAL[med];
    out += i + (m as string) + (FINAL[fin] ?? '');
    prevFinal = fin;
  }
  return out;
}

const isVowel = (c: string | undefined): boolean => c !== undefined && 'аеёиоуыэюяАЕЁИОУЫЭЮЯ'.includes(c);
type Scheme = (text: string) => string;
function transliterate(text: string, table: Readonly<Record<string, string>>, initialE: string, endings: readonly [RegExp, string][]): string {
  let t = text.toLowerCase();
  for (const [re, to] of endings) t = t.replace(re, to);
  let out = '';
  const chars = [...t];
  chars.forEach((c, k) => {
    if (c === 'е' && (k === 0 || !/\p{L}/u.test(chars[k - 1] ?? ' ') || isVowel(chars[k - 1]) || chars[k - 1] === 'ь' || chars[k - 1] === 'ъ')) out += initialE;
    else out += table[c] ?? c;
  });
  return out.replace(/(^|\s)(\p{L})/gu, (_, s: string, l: string) => s + l.toUpperCase());
}
const COMMON: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
};
/** BGN/PCGN: ё yo, й y, ю yu, я ya, е ye at a word's start; -ий iy, -ый yy. */
const bgn: Scheme = (t) => transliterate(t, { ...COMMON, ё: 'yo', й: 'y', ю: 'yu', я: 'ya' }, 'ye', []);
/** ICAO 9303 (Russian passports since 2013): ё e, й i, ю iu, я ia, ъ ie. */
const icao: Scheme = (t) => transliterate(t, { ...COMMON, ё: 'e', й: 'i', ю: 'iu', я: 'ia', ъ: 'ie' }, 'e', []);
/** Common usage: ё written е, й y, ю yu, я ya, -ий/-ый y (Tanchkhonsky, Kommerchesky). */
const common: Scheme = (t) => transliterate(t, { ...COMMON, ё: 'e', й: 'y', ю: 'yu', я: 'ya' }, 'e', [[/[иы]й(?=\s|$)/gu, 'ы']]);
export const SCHEMES: readonly (readonly [string, Scheme])[] = [['bgn', bgn], ['icao', icao], ['common', common]];

/** A person's Hangul name (family name a syllable) as Russian documents write it: the given name's syllables
 *  apart (Пэк Чхан Хо), joined (Пэк Чханхо), and with ㅈ written чж where a word starts (Юн Хо Чжин). */
export function personCyrillic(hangul: string): string[] {
  const name = hangul.replace(/\s+/gu, '');
  const [family, ...given] = [...name];
  if (family === undefined || given.length === 0) return [];
  // The family names as Russian writes them by custom: 리/이 Ли or Ри, 박 Пак, 최 Чхве (Kontsevich's own).
  const fam = family === '리' || family === '이' ? ['Ри', 'Ли'] : [kontsevichCyrillic(family)];
  const apart = given.map((s) => kontsevichCyrillic(s));
  const joined = kontsevichCyrillic(given.join(''));
  const dzh = given.map((s) => kontsevichCyrillic(s).replace(/^ч(?!х|ч)/u, 'чж'));
  return fam.flatMap((f) => [[f, ...apart].join(' '), `${f} ${joined}`, [f, ...dzh].join(' ')]);
}

/** Listed bodies in Russian: the Korean proper name in Hangul (braces: as written; `{단천}ский`: the Russian
 *  adjective made of it), the generic words in Russian as its documents write them. */
export const RUSSIAN_BODIES: readonly (readonly [string, string])[] = [
  ['Корейская генеральная корпорация {련봉}', 'KPe.002'], ['Генеральная корпорация {련봉}', 'KPe.002'], ['Корпорация {련봉}', 'KPe.002'],
  ['{단천}ский коммерческий банк', 'KPe.003'], ['Коммерческий банк {단천}', 'KPe.003'], ['Кредитный банк {창광}', 'KPe.003'],
  ['Торговая корпорация {남천강}', 'KPe.004'], ['{남천강}ская торговая корпорация', 'KPe.004'], ['Торговая компания {남천강}', 'KPe.004'],
  ['Корейская торговая корпорация {혁신}', 'KPe.006'], ['Корейская торговая корпорация {단군}', 'KPe.008'],
  ['Банк развития {압록강}', 'KPe.009'], ['Корпорация банковского развития {압록강}', 'KPe.009'],
  ['Объединённая торговая компания {청송}', 'KPe.010'], ['Корейская торговая компания {흥진}', 'KPe.011'], ['Банк {동방}', 'KPe.013'],
  ['Корейская торговая корпорация {금룡}', 'KPe.014'], ['Торговая корпорация технологий {토성}', 'KPe.015'],
  ['Корейская машиностроительная корпорация совместного предприятия {련하}', 'KPe.016'], ['Машиностроительная корпорация {련하}', 'KPe.016'],
  ['Судоходная компания {청천강}', 'KPe.022'], ['Кредитный банк {대동}', 'KPe.023'], ['Торговая компания {혜성}', 'KPe.024'],
  ['Корейская банковская корпорация {광선}', 'KPe.025'], ['Корейская торговая корпорация {광성}', 'KPe.026'],
  ['Международный банк {일심}', 'KPe.034'], ['Корейский банк {대성}', 'KPe.035'], ['Банк {대성}', 'KPe.035'],
  ['Генеральная корпорация экономики и торговли {신광}', 'KPe.036'], ['Корейская торговая корпорация {부강}', 'KPe.038'],
  ['Корейская торговая компания {태성}', 'KPe.041'], ['Корейская генеральная торговая корпорация {대성}', 'KPe.042'],
  ['Торговая корпорация {강봉}', 'KPe.043'], ['Корейская торговая корпорация {금산}', 'KPe.044'], ['Банк {고려}', 'KPe.045'],
  ['Кредитный банк развития {고려}', 'KPe.049'], ['Группа компаний зарубежных проектов {만수대}', 'KPe.050'],
  ['Судоходная компания {천명}', 'KPe.056'], ['Судоходная корпорация {합장강}', 'KPe.058'], ['Корейская судоходная компания {아침}', 'KPe.061'],
  ['Корейская судоходная компания {안산}', 'KPe.062'], ['Корейская судоходная компания {명덕}', 'KPe.063'], ['Корейская судоходная компания {삼정}', 'KPe.064'],
  ['Корейская судоходная компания {삼마}', 'KPe.065'], ['Корейская судоходная компания {유정}', 'KPe.066'], ['Судоходная компания {묘향}', 'KPe.068'],
  ['Судоходная компания {백마}', 'KPe.069'], ['Судоходная и морская компания {평천}', 'KPe.070'],
];

/** A body's Russian rendering with its Hangul words in Kontsevich's Cyrillic: `{단천}ский` is Танчхонский. */
export function bodyCyrillic(template: string): string {
  return template.replace(/\{([^}]+)\}(ск)?/gu, (_, h: string, adj: string | undefined) => {
    const c = kontsevichCyrillic(h);
    const word = c.charAt(0).toUpperCase() + c.slice(1);
    return adj === undefined ? word : word + adj;
  });
}

export interface RussianQuery { q: string; ref: string; kind: 'person' | 'entity'; scheme: string }

/** Every listed person and body of the Hangul set, in Latin letters by each scheme (without repeats). */
export function russianQueries(persons: readonly (readonly [string, string])[]): RussianQuery[] {
  const seen = new Set<string>();
  const out: RussianQuery[] = [];
  const add = (cyr: string, ref: string, kind: 'person' | 'entity'): void => {
    for (const [scheme, t] of SCHEMES) {
      const q = t(cyr);
      const key = `${q.toLowerCase()} ${ref}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ q, ref, kind, scheme });
    }
  };
  for (const [h, ref] of persons) for (const c of personCyrillic(h)) add(c, ref, 'person');
  for (const [t, ref] of RUSSIAN_BODIES) add(bodyCyrillic(t), ref, 'entity');
  return out;
}

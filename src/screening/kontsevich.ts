/**
 * korean-v3: Korean names in the Russian (Kontsevich) system written in Latin letters (security review 17,
 * R17-21): Пэк Чхан Хо, Юн Хо Джин, Хван Сок Хва, Рёнбон in Russian visas, passports and invoices become Pek
 * Chkhan Kho, Yun Kho Dzhin, Khvan Sok Khva, Ryenbon. Read back into McCune–Reischauer spellings, the list's.
 *
 * Provenance: the Kontsevich system (L. R. Kontsevich, the Russian practical transcription of Korean, as in
 * the Russian Wikipedia article «Система Концевича»), its Cyrillic letters transliterated to Latin as Russian
 * documents do (х kh, ч ch, дж dzh, чж chzh, ц ts, э e, ё/е ye/yo, в v):
 *   ㅋ кх  -> kkh    ㅌ тх -> tkh    ㅍ пх -> pkh    ㅊ чх -> chkh   (aspirates: the h of the pair is dropped)
 *   ㅎ х   -> kh     ㅈ чж/дж -> chzh/dzh            ㅉ чч/ц -> ts
 *   ㅐ э   -> e      ㅓ о  -> o      ㅕ ё -> yo/ye   ㅘ ва/хва: v for w
 *   final ㅇ н -> n (ng in the list: Рёнбон, Ryonbong)
 * Each is mapped to the list's spelling: kkh k, tkh t, pkh p, chkh ch, kh h, chzh/dzh j, ts ch, e ae (ye yo),
 * v w; a word ending in n is read with ng as well (a second reading).
 */
import { segmentSyllables } from './normalize/syllables.ts';

/** A token written in the Kontsevich system: one of its Latin clusters that MR and RR never write. */
const MARKER = /kh|dzh|chzh|^ts|ye(?!o)|[kh]v/u;
/** A short token with a bare e before a consonant (Pek, Sen): ㅐ; in a longer word (General) an English e,
 *  and a final e (Je, Se) or yeo is Revised Romanization's ㅔ, ㅕ. */
const SHORT_E = /^[a-z]{2,4}$/u;

function read(token: string): string {
  return token
    .replace(/chkh/gu, 'ch').replace(/kkh/gu, 'k').replace(/tkh/gu, 't').replace(/pkh/gu, 'p')
    .replace(/kh/gu, 'h').replace(/chzh|dzh/gu, 'j').replace(/ts/gu, 'ch')
    .replace(/ye(?!o)/gu, 'yo').replace(/(?<![aeiouy])e(?=[b-df-hj-np-tv-z])/gu, 'ae').replace(/v/gu, 'w');
}

/**
 * The words read from Kontsevich into the list's spelling, twice (final n as written, and as ng), or
 * undefined unless a word carries a Kontsevich cluster and every word it changes reads as Korean syllables.
 */
export function kontsevichReadings(words: readonly string[]): string[][] | undefined {
  let changed = false;
  const out: string[] = [];
  const touched: boolean[] = [];
  // A hyphened given name (Chkhan-Kho) is read syllable by syllable.
  for (const w of words.flatMap((x) => x.split('-').filter((p) => p !== ''))) {
    if (!MARKER.test(w) && !(SHORT_E.test(w) && /(?<![aeiouy])e(?=[b-df-hj-np-tv-z])/u.test(w))) {
      out.push(w);
      touched.push(false);
      continue;
    }
    const r = read(w);
    if (r !== w && segmentSyllables(r).length === 0) return undefined;
    if (r !== w) changed = true;
    out.push(r);
    touched.push(r !== w);
  }
  if (!changed) return undefined;
  const ng = out.map((w, i) => (touched[i] === true && /[aeiou]n$/u.test(w) ? `${w}g` : w));
  return ng.join(' ') === out.join(' ') ? [out] : [out, ng];
}

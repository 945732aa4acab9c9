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
 *
 * Security review 18 (R18-5): the rest of the table, and the habits of transliteration from Cyrillic:
 *   ㅡ ы   -> y before a consonant (Kym, Yn, Khynchzhin): u, as the list writes ŭ; ㅢ ый -> yi: ui
 *   ㅠ ю, ㅑ я, ㅛ/ㅕ ё in the ICAO scheme of Russian passports: iu, ia, io (Iun, Kiu, Mekhian): yu, ya, yo
 *   ё written е, as Russian print mostly does (Рён Ren, Мён Men, Ён En): e may be ㅕ, so yo; э (ㅐ) and
 *   е (ㅔ) as before: ae, e (not the press's Чен for 정, o after ch: that is the Chinese Chen)
 *   ㅚ/ㅞ ве (Chkhve, Khve): oe or we;  ㅝ во (Von): wo;  ㅘ ва: wa;  ㅟ ви: wi
 *   final ㅇ н, in any word and inside a joined given name (Kan Ren, Sonchkhol): ng where that is listed
 *   a place's Russian adjective, -skiy -skii -sky -skaya -skaia -skoye (Tanchkhonskiy, Namchkhonganskaya): the place
 * A word so read gives its readings that are Korean syllables; a listed word among them comes first.
 */
import { isOrganisationWord, readsKorean, v3Canonical } from './entity-vocabulary.ts';
import { FOREIGN_WORD, RUSSIAN_WORDS } from './foreign-entity-words.ts';
import { segmentSyllables } from './normalize/syllables.ts';
import { canonicalWord } from './weak-words.ts';

/** A token written in the Kontsevich system: one of its Latin clusters that MR and RR never write (iu, ia,
 *  io: ю, я, ё in the passports' scheme, after a syllable's first consonant: Iun, Kiu, not Corporation). */
const MARKER = /kh|dzh|chzh|^ts|ye(?!o)|[kh]v|^[b-df-hj-np-tv-z]{0,2}i[aou]/u;
/** A short token with a bare e before a consonant (Pek, Sen): ㅐ; in a longer word (General) an English e,
 *  and a final e (Je, Se) or yeo is Revised Romanization's ㅔ, ㅕ. */
const SHORT_E = /^[a-z]{2,4}$/u;
const BARE_E = /(?<![aeiouy])e(?=[b-df-hj-np-tv-z])/u;
/** Weaker signs, read only in a name whose every word then reads as Korean or is a generic word: a bare e
 *  before a consonant in a short word (Ren; a final e, Je, Se, is Revised Romanization's ㅔ), v before a vowel
 *  (Von, Vi), y before a consonant (Kym, Yn). */
const WEAK = /(?<![aeiouy])e(?=[b-df-hj-np-tv-z])|^v[aeiou]|(?<![aeiou])y(?![aeiouy])|^[^aeiou]{0,2}[aeiou]r$/u;
/** A place's Russian adjective: its stem is the place. */
const ADJECTIVE = /^(.{3,}?)(?:sk(?:iy|ii|ij|y|aya|aia|aja|oye|oe|oie|ogo|oy|oi|oj))$/u;
/** Longest word whose bare e is read as a Korean vowel without a Kontsevich cluster in it (Renbon, Mendok). */
const MAX_PLAIN_E = 6;
/** A generic word of another language (Torgovaya, Banque), not the connectors of three letters (von, des):
 *  read as the English word, not as syllables. */
const generic = (w: string): boolean => (w.length > 3 && (FOREIGN_WORD.has(w) || isOrganisationWord(v3Canonical(w))))
  // A legal form written short (Co, Ltd, Corp, JV) and no syllable: "Chonchongang Shipping Co" is read as
  // "Chonchongang Shipping" is.
  || (!readsKorean(w) && isOrganisationWord(v3Canonical(canonicalWord(w))));
/** Shortest word whose n alone is read as ng (a syllable's n, as in KIM SON, stays: the list has both). */
const MIN_NG_WORD = 6;
/** Most readings of one name (each is screened: a few, so a name read so costs a few queries at most). */
const MAX_READINGS = 5;
/** Most variants of one word tried (each a combination of its ambiguous letters). */
const MAX_VARIANTS = 48;

/** The deterministic part of the reading: consonant clusters, ы, the passports' iu ia io, v. */
function read(token: string): string {
  return token
    .replace(/chkh/gu, 'ch').replace(/kkh/gu, 'k').replace(/tkh/gu, 't').replace(/pkh/gu, 'p')
    .replace(/kh/gu, 'H').replace(/chzh|dzh/gu, 'j').replace(/ts/gu, 'ch')
    .replace(/ye(?!o)/gu, 'yo').replace(/iu/gu, 'yu').replace(/ia/gu, 'ya').replace(/io/gu, 'yo')
    .replace(/(?<![aeiou])yi/gu, 'ui').replace(/(?<![aeiou])y(?![aeiouy])/gu, 'u')
    .replace(/v/gu, 'w')
    // A syllable's final ㄹ is р (Ир, Чхор): r before a consonant or at the end is the list's l (Kyon Ir: KYONG IL).
    .replace(/(?<=[aeiouy])r(?![aeiouyw])/gu, 'l');
}

/** The word's readings as Korean syllables: each bare e as ae, yo or e (not Чен's o after ch: Chinese Chen), we as oe or we, each
 *  n before a consonant or at the end as n or ng; the first of each kept first. */
function variants(word: string, marked: boolean): string[] {
  // A longer word's e without a Kontsevich cluster beside it is an English e (General).
  const e = marked || word.length <= MAX_PLAIN_E;
  const parts: string[][] = [];
  let i = 0;
  while (i < word.length) {
    const c = word[i] as string;
    const prev = word[i - 1];
    // (Not an e beside another vowel: Lee, Weon, Seo are English or Revised Romanization.)
    if (c === 'e' && e && (prev === undefined || !'aeiouy'.includes(prev)) && !'aeiouy'.includes(word[i + 1] ?? 'x')) {
      parts.push(prev === 'w' ? ['e'] : ['ae', 'yo', 'e']);
      i++;
    } else if (c === 'H') {
      // kh is ㅎ; a ㅋ (кх) written without its first k is k.
      parts.push(['h', 'k']);
      i++;
    } else if (c === 'w' && word[i + 1] === 'e') {
      parts.push(['oe', 'we']);
      i += 2;
    } else if ((c === 'k' || c === 't' || c === 'p') && prev !== undefined && 'nml'.includes(prev) && word[i + 1] !== 'h') {
      // After a sonorant ㄱ ㄷ ㅂ are voiced, as the list writes them (신광 SINGWANG); Russian papers write them
      // voiceless as often (Sinkvan).
      parts.push([c, c === 'k' ? 'g' : c === 't' ? 'd' : 'b']);
      i++;
    } else if (c === 'n' && word[i + 1] !== 'g' && (i + 1 === word.length || !'aeiouyw'.includes(word[i + 1] as string)) && i > 0) {
      parts.push(['n', 'ng']);
      i++;
    } else {
      parts.push([c]);
      i++;
    }
  }
  let out = [''];
  for (const p of parts) {
    if (p.length === 1) {
      out = out.map((o) => o + (p[0] as string));
      continue;
    }
    const next: string[] = [];
    for (const o of out) for (const x of p) if (next.length < MAX_VARIANTS) next.push(o + x);
    out = next;
  }
  return out.filter((v) => segmentSyllables(v).length > 0);
}

/**
 * The words read from Kontsevich into the list's spelling: one reading with each word's first choice (a
 * listed word first), and beside it each word's second choice, one word at a time; undefined unless a word
 * carries a Kontsevich cluster (or only weaker signs, in a name that then reads as Korean words and generic
 * ones) and every word it changes reads as Korean syllables. `isListed`: a word of the list.
 */
export function kontsevichReadings(words: readonly string[], isListed: (w: string) => boolean = () => false): string[][] | undefined {
  // A hyphened given name (Chkhan-Kho) is read syllable by syllable.
  const split = words.flatMap((x) => x.split('-').filter((p) => p !== ''));
  let strong = false;
  let weak = false;
  // A word of the name read, with an n as ng, as a listed word: the sign is the listed word itself, so words
  // around it that read as no Korean (free text: "Chonchongang Shipping Co fees") are left as written.
  let listedNg = false;
  // Asked only when a long word's n is tried (most names have no such word).
  let personLike: boolean | undefined;
  for (const w of split) {
    if (RUSSIAN_WORDS.has(w) || (!generic(w) && (MARKER.test(w) || (SHORT_E.test(w) && BARE_E.test(w)) || (w.length >= 8 && ADJECTIVE.test(w))))) strong = true;
    else if (w.length <= 5 && WEAK.test(w)) weak = true;
    // Kontsevich's final н alone (Ryonbon, Namchkhongan, Kvanson): a long word that is no listed word, one of its
    // n read as ng is; not in a person's name of syllables (KIM CHUNSIK: a joined given name is read as written,
    // the same as CHUN SIK and CHUN-SIK).
    else if (w.length >= MIN_NG_WORD && w.includes('n') && readsKorean(w) && !isListed(w) && !(personLike ??= split.some((x) => x.length <= 4 && readsKorean(x)))
      && variants(w, false).some((v) => v !== w && isListed(v))) weak = listedNg = true;
  }
  if (!strong && !weak) return undefined;
  const first: string[] = [];
  const others: (string | undefined)[] = [];
  let changed = false;
  for (const w of split) {
    if (generic(w)) {
      first.push(w);
      others.push(undefined);
      continue;
    }
    const stem = w.length >= 8 ? ADJECTIVE.exec(w)?.[1] : undefined;
    const marked = MARKER.test(w) || stem !== undefined;
    const options = [...(stem !== undefined ? variants(read(stem), true) : []), ...variants(read(w), marked)];
    if (options.length === 0) {
      // A word that reads as no Korean: only a generic word may stand beside weaker signs.
      if (!strong && !listedNg) return undefined;
      first.push(w);
      others.push(undefined);
      continue;
    }
    const listed = options.filter(isListed);
    const a = listed[0] ?? options[0] as string;
    // Nothing listed: the word as read, and with its final n as ng (Chkhan: chan, chang).
    const b = listed.length > 0 ? listed[1] : options.find((o) => o === `${a}g`);
    if (a !== w || (b !== undefined && b !== w)) changed = true;
    first.push(a);
    others.push(b);
  }
  if (!changed) return undefined;
  // The first reading, every word's second choice, then each word's second choice alone (at most MAX_READINGS).
  const out = [first];
  const all = first.map((x, i) => others[i] ?? x);
  if (all.join(' ') !== first.join(' ')) out.push(all);
  if (others.filter((b) => b !== undefined).length > 1) others.forEach((b, i) => {
    if (b !== undefined && out.length < MAX_READINGS) out.push(first.map((x, j) => (j === i ? b : x)));
  });
  return out;
}

/** Fewest syllable-final n read as ng in a name with no other sign of the Russian system (Kan Ryon: two). */
const MIN_PLAIN_NG = 2;
/** A syllable's n before a consonant or at a word's end (not ng, not before a vowel: Kanan, Chongan). */
const FINAL_N = /n(?![aeiouywg])/gu;

/**
 * korean-v3: a Korean person's name in the Russian system with no sign of it but its final ㅇ written n (Кан Рён
 * Kan Ryon, Ким Тон Мён Kim Ton Myon, Kim Tonmyon: held-back evaluation 19). MR and RR write every ㅇ as ng, so
 * a name whose syllables end in n two times or more where the list's have ng may be the list's name in Russian
 * letters, or another person's (a ㄴ is n in every system). The reading puts ng for n in each word where that
 * makes a listed word (each place of a joined given name); undefined unless two n at least change and every word
 * reads as Korean syllables. What it finds is held at the possible band (held-readings.ts): a person decides.
 */
export function plainNgReading(written: readonly string[], isListed: (w: string) => boolean): string[] | undefined {
  // A hyphenated given name (Tong-myon) is read as its syllables are when written apart: the same name.
  const words = written.flatMap((w) => w.split('-')).filter((w) => w !== '');
  if (words.length < 2 || words.length > 4 || !words.some((w) => w.includes('n'))) return undefined;
  let changes = 0;
  const out: string[] = [];
  for (const w of words) {
    if (!/^[a-z]+$/u.test(w) || !readsKorean(w)) return undefined;
    const at = [...w.matchAll(FINAL_N)].map((m) => m.index);
    let best = w;
    let bestChanges = 0;
    // Each subset of the word's final n read as ng (a joined given name has two at most in practice).
    if (at.length > 0 && at.length <= 3) {
      for (let mask = 1; mask < 1 << at.length; mask++) {
        let v = '';
        let from = 0;
        let n = 0;
        at.forEach((i, k) => {
          if ((mask & (1 << k)) === 0) return;
          v += `${w.slice(from, i + 1)}g`;
          from = i + 1;
          n++;
        });
        v += w.slice(from);
        const good = w.length <= 5 ? isListed(v) : segmentSyllables(v).length > 0 && (isListed(v) || v.length > 5);
        if (good && n > bestChanges) {
          best = v;
          bestChanges = n;
        }
      }
    }
    changes += bestChanges;
    out.push(best);
  }
  return changes >= MIN_PLAIN_NG ? out : undefined;
}


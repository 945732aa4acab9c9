/**
 * The forms a query name is screened in: the name as written (and its bracketed parts), and korean-v3's
 * readings of it (syllables cut, broken or joined, letters spaced or drawn like others, encodings, Hangul,
 * other romanizations, words run together or cut apart), each prepared against the index's words.
 */
import type { ScreeningIndex } from './build-index.ts';
import { bankReading, caseGluedReading, joinPhrases, v3Canonical } from './entity-vocabulary.ts';
import { foldWords, showLetters, splitParentheticals } from './normalize/fold.ts';
import { canonicalWord, isWeakWord, qualifierMask } from './weak-words.ts';
import { prepareName, type NameForm } from './name-form.ts';
import { personReading } from './name-folding.ts';
import { brokenSyllableReadings, joinedFinalsReading } from './syllable-fragments.ts';
import { gluedWords } from './word-joins.ts';
import { cutLetterReading, cutOnceReading } from './cut-readings.ts';
import { lookAlikeReading, pairLettersReading, percentReading, symbolReading, twoWayLettersReadings } from '../io/look-alike-words.ts';
import { innerSuffixReading } from './suffix-typos.ts';
import { hangulWordsReading, rrSyllableReading } from './rr-syllables.ts';
import { koreaReading, workersPartyReadings } from './korea-names.ts';
import { hangulVocabularyReadings } from './hangul-vocabulary.ts';
import { loneHangulWordReading, spacedHangulReading } from './spaced-hangul.ts';
import { vowelSpellingReading } from './vowel-spellings.ts';
import { nameBeforeAddress } from './address-tail.ts';
import { lineBreakReading } from './line-breaks.ts';
import { markedLettersReading, regroupedLettersReading, spacedLettersReading } from '../io/spaced-letters.ts';
import { kontsevichReadings, plainNgReading } from './kontsevich.ts';
import { distinctiveTypoReading, genericTypoReading, listedOrganisationWords } from './generic-word-typos.ts';
import { markHeldReading } from './held-readings.ts';
import { segmentSyllables } from './normalize/syllables.ts';
import { consonantSkeletonReadings, markSkeletonForm } from './consonant-skeletons.ts';
import { chineseSyllableReadings } from './chinese-syllables.ts';
import { WordTable } from './words.ts';
import { wholeWords } from './word-agreement.ts';
import { listedPrefixReading } from './word-prefix.ts';
import { arabicPersianReading } from './arabic-persian-letters.ts';
import { doubledLettersReading } from './doubled-letters.ts';
import { latinReadings } from '../io/other-alphabets.ts';

const ASCII_ONLY = /^[^\u0080-\u{10ffff}]*$/u;
/** A letter doubled: the cheap test before `doubledLettersReading` folds the name. */
const DOUBLED_LETTER = /([a-z])\1/i;
/** Three or more single letters set apart by the same punctuation mark (K-O-M, T/A/N, K·I·M). */
const SEPARATED_LETTERS = /(?:^|\s)\p{L}([-_/·•*~+,|:])\p{L}(?:\1\p{L})+(?=\s|$)/u;
/** A letter or digit (compiled once, not at every query). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_RUN = /\s+/gu;
const SUFFIX_AFTER_MARK = /[,.]\s*[JjSs][Rr]\b/;
/** The cheap test before `innerSuffixReading` folds the name: a folded word part jr or sr needs a j or s before
 *  an r in the text, with at most apostrophes between (folding drops them; any other ASCII character that is
 *  no letter or digit breaks the word), unless the text holds a character beyond ASCII (folded otherwise). No
 *  `i` flag: with it the range beyond ASCII takes in s and k (ſ and the Kelvin sign K fold to them). */
const MAYBE_INNER_SUFFIX = /[\u0080-\u{10ffff}]|[JjSs]['`"]*[Rr]/u;
const LETTER_SEPARATOR = /(?<=(?:^|[\s\-_/·•*~+,|:])\p{L})[-_/·•*~+,|:](?=\p{L}(?:$|[\s\-_/·•*~+,|:]))/gu;
/** Query words seen before, layered over the index's words; bounded so a long batch cannot grow it forever. */
const queryTables = new WeakMap<ScreeningIndex, WordTable>();
const MAX_QUERY_WORDS = 100_000;

function queryTableFor(index: ScreeningIndex): WordTable {
  let t = queryTables.get(index);
  if (t === undefined) {
    t = new WordTable(index.table);
    queryTables.set(index, t);
  }
  if (t.size > MAX_QUERY_WORDS) t.clear();
  return t;
}

/** A lone final (n, ng, l…) standing as a word: the cheap test before `joinedFinalsReading` folds the name. */
const LONE_FINAL = /(?:^|[^\p{L}])(?:k|n|ng|l|m|p|t|g|nk|lk|lm)(?![\p{L}])/iu;

/** A digit after a letter, or a lone consonant (cluster) before a separator and a letter: the cheap test
 *  before `brokenSyllableReadings` folds the name. */
const BROKEN_SYLLABLE = /\p{L}\p{N}|(?:^|[^\p{L}])[b-df-hj-np-tv-z]{1,3}[^\p{L}\p{N}]+\p{L}/iu;

/** A token of one or two letters: the cheap test before `cutLetterReading` folds the name. */
const SHORT_TOKEN = /(?:^|[^\p{L}])\p{L}{1,2}(?![\p{L}])/u;

/** Whether a word reads as Korean syllables, kept per word (bounded): the regrouped-letters reading asks it of
 *  every word of most names (short pieces: Kim Yong Chol), and a stream of names repeats its words. */
const readsKoreanMemo = new Map<string, boolean>();
const MAX_READS_KOREAN = 10_000;
function readsKorean(word: string): boolean {
  let r = readsKoreanMemo.get(word);
  if (r === undefined) {
    if (readsKoreanMemo.size >= MAX_READS_KOREAN) readsKoreanMemo.clear();
    r = segmentSyllables(word).length > 0;
    readsKoreanMemo.set(word, r);
  }
  return r;
}

/** A query's prepared forms, with what the screening reads beside them. */
export interface QueryForms {
  /** The name without its bracketed parts that are names of their own. */
  main: string;
  forms: NameForm[];
  /** The form read from a listed word at the start of a longer word (held at the possible band). */
  prefixForm: NameForm | undefined;
  /** korean-v3: the query's whole words as written. */
  queryWhole: Set<string> | undefined;
  /** `main`'s folded words, when a reading folded them. */
  folded: string[] | undefined;
  /** korean-v3: the name in other letters it was read in (digits and look-alikes as letters, Greek or Cyrillic in
   *  Latin), for the readings that take the text itself (a typing error in every word: K0TY0 B4MK, re-test 32). */
  rewritten: string[];
}

export function queryForms(index: ScreeningIndex, name: string): QueryForms {
  const profile = index.profile;
  const v3 = profile.entityVocabulary;
  // "FOREIGN TRADE BANK (FTB)": the name and the bracketed acronym are screened as names of their own.
  // The name as it shows: invisible characters gone and letters that show as blank or as marks read as spaces,
  // before the readings below test its words ("Pa\u02c8k Yo\u02c8ng" is "Pa k Yo ng", a syllable broken).
  const shown = showLetters(name);
  const split = splitParentheticals(shown);
  let { main, extras } = split;
  if (profile.entityQualifiers && extras.length > 0) {
    // korean-v2: a bracketed branch, office or place ("(Nampo office)", "(Hong Kong)") qualifies the name
    // before it; it is no name of its own.
    main = [main, ...extras.filter((e) => qualifying(e, v3))].join(' ');
    extras = extras.filter((e) => !qualifying(e, v3));
  }
  const table = queryTableFor(index);
  const prep = { correct: profile.correctTypos, rejoin: v3 };
  const forms = [main, ...extras].filter((n) => LETTER_OR_DIGIT.test(n)).map((n) => prepareName(n, table, prep));
  if (forms.length === 0) forms.push(prepareName(shown, table, prep));
  // korean-v3: "Co Yon Chun", "Kim Hk Song": a person's name with a mistyped syllable as much as a company
  // or a place; screened both ways.
  const literal = v3 ? personReading(main) : undefined;
  if (literal !== undefined) forms.push(prepareName(main, table, { ...prep, literal }));
  // The name's folded words, for the readings below: folded once, and only if one of them is tried (no
  // closure for it: one made per query costs more than the test).
  let folded: string[] | undefined;
  // korean-v3: "Kim Yo.ng Chol", "Ri Chu N Song": a syllable cut after its vowel, read joined as well as
  // written (a lone letter may also be a syllable with its vowel dropped); the better reading counts.
  if (v3 && forms[0]?.organisational === false && LONE_FINAL.test(main)) {
    const joined = joinedFinalsReading((folded ??= foldWords(main)));
    if (joined !== undefined) forms.push(prepareName(joined.join(' '), table, prep));
  }
  // korean-v3: "Jo Yong C hol", "Choe H-wi", "Kim Yong C5hol": a syllable broken after its first letter or by
  // a digit, read put back together as well as written; the better reading counts.
  if (v3 && forms[0]?.organisational === false && BROKEN_SYLLABLE.test(main)) {
    for (const reading of brokenSyllableReadings((folded ??= foldWords(main)))) forms.push(prepareName(reading.join(' '), table, prep));
  }
  // korean-v3: "MINISTRY OF NATIONAL D EFENCE", "NAM CHON G ANG CORPORATION", "D C B FINANCE": a letter or two
  // cut from a word (or initials spaced apart: K O M I D), read joined as well as written.
  if (v3 && SHORT_TOKEN.test(main)) {
    const joined = cutLetterReading((folded ??= foldWords(main)), (w) => v3Canonical(canonicalWord(w)), (w) => table.isListed(w));
    if (joined !== undefined) forms.push(prepareName(joined.join(' '), table, prep));
  }
  // korean-v3: "TANCH0N COMMERCIAL BANK", "KOREA MlNlNG": a digit or a lower-case l drawn like a letter, in an
  // organisation's name as much as a person's; read as the letters as well as written.
  // Compatibility forms first (a fullwidth ０, a mathematical 𝟎, a circled ⓪, a script ℓ are the ASCII ones).
  // 2, 6, 7, 9 (and 1 as an l) only where they make a listed word (6REEN PINE, KWAN6SON).
  const listedWord = (w: string): boolean => table.isListed(v3Canonical(canonicalWord(w)));
  // korean-v3: "Bakr, Abu", "Tah al Binchi", "ADNAN S. HASAN AHMED": words some listed name has as written, which
  // the joins and cuts above read as other words (BAK RABU, TA HAL, SHA SAN): read as the list reads its own names too.
  if (v3 && forms[0]?.reshaped === true && (folded ??= foldWords(main)).every(listedWord)) forms.push(prepareName(main, table, { correct: profile.correctTypos }));
  const lookAlike = v3 ? lookAlikeReading(ASCII_ONLY.test(main) ? main : main.normalize('NFKC'), listedWord) : undefined;
  const rewritten: string[] = [];
  if (lookAlike !== undefined) {
    forms.push(prepareName(lookAlike, table, prep));
    rewritten.push(lookAlike);
  }
  // korean-v3: "KORYO βANK": β, ß and Ы are read as folding reads them (ss, bl) and as drawn like B (bI) too.
  if (v3) for (const twoWay of twoWayLettersReadings(main)) forms.push(prepareName(twoWay, table, prep));
  // korean-v3: "K I M S O K C H O L", "K⠀O⠀M⠀I⠀D": a name spaced letter by letter, read joined as well.
  // Letters set apart by punctuation (K-O-M-I-D, K_I_M S_O_K, T/A/N/C/H/O/N) are letters spaced apart: the
  // punctuation read as the narrow gap, the spaces between words as the wide one.
  const spaced = v3 ? spacedLettersReading(SEPARATED_LETTERS.test(main) ? main.replace(SPACE_RUN, '  ').replace(LETTER_SEPARATOR, ' ') : main) : undefined;
  if (spaced !== undefined) forms.push(prepareName(spaced, table, prep));
  // korean-v3: "KI MS OK CH OL", "KO MI D": the letters regrouped in pairs or triples, read joined as well.
  const regrouped = v3 ? regroupedLettersReading((folded ??= foldWords(main)), readsKorean) : undefined;
  if (regrouped !== undefined) forms.push(prepareName(regrouped, table, prep));
  // korean-v3: "F-O-R-E-I-G-N- -T-R-A-D-E- -B-A-N-K": a mark after every character, the spaces too.
  const marked = v3 ? markedLettersReading(shown) : undefined;
  if (marked !== undefined) forms.push(prepareName(marked, table, prep));
  // korean-v3: "P@K YONG SIK", "K()MID", "FO®EIGN": keyboard symbols drawn like letters, read as them.
  const symbols = v3 ? symbolReading(ASCII_ONLY.test(shown) ? shown : shown.normalize('NFKC'), listedWord) : undefined;
  if (symbols !== undefined) forms.push(prepareName(symbols, table, prep));
  // korean-v3: "KOrnID", "DEVELOPrnENT", "KOMIcl": rn, cl, vv drawn like m, d, w, where that makes a listed word.
  const pairs = v3 && /rn|cl|vv/i.test(main) ? pairLettersReading((folded ??= foldWords(main)), listedWord) : undefined;
  if (pairs !== undefined) forms.push(prepareName(pairs.join(' '), table, prep));
  // korean-v3: "KO MID", "KO.MID", "KOM-ID", "BA-NK": a word cut once into pieces that are listed words themselves.
  const cut = v3 ? cutOnceReading((folded ??= foldWords(main)), (w) => v3Canonical(canonicalWord(w)), (w) => table.isListed(w), forms[0]?.personLike === true) : undefined;
  if (cut !== undefined) forms.push(prepareName(cut.join(' '), table, prep));
  // korean-v3: "KOMID KOMID KOMID": a word repeated side by side, read once, in a name that is no person's (a
  // Korean given name repeats a syllable: KIM KUM KUM).
  const once = v3 && forms[0]?.personLike !== true && /(?:^|[^\p{L}])(\p{L}{3,})[^\p{L}\p{N}]+\1(?![\p{L}])/iu.test(main) ? repeatedOnce((folded ??= foldWords(main))) : undefined;
  if (once !== undefined) forms.push(prepareName(once.join(' '), table, prep));
  // korean-v3: "PAK%20YONG%20SIK": a name percent-encoded as in a web address, decoded.
  const percent = v3 ? percentReading(shown) : undefined;
  if (percent !== undefined) forms.push(prepareName(percent, table, prep));
  // korean-v3: "CHEMICALJOINT VENTURE", "KORE AN", "Joint-Venture": a space lost or added at a line break, in
  // a name that is no person's (a person's syllables joined may make another listed word: RI PYONG, RIPYONG).
  const rebroken = v3 && forms[0]?.personLike !== true ? lineBreakReading((folded ??= foldWords(main)), (w) => v3Canonical(canonicalWord(w)), (w) => table.isListed(w), isWeakWord) : undefined;
  if (rebroken !== undefined) forms.push(prepareName(rebroken.join(' '), table, prep));
  // korean-v3: "Joseon Ryeonbong General Corp": the DPRK's own name for Korea, in a name that is no person's.
  const korea = v3 && forms[0]?.personLike !== true ? koreaReading((folded ??= foldWords(main))) : undefined;
  if (korea !== undefined) forms.push(prepareName(korea.join(' '), table, prep));
  // korean-v3: "WPK Central Committee Munitions Industry Department", "KWP Propaganda and Agitation Dept": a body
  // of the Workers' Party of Korea as the press writes it, read without the party and with it in full.
  if (v3 && forms[0]?.personLike !== true) for (const party of workersPartyReadings((folded ??= foldWords(main)))) forms.push(prepareName(party.join(' '), table, prep));
  // korean-v3: "Dancheon Commercial Bank": a Revised Romanization word written whole, read in its syllables.
  const rr = v3 && forms[0]?.personLike !== true ? rrSyllableReading((folded ??= foldWords(main)), (w) => table.isListed(v3Canonical(canonicalWord(w))) || isWeakWord(w)) : undefined;
  if (rr !== undefined) forms.push(prepareName(rr.join(' '), table, prep));
  // korean-v3: "TSANG YUNGYUAN", "JIAN WEN JI": a Chinese given name joined or split, read as the list writes it.
  if (v3 && forms[0]?.organisational !== true) for (const zh of chineseSyllableReadings((folded ??= foldWords(main)), (w) => table.isListed(w))) forms.push(prepareName(zh.join(' '), table, prep));
  // korean-v3: "Pek Chkhan Kho", "Ryenbon": the Russian (Kontsevich) system in Latin letters, read in the list's
  // spelling (security review 17, R17-21).
  for (const k of v3 ? kontsevichReadings((folded ??= foldWords(main)), (w) => table.isListed(w)) ?? [] : []) forms.push(prepareName(k.join(' '), table, prep));
  // korean-v3: "ПАК ЙОНГ СИК", "Ким Сок Чол", "ΤΣΟΕ ΧΟΥΙ": a name in Cyrillic or Greek letters, read in Latin ones,
  // and so in the Kontsevich system.
  for (const latin of v3 ? latinReadings(main) : []) {
    forms.push(prepareName(latin, table, prep));
    rewritten.push(latin);
    for (const k of kontsevichReadings(foldWords(latin), (w) => table.isListed(w)) ?? []) forms.push(prepareName(k.join(' '), table, prep));
  }
  // korean-v3: "Mohammad Reza Naghdi", "Muammar Gaddafi": qaf and dhal in their other Latin spellings (review 26).
  const respelt = v3 && forms[0]?.organisational !== true ? arabicPersianReading((folded ??= foldWords(main)), (w) => table.isListed(w), readsKorean) : undefined;
  if (respelt !== undefined) forms.push(prepareName(respelt.join(' '), table, prep));
  // korean-v3: "PAKK YONGG SIKK", "Kimm Yong Chol", "RRI JJE-SSNO": a doubled letter in words that read as no
  // Korean, read once (a word left unread so is corrected as a typing error would be, SSNO as SNO as SON).
  const undoubled = v3 && DOUBLED_LETTER.test(main) ? doubledLettersReading((folded ??= foldWords(main)), readsKorean, (w) => table.isListed(w), forms[0]?.organisational === true) : undefined;
  if (undoubled !== undefined) forms.push(prepareName(undoubled.words.join(' '), table, { ...prep, undoubled: undoubled.written }));
  // korean-v3: "YNU HO-JNI", "PKA YNOG SKI": a typing error in every word, so no word reads as Korean and none
  // was corrected; read through every word's corrections, held at possible (security review 27).
  // A doubled letter undone first where there is one (PAKK YNOG SKI: review 28).
  if (v3 && forms[0]?.korean === false && forms[0].organisational === false) {
    const undoubledForm = undoubled !== undefined ? forms[forms.length - 1] : undefined;
    if (undoubledForm === undefined || !undoubledForm.korean) {
      const everyWord = undoubled !== undefined
        ? prepareName(undoubled.words.join(' '), table, { ...prep, undoubled: undoubled.written, everyWordMistyped: true })
        : prepareName(main, table, { ...prep, everyWordMistyped: true });
      if (everyWord.korean) forms.push(markHeldReading(everyWord, 'every word read as a typing error corrected'));
    }
  }
  // korean-v3: "Kan Ryon", "Kim Tonmyon": the Russian system's final n for ng and no other sign, held at possible (screen-name.ts).
  const plainNg = v3 && forms[0]?.personLike === true ? plainNgReading((folded ??= foldWords(main)), (w) => table.isListed(w)) : undefined;
  if (plainNg !== undefined) forms.push(markHeldReading(prepareName(plainNg.join(' '), table, prep), 'a final n read as ng (the Russian system writes every ng so)'));
  // korean-v3: "Huaxin Shiping", "Chang An Shiping": a generic word mistyped beside a listed organisation's word.
  const genericTypo = v3 ? genericTypoReading((folded ??= foldWords(main)), (w) => table.isListed(w), (w) => listedOrganisationWords(index).has(w)) : undefined;
  if (genericTypo !== undefined) forms.push(prepareName(genericTypo.join(' '), table, prep));
  // korean-v3: "Leeder International": a listed organisation's word one typing error off beside a generic word; held.
  const distinctiveTypo = v3 && forms[0]?.organisational === true ? distinctiveTypoReading((folded ??= foldWords(main)), (w) => table.isListed(w), (w) => listedOrganisationWords(index).has(w)) : undefined;
  if (distinctiveTypo !== undefined) forms.push(markHeldReading(prepareName(distinctiveTypo.join(' '), table, prep), 'a word read as the listed word one typing error from it'));
  // korean-v3: "조선대성은행": a Hangul name written without spaces, read in two-syllable words.
  const hangul = v3 && forms[0]?.personLike !== true ? hangulWordsReading(main) : undefined;
  if (hangul !== undefined) forms.push(prepareName(hangul, table, prep));
  // korean-v3: "고려은행", "원양해운관리회사": Hangul organisation words (은행, 해운, 회사) read as the list's English.
  // Read twice: the other words kept in Hangul (read natively) and romanized (found by their spelling).
  // A word the list writes two ways (총국 General Bureau, Administration) is read both ways; a party's body with
  // and without the party.
  if (v3) for (const reading of hangulVocabularyReadings(main)) forms.push(prepareName(reading, table, prep));
  // korean-v3: "단 천 상 업 은 행", "단-천-상-업-은-행": Hangul syllables set apart, read joined as well (R17-7).
  const spacedHangul = v3 ? spacedHangulReading(main) : undefined;
  if (spacedHangul !== undefined) {
    forms.push(prepareName(spacedHangul, table, prep));
    const pairs = hangulWordsReading(spacedHangul);
    if (pairs !== undefined) forms.push(prepareName(pairs, table, prep));
    for (const reading of hangulVocabularyReadings(spacedHangul)) forms.push(prepareName(reading, table, prep));
  }
  // korean-v3: "련봉": a listed body's distinctive word alone in Hangul, read romanized where that is listed.
  const lone = v3 ? loneHangulWordReading(main) : undefined;
  if (lone !== undefined && table.isListed(lone)) forms.push(prepareName(lone, table, prep));
  // korean-v3: "Ocean Maritime Management Co Ltd, Dongheung-dong Changgwang Street": the name before its
  // address, screened on its own too.
  const beforeAddress = v3 ? nameBeforeAddress(main) : undefined;
  if (beforeAddress !== undefined) forms.push(prepareName(beforeAddress, table, prep));
  // korean-v3: "Mansoodae", "Moonitions", "Secund": a word one vowel spelling from a listed word, read as it.
  const vowels = v3 && forms[0]?.personLike !== true
    ? vowelSpellingReading((folded ??= foldWords(main)), (w) => table.isListed(v3Canonical(canonicalWord(w))), (w) => table.isListed(v3Canonical(canonicalWord(w))) || isWeakWord(w))
    : undefined;
  if (vowels !== undefined) forms.push(prepareName(vowels.join(' '), table, prep));
  // korean-v3: "KOREA RYNBNG GENERAL CORPORATION": a distinctive word without its vowels, read as the listed word
  // of its consonants; held at possible below.
  if (v3 && forms[0]?.personLike !== true) for (const sk of consonantSkeletonReadings(index, (folded ??= foldWords(main)), (w) => table.isListed(w))) forms.push(markSkeletonForm(prepareName(sk.join(' '), table, prep)));
  // korean-v3: "RI JR-SON", "KIM SR GON": JR/SR inside a name (no comma or dot before it) is a mistyped syllable.
  const inner = v3 && forms[0]?.organisational !== true && MAYBE_INNER_SUFFIX.test(main) && !SUFFIX_AFTER_MARK.test(main) ? innerSuffixReading((folded ??= foldWords(main))) : undefined;
  if (inner !== undefined) forms.push(prepareName(inner.join(' '), table, prep));
  // korean-v3: "Koryo Bk": Bk after a word is Bank as much as a mistyped syllable; read both ways.
  const bank = v3 ? bankReading(main) : undefined;
  if (bank !== undefined) forms.push(prepareName(bank, table, prep));
  // korean-v3: "Daedongxx Bank", "Taedongcr Bk": a listed Korean word with letters run onto its end, in an
  // organisation's name, read out of the token; what it finds is held at the possible band (below).
  const prefixed = v3 && forms[0]?.organisational === true ? listedPrefixReading((folded ??= foldWords(main)), (w) => table.isListed(v3Canonical(canonicalWord(w)))) : undefined;
  const prefixForm = prefixed !== undefined ? prepareName(prefixed.join(' '), table, prep) : undefined;
  if (prefixForm !== undefined) forms.push(prefixForm);
  // korean-v3: "InternationalChem Joint Venture", "CHANG ANShpg": a short form glued on, told by its capital (HB18-1).
  const caseGlued = v3 ? caseGluedReading(main) : undefined;
  if (caseGlued !== undefined) forms.push(prepareName(caseGlued, table, prep));
  // korean-v3: the query's whole words as written, against which a word pair is a piece of a word or not.
  const queryWhole = v3 ? wholeWords([main, ...extras, ...(caseGlued !== undefined ? [caseGlued] : []), ...(undoubled !== undefined ? undoubled.words : [])].join(' '), (w) => v3Canonical(canonicalWord(w))) : undefined;
  // korean-v3: "INTERNAT. CHEMJT VENTURE CO": a word with an abbreviation glued to it is a whole word too (HB18-1).
  if (queryWhole !== undefined) for (const w of gluedWords((folded ??= foldWords(main)), (x) => v3Canonical(canonicalWord(x)), (x) => table.isListed(x))) queryWhole.add(w);
  return { main, forms, prefixForm, queryWhole, folded, rewritten };
}

/** The words with a word repeated side by side kept once (KOMID KOMID), or undefined when none is. */
function repeatedOnce(words: readonly string[]): string[] | undefined {
  const out = words.filter((w, i) => i === 0 || w !== words[i - 1] || w.length < 3);
  return out.length < words.length ? out : undefined;
}

/** A bracketed part that only says which branch, office or place is meant. */
function qualifying(e: string, v3: boolean): boolean {
  return qualifierMask(v3 ? joinPhrases(foldWords(e)) : foldWords(e), v3).every((x) => x);
}

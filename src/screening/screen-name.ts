/**
 * Screening one name: recall candidates from the index, score each with the name features and the evidence
 * features, keep the best name per record, report those at or above the threshold, best first.
 */
import { MAX_NAME_LENGTH } from '../io/limits.ts';

export { MAX_NAME_LENGTH };
import type { ScreeningIndex } from './build-index.ts';
import type { NameKind } from './un-list/model.ts';
import { bankReading, caseGluedReading, joinPhrases, v3Canonical } from './entity-vocabulary.ts';
import { dobEvidence, documentEvidence, entityCountryEvidence, EVIDENCE_WEIGHT, nationalityEvidence } from './evidence.ts';
import { explainKind, explainName } from './explain.ts';
import { countryNamedIn } from './countries.ts';
import { commonWordsOnly, countryAgreement, countryCorroborates, GENERIC_CAP, genericMatch, isStateBody, otherBusiness, otherKind, sharesOnlyCommonWords, sharesOnlyPlaces, wholeDprkName } from './generic-entity.ts';
import { foldWords, showLetters, splitParentheticals } from './normalize/fold.ts';
import { canonicalWord, isWeakWord, qualifierMask } from './weak-words.ts';
import { personReading, prepareName, type NameForm } from './name-form.ts';
import { brokenSyllableReadings, joinedFinalsReading } from './syllable-fragments.ts';
import { EXACT_BOUNDS, type NameComparison } from './name-score.ts';
import { cutLetterReading, cutOnceReading, gluedWords } from './word-joins.ts';
import { lookAlikeReading, pairLettersReading, percentReading, symbolReading, twoWayLettersReadings } from '../io/look-alike-words.ts';
import { decodedName } from './decoded-name.ts';
import { innerSuffixReading } from './suffix-typos.ts';
import { hangulWordsReading, rrSyllableReading } from './rr-syllables.ts';
import { koreaReading, workersPartyReadings } from './korea-names.ts';
import { hangulVocabularyReadings } from './hangul-vocabulary.ts';
import { loneHangulWordReading, spacedHangulReading } from './spaced-hangul.ts';
import { vowelSpellingReading } from './vowel-spellings.ts';
import { nameBeforeAddress } from './address-tail.ts';
import { lineBreakReading } from './line-breaks.ts';
import { markedLettersReading, regroupedLettersReading, spacedLettersReading } from '../io/spaced-letters.ts';
import { WHOLE_NAME_TYPO_SCORE, wholeNameTypoCandidates } from './whole-name-typos.ts';
import { DEFAULT_REVIEW_THRESHOLD, DEFAULT_THRESHOLD, type Band, type ExplanationEntry, type ScreeningMatch, type ScreeningQuery, type ScreenOptions } from './types.ts';
import { recall } from './recall.ts';
import { kontsevichReadings, plainNgReading } from './kontsevich.ts';
import { distinctiveTypoReading, genericTypoReading, listedOrganisationWords } from './generic-word-typos.ts';
import { heldReading, markHeldReading } from './held-readings.ts';
import { CORE_SCORE, coreComparison, coreTypoCandidates, coreTypoComparison, distinctiveCoreCandidates, HELD_CORE_SCORE, heldComparison, heldCoreCandidates, MIN_HELD_LETTERS, queryCore } from './distinctive-core.ts';
import { segmentSyllables } from './normalize/syllables.ts';
import { isFamilyName } from './normalize/family-names.ts';
import { mergePartMatches, partyParts } from './name-parts.ts';
import { inferredParts } from './inferred-parts.ts';
import { consonantSkeletonReadings, isSkeletonForm, markSkeletonForm } from './consonant-skeletons.ts';
import { chineseSyllableReadings } from './chinese-syllables.ts';
import { entityInitialsParts } from './entity-initials.ts';
import { validateQuery } from './validate-query.ts';
import { holdOtherType, typeEvidence } from './type-evidence.ts';
import { WordTable } from './words.ts';
import { compareCandidate, insideComparisons, listedInside } from './compare-candidate.ts';
import { extraQueryWeight, genericDisagrees, listedWholeOf, missingListedWeight, MISSING_WEIGHT, personAgainstOrganisation, realAgreement, wholeWords } from './word-agreement.ts';
import { listedPrefixReading } from './word-prefix.ts';
import { tooWeakAgreement } from './common-agreement.ts';

/** A name scoring below this is never reported, whatever the other evidence says: evidence confirms or
 *  weakens a name match, it does not make one. */
export const NAME_FLOOR = 0.75;

/** Query words seen before, layered over the index's words; bounded so a long batch cannot grow it forever. */
const ASCII_ONLY = /^[^\u0080-\u{10ffff}]*$/u;
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

/** A listed person's name of this many words or more, whole inside an organisation's name (PAK YONG SIK
 *  TRADING): a company named after the person, possible. */
const MIN_PERSON_WORDS_INSIDE = 3;

/** Why a candidate's name score was held down, in words (shown in its explanation). */
interface Held {
  feature: 'generic-name' | 'other-business' | 'country-contradicts' | 'name-inside' | 'evidence-floor';
  detail: string;
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

export function screenName(index: ScreeningIndex, query: ScreeningQuery, opts: ScreenOptions = {}): ScreeningMatch[] {
  const found = screenParts(index, query, opts);
  // korean-v3: "KO%20MID", "KO%07MID", "KO=20MID": a name carried encoded from the web or mail is screened
  // again as its decoded text, with every reading raw text gets (an encoded space between the halves of a
  // one-word name must meet the joining a raw space meets; security review 19, M2). Controls the decoding
  // brings out are read as the spaces they stand in for.
  const decoded = index.profile.entityVocabulary ? decodedName(query.name) : undefined;
  if (decoded === undefined) return found;
  const again = screenParts(index, { ...query, name: decoded }, opts).map((m) => ({
    ...m, explanation: m.explanation.map((e) => (e.feature === 'name' ? { ...e, detail: `${e.detail}; read from the name decoded: "${decoded}"` } : e)),
  }));
  const best = new Map<string, ScreeningMatch>();
  for (const m of [...found, ...again]) {
    const prev = best.get(m.ref);
    if (prev === undefined || m.score > prev.score || (m.score === prev.score && m.band === 'match' && prev.band !== 'match')) best.set(m.ref, m);
  }
  const out = [...best.values()].sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
  return opts.limit !== undefined ? out.slice(0, opts.limit) : out;
}

function screenParts(index: ScreeningIndex, query: ScreeningQuery, opts: ScreenOptions): ScreeningMatch[] {
  // korean-v3: "KOMID c/o Zhang Wei", "ZHANG WEI, PAK YONG SIK": each part a name of its own as well as the whole.
  const parts = index.profile.entityVocabulary ? [...partyParts(query.name), ...inferredParts(index, query.name), ...entityInitialsParts(index, query.name, query.country ?? query.nationality)] : [];
  if (parts.length === 0) return screenWhole(index, query, opts);
  const { limit, ...rest } = opts;
  const whole = screenWhole(index, query, rest);
  const out = mergePartMatches(whole, parts.map((part) => ({ part, matches: screenWhole(index, { ...query, name: part.text }, rest) })), opts.threshold ?? DEFAULT_THRESHOLD);
  return limit !== undefined ? out.slice(0, limit) : out;
}


function screenWhole(index: ScreeningIndex, query: ScreeningQuery, opts: ScreenOptions): ScreeningMatch[] {
  const dob = validateQuery(query);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const profile = index.profile;
  // korean-v1 and korean-v2 report matches only, unless a review threshold is asked for: their results
  // stay what they were.
  const review = Math.min(threshold, opts.reviewThreshold ?? (profile.reviewBand ? DEFAULT_REVIEW_THRESHOLD : threshold));
  const v3 = profile.entityVocabulary;
  // "FOREIGN TRADE BANK (FTB)": the name and the bracketed acronym are screened as names of their own.
  // The name as it shows: invisible characters gone and letters that show as blank or as marks read as spaces,
  // before the readings below test its words ("Pa\u02c8k Yo\u02c8ng" is "Pa k Yo ng", a syllable broken).
  const shown = showLetters(query.name);
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
  const lookAlike = v3 ? lookAlikeReading(ASCII_ONLY.test(main) ? main : main.normalize('NFKC'), listedWord) : undefined;
  if (lookAlike !== undefined) forms.push(prepareName(lookAlike, table, prep));
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
  // korean-v3: "Kan Ryon", "Kim Tonmyon": the Russian system's final n for ng and no other sign, held at possible below.
  const plainNg = v3 && forms[0]?.personLike === true ? plainNgReading((folded ??= foldWords(main)), (w) => table.isListed(w)) : undefined;
  if (plainNg !== undefined) forms.push(markHeldReading(prepareName(plainNg.join(' '), table, prep), 'a final n read as ng (the Russian system writes every ng so)'));
  // korean-v3: "Huaxin Shiping", "Chang An Shiping": a generic word mistyped beside a listed organisation's word.
  const genericTypo = v3 ? genericTypoReading((folded ??= foldWords(main)), (w) => table.isListed(w), (w) => listedOrganisationWords(index).has(w)) : undefined;
  if (genericTypo !== undefined) forms.push(prepareName(genericTypo.join(' '), table, prep));
  // korean-v3: "Leeder International": a listed organisation's word one typing error off beside a generic word; held below.
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
  const queryWhole = v3 ? wholeWords([main, ...extras, ...(caseGlued !== undefined ? [caseGlued] : [])].join(' '), (w) => v3Canonical(canonicalWord(w))) : undefined;
  // korean-v3: "INTERNAT. CHEMJT VENTURE CO": a word with an abbreviation glued to it is a whole word too (HB18-1).
  if (queryWhole !== undefined) for (const w of gluedWords((folded ??= foldWords(main)), (x) => v3Canonical(canonicalWord(x)), (x) => table.isListed(x))) queryWhole.add(w);
  const best = new Map<number, { id: number; cmp: NameComparison; held?: Held }>();
  // Evidence can lift a name only by what the query offers: with none, the name alone must reach the
  // threshold to be a match. A possible match needs its name to reach the review threshold.
  const matchFloor = Math.min(threshold, Math.max(NAME_FLOOR, threshold - maxEvidence(query)));
  const floor = Math.min(matchFloor, review);
  const country = query.country ?? query.nationality;
  for (const form of forms) {
    // korean-v3: in a person's name every word is the name (Ri Hong Mu); nothing qualifies it.
    const qualifiers = profile.entityQualifiers && !form.personLike;
    const words = queryWords(form);
    // korean-v3: the country the query gives, or names ("... of China").
    const own = profile.strictEntities ? country ?? countryNamedIn(words) : undefined;
    for (const id of recall(index, form, floor, qualifiers ? form.qualifierUnits : 0)) {
      const ri = index.names.recordOf(id);
      const record = index.records[ri];
      if (record === undefined) continue;
      // korean-v3: a record of the other kind than the query states is kept, held to possible (below).
      if (query.type !== undefined && record.kind !== query.type && !v3) continue;
      // korean-v3: a name with an organisation's words (Trading Corporation, Bank) is no person's, and a
      // person's name (Korean syllables only) no organisation's (PANG HYOK SIN is not KOREA HYOKSIN TRADING
      // CORPORATION).
      // A listed person's whole name inside an organisation's (PAK YONG SIK TRADING) is compared, held at
      // possible below.
      const personInside = form.organisational && record.kind === 'person';
      if (personInside && (!v3 || index.names.unitCount(id) < MIN_PERSON_WORDS_INSIDE)) continue;
      if (form.personLike && index.names.isOrganisation(id)) continue;
      if (opts.refs !== undefined && !opts.refs.has(record.ref)) continue;
      const entity = profile.entityQualifiers && record.kind === 'entity';
      // Only a name scoring at least the record's best so far can replace it (held scores only go down), so
      // the record's best is the floor of the comparison: exact, and the comparison gives up sooner.
      const prev = best.get(ri);
      let cmp = compareCandidate(form, index, id, prev === undefined || !EXACT_BOUNDS.recordFloor ? floor : Math.max(floor, prev.cmp.score), entity && qualifiers, v3);
      if (cmp === undefined) continue;
      let held: Held | undefined;
      if (personInside) {
        if (!listedInside(cmp)) continue;
        held = { feature: 'name-inside', detail: `the listed person's name stands whole inside an organisation's name; the name score is held at ${GENERIC_CAP}` };
        cmp = { ...cmp, score: Math.min(cmp.score, GENERIC_CAP) };
      } else if (insideComparisons.has(cmp)) {
        held = { feature: 'name-inside', detail: `the listed name stands whole among other words; the name score is held at ${GENERIC_CAP}` };
      } else if (isSkeletonForm(form) && cmp.score > GENERIC_CAP) {
        held = { feature: 'evidence-floor', detail: `a word written without its vowels read as the listed word of its consonants; the name score is held at ${GENERIC_CAP}` };
        cmp = { ...cmp, score: GENERIC_CAP };
      } else if (heldReading(form) !== undefined) {
        // A guessed reading counts only where it finds a listed name as a match would: a weaker likeness is none.
        if (cmp.score < matchFloor) continue;
        held = { feature: 'evidence-floor', detail: `${heldReading(form)!}; the name score is held at ${GENERIC_CAP}` };
        cmp = { ...cmp, score: GENERIC_CAP };
      } else if (form === prefixForm && cmp.score > GENERIC_CAP) {
        held = { feature: 'name-inside', detail: `a listed word read at the start of a longer word; the name score is held at ${GENERIC_CAP}` };
        cmp = { ...cmp, score: GENERIC_CAP };
      }
      if (held === undefined && entity && !index.names.exactOnly(id)) {
        if (profile.strictEntities) {
          // korean-v3: a place in common is no name (Hong Kong Trading Ltd against HONG KONG ELECTRONICS),
          // unless the query gives every word of the listed name.
          if (sharesOnlyPlaces(cmp)) continue;
          // Generic words only in common, where the distinctive words disagree (Dalian Chemical S.A. against
          // KOREA INTERNATIONAL CHEMICAL JOINT VENTURE COMPANY, Korea Trade Network against HAQQANI NETWORK):
          // another organisation, unless the party's country is the listed entity's.
          if (genericDisagrees(cmp, words, index.names.get(id).full) !== undefined && !countryCorroborates(country, record)) continue;
          // A name of common words only, or a state's body, whose country (given, or named: "... of China")
          // contradicts is likely that country's (the Ministry of National Defense of KR), but a DPRK front
          // abroad gives the country it operates from: the candidate is never dropped (that would permit);
          // its name score is held at the possible band, so a person looks. Only the listed name given
          // whole and word for word, naming the DPRK itself (KOREA MINING DEVELOPMENT TRADING CORPORATION
          // from CN), stays a match: a name that says Korea is no other state's (`wholeDprkName`).
          if (own !== undefined && cmp.score > GENERIC_CAP && (sharesOnlyCommonWords(cmp, true) || isStateBody(cmp))
            && countryAgreement(own, record) === 'contradicts' && !wholeDprkName(cmp, own)) {
            held = { feature: 'country-contradicts', detail: `country ${own} differs from the listed entity's, and the names share only common words or a state body's; the name score is held at ${GENERIC_CAP}` };
          }
        }
        if (held === undefined && cmp.score > GENERIC_CAP) {
          const generic = genericMatch(cmp, words, profile.strictEntities);
          if (generic !== undefined) {
            if (!countryCorroborates(country, record)) held = { feature: 'generic-name', detail: `${generic}; without the party's country agreeing, the name score is held at ${GENERIC_CAP}` };
          } else if (profile.strictEntities) {
            const other = otherBusiness(cmp) ?? otherKind(cmp);
            const common = other === undefined && !countryCorroborates(country, record) ? commonWordsOnly(cmp) : undefined;
            if (other !== undefined) held = { feature: 'other-business', detail: `${other}; the name score is held at ${GENERIC_CAP}` };
            else if (common !== undefined) held = { feature: 'generic-name', detail: `${common}; without the party's country agreeing, the name score is held at ${GENERIC_CAP}` };
          }
        }
        // korean-v3: informative listed words left out that weigh a word or more (CREDIT DEVELOPMENT of
        // DAESONG CREDIT DEVELOPMENT BANK against Taesong Bank, another listed bank): at most possible.
        if (held === undefined && profile.strictEntities && cmp.score > GENERIC_CAP && Math.max(missingListedWeight(cmp), extraQueryWeight(cmp)) >= MISSING_WEIGHT) {
          held = { feature: 'generic-name', detail: `words on one side only (${[...cmp.unmatchedQuery, ...cmp.unmatchedListed].join(' ')}) tell the organisations apart; the name score is held at ${GENERIC_CAP}` };
        }
        if (held !== undefined) cmp = { ...cmp, score: GENERIC_CAP };
      }
      // korean-v3: a person's name (Korean syllables only, a legal form at most beside them) against an
      // organisation's name none of whose organisation words it gives (Chon Myong Kk, a mistyped KPi.018,
      // against CHONMYONG SHIPPING CO): a person as likely as the company, so at most possible.
      if (held === undefined && v3 && record.kind === 'entity' && cmp.score > GENERIC_CAP && personAgainstOrganisation(form, cmp)) {
        held = { feature: 'generic-name', detail: `a person's name against an organisation's, none of whose words ${cmp.unmatchedListed.join(' ')} is given; the name score is held at ${GENERIC_CAP}` };
        cmp = { ...cmp, score: GENERIC_CAP };
      }
      // korean-v3: below the match band, one informative word must agree for real: read alike (not by a
      // spelling key alone) and whole, or a piece of a word whose pieces all agree (Linda Brown is not
      // RUHINDA, Alpine Machinery not GREEN PINE, Elizabeth not El-Sababt). A name held down only because the
      // party's country contradicts was a match by its words: it stays, at possible (held-back evaluation:
      // "Koreainternationalchem. Joint Venture Company" from RU was dropped, and `check` permitted it).
      if (queryWhole !== undefined && cmp.score < matchFloor && held?.feature !== 'country-contradicts' && !realAgreement(cmp, listedWholeOf(index, id), queryWhole)) continue;
      // korean-v3: common given names only, one word of another's name, two typing errors stacked, a common Korean
      // business word alone: too little agreement for the possible band (common-agreement.ts).
      if (queryWhole !== undefined && cmp.score < matchFloor && held?.feature !== 'country-contradicts' && tooWeakAgreement(form, index.names.form(id), cmp, record, countryCorroborates(country, record)) !== undefined) continue;
      if (prev === undefined || cmp.score > prev.cmp.score || (cmp.score === prev.cmp.score && rank(index.names.kindOf(id)) < rank(index.names.kindOf(prev.id)))) {
        best.set(ri, { id, cmp, ...(held !== undefined && { held }) });
      }
    }
  }
  // korean-v3: the whole name one typing error from a listed name (KANG RYON, Niel Tsang) is a possible match
  // at least, whatever its words made of it (another valid syllable, a Chinese name never corrected).
  if (v3 && review <= WHOLE_NAME_TYPO_SCORE) {
    for (const t of wholeNameTypoCandidates(index, main, (folded ??= foldWords(main)))) {
      const ri = index.names.recordOf(t.id);
      const record = index.records[ri];
      if (record === undefined || (opts.refs !== undefined && !opts.refs.has(record.ref))) continue;
      const prev = best.get(ri);
      if (prev !== undefined && prev.cmp.score >= review) continue;
      best.set(ri, { id: t.id, cmp: { score: WHOLE_NAME_TYPO_SCORE, pairs: [{ query: t.query, listed: t.listed, relation: 'typo', edit: t.edit }], unmatchedQuery: [], unmatchedListed: [], reordered: false } });
    }
  }
  // korean-v3: a listed organisation named by its distinctive words alone (Green Pine, Greenpine, Kingly Won),
  // possible at least, whether or not the words read as a person's (security review 17, H17-4).
  const core = v3 && review <= CORE_SCORE && query.type !== 'person' ? queryCore(main) : undefined;
  if (core !== undefined) {
    for (const id of distinctiveCoreCandidates(index, core)) {
      const ri = index.names.recordOf(id);
      const record = index.records[ri];
      if (record === undefined || (opts.refs !== undefined && !opts.refs.has(record.ref))) continue;
      const prev = best.get(ri);
      if (prev !== undefined && prev.cmp.score >= CORE_SCORE) continue;
      best.set(ri, { id, cmp: coreComparison(main, index.names.get(id).full) });
    }
  }
  // korean-v3: a listed front's word that names it alone (Ryonbong, Singwang, Amroggang), held whole among
  // other words, as the readings above give them (New Ryonbong, Entwicklungsbank Amroggang, AMR0GGANG Big):
  // possible at least (security review 18, R18-3); and its short name one typing error off (Green Pines,
  // Yuk Tong: R18-6). Not in a person's name: an untyped query read as one, with a family name first or last
  // (Kim Kwangsong, a given name written joined), is left to the name score; New Ryonbong is read.
  if (v3 && review <= HELD_CORE_SCORE && query.type !== 'person') {
    const held = new Set<string>();
    for (const form of forms) {
      // A word guessed from its consonants or cut out of a longer token is a lead for the name score, not a word held.
      if (isSkeletonForm(form) || form === prefixForm) continue;
      if (query.type !== 'entity' && namedAsPerson(form)) {
        // Two words only that join into a listed front's word (RYON BONG, KANG BONG) are read joined: a
        // person of that name is reviewed once; a longer name (Kim Kang Bong) is a person's.
        for (const v of form.variants.slice(0, 2)) if (v.words.length === 2) held.add(v.words.map((w) => w.text).join(''));
        continue;
      }
      for (const v of form.variants.slice(0, 2)) {
        v.words.forEach((w, i) => {
          if (w.text.length >= MIN_HELD_LETTERS) held.add(w.text);
          // A listed word written in two halves (RYON BONG, TAN CHON, AMROG GANG): held-back evaluation.
          const next = v.words[i + 1];
          if (next !== undefined && w.text.length + next.text.length >= MIN_HELD_LETTERS) held.add(w.text + next.text);
          // Or in three (MAN SU DAE OVERSEAS PROJECT GROUP: review 21).
          const third = v.words[i + 2];
          if (next !== undefined && third !== undefined) held.add(w.text + next.text + third.text);
        });
      }
    }
    const found = [
      ...heldCoreCandidates(index, held).map((h) => ({ id: h.id, make: (): NameComparison => heldComparison(h.words, queryWords(forms[0] as NameForm), index.names.get(h.id).full), words: h.words })),
      ...(core !== undefined ? coreTypoCandidates(index, core) : []).map((t) => ({ id: t.id, make: (): NameComparison => coreTypoComparison(t.query, t.listed, index.names.get(t.id).full), words: undefined })),
    ];
    for (const f of found) {
      const ri = index.names.recordOf(f.id);
      const record = index.records[ri];
      if (record === undefined || (opts.refs !== undefined && !opts.refs.has(record.ref))) continue;
      const prev = best.get(ri);
      if (prev !== undefined && prev.cmp.score >= review) continue;
      const detail = f.words !== undefined
        ? `the listed organisation's distinctive word ${f.words.join(' ')} stands whole among other words; the name score is held at ${HELD_CORE_SCORE}`
        : `the listed organisation's short name one typing error off; the name score is held at ${HELD_CORE_SCORE}`;
      best.set(ri, { id: f.id, cmp: f.make(), held: { feature: 'name-inside', detail } });
    }
  }
  const out: ScreeningMatch[] = [];
  for (const [ri, { id, cmp, held }] of best) {
    if (cmp.score < floor) continue;
    const name = index.names.get(id);
    const record = index.records[ri];
    if (record === undefined) continue;
    const explanation: ExplanationEntry[] = [explainName(cmp), explainKind(name.kind)];
    if (held !== undefined) explanation.push({ feature: held.feature, score: 0, weight: 0, detail: held.detail });
    const place = profile.strictEntities && record.kind === 'entity'
      ? entityCountryEvidence(country, record)
      : nationalityEvidence(query.nationality, record);
    for (const e of [dobEvidence(dob, record, profile.yearContradictsLess), place, documentEvidence(query.documents, record)]) {
      if (e !== undefined) explanation.push(e);
    }
    if (query.type !== undefined) explanation.push(typeEvidence(query.type, record.kind, v3));
    const otherType = query.type !== undefined && record.kind !== query.type;
    let score = cmp.score;
    for (const e of explanation) if (e.feature !== 'name') score += e.score;
    if (otherType) score = holdOtherType(explanation, score);
    score = Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
    let band: Band | undefined = score >= threshold && cmp.score >= matchFloor && !otherType ? 'match' : score >= review && cmp.score >= review ? 'possible' : undefined;
    // korean-v3: contradicting evidence (a country, nationality, year or document) may lower a name from the
    // match band to possible, never below it: a front abroad gives the country it operates from, and a
    // year or nationality may be wrong. A name that reaches the possible band on its own stays in it, at
    // the review threshold, and says why (a dropped near miss would be a permit nobody looked at).
    if (band === undefined && profile.reviewBand && cmp.score >= review) {
      const against = explanation.filter((e) => e.score < 0 && e.feature !== 'name').map((e) => e.feature).join(', ');
      // The entry carries what it gave back, so the explanation still adds up to the score.
      explanation.push({ feature: 'evidence-floor', score: Math.round((review - score) * 1000) / 1000, weight: 0, detail: `the name alone reaches the possible band; contradicting evidence (${against}) lowers it, never removes it: the score is held at ${review}` });
      score = review;
      band = 'possible';
    }
    if (band === undefined) continue;
    out.push({
      ref: record.ref, name: name.full, score, band, regime: record.regime, kind: name.kind, recordKind: record.kind,
      explanation, algorithm: index.algorithm, listVersion: index.listVersion,
    });
  }
  out.sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
  // A listed name found whole among other words is a lead only where nothing else matches: beside a match for
  // the whole name (DCB FINANCE LIMITED), the initialism inside it (DCB) is that name's, not another's.
  if (out.some((m) => m.band === 'match')) {
    const kept = out.filter((m) => !m.explanation.some((e) => e.feature === 'name-inside'));
    return opts.limit !== undefined ? kept.slice(0, opts.limit) : kept;
  }
  return opts.limit !== undefined ? out.slice(0, opts.limit) : out;
}

/** A form read as a person's name (Korean syllables only) with a family name first or last. */
function namedAsPerson(form: NameForm): boolean {
  const words = form.variants[0]?.words;
  if (!form.personLike || words === undefined || words.length < 2) return false;
  return isFamilyName((words[0] as { text: string }).text) || isFamilyName((words[words.length - 1] as { text: string }).text);
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

function queryWords(form: NameForm): string[] {
  return (form.variants[0]?.words ?? []).map((w) => w.text);
}

/** The most the query's evidence (date of birth, nationality, documents) could add to a name score. */
function maxEvidence(q: ScreeningQuery): number {
  let m = 0;
  if (q.dob !== undefined && q.dob.trim() !== '') m += EVIDENCE_WEIGHT.dobExact;
  if (q.nationality !== undefined && q.nationality.trim() !== '') m += EVIDENCE_WEIGHT.nationalityAgrees;
  if (q.documents !== undefined && q.documents.length > 0) m += EVIDENCE_WEIGHT.documentAgrees;
  return m;
}

/** On equal scores prefer the primary name, then good aliases, then former names, then low ones. */
function rank(kind: NameKind): number {
  return { primary: 0, good: 1, former: 2, low: 3 }[kind];
}

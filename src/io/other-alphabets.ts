/**
 * A name written in Cyrillic or Greek letters (read by korean-v3 screening and the vessels list) ("ПАК ЙОНГ СИК", "ХВАНГ СОК-ХВА", "Ким Сок Чол"; security
 * review 27: 152 of 155 DPRK names so written found nothing, and `screen` said so; "ΤΣΟΕ ΧΟΥΙ", "ΡΙ ΤΖΕ-ΣΟΝ":
 * review 28). Screening reads Latin and Hangul; a Russian or Soviet-era document writes a Korean name in
 * Cyrillic, letter for letter or in the Kontsevich system, and a Greek one in Greek. The name is read in Latin
 * letters, one letter (or a Greek digraph: ΟΥ, ΤΣ, ΤΖ, ΜΠ, ΝΤ, ΓΚ) for its usual Latin spelling, and screened so
 * (and through the Kontsevich readings, which take Чхан, Ён, Кван to CHANG, YONG, KWANG). Only a name with no
 * Latin letter: a word mixing the scripts is a disguise (`disguisedWord`), reviewed whatever is found.
 */
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ј: 'y', љ: 'ly', њ: 'ny', ћ: 'ch', ђ: 'j', џ: 'j', ѕ: 'dz',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p',
  ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'h', ψ: 'ps', ω: 'o',
};
/** Greek digraphs read before single letters, as Greek writes Korean sounds (ΤΣΟΕ: choe, ΧΟΥΙ: hui, ΓΚ: g). */
/** ΝΤΖ and ΤΖ are J (ντζο: JO); ΝΓΚ, and ΓΚ ending a word, are NG (ΙΟΓΚ: YONG; re-test 32), ΓΚ elsewhere G. */
const GREEK_DIGRAPHS: [RegExp, string][] = [
  [/ου/gu, 'u'], [/γι/gu, 'y'], [/τσ/gu, 'ch'], [/ντζ/gu, 'j'], [/τζ/gu, 'j'], [/μπ/gu, 'b'], [/ντ/gu, 'd'],
  [/νγκ/gu, 'ng'], [/γκ(?!\p{L})/gu, 'ng'], [/γκ/gu, 'g'], [/γγ/gu, 'ng'],
];
const OTHER = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const OTHER_LETTERS = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;
const MARKS = /\p{M}/gu;

/** ΟΥ before a vowel is W (Greek has no W: ΧΟΥΑΝΓΚ, HWANG; ΟΥΟΝ, WON); before Ι it is W as often as U (ΧΟΥΙ: HWI or
 *  HUI), so read both ways. */
const GREEK_W: [RegExp, string][] = [[/ου(?=[αεηοωάέήόώ])/gu, 'w']];
const GREEK_WI: [RegExp, string][] = [[/ου(?=[αεηιοωάέήίόώ])/gu, 'w']];
/**
 * Greek letters as a reader of Latin letters takes them (security review 30: ΧΑΝΓ ΜΥΟΝΓ-ΧΙΝ for CHANG MYONG-CHIN,
 * ΧΥ ΗΥΟ’Κ, ΣΟΝ ΤζΟΝΓ ΗΥΟΚ; held-back evaluation 31: Τσοε Χουι for CHOE HWI): Χ as CH (chi, as Latin writes it:
 * Christos), Η as the H it is drawn as, Υ as Y before a vowel and U elsewhere. Read beside the Greek sounds; the
 * better reading counts.
 */
const GREEK_AS_LATIN: [RegExp, string][] = [[/χ/gu, 'ch'], [/η/gu, 'h'], [/υ(?=[αεηιοωάέήίόώ])/gu, 'y'], [/υ/gu, 'u']];
const GREEK = /\p{Script=Greek}/u;

/** The name in Latin letters, or undefined when it holds no Cyrillic or Greek letter, or a Latin one too. */
export function latinReading(name: string): string | undefined {
  return latinReadings(name)[0];
}

/** The name's readings in Latin letters (a Greek name has up to three: its sounds, with ΟΥΙ as WI, and its
 *  letters as Latin readers take them), or none when it holds no Cyrillic or Greek letter, or a Latin one too. */
export function latinReadings(name: string): string[] {
  if (!OTHER.test(name) || LATIN_LETTER.test(name)) return [];
  const lower = name.normalize('NFD').replace(MARKS, '').normalize('NFC').toLowerCase();
  const read = (s: string, digraphs: readonly [RegExp, string][]): string => {
    for (const [from, to] of digraphs) s = s.replace(from, to);
    return s.replace(OTHER_LETTERS, (ch) => LATIN[ch] ?? ch);
  };
  if (!GREEK.test(lower)) return [read(lower, [])];
  const sounds = read(lower, [...GREEK_W, ...GREEK_DIGRAPHS]);
  const wi = read(lower, [...GREEK_WI, ...GREEK_DIGRAPHS]);
  const letters = read(lower, [...GREEK_WI, ...GREEK_DIGRAPHS, ...GREEK_AS_LATIN]);
  return [...new Set([sounds, wi, letters])];
}

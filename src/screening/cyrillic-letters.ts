/**
 * korean-v3: a name written in Cyrillic letters ("ПАК ЙОНГ СИК", "ХВАНГ СОК-ХВА", "Ким Сок Чол"; security review
 * 27: 152 of 155 DPRK names so written found nothing, and `screen` said so). Screening reads Latin and Hangul;
 * a Russian or Soviet-era document writes a Korean name in Cyrillic, letter for letter or in the Kontsevich
 * system. The name is read in Latin letters, one Cyrillic letter for its usual Latin spelling, and screened so
 * (and through the Kontsevich readings, which take Чхан, Ён, Кван to CHANG, YONG, KWANG). Only a name with no
 * Latin letter: a word mixing the scripts is a disguise (`disguisedWord`), reviewed whatever is found.
 */
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
};
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTERS = /\p{Script=Cyrillic}/gu;

/** The name in Latin letters, or undefined when it holds no Cyrillic letter, or a Latin one too. */
export function cyrillicReading(name: string): string | undefined {
  if (!CYRILLIC.test(name) || LATIN_LETTER.test(name)) return undefined;
  return name.normalize('NFC').toLowerCase().replace(CYRILLIC_LETTERS, (ch) => LATIN[ch] ?? ch);
}

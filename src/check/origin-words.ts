/**
 * The words that, standing before "origin" ("Russian-origin coal", "of Chinese origin", "AU origin"), name a
 * country other than the DPRK: nationality adjectives, country names and ISO 3166 alpha-2 codes. Any other word
 * before "origin" names no country ("coal origin Nampo": the goods, then where they are from), so the line
 * states no origin and a DPRK place in it stays a DPRK link. An adjective missing here costs a review, never
 * a "permitted" (hostile-user test, H1: "coal origin Nampo" read as an origin named "coal", ruling the DPRK out).
 */
import { isCountryCode } from '../geo/country-codes.ts';

const ADJECTIVES = [
  'afghan', 'albanian', 'algerian', 'american', 'angolan', 'argentine', 'argentinian', 'armenian', 'australian', 'austrian',
  'azerbaijani', 'bahraini', 'bangladeshi', 'belarusian', 'belgian', 'bolivian', 'bosnian', 'brazilian', 'british', 'bruneian',
  'bulgarian', 'burmese', 'cambodian', 'cameroonian', 'canadian', 'chilean', 'chinese', 'colombian', 'congolese', 'croatian',
  'cuban', 'cypriot', 'czech', 'danish', 'dutch', 'ecuadorian', 'egyptian', 'emirati', 'english', 'eritrean', 'estonian',
  'ethiopian', 'european', 'filipino', 'finnish', 'french', 'gabonese', 'georgian', 'german', 'ghanaian', 'greek', 'guinean',
  'hungarian', 'icelandic', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian', 'ivorian', 'japanese',
  'jordanian', 'kazakh', 'kazakhstani', 'kenyan', 'kuwaiti', 'kyrgyz', 'lao', 'laotian', 'latvian', 'lebanese', 'libyan',
  'lithuanian', 'malagasy', 'malaysian', 'maltese', 'mauritanian', 'mexican', 'moldovan', 'mongolian', 'montenegrin', 'moroccan',
  'mozambican', 'namibian', 'nepalese', 'nepali', 'nigerian', 'norwegian', 'omani', 'pakistani', 'panamanian', 'paraguayan',
  'peruvian', 'philippine', 'polish', 'portuguese', 'qatari', 'romanian', 'russian', 'rwandan', 'saudi', 'scottish', 'senegalese',
  'serbian', 'singaporean', 'slovak', 'slovenian', 'somali', 'spanish', 'sri lankan', 'sudanese', 'swedish', 'swiss', 'syrian',
  'taiwanese', 'tajik', 'tanzanian', 'thai', 'tunisian', 'turkish', 'turkmen', 'ugandan', 'ukrainian', 'uruguayan', 'uzbek',
  'venezuelan', 'vietnamese', 'yemeni', 'zambian', 'zimbabwean', 'south korean', 'south african', 'new zealand',
];
const COUNTRIES = [
  'australia', 'brazil', 'canada', 'china', 'prc', 'india', 'indonesia', 'japan', 'kazakhstan', 'malaysia', 'mongolia', 'russia',
  'singapore', 'thailand', 'vietnam', 'viet nam', 'usa', 'us', 'uk', 'eu', 'uae', 'hong kong', 'taiwan', 'philippines', 'turkey', 'turkiye',
  'south africa', 'chile', 'peru', 'colombia', 'germany', 'france', 'norway', 'ukraine', 'poland',
];
const KNOWN = new Set([...ADJECTIVES, ...COUNTRIES]);

/** Whether `word` (folded, lower case), standing before "origin", names a country other than the DPRK. */
export function namesOtherCountry(word: string): boolean {
  if (KNOWN.has(word)) return true;
  return word.length === 2 && word !== 'kp' && isCountryCode(word.toUpperCase());
}

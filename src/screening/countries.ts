/**
 * Nationalities to ISO 3166 alpha-2 codes, for comparing a user's "KP" or "North Korea" with the UN's
 * "Democratic People's Republic of Korea". Unknown names compare by their folded text.
 */
import { isCountryCode } from '../geo/country-codes.ts';
import { foldWords } from './normalize/fold.ts';

const NAMES: Record<string, string[]> = {
  KP: ['democratic peoples republic of korea', 'north korea', 'dprk', 'korea dpr', 'korea north', 'prk'],
  // Plain "Korea" is left out on purpose: it may mean either Korea, so it is never evidence.
  KR: ['republic of korea', 'south korea', 'korea republic of', 'korea south', 'kor', 'southkorea'],
  CN: ['china', 'peoples republic of china', 'prc', 'chn'],
  HK: ['hong kong', 'hong kong sar', 'hkg', 'hongkong'],
  TW: ['taiwan', 'twn'],
  RU: ['russian federation', 'russia', 'rus', 'former soviet union', 'ussr'],
  IR: ['iran islamic republic of', 'iran', 'irn'],
  IQ: ['iraq', 'irq'], AF: ['afghanistan', 'afg'], PK: ['pakistan', 'pak'], SY: ['syrian arab republic', 'syria', 'syr'],
  YE: ['yemen', 'yem'], SA: ['saudi arabia', 'sau'], EG: ['egypt', 'egy'], LY: ['libya', 'lby'], TN: ['tunisia', 'tun'],
  DZ: ['algeria', 'dza'], MA: ['morocco', 'mar'], SO: ['somalia', 'som'], SD: ['sudan', 'sdn'], SS: ['south sudan', 'ssd'],
  ID: ['indonesia', 'idn'], PH: ['philippines', 'phl'], MY: ['malaysia', 'mys'], SG: ['singapore', 'sgp'],
  CD: ['democratic republic of the congo', 'drc', 'cod'], CG: ['congo', 'republic of the congo', 'cog'],
  RW: ['rwanda', 'rwa'], UG: ['uganda', 'uga'], GW: ['guinea bissau', 'gnb'], CF: ['central african republic', 'caf'],
  KW: ['kuwait', 'kwt'], HT: ['haiti', 'hti'], FR: ['france', 'fra'], JO: ['jordan', 'jor'], ML: ['mali', 'mli'],
  US: ['united states of america', 'united states', 'usa'], DE: ['germany', 'deu'], QA: ['qatar', 'qat'],
  GB: ['united kingdom of great britain and northern ireland', 'united kingdom', 'uk', 'gbr', 'great britain'],
  MR: ['mauritania', 'mrt'], PS: ['state of palestine', 'palestine', 'pse'], TZ: ['united republic of tanzania', 'tanzania', 'tza'],
  TD: ['chad', 'tcd'], ER: ['eritrea', 'eri'], GE: ['georgia', 'geo'], TT: ['trinidad and tobago', 'tto'], KE: ['kenya', 'ken'],
  IN: ['india', 'ind'], TR: ['turkiye', 'turkey', 'tur'], UZ: ['uzbekistan', 'uzb'], NG: ['nigeria', 'nga'], NO: ['norway', 'nor'],
  SN: ['senegal', 'sen'], TJ: ['tajikistan', 'tjk'], BA: ['bosnia and herzegovina', 'bih'], SE: ['sweden', 'swe'],
  ET: ['ethiopia', 'eth'], JP: ['japan', 'jpn'], VN: ['viet nam', 'vietnam', 'vnm'], TH: ['thailand', 'tha'],
  AE: ['united arab emirates', 'uae', 'are'], KM: ['union of the comoros', 'comoros', 'com'], LB: ['lebanon', 'lbn'], MM: ['myanmar', 'burma', 'mmr'],
};

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  BY_NAME.set(code.toLowerCase(), code);
  for (const n of names) BY_NAME.set(n, code);
}

/** ISO alpha-2 code for a nationality as written, or its folded text when unknown (see isIsoKey); undefined when empty/"na". */
export function nationalityKey(text: string): string | undefined {
  const folded = foldWords(text).join(' ').replace(/-/g, ' ');
  if (folded === '' || folded === 'na' || folded === 'n a') return undefined;
  const known = BY_NAME.get(folded) ?? BY_NAME.get(folded.replace(/^the /, ''));
  if (known !== undefined) return known;
  // Any ISO 3166 alpha-2 code is a key even when its country has no names here (CH, NL, ...).
  const code = text.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) && isCountryCode(code) ? code : folded;
}

/** True for a key that is an ISO code (known), false for the folded text of a name we could not map. */
export function isIsoKey(key: string): boolean {
  return /^[A-Z]{2}$/.test(key);
}

/**
 * korean-v3: the country an organisation's name says it belongs to, "… of China", "… of the Russian
 * Federation", "… of the Republic of Korea" (the words after the name's last "of"), or undefined.
 */
export function countryNamedIn(words: readonly string[]): string | undefined {
  const at = words.lastIndexOf('of');
  if (at < 0 || at === words.length - 1) return undefined;
  const tail = words.slice(at + 1).filter((w) => w !== 'the');
  const key = nationalityKey(tail.join(' '));
  return key !== undefined && isIsoKey(key) ? key : undefined;
}

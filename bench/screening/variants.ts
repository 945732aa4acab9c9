/**
 * Romanization variants of the real DPRK person names, as people outside the DPRK write them: Revised
 * Romanization and English habits (Pak → Park/Bak, Ri → Lee/Yi/Rhee, Chol → Cheol/Chul, Yong → Young/Yeong),
 * hyphen / joined / spaced given names, family name last, and Hangul.
 */
import { mrSyllableToHangul } from './mr-hangul.ts';
import { pick } from './rng.ts';

const FAMILY: Record<string, string[]> = {
  pak: ['Park', 'Bak', 'Pak'], ri: ['Lee', 'Yi', 'Rhee', 'Li', 'I'], choe: ['Choi', 'Choe'], kim: ['Kim', 'Gim'],
  jong: ['Jeong', 'Chung', 'Jung', 'Chong'], chong: ['Jeong', 'Chung', 'Jung'], ryu: ['Yu', 'Yoo'], rim: ['Im', 'Lim'],
  ro: ['No', 'Noh'], kang: ['Gang', 'Kang'], ko: ['Go', 'Koh'], cho: ['Jo', 'Cho'], jo: ['Cho', 'Jo'],
  jang: ['Chang', 'Jang'], chang: ['Jang', 'Chang'], paek: ['Baek', 'Paik'], son: ['Sohn', 'Son'], hyon: ['Hyun', 'Hyeon'],
  jon: ['Jeon', 'Chun'], chon: ['Jeon', 'Chun'], pae: ['Bae'], yu: ['Yoo', 'Yu'], ku: ['Koo', 'Gu'], ra: ['Na', 'La'],
  chu: ['Joo', 'Ju'], mun: ['Moon'], yun: ['Yoon', 'Youn'], han: ['Han'], hwang: ['Hwang'], min: ['Min'], o: ['Oh'],
  yon: ['Yeon', 'Yon'],
};

/** Given-name syllables: RR and English spellings of the MR forms. */
const GIVEN: Record<string, string[]> = {
  chol: ['cheol', 'chul'], yong: ['young', 'yeong'], song: ['seong', 'sung'], jong: ['jeong', 'jung', 'chung'],
  chong: ['jeong', 'jung'], hyok: ['hyuk', 'hyeok'], myong: ['myung', 'myeong'], kyong: ['kyung', 'gyeong'],
  pyong: ['byung', 'byeong'], byong: ['byung', 'byeong'], sok: ['seok', 'suk'], il: ['il'], chun: ['choon', 'jun'],
  sik: ['shik', 'sik'], nam: ['nam'], ho: ['ho'], su: ['soo', 'su'], u: ['woo', 'u'], gon: ['geon', 'gun'],
  kon: ['geon', 'gun'], hun: ['hoon'], guk: ['gook', 'kuk'], kuk: ['gook'], ok: ['ok'], kwang: ['gwang', 'kwang'],
  chin: ['jin'], jin: ['jin'], son: ['seon', 'sun'], hwa: ['hwa'], ha: ['ha'], rok: ['rok'], ryong: ['ryong', 'yong'],
  hyong: ['hyung', 'hyeong'], won: ['won', 'weon'], mu: ['moo'], sam: ['sam'], min: ['min'], tong: ['dong'],
  to: ['do'], bom: ['beom', 'bum'], pom: ['beom'], kil: ['gil'], kyu: ['gyu', 'kyu'], se: ['se'], bong: ['bong'],
  pong: ['bong'], ung: ['eung'], un: ['eun'], hwan: ['hwan'], sang: ['sang'], gi: ['ki', 'gi'], chae: ['jae'],
  jae: ['jae', 'jai'], je: ['je'], ro: ['ro'], san: ['san'], man: ['man'], tae: ['tae'], hak: ['hak'], uk: ['wook'],
  yon: ['yeon'], sop: ['seop'], hong: ['hong'], ryo: ['ryeo'], ja: ['ja'], hui: ['hee'], hwi: ['hwi'],
};

export interface NameParts {
  family: string; // MR, lower case
  given: string[]; // MR syllables, lower case
}

/** Split a listed DPRK person name into family name and given-name syllables (undefined if it is not one). */
export function nameParts(parts: readonly string[]): NameParts | undefined {
  const clean = parts.map((p) => p.toLowerCase().replace(/['’‘]/g, ''));
  const family = clean[0];
  const given = clean.slice(1).join(' ').split(/[\s-]+/).filter((s) => s.length > 0);
  if (family === undefined || family.includes(' ') || given.length === 0 || given.length > 3) return undefined;
  return { family, given };
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function spell(syl: string, table: Record<string, string[]>, rand: () => number): string {
  const options = table[syl];
  return options !== undefined && rand() < 0.8 ? pick(rand, options).toLowerCase() : syl;
}

/** One romanization variant: spellings, joining and order drawn at random. */
export function romanVariant(p: NameParts, rand: () => number): string {
  const family = cap(spell(p.family, FAMILY, rand));
  const given = p.given.map((g) => spell(g, GIVEN, rand));
  const join = rand();
  const g = join < 0.4 ? cap(given.join('-')) : join < 0.7 ? cap(given.join('')) : given.map(cap).join(' ');
  return rand() < 0.25 ? `${g} ${family}` : `${family} ${g}`;
}

/** Hangul written from the name's readings (no spaces, family first), or undefined if a syllable has none. */
export function hangulVariant(p: NameParts): string | undefined {
  const syllables = [p.family, ...p.given].map(mrSyllableToHangul);
  return syllables.every((s) => s !== undefined) ? syllables.join('') : undefined;
}

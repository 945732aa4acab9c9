/**
 * korean-v3: agreement too weak for the possible band (held-back evaluation of random negatives screened against
 * the whole list, every regime). The weighted pairing reads a listed name's words in a random name often enough
 * to reach the review threshold where what agrees names nobody in particular:
 * - **common given names only** (`Hassan Khalid Mansour` against Muhammad Khalid Hassan, `Mohammad Reza Abbasi`
 *   against MOHAMMAD REZA NAQDI): every word in common is a given name or a name's particle borne by countless
 *   people (Mohammed, Ali, Hassan, Abdullah, Abu, bin, Reza…), and the query adds a name of its own the listed
 *   name lacks. A query whose words all stand in the listed name (`Mohammed Abdullah` against a listed
 *   MOHAMMED ABDULLAH HASSAN AL-X) is kept: it gives part of the listed name and nothing else;
 * - **one word of another person's name** (`Navid Mohammadi` against JAFAR MOHAMMADI, `Klaus Wilson` against
 *   WILSON JOSEPH, `Abu Yasser Al-Hakim` against ABU ALI ALHAKIM): a single written word in common beside common
 *   given names at most, each side with a given name the other lacks, in names that are not Korean (there a syllable is a word: KIM TONG CHOL against KIM YONG CHOL is one
 *   syllable changed, and stays possible);
 * - **two typing errors in a short name** (`ZHU LEI` against RI SU YONG: zhu read as shu, lei as li; `Fu Jia`
 *   against KU JA HYONG): each word of a two-word query read only through a correction, against a listed name
 *   with words of its own left: two guesses stacked, and a listed word missing besides;
 * - **a common Korean business word without its country and line of business** (`Mirae Logistics Co` against
 *   KOREA MIRAE SHIPPING CO. LTD): the listed entity's only distinctive word in common is one that countless
 *   South Korean businesses bear (Mirae "future", Hana, Daehan, Samil…: `KOREAN_BUSINESS_WORDS`), the query gives
 *   neither the listed name's country (Korea) nor its line of business. With either given (Korea Mirae
 *   Trading, Mirae Shipping) the name is compared as before.
 * Applied below the match band only, never to a name held down by a contradicting country.
 */
import { isDprkWord } from './generic-entity.ts';
import { isOrganisationWord } from './entity-vocabulary.ts';
import type { NameComparison, WordPair } from './name-score.ts';
import type { NameForm } from './name-form.ts';
import { isQualifierWord, isWeakWord, wordWeight } from './weak-words.ts';
import { isLegalOrPart } from './word-agreement.ts';

/**
 * Given names and particles of names borne by countless people across the Arab world, Iran, Afghanistan,
 * Pakistan, Turkey and Muslim Africa and Asia, in the spellings the list and documents use. Chosen as names, not
 * by how often the list holds them: a family name the list holds many times (Tikriti, Haqqani) is no common name.
 */
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set([
  // Muhammad and the names of the Prophet's family and companions
  'mohammed', 'mohammad', 'muhammad', 'mohamed', 'muhammed', 'mohamad', 'muhamad', 'mohd', 'mohamud', 'mahamat', 'mehmet', 'mehmed',
  'ahmed', 'ahmad', 'ahmet', 'ali', 'hassan', 'hasan', 'hussein', 'husain', 'hussain', 'husayn', 'huseyin', 'hossein', 'hosein',
  'omar', 'umar', 'omer', 'othman', 'osman', 'usman', 'uthman', 'abubakar', 'abubakr', 'bakr', 'bakar', 'fatima', 'fatema',
  'fatemeh', 'fatma', 'aisha', 'aysha', 'ayesha', 'khadija', 'khadijah', 'zainab', 'zaynab', 'zeynep', 'maryam', 'mariam', 'meryem',
  'hamza', 'hamzah', 'abbas', 'jafar', 'jaafar', 'jaffar', 'talib', 'bilal', 'zaid', 'zayd', 'zayed',
  // Abd- names and the words they are made of
  'abdullah', 'abdallah', 'abdalla', 'abdulla', 'abd', 'abdul', 'abdel', 'abdal', 'abdoul', 'abdulrahman', 'abdurrahman',
  'abdelrahman', 'abderrahmane', 'abdulaziz', 'abdelaziz', 'abdulkarim', 'abdelkarim', 'abdelkader', 'abdulqadir', 'abdulkadir',
  'abdulhamid', 'abdelhamid', 'abdulmajid', 'abdulrahim', 'rahman', 'rehman', 'rahim', 'raheem', 'karim', 'kareem', 'aziz',
  'hamid', 'hameed', 'majid', 'majeed', 'latif', 'latef', 'qadir', 'kader', 'ghani', 'wahab', 'razzaq', 'salam', 'sattar', 'jabbar',
  'allah', 'ullah', 'illah', 'din', 'deen', 'uddin', 'eddin', 'eddine', 'ulhaq', 'haq', 'haqq',
  // prophets' names
  'ibrahim', 'ebrahim', 'ibraheem', 'brahim', 'ismail', 'ismael', 'esmail', 'ishaq', 'yaqub', 'yacoub', 'yakub', 'yusuf', 'yousef',
  'youssef', 'yusef', 'yousuf', 'yousif', 'musa', 'moussa', 'mousa', 'isa', 'issa', 'yahya', 'yahia', 'sulaiman', 'suleiman',
  'sulayman', 'soliman', 'souleiman', 'suleyman', 'dawood', 'dawud', 'daoud', 'idris', 'idriss', 'yunus', 'younis', 'younes',
  'ayub', 'ayoub', 'eyup', 'harun', 'haroun', 'nuh', 'adam', 'salih', 'saleh', 'salah', 'hud', 'shuaib', 'ilyas', 'zakaria',
  'zakariya', 'yasin', 'yassin', 'yaseen',
  // other common given names
  'khalid', 'khaled', 'mahmoud', 'mahmud', 'mahmood', 'mustafa', 'mostafa', 'mustapha', 'moustafa', 'said', 'saeed', 'saied', 'sayed',
  'sayyid', 'syed', 'seyed', 'seyyed', 'sayyed', 'jamal', 'jalal', 'khalil', 'nasser', 'nasir', 'naser', 'nasr', 'rashid', 'rasheed',
  'tariq', 'tarek', 'tarik', 'walid', 'waleed', 'faisal', 'faysal', 'fahd', 'fahad', 'sultan', 'yasser', 'yasir', 'yaser', 'ziad',
  'ziyad', 'amin', 'ameen', 'amir', 'emir', 'anwar', 'anouar', 'hamad', 'hamed', 'hamdi', 'hamdan', 'salim', 'salem', 'saleem',
  'sami', 'samir', 'sameer', 'adel', 'adil', 'imad', 'emad', 'nabil', 'nabeel', 'fouad', 'fuad', 'hisham', 'hesham', 'marwan',
  'ayman', 'aiman', 'mansour', 'mansur', 'mansoor', 'qasim', 'qassem', 'kasim', 'qasem', 'ghulam', 'gholam', 'golam', 'habib',
  'tahir', 'taher', 'saif', 'sayf', 'seif', 'reza', 'riza', 'akbar', 'asghar', 'mehdi', 'mahdi', 'hadi', 'mohsen', 'mohsin',
  'morteza', 'murtaza', 'javad', 'jawad', 'kazem', 'kazim', 'noor', 'nur', 'nour', 'gul', 'jan', 'khan', 'shah', 'mir', 'wali',
  'aga', 'agha', 'emin', 'kemal', 'murat', 'nabi', 'rasul', 'rasool', 'sharif', 'sherif', 'shareef', 'karam', 'kamal', 'kamel',
  'layla', 'leila', 'laila', 'salma', 'amal', 'huda', 'hana', 'noura', 'nadia', 'samira', 'yasmin', 'yasmine', 'amina', 'aminah',
  // particles, kin words and titles
  'abu', 'abou', 'abo', 'bin', 'ben', 'ibn', 'bint', 'binti', 'ould', 'wuld', 'al', 'el', 'ag', 'umm', 'haji', 'hajji', 'hadji',
  'hajj', 'mullah', 'mulla', 'mawlawi', 'maulavi', 'maulvi', 'mawlavi', 'qari', 'sheikh', 'shaikh', 'shaykh', 'sheik', 'sayyida',
]);

/**
 * Korean words that countless South Korean (and other) businesses bear, so that one alone, without its country and
 * line of business, names no listed DPRK organisation: common words (Mirae "future", Hana "one", Daehan "great
 * Korea", Hanguk "Korea", Samil, Hanil, Daeil, Jeil "first", Saehan, Hanbit, Taeyang "sun", Haeyang "ocean",
 * Yonhap "united", Dongbang "the East", Daedong, Daesong "success", Sinyong "credit"), names of kings and
 * cities used as brands (Sejong, Koryo, Ansan, Seoul, Busan) and conglomerates' words (Samsung, Hyundai, Daewoo,
 * Hanjin, Hanwha, Kumho, Hyosung, Daelim, Shinhan), as South Korean firms write them. Not the words the DPRK's
 * own bodies are named by in its spelling (Pugang, Kumryong, Samjong, Paekma, Tangun): distinctive-core.ts
 * holds those as ordinary among other words, but beside their line of business they still lead to review.
 * Every word here is also ordinary to distinctive-core.ts.
 */
export const KOREAN_BUSINESS_WORDS: ReadonlySet<string> = new Set([
  'mirae', 'hana', 'daehan', 'taehan', 'hanguk', 'hankuk', 'hankook', 'samil', 'hanil', 'daeil', 'taeil', 'jeil', 'cheil', 'saehan',
  'hanbit', 'taeyang', 'haeyang', 'yonhap', 'yeonhap', 'dongbang', 'tongbang', 'daedong', 'taedong', 'daesong', 'taesong', 'daesung',
  'sinyong', 'shinyong', 'sejong', 'koryo', 'goryeo', 'ansan', 'samsung', 'hyundai', 'daewoo', 'hanjin', 'hanwha', 'kumho', 'hyosung',
  'daelim', 'shinhan', 'woori', 'samyang', 'sambo', 'samjin', 'samwoo', 'dongil', 'dongwon', 'daewon', 'hansol', 'hanmi', 'donga',
  'kukje', 'haesung', 'daesang', 'sunjin', 'ilshin', 'cheonji', 'seoul', 'busan', 'pusan', 'incheon',
]);

const informative = (w: string): boolean => w.length >= 2 && wordWeight(w) >= 0.5 && !isWeakWord(w);
const agrees = (p: WordPair): boolean => p.relation !== 'different';
/** Relations read through a guess at a typing error. */
const GUESSED = new Set(['corrected', 'typo']);

/** Whether a written word is met by a pair: the word itself, or a piece of it (MIRAE read as mi-ra-e). */
function met(word: string, side: 'query' | 'listed', pairs: readonly WordPair[]): boolean {
  return pairs.some((p) => agrees(p) && (p[side] === word || (p[side].length > 0 && word.includes(p[side]))));
}

const wordsOf = (form: Pick<NameForm, 'variants'>): string[] => (form.variants[0]?.words ?? []).map((w) => w.text);

/**
 * Why a comparison below the match band agrees too little to be reported, or undefined when it does not
 * (see the module's comment). `record`: the listed record's kind and regime; `corroborated`: the party's country
 * is the listed record's.
 */
export function tooWeakAgreement(query: Pick<NameForm, 'variants' | 'organisational' | 'personLike'>, listed: Pick<NameForm, 'variants'>, cmp: NameComparison, record: { kind: 'person' | 'entity'; regime: string }, corroborated: boolean): string | undefined {
  const recordKind = record.kind;
  const agreeing = cmp.pairs.filter(agrees);
  if (agreeing.length === 0) return undefined;
  const qWords = wordsOf(query).filter(informative);
  const lWords = wordsOf(listed).filter(informative);
  const qMet = qWords.filter((w) => met(w, 'query', agreeing));
  const lMet = lWords.filter((w) => met(w, 'listed', agreeing));
  // Words of each side's own: a written word nothing meets, or a word the pairing left over (a piece of a
  // hyphened or joined word: HYONG of CHA-HYONG).
  const qOwn = [...new Set([...qWords.filter((w) => !qMet.includes(w)), ...cmp.unmatchedQuery.filter(informative)])];
  const lOwn = [...new Set([...lWords.filter((w) => !lMet.includes(w)), ...cmp.unmatchedListed.filter(informative)])];
  // A Korean name (a DPRK person's, written in Korean syllables) against a query read as one: a syllable is a
  // word there, and one syllable changed is another name to review. (An Arabic name may read as Korean
  // syllables too, Mansur Al-Saadi: the regime tells the names apart.)
  const korean = query.personLike && record.regime === 'DPRK' && (listed.variants[0]?.words ?? []).every((w) => w.weight < 0.5 || w.segs.length > 0);
  if (!query.organisational) {
    // What agrees beyond common given names and particles, written word by written word.
    const lRare = lMet.filter((w) => !COMMON_GIVEN_NAMES.has(w));
    const qRare = qMet.filter((w) => !COMMON_GIVEN_NAMES.has(w));
    // Common given names only, beside a name of the query's own.
    if (lMet.length > 0 && qOwn.length > 0 && lRare.length === 0 && qRare.length === 0) {
      return `only common given names in common (${lMet.join(' ')}), beside ${qOwn.join(' ')}`;
    }
    // One word of another person's name (common given names aside), each side with a name of its own.
    if (recordKind === 'person' && !korean && lRare.length === 1 && qRare.length === 1 && qOwn.length > 0 && lOwn.length > 0) {
      return `one name in common (${lRare[0]}), beside ${qOwn.join(' ')} where the listed name has ${lOwn.join(' ')}`;
    }
  }
  // Two typing errors stacked in a short name, a listed word left besides.
  const guessed = agreeing.filter((p) => GUESSED.has(p.relation)).length;
  if (guessed >= 2 && qWords.length <= 2 && lOwn.length > 0) {
    return `each word read through a typing error (${agreeing.map((p) => `${p.query}~${p.listed}`).join(', ')}), and the listed ${lOwn.join(' ')} not given`;
  }
  // A common Korean business word without the listed name's country and line of business.
  if (recordKind === 'entity' && !corroborated) {
    const distinct = lWords.filter((w) => !isDprkWord(w) && !isOrganisationWord(w) && !isLegalOrPart(w) && !isQualifierWord(w));
    const metDistinct = distinct.filter((w) => lMet.includes(w));
    const countryLeft = cmp.unmatchedListed.some(isDprkWord);
    const businessLeft = cmp.unmatchedListed.some((w) => isOrganisationWord(w) && !isDprkWord(w) && !isLegalOrPart(w));
    if (metDistinct.length > 0 && metDistinct.every((w) => KOREAN_BUSINESS_WORDS.has(w)) && countryLeft && businessLeft) {
      return `only ${metDistinct.join(' ')}, a word many businesses bear, in common, without the listed ${lOwn.join(' ')}`;
    }
  }
  return undefined;
}

/**
 * Letters drawn like Latin ones (a Cyrillic О in "CHОL", a Cherokee Ꮶ in "ᏦOMID", a Lisu ꓗ), shared by every
 * reader that compares Latin words: the screener's name folding, the check's reader of the DPRK's names in free
 * text and the vessels list's names. Which letters: Unicode's confusables data (`confusables.ts`). A word made
 * only of Latin letters and these is read as the Latin word it shows.
 *
 * A word wholly of another script whose every letter is drawn like a Latin one (a Cyrillic "РАК") is read as
 * Latin too: no real word of that script is lost that a reading of its own would find (both sides of every
 * comparison, the list and the name asked about, are folded alike), and a name spelt entirely in look-alikes
 * is the disguise to catch. A word with one letter that is not drawn so (the П of "Пак", the Д of "КНДР") is a
 * real word of its script and stays as it is. Letters are read in their own case ("Н" is H, "η" is n): callers
 * unmask before they lower the case.
 */
import { lookAlikeTable } from './confusables.ts';
import { escapeReadings } from './escape-reader.ts';

/** Patterns compiled once, not at every call (one written inside a function is compiled again each time). */
const LATIN_LETTERS = /^[a-z]+$/i;
const LATIN_OR_DIGITS = /^[a-z0-9]+$/i;

const ASCII = /^[^\u0080-\uffff]*$/;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

const KEEP = 0; // a Latin letter (or a compatibility form callers fold), a digit, a mark: kept
const FOREIGN = 1; // a letter of another script not drawn like a Latin one: the word is a real word of its script
const BREAK = 2; // neither letter, mark nor digit: between words
type Kind = string | typeof KEEP | typeof FOREIGN | typeof BREAK;
/** What each non-ASCII character seen is, memoised: one lookup per character after the first (the characters
 *  of the world's scripts are finite, so the memo is bounded). */
const kinds = new Map<string, Kind>();

function kindOf(ch: string): Kind {
  if (!WORD_CHAR.test(ch)) return BREAK;
  const table = lookAlikeTable();
  const latin = table.get(ch) ?? table.get(ch.normalize('NFD').replace(MARKS, ''));
  if (latin !== undefined) return latin;
  if (!LETTER.test(ch) || LATIN.test(ch) || LATIN_LETTERS.test(ch.normalize('NFKD').replace(MARKS, ''))) return KEEP;
  return FOREIGN;
}

function nonAsciiKind(ch: string): Kind {
  let kind = kinds.get(ch);
  if (kind === undefined) kinds.set(ch, (kind = kindOf(ch)));
  return kind;
}

let anyLookAlike: RegExp | undefined;

/** Whether the text holds a look-alike (in its NFD form too: a Cyrillic ё is е and a mark): a native scan,
 *  far cheaper than reading each character, for the names that have none. */
function hasLookAlike(text: string): boolean {
  anyLookAlike ??= new RegExp(`[${[...lookAlikeTable().keys()].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'u');
  return anyLookAlike.test(text) || anyLookAlike.test(text.normalize('NFD'));
}

/**
 * Text with each word (a run of letters, marks, digits and hyphens) read as the Latin word it shows, where it is Latin
 * letters (compatibility forms included: callers NFKD-fold them) and look-alikes only (lower-case letters
 * where look-alikes stood); any other word as it is. One pass, a memo lookup per non-ASCII character.
 */
export function unmaskLookAlikes(text: string): string {
  if (ASCII.test(text)) return text; // most names: nothing to read
  if (!hasLookAlike(text)) return text; // most of the rest (diacritics, other scripts): nothing either
  let out = '';
  let word = ''; // the current word as written
  let read = ''; // the current word as read
  let foreign = false;
  let changed = false;
  const flush = (): void => {
    out += foreign ? word : read;
    word = read = '';
    foreign = false;
  };
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    let kind: Kind | undefined;
    if (c < 0x80) kind = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d ? KEEP : BREAK;
    else kind = nonAsciiKind(ch);
    if (kind === BREAK) {
      flush();
      out += ch;
      continue;
    }
    word += ch;
    if (kind === FOREIGN) foreign = true;
    else if (kind === KEEP) read += ch;
    else {
      read += kind;
      changed = true;
    }
  }
  flush();
  return changed ? out : text;
}

/**
 * The Hangul fillers (choseong, jungseong, compatibility, half-width) count as letters yet show as blank; the
 * spacing modifier letters (ˑ ˍ ˈ …), the Arabic and N'Ko stretching letters, the katakana long-vowel mark and
 * a few other modifier letters (U+0559, U+1843, U+A788) count as letters yet show as marks between letters:
 * put between the words of a name, each would join them into one no listed name has. Read as a space. (The
 * modifier apostrophes ʻ ʼ ʹ are the callers' apostrophes, taken before this.)
 */
export const BLANK_LETTERS = /[\u115f\u1160\u3164\uffa0\u02b1\u02b4-\u02b6\u02bd-\u02e0\u02e4-\u02ff\u0640\u07fa\u0559\u1843\u30fc\uff70\ua788]/gu;

/** Invisible characters: Unicode's Default_Ignorable_Code_Point (soft hyphen, zero-width characters, joiners,
 *  bidi controls, variation selectors, the combining grapheme joiner, Mongolian selectors, tags, …) and every
 *  other format character (\p{Cf}). The Hangul fillers among them show as blank: taken first, as spaces. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/** Text as it shows: the letters that show as blank or as marks between letters read as spaces, invisible
 *  characters removed. Callers take their apostrophes first (the modifier apostrophes are not among
 *  BLANK_LETTERS). */
export function showLetters(text: string): string {
  return text.replace(BLANK_LETTERS, ' ').replace(INVISIBLE, '');
}

/**
 * A Latin letter no reading takes to plain letters: neither NFKD folding (é, Ｋ) nor the look-alike table
 * (ø, ŋ, ɔ). Latin's extensions hold hundreds of letters with hooks, bars and tails drawn like plain ones;
 * one the table misses is counted as another script's would be.
 */
function unreadLatin(ch: string): boolean {
  if (!LATIN.test(ch) || LATIN_LETTERS.test(ch.normalize('NFKD').replace(MARKS, ''))) return false;
  const table = lookAlikeTable();
  return table.get(ch) === undefined && table.get(ch.normalize('NFD').replace(MARKS, '')) === undefined;
}

/** A character's part in a word, for telling a disguised name (see disguisedWord). */
type Part = 'latin' | 'look-alike' | 'native' | 'odd' | 'foreign' | 'mark';
const NATIVE_LETTER = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Hangul jamo standing alone (ㅇ, ㅣ): letters of syllables, never a name's letters on their own. */
const JAMO = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff\uffa0-\uffdc]/u;
/** Symbols names carry as they are: they stand for no letter. */
const PLAIN_SYMBOLS = new Set(['®', '©', '°', '€', '£', '¥', '§', '·', '•', '№', '™', '℠', '«', '»', '“', '”', '‘', '’', '„', '–', '—', '…']);
const SEPARATORS = /[\s!-/:-@[-`{-~]+/u; // whitespace and ASCII punctuation
const MARK = /\p{M}/u;
const LETTER_NUMBER = /\p{Nl}/u;
const NON_SPACING = /\p{Mn}/u;
/** A letter that shows as blank or as a mark (BLANK_LETTERS) set between letters: inside a word, drawn as a letter. */
const BLANK_INSIDE = new RegExp(`[\\p{L}\\p{N}]${BLANK_LETTERS.source}[\\p{L}\\p{N}]`, 'u');

function partOf(ch: string): Part {
  if (ch < '\u0080') return 'latin';
  if (MARK.test(ch)) return NON_SPACING.test(ch) ? 'mark' : 'odd'; // a spacing mark (ం) shows as a letter of its own
  if (LETTER_NUMBER.test(ch)) return 'odd'; // Ⅿ Ⅼ Ⅰ 〇: numbers drawn like letters, which name folding does not read
  if (LATIN_OR_DIGITS.test(ch.normalize('NFKD').replace(MARKS, ''))) return 'latin'; // é, Ｋ, Ⅿ read by folding
  if (LATIN.test(ch) && LETTER.test(ch)) return unreadLatin(ch) ? 'odd' : 'latin';
  if (lookAlikeTable().has(ch)) return 'look-alike';
  if (JAMO.test(ch)) return 'odd';
  if (NATIVE_LETTER.test(ch) && LETTER.test(ch)) return 'native';
  if (LETTER.test(ch)) return 'foreign';
  return PLAIN_SYMBOLS.has(ch) ? 'mark' : 'odd'; // other scripts' digits (٥ ० ๐), 〇, ∪, ₭: drawn like letters
}

/** The scripts whose letters are drawn like Latin ones most often, each compiled once. */
const SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Coptic', 'Cherokee', 'Georgian', 'Hebrew', 'Arabic'].map((name) => ({ name, re: new RegExp(`\\p{Script=${name}}`, 'u') }));

function scriptOf(ch: string): string {
  return SCRIPTS.find((s) => s.re.test(ch))?.name ?? 'other';
}

/**
 * The first word of a name that hides letters, and how, or undefined. A word (between spaces and ASCII
 * punctuation) is disguised when it
 *  - mixes Latin letters with letters of another script ("CHОL" with a Cyrillic О, "ᏦOMID"), or holds a Latin
 *    letter no reading takes to a plain one;
 *  - holds a character drawn like a letter that is none: another script's digit (٥ ० ๐), an ideographic zero
 *    〇, a symbol (∪ ₭), a Hangul jamo standing alone (ㅇ ㅣ);
 *  - sets one Hangul, Han or kana character inside Latin letters, or beside them alone ("KOM口D", "K口MID"):
 *    real names join whole words of those scripts to a Latin acronym ("LG전자", "TCL集团");
 *  - mixes letters of two other scripts (a Coptic Ⲁ among Cyrillic ones);
 * ('mixed'), or is written in a script screening does not read at all (a Cyrillic "КОМИД", "Ким Сок Чол"; Han or
 * kana alone, "朝鲜贸易银行", "コミド": screening reads Hangul only):
 * no listed name written so can be found ('unread'). In names this is deliberate or unscreenable: graded
 * evidence, for review. A word wholly of look-alikes of one script is read as Latin (unmaskLookAlikes).
 */
export function disguisedWord(name: string): { word: string; why: 'mixed' | 'unread' } | undefined {
  const reference = undecodedReference(name);
  if (reference !== undefined) return { word: reference, why: 'mixed' };
  const symbol = symbolInWord(name);
  if (symbol !== undefined) return { word: symbol, why: 'mixed' };
  if (ASCII.test(name)) return undefined;
  const inside = BLANK_INSIDE.exec(name);
  if (inside !== null) return { word: inside[0], why: 'mixed' };
  let unread: string | undefined;
  for (const w of showLetters(name).split(SEPARATORS)) {
    if (w === '' || ASCII.test(w)) continue;
    const parts = [...w].map((ch) => ({ ch, part: partOf(ch) })).filter((x) => x.part !== 'mark');
    const has = (p: Part): boolean => parts.some((x) => x.part === p);
    if (has('odd')) return { word: w, why: 'mixed' };
    const latin = has('latin');
    if (latin && (has('foreign') || has('look-alike'))) return { word: w, why: 'mixed' };
    if (latin && has('native')) {
      // Runs of native characters: one alone beside Latin letters, or any between them, is a disguise.
      for (let i = 0; i < parts.length;) {
        if (parts[i]!.part !== 'native') { i++; continue; }
        let j = i;
        while (j < parts.length && parts[j]!.part === 'native') j++;
        const before = i > 0 && parts[i - 1]!.part !== 'native';
        const after = j < parts.length;
        if ((before && after) || j - i === 1) return { word: w, why: 'mixed' };
        i = j;
      }
      // Han or kana joined to Latin letters or digits ("朝鲜贸易银行A", "天马山号2"): unread unless a brand's tail.
      if (unreadBesideLatin(parts)) unread ??= w;
    }
    const scripts = new Set(parts.filter((x) => x.part === 'foreign' || x.part === 'look-alike').map((x) => scriptOf(x.ch)));
    if (scripts.size > 1) return { word: w, why: 'mixed' };
    if (!latin && has('foreign')) unread ??= w;
    // Han or kana alone (朝鲜贸易银行, 朴永植, コミド): screening reads Hangul, not these (security review 16, R16-4).
    if (!latin && !has('foreign') && parts.some((x) => x.part === 'native' && !HANGUL.test(x.ch))) unread ??= w;
  }
  return unread === undefined ? undefined : { word: unread, why: 'unread' };
}

/**
 * Company forms written in Han or kana after (or before) a Latin brand: "TCL集团", "ABC有限公司", "SONY株式会社",
 * "株式会社SONY". They name the kind of company, not which one: a brand with one of them is read by its Latin letters.
 */
const COMPANY_FORMS = [
  '股份有限公司', '有限责任公司', '有限責任公司', '有限公司', '株式会社', '有限会社', '合同会社', '合资公司', '合資公司',
  '集团', '集團', '公司', '控股', 'ホールディングス', 'グループ', '商事',
];

/**
 * A word of Latin letters or digits and Han or kana, which screening does not read (it reads Hangul: "LG전자" is
 * read whole): the Han or kana left once a company form is taken off each end is the name itself when it is three
 * characters or more, or more than the Latin ones ("朝鲜矿业开发贸易公司1", "天马山号2", "豪帆6", "コミッド1"): a
 * digit or a letter added to a name in an unread script does not make it read (security review 17, R17-1). A Latin
 * brand with a company form ("TCL集团", "SONY株式会社") or a short Han tail ("HUAWEI华为") stays plain.
 */
function unreadBesideLatin(parts: readonly { ch: string; part: Part }[]): boolean {
  const latin = parts.filter((x) => x.part === 'latin').length;
  let unreadChars = 0;
  let run = '';
  const close = (): void => {
    let rest = run;
    // Company forms at either end, as many as stand there (集团有限公司, 株式会社…グループ).
    for (let cut = true; cut && rest !== '';) {
      cut = false;
      for (const f of COMPANY_FORMS) {
        if (rest.endsWith(f)) { rest = rest.slice(0, -f.length); cut = true; }
        else if (rest.startsWith(f)) { rest = rest.slice(f.length); cut = true; }
      }
    }
    for (const ch of rest) if (!HANGUL.test(ch)) unreadChars++;
    run = '';
  };
  for (const x of parts) {
    if (x.part === 'native') run += x.ch;
    else if (run !== '') close();
  }
  if (run !== '') close();
  return unreadChars >= 3 || unreadChars > latin;
}

/** Keyboard symbols drawn like letters (@ for A, € for E, ° for O, |< for K, () for O …): between letters of one
 *  word, or before its letters, or a symbol pair after them (KOMI|), PA|<), a disguise (security review 15,
 *  R15-1). One symbol after a word is a sign (Acme®, YAHOO!, US$), and a lone ( or < stands for a letter only in
 *  a word with no ) or > (never the brackets of "ABC(HK)"). */
const SYMBOL = String.raw`(?:[@^$€£®©°º¤¥§¢†∆∑|¦¡!(<]|\(\)|\|<|\|\))`;
const LETTER_SYMBOL = /[@^$€£®©°º¤¥§¢†∆∑|¦¡!(<]/u;
const SYMBOL_IN_WORD = new RegExp(String.raw`\p{L}${SYMBOL}+\p{L}|^${SYMBOL}+\p{L}|\p{L}(?:\(\)|\|<|\|\))$`, 'u');
const WORD_GAPS = /[\s,.;:\-_/\\&'"*~+=?]+/u;

/** The first word of the name with a keyboard symbol standing for a letter (SYMBOL_IN_WORD), or undefined. */
export function symbolInWord(name: string): string | undefined {
  if (!LETTER_SYMBOL.test(name)) return undefined;
  for (const word of name.split(WORD_GAPS)) {
    // A bracket opening a word that a later one closes is a bracket ("ACME (Hong Kong)", "PETREL 8 (IMO 9562233)"),
    // not a C drawn as "(": the brackets are taken off before the word is looked at.
    const at = name.indexOf(word);
    const w = /^[([]/.test(word) && /[)\]]/.test(name.slice(at + 1)) ? word.slice(1).replace(/[)\]]$/, '') : word;
    if ((w.match(/\p{L}/gu)?.length ?? 0) < 2 || !SYMBOL_IN_WORD.test(w)) continue;
    const bare = w.replace(/\(\)|\|<|\|\)/g, '');
    if (/[)>]/.test(bare) && !/[@^$€£®©°º¤¥§¢†∆∑|¦¡!]/u.test(bare)) continue; // ABC(HK)
    return w;
  }
  return undefined;
}

/**
 * What is left once every escape is read that a page would still show as something else: a named character
 * reference (`&Gamble;`, `&amp;Foo;`), or a byte escape of 0x80 or more no reading took (`Tanch=9Don`: a mail
 * reader shows a control there and the name around it; review 24, MEDIUM-A), or a character by a name no table
 * here reads (`\N{CYRILLIC CAPITAL LETTER O}`; review 25).
 */
const LEFT_REFERENCE = /&[A-Za-z][A-Za-z0-9]{1,31};|[=%][89A-Fa-f][0-9A-Fa-f]|\\N\{/;

/**
 * The first HTML named character reference (`&Foo;`) a name still holds once every escape in it is read (the escape
 * reader knows the whole HTML5 table), or undefined: a name no reader here can show as a page would, so a listed
 * name inside it cannot be ruled out (security review 23, HIGH-1: fail closed, reviewed as a disguise is).
 */
export function undecodedReference(name: string): string | undefined {
  if (!name.includes('&') && !name.includes('=') && !name.includes('%') && !name.includes('\\')) return undefined;
  const { readings } = escapeReadings(name);
  return LEFT_REFERENCE.exec(readings[readings.length - 1] ?? name)?.[0];
}

/** The first word of a name that mixes scripts (disguisedWord's 'mixed'), or undefined. */
export function mixedScriptWord(name: string): string | undefined {
  const d = disguisedWord(name);
  return d?.why === 'mixed' ? d.word : undefined;
}

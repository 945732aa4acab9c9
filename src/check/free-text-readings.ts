/**
 * Free text as the listed-name reader takes it in more than one reading (security review 17, R17-6). Payment
 * narratives write a listed body in the possessive ("KOMID's agent", "Tanchon Commercial Bank’s order") or glue
 * a number to its acronym ("KOMID1"), write it in Hangul ("payment to 단천상업은행"), or in a script screening does
 * not read ("payment to КОМИД"). Each is as much a lead as the name written plain:
 *  - `textReadings`: the text, and (when it differs) the text with possessive endings dropped and a number glued
 *    to a capitalised acronym set apart; and the text with a number glued to a word dropped ("TANCHON1 COMMERCIAL
 *    BANK", "2Ryonbong", "TAN1CHON": security review 18, R18-4), since a listed name found only whole cannot hold
 *    the number in its midst;
 *  - `hangulRuns`: the Hangul words of the text, each screened as a party name is (the party screener reads Hangul);
 *  - `unreadWord`: the first word in a script screening does not read, or mixing scripts (look-alike letters),
 *    reviewed as in a party name (keyboard symbols are left out: free text carries e-mail addresses and prices).
 */
import { disguisedWord, symbolInWord } from '../io/look-alikes.ts';

/** 's, ’s, ʼs after a letter; s' / s’ ending a word. */
const POSSESSIVE = /(?<=\p{L})['’ʼ]s(?![\p{L}\p{N}])|(?<=\p{L}s)['’ʼ](?![\p{L}\p{N}])/gu;
/** An acronym of capitals with digits glued after it ("KOMID1", "FTB2024"). */
const GLUED_NUMBER = /(?<![\p{L}\p{N}])(\p{Lu}{3,})(\p{N}+)(?![\p{L}\p{N}])/gu;

/** Digits glued to a word's letters (before, after or inside), a word of three letters or more. */
const GLUED_DIGITS = /(?<=\p{L}{3})\p{N}+(?![\p{N}])|(?<![\p{L}\p{N}])\p{N}+(?=\p{L}{3})|(?<=\p{L})\p{N}+(?=\p{L})/gu;

/** The readings of a text for listed names: itself, with possessives dropped and glued numbers set apart, and
 *  with glued numbers dropped. */
export function textReadings(text: string): string[] {
  const out = [text];
  const bare = text.replace(POSSESSIVE, '');
  for (const r of [bare.replace(GLUED_NUMBER, '$1 $2'), bare.replace(GLUED_DIGITS, '')]) if (!out.includes(r)) out.push(r);
  return out;
}

/**
 * A word written as romanized Korean is written: syllables of an initial consonant (McCune-Reischauer or Revised
 * Romanization), a vowel and a final consonant ("Ryonbong", "Tanchon", "Amroggang", "Chongchongang"). The DPRK's
 * listed bodies are told apart by such words; English words mostly are not of that shape ("payment", "invoice").
 */
const KOREAN_SHAPE = /^(?:(?:kk|tt|pp|ss|jj|tch|ch|ts|[kgndtrlmbpsjh])?(?:yae|yeo|wae|eo|ae|ya|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|[aoeiu])(?:ng|[kntlrmpgdb])?)+$/;

/**
 * Words of romanized Korean's shape that are English words or places of other countries, among those the DPRK's
 * listed bodies' names hold ("KOREA MINING DEVELOPMENT …", "LEADER INTERNATIONAL …", "… MARITIME …"): anyone's,
 * never a body's own word. Taken from the list's names (every such word of five letters or more in a KPe record).
 */
const NOT_OWN_WORDS = new Set(['general', 'international', 'limited', 'leader', 'machine', 'marine', 'maritime', 'material', 'materiel', 'metal', 'mining',
  'mobile', 'motor', 'national', 'natural', 'petroleum', 'tanker', 'tower', 'united', 'hotel', 'media', 'origin', 'people', 'digital', 'german',
  'chinese', 'japanese', 'korean', 'korea', 'china', 'singapore', 'dalian', 'banking', 'building', 'bureau', 'satellite', 'uranium', 'missile',
  'dealer', 'manager', 'operator', 'solid', 'urban', 'region', 'panel', 'under', 'other', 'hongkong', 'tortola', 'panama', 'angola', 'namibia',
  'guinea', 'botswana', 'benin', 'algeria', 'majuro', 'weihai', 'wanchai', 'hongkou', 'iranian', 'aluminum', 'armed', 'personnel', 'trading',
  'import', 'export', 'energy', 'engineering', 'service', 'services', 'holding', 'holdings', 'group', 'industrial', 'industry', 'center', 'centre']);

/** Words written with a capital, side by side (an organisation's name as a narrative writes it: "Koryo Tours",
 *  "Mirae Asset Financial Group", "Daedong Industrial Co., Ltd."). */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:[.,&]?\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}]*)*\.?/gu;

/**
 * The words of a free text that may be a listed body's own word standing alone ("payment to Ryonbong",
 * R18-4): written with a capital, five letters or more, of romanized Korean's shape; at most `max`, in order.
 * Each with the run of capitalised words it stands in (`run`, when it stands among others in a text that writes
 * in lower case too): a word that starts another organisation's name ("Koryo Tours") is read with that name.
 * The listed-name reader finds a name only whole; these are screened one by one (screening a word costs, so the
 * shape is asked first).
 */
export function distinctiveCandidates(text: string, max = 24): { word: string; run?: string }[] {
  const out = new Map<string, { word: string; run?: string }>();
  const cased = /\p{Ll}/u.test(text);
  for (const r of text.matchAll(CAPITALISED_RUN)) {
    for (const m of r[0].matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}]{4,}(?![\p{L}\p{N}])/gu)) {
      const folded = m[0].normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      if (!KOREAN_SHAPE.test(folded) || NOT_OWN_WORDS.has(folded) || out.has(m[0])) continue;
      const run = r[0].replace(/[.,\s]+$/u, '');
      out.set(m[0], { word: m[0], ...(cased && run !== m[0] && { run }) });
      if (out.size >= max) return [...out.values()];
    }
  }
  // A body's own word written in its syllables, set apart by a hyphen or a space ("payment to Ryon-bong", "Tan-chon",
  // "RYON BONG", "Ryon Bong"; held-back evaluation 19): the pieces joined, where each piece and the join are of
  // romanized Korean's shape and the join is five letters or more. Screened as the word is, so only a listed body
  // whose name holds the joined word whole is found.
  for (const m of text.matchAll(SYLLABLE_PIECES)) {
    const pieces = m[0].split(/[-\u2010\u2011\s]+/u);
    for (let n = pieces.length; n >= 2; n--) {
      for (let i = 0; i + n <= pieces.length; i++) {
        const part = pieces.slice(i, i + n);
        if (!/^\p{Lu}/u.test(part[0]!)) continue;
        const joined = part.join('');
        const folded = joined.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
        if (folded.length < 5 || !KOREAN_SHAPE.test(folded) || NOT_OWN_WORDS.has(folded) || !part.every((p) => KOREAN_SHAPE.test(p.toLowerCase()))) continue;
        const word = joined[0]! + joined.slice(1).toLowerCase();
        if (out.has(word)) continue;
        out.set(word, { word });
        if (out.size >= max) return [...out.values()];
      }
    }
  }
  return [...out.values()];
}

/** Two or three short pieces of letters set apart by a hyphen or a space, the first capitalised (Ryon-bong, Ryon Bong). */
const SYLLABLE_PIECES = /(?<![\p{L}\p{N}-])\p{Lu}\p{L}{0,5}(?:(?:[-\u2010\u2011]|\s+)\p{L}{1,6}){1,2}(?![\p{L}\p{N}])/gu;
/** The Hangul words of a text of two syllables or more (one syllable alone is no name), at most `max`. */
export function hangulRuns(text: string, max = 20): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{Script=Hangul}]{2,}/gu)) {
    out.add(m[0]);
    if (out.size >= max) break;
  }
  return [...out];
}

/** The first word of a free text that screening cannot read as written, or undefined. */
export function unreadWord(text: string): { word: string; why: 'mixed' | 'unread' } | undefined {
  if (/^[\p{ASCII}]*$/u.test(text)) return undefined;
  for (const w of text.split(/[\s\p{P}\p{S}]+/u)) {
    // A word with no letter (a price "€100", a stray U+FFFD) hides no name.
    if (w === '' || /^[\p{ASCII}]*$/u.test(w) || !/\p{L}/u.test(w)) continue;
    const d = disguisedWord(w);
    if (d !== undefined && !(d.why === 'mixed' && symbolInWord(d.word) !== undefined)) return d;
  }
  return undefined;
}

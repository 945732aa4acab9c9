/**
 * Free text as the listed-name reader takes it in more than one reading (security review 17, R17-6). Payment
 * narratives write a listed body in the possessive ("KOMID's agent", "Tanchon Commercial Bank’s order") or glue
 * a number to its acronym ("KOMID1"), write it in Hangul ("payment to 단천상업은행"), or in a script screening does
 * not read ("payment to КОМИД"). Each is as much a lead as the name written plain:
 *  - `textReadings`: the text, and (when it differs) the text with possessive endings dropped and a number glued
 *    to a capitalised acronym set apart;
 *  - `hangulRuns`: the Hangul words of the text, each screened as a party name is (the party screener reads Hangul);
 *  - `unreadWord`: the first word in a script screening does not read, or mixing scripts (look-alike letters),
 *    reviewed as in a party name (keyboard symbols are left out: free text carries e-mail addresses and prices).
 */
import { disguisedWord, symbolInWord } from '../io/look-alikes.ts';

/** 's, ’s, ʼs after a letter; s' / s’ ending a word. */
const POSSESSIVE = /(?<=\p{L})['’ʼ]s(?![\p{L}\p{N}])|(?<=\p{L}s)['’ʼ](?![\p{L}\p{N}])/gu;
/** An acronym of capitals with digits glued after it ("KOMID1", "FTB2024"). */
const GLUED_NUMBER = /(?<![\p{L}\p{N}])(\p{Lu}{3,})(\p{N}+)(?![\p{L}\p{N}])/gu;

/** The readings of a text for listed names: itself, and with possessives dropped and glued numbers set apart. */
export function textReadings(text: string): string[] {
  const other = text.replace(POSSESSIVE, '').replace(GLUED_NUMBER, '$1 $2');
  return other === text ? [text] : [text, other];
}

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

/**
 * Letters of other scripts drawn like Latin ones, from Unicode's confusables data (UTS #39, confusables.txt,
 * version 13.0.0, © Unicode, Inc., Unicode License), as the npm package `unhomoglyph` (MIT) ships it: each
 * character to its "skeleton", the prototype it is drawn like. Only the data is used, never the package's
 * whole-string function: the skeleton maps ASCII too (m → rn, 0 → O, I → l), which would wreck names.
 *
 * The table built here maps a character that is not ASCII, not Hangul, Han or kana (read natively, and never
 * drawn like a Latin letter in a name), not a compatibility form or Latin letter with diacritics (NFKD folding
 * reads those: Ｋ, 𝐊, Ⓚ, é), and is a letter (\p{L}), to the lower-case ASCII letters its skeleton is made of
 * (lower-cased, NFD-folded): Cyrillic К → k, Cherokee Ꮶ → k, Lisu ꓗ → k, Carian 𐊰 → m. A skeleton that is
 * itself a non-ASCII prototype (Cyrillic к → ĸ, в → ʙ) is followed through the prototype's other case and
 * through the Latin small capitals below. Two readings are fixed by hand:
 *  - the data's skeleton "l" is the class of upright strokes (I, l, 1, |): a stroke with a small letter of its
 *    own reads as that letter's (Cyrillic І → і → i), a caseless one (Lisu ꓲ, rune ᛁ) as i, for listed names are
 *    written in capitals, where an upright stroke is an I;
 *  - a single character whose skeleton is "rn" is drawn like m (the data's skeleton of m).
 * The table is built once, on the first non-ASCII letter read.
 */
import { createRequire } from 'node:module';

/**
 * Letters drawn like Latin ones that the data does not give as such: the Latin small capitals (the data
 * takes them as prototypes of their own, yet "Pᴀᴋ" shows PAK), and letters found in names hiding a listed one
 * that confusables.txt 13.0 does not list (Coptic, Canadian syllabics, runes, Cherokee and Cyrillic forms).
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ʍ: 'm', ɴ: 'n',
  ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z', ĸ: 'k', ȷ: 'j', ɒ: 'a',
  ⲁ: 'a', ⲃ: 'b', ⲉ: 'e', ⲙ: 'm', ⲛ: 'n', ⲧ: 't', ⲩ: 'y', ꙅ: 's', Ꮑ: 'n', ꮑ: 'n',
  ᗩ: 'a', ᑕ: 'c', ᕮ: 'e', ᘜ: 'g', ᗝ: 'o', ᔕ: 's', ᗯ: 'w', ᛒ: 'b', ᚱ: 'r', ᛏ: 't', ᚺ: 'h',
  // Latin letters of other orthographies and of phonetics, drawn like a plain letter with a hook, bar, stroke
  // or tail that NFKD does not take off (the data lists none of them as confusable).
  Ŋ: 'n', ŋ: 'n', Ꞑ: 'n', ꞑ: 'n', Ꞥ: 'n', ꞥ: 'n', Ɨ: 'i', ɨ: 'i', ꟾ: 'i', ı: 'i', Ɔ: 'o', ɔ: 'o', ⱺ: 'o', ᴓ: 'o',
  Ꝃ: 'k', ꝃ: 'k', Ꝅ: 'k', ꝅ: 'k', Ꞣ: 'k', ꞣ: 'k', ß: 'ss', ẞ: 'ss', Þ: 'th', þ: 'th', Ð: 'd', ð: 'd',
};

/** Scripts read natively or never drawn like Latin in a name: Hangul (syllables, jamo, compatibility and
 *  half-width jamo), Han, kana, Bopomofo. */
const NATIVE = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;
const ASCII_LETTERS = /^[a-z]+$/;
const MARKS = /\p{M}/gu;
/** What the caller's folding makes of a character: compatibility forms and diacritics gone, lower case. */
const fold = (s: string): string => s.normalize('NFKD').replace(MARKS, '').toLowerCase();

type Data = Readonly<Record<string, string>>;

/** A character's reading as ASCII letters through the data (undefined: none). `depth` bounds the following
 *  of prototypes (each step is a different character, and the data's prototypes are its fixed points). */
function reading(ch: string, data: Data, depth: number): string | undefined {
  const fromSupplement = SUPPLEMENT[ch];
  if (fromSupplement !== undefined) return fromSupplement;
  const lower = ch.toLowerCase();
  for (const x of new Set([ch, lower, ch.toUpperCase(), ch.normalize('NFD').replace(MARKS, '')])) {
    if ([...x].length !== 1) continue;
    const skeleton = data[x];
    if (skeleton === undefined) {
      if (x !== ch && SUPPLEMENT[x] !== undefined) return SUPPLEMENT[x];
      continue;
    }
    // An upright stroke (skeleton "l", the data's class of I, l, 1 and |): by its small letter where it has one.
    if (skeleton === 'l') {
      if (lower !== ch && depth > 0) {
        const small = reading(lower, data, depth - 1);
        if (small !== undefined) return small;
      }
      return 'i';
    }
    const letters = [...skeleton.normalize('NFD').replace(MARKS, '')].map((c) => SUPPLEMENT[c] ?? c).join('').toLowerCase();
    if (ASCII_LETTERS.test(letters)) return letters === 'rn' ? 'm' : letters;
    // A non-ASCII prototype (Armenian Ո for Canadian ᑎ, Greek χ for Coptic ⲭ): followed, through its cases.
    const proto = [...skeleton];
    if (proto.length === 1 && proto[0] !== x && depth > 0) {
      const r = reading(proto[0]!, data, depth - 1);
      if (r !== undefined) return r;
    }
  }
  return undefined;
}

let table: ReadonlyMap<string, string> | undefined;

/** Character → the lower-case ASCII letters it is drawn like (see the top of this file). Built once. */
export function lookAlikeTable(): ReadonlyMap<string, string> {
  if (table !== undefined) return table;
  const data = createRequire(import.meta.url)('unhomoglyph/data.json') as Data;
  const out = new Map<string, string>();
  const candidates = new Set<string>(Object.keys(SUPPLEMENT));
  for (const k of Object.keys(data)) {
    candidates.add(k);
    // The data lists one case of a pair at times (Cyrillic ԛ, not Ԛ): the other is drawn alike.
    candidates.add(k.toLowerCase());
    candidates.add(k.toUpperCase());
  }
  for (const ch of candidates) {
    if ([...ch].length !== 1 || !/\p{L}/u.test(ch) || ch.charCodeAt(0) < 0x80 || NATIVE.test(ch)) continue;
    if (ASCII_LETTERS.test(fold(ch))) continue; // NFKD folding reads it (é, Ｋ, 𝐊)
    const r = reading(ch, data, 3);
    if (r !== undefined) out.set(ch, r);
  }
  table = out;
  return out;
}

/**
 * What makes two keys that show alike two keys (a delivery's reference, a subject's id): a character that shows
 * nothing (a zero-width space, a soft hyphen, a mark of direction, the blanks drawn as nothing), or a
 * compatibility character that stands for a plain one (full-width Ａ for A, the ligature ﬁ for fi). A key holding
 * one would be stored beside the key it imitates (hostile new users: RU-R1 with a zero-width space, and ＲU-2018-001
 * in full-width letters, each counted a second time). One rule for both; refused, naming the character.
 */

/** Characters that show nothing: the default-ignorable ones (format characters, variation selectors, the combining
 *  grapheme joiner, the Hangul fillers) and the blanks drawn as nothing. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/u;

const hex = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `key` is not one key as it shows (undefined: it is), naming the character and where it stands. */
export function hiddenVariantProblem(key: string): string | undefined {
  const hidden = INVISIBLE.exec(key);
  if (hidden !== null) return `holds the invisible character ${hex(hidden[0])} at character ${hidden.index + 1}`;
  if (key.normalize('NFKC') === key) return undefined;
  const chars = [...key];
  const at = chars.findIndex((ch) => ch.normalize('NFKC') !== ch);
  // No one character differs: letters and marks written apart that compose (cafe + U+0301 for café).
  if (at < 0) return `is written with marks apart from their letters: write "${key.normalize('NFKC')}"`;
  return `holds ${chars[at]} (${hex(chars[at]!)}) at character ${at + 1}, a compatibility form of "${chars[at]!.normalize('NFKC')}": write "${key.normalize('NFKC')}"`;
}

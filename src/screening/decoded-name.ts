/**
 * korean-v3: a name carried encoded from the web or mail, decoded as the text gate reads it, so screening reads
 * what the gate reads (security reviews 19, 21, 22: KO%20MID, KO\x20MID, KO\xa0MID).
 */
import { decodeWebText } from '../io/web-encoding.ts';
import { escapeReadings } from '../io/escape-reader.ts';
import { MAX_NAME_LENGTH } from '../io/limits.ts';

/** Controls, separators other than the space, bidirectional marks and invisible format characters. */
const DECODED_BLANKS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]/gu;
/** Backslash escapes the escape reader leaves as written that stand for a blank in a name (see decodedName). */
const LEFT_ESCAPES = /\\(?:[tnrsef0]|[xX][89A-Fa-f][0-9A-Fa-f]|[0-9A-Fa-f]{1,3}(?![0-9A-Fa-f]))/g;
const SPACE_RUN = /\s+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The name decoded as text from the web or mail, controls and invisible marks read as spaces; undefined when
 *  nothing was encoded or the decoded text holds nothing to screen. */
export function decodedName(name: string): string | undefined {
  // The one reader of every escape syntax the text gate reads (\x20, \040, \U00000020, CSS, MIME …), read to
  // its last reading, so screening reads what the gate reads (review 21: KO\x20MID was permitted).
  const { readings } = escapeReadings(name);
  const read = readings[readings.length - 1] ?? decodeWebText(name) ?? name;
  // What is left of a backslash escape stands for no letter of a name: a named control (\t \n \r \e \0), a
  // whitespace class (\s), a lone byte of 0x80 or more (\xa0, Latin-1's no-break space), a short CSS escape
  // (\20 , or \20MID: CSS ends it at the first character that is no hex digit): read as a space (review 22).
  const decoded = read.replace(LEFT_ESCAPES, ' ');
  if (decoded === name) return undefined;
  const text = decoded.replace(DECODED_BLANKS, ' ').replace(SPACE_RUN, ' ').trim();
  return text !== '' && text !== name && LETTER_OR_DIGIT.test(text) && text.length <= MAX_NAME_LENGTH ? text : undefined;
}

/**
 * A control character written encoded (security review 17, R17-17; review 18, R18-2; review 19, M2):
 * &#x202E;DIMOK, %E2%80%AEDIMOK, =?UTF-8?B?4oCu?=, \u{202E}, +ICo- … and KO%07MID, KO\u0007MID,
 * =?UTF-8?Q?KO=07MID?=, KO%00MID, KO%1BMID, KO%C2%85MID. Once decoded, an override shows KOMID to a reader
 * while the screener read DIMOK, and a BEL or an ESC hides inside a word or drives the terminal that shows it:
 * the raw control is refused wherever text comes in (text-guard.ts), so the encoded one is refused in exactly
 * the same places, in whichever syntax it is written (escape-reader.ts reads them all, an escape escaped
 * included). The rule is the raw rule: what free text may hold raw (tab, line breaks, U+2028) it may hold
 * encoded; what a name may not hold raw (a line break, U+2028) it may not hold encoded either.
 *
 * The marks (U+200E, U+200F, U+061C) are decoded too, and pass as they pass raw: they are the ordinary marks of
 * right-to-left writing and cannot turn a run of letters around as an override or an isolate does.
 */
import { escapeReadings, MAX_READINGS, READING_BUDGET_CHARS, type ReadingBudget } from './escape-reader.ts';

/** What no text holds, decoded or raw: controls but tab and the line breaks, and the bidirectional controls. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const IN_TEXT = /[\0-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/** What no name holds, decoded or raw: every control, the line and paragraph separators, the bidirectional controls. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const IN_NAME = /[\0-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

const ENCODED = 'written encoded (as in a web address, a web page, a mail or a program\'s string)';

function codePoint(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What the decoded character `c` does, in words. */
function why(c: number): string {
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
    return `holds the bidirectional control ${codePoint(c)} ${ENCODED}, which changes how the text around it reads on screen once decoded (a name shown as another)`;
  }
  if (c === 0) return `holds a NUL character (U+0000) ${ENCODED}, which is no text once decoded`;
  if (c === 0x2028 || c === 0x2029) return `holds the ${c === 0x2028 ? 'line' : 'paragraph'} separator ${codePoint(c)} ${ENCODED} (a line break once decoded)`;
  if (c === 0x09 || c === 0x0a || c === 0x0d) return `holds the control character ${codePoint(c)} ${ENCODED} (a ${c === 0x09 ? 'tab' : 'line break'} once decoded)`;
  return `holds the control character ${codePoint(c)} ${ENCODED}, which is no visible text once decoded (it hides inside a word or drives a terminal)`;
}

/**
 * Why `s` is refused for a control written encoded (or escapes too deep to read), or undefined. `inName`: the
 * rule of a name or an identifier (one line), else the rule of any text.
 */
export function encodedControlReason(s: string, inName = false, budget?: ReadingBudget): string | undefined {
  const { readings, settled, overBudget } = escapeReadings(s, budget);
  const refused = inName ? IN_NAME : IN_TEXT;
  for (const read of readings) {
    const m = refused.exec(read);
    if (m !== null) return why(m[0].codePointAt(0)!);
  }
  if (overBudget) return `holds more escapes than one request may have read (${READING_BUDGET_CHARS.toLocaleString('en')} characters over every reading of every string), which cannot be read to the end to see what the text shows once decoded`;
  if (!settled) return `holds escapes written inside escapes more than ${MAX_READINGS} deep, which cannot be read to the end to see what the text shows once decoded`;
  return undefined;
}

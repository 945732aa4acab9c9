/**
 * A bidirectional control written encoded (security review 17, R17-17; review 18, R18-2): &#x202E;DIMOK,
 * &#8238DIMOK, %E2%80%AEDIMOK, %25E2%2580%25AE, =?UTF-8?B?4oCu?=, \u{202E}, +ICo- … The decoded override shows
 * KOMID to a reader while the screener read DIMOK: the raw control is refused wherever text comes in
 * (text-guard.ts), so the encoded one is refused the same way, in whichever syntax it is written (escape-reader.ts
 * reads them all, an escape escaped included).
 *
 * The marks (U+200E, U+200F, U+061C) are decoded too, and pass as they pass raw: they are the ordinary marks of
 * right-to-left writing and cannot turn a run of letters around as an override or an isolate does.
 */
import { escapeReadings, MAX_READINGS } from './escape-reader.ts';

const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;

/** Why `s` is refused for an encoded bidirectional control (or escapes too deep to read), or undefined. */
export function encodedBidiReason(s: string): string | undefined {
  const { readings, settled } = escapeReadings(s);
  for (const read of readings) {
    const m = BIDI.exec(read);
    if (m === null) continue;
    const cp = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return `holds the bidirectional control ${cp} written encoded (as in a web address, a web page, a mail or a program's string), which changes how the text around it reads on screen once decoded (a name shown as another)`;
  }
  if (!settled) return `holds escapes written inside escapes more than ${MAX_READINGS} deep, which cannot be read to the end to see what the text shows once decoded`;
  return undefined;
}

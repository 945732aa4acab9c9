/**
 * A bidirectional control written encoded (security review 17, R17-17): &#x202E;DIMOK, %E2%80%AEDIMOK,
 * =E2=80=AEDIMOK, \u202EDIMOK. Screening reads such text decoded as well (web-encoding.ts), and the decoded
 * override shows KOMID to a reader while the screener read DIMOK: the raw control is refused wherever text
 * comes in (text-guard.ts), so the encoded one is refused the same way.
 */
import { decodeWebText } from './web-encoding.ts';

const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;

/** Why `s` is refused for an encoded bidirectional control, or undefined when it holds none. */
export function encodedBidiReason(s: string): string | undefined {
  const decoded = decodeWebText(s);
  if (decoded === undefined) return undefined;
  const m = BIDI.exec(decoded);
  if (m === null) return undefined;
  const cp = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `holds the bidirectional control ${cp} written encoded (as in a web address, a web page or a mail), which changes how the text around it reads on screen once decoded (a name shown as another)`;
}

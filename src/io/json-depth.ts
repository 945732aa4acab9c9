/**
 * How deep a JSON text nests, read without parsing it: a body of a million brackets costs the parsers about a
 * second of the one thread (security review: one client of any role stalled every other request for seconds),
 * while this scan stops at the first bracket past the limit. Brackets inside strings do not count.
 */

/** The deepest any request body or input of this program nests (a transaction is some six levels deep). */
export const MAX_JSON_DEPTH = 32;

/** Whether `text` opens more than `max` arrays or objects inside one another (stops reading as soon as it does). */
export function nestsDeeperThan(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

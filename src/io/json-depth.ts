/**
 * How deep a JSON text nests, and how wide its objects and arrays are, read without parsing it: a body of a million
 * brackets, or of 150,000 keys in one object, costs the parsers and the duplicate-key scan up to seconds of the
 * one thread (security reviews: one client of any role stalled every other request), while this scan stops at the
 * first bracket or member past the limit. Brackets and commas inside strings do not count.
 */

/** The deepest any request body or input of this program nests (a transaction is some six levels deep). */
export const MAX_JSON_DEPTH = 32;

/** The most members one object or array of a request holds: a batch's items (10,000 at most) and a little over. */
export const MAX_JSON_MEMBERS = 12_000;

/** Whether `text` opens more than `max` arrays or objects inside one another (stops reading as soon as it does). */
export function nestsDeeperThan(text: string, max: number = MAX_JSON_DEPTH): boolean {
  return jsonShapeProblem(text, max) === 'deep';
}

/** What is wrong with the shape of `text` before it is parsed: nested deeper than `maxDepth`, or an object or
 *  array of more than `maxMembers` members (`wide`); undefined when neither. */
export function jsonShapeProblem(text: string, maxDepth: number = MAX_JSON_DEPTH, maxMembers: number = MAX_JSON_MEMBERS): 'deep' | 'wide' | undefined {
  // The members counted so far at each open level (commas seen + 1 once anything is in it).
  const commas: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (commas.length >= maxDepth) return 'deep';
      commas.push(0);
    } else if (c === 0x5d || c === 0x7d) commas.pop();
    else if (c === 0x2c && commas.length > 0) {
      const n = commas.length - 1;
      if (++commas[n]! >= maxMembers) return 'wide';
    }
  }
  return undefined;
}

/**
 * How deep a JSON text nests, and how wide its objects and arrays are, read without parsing it: a body of a million
 * brackets, or of 150,000 keys in one object, costs the parsers and the duplicate-key scan up to seconds of the
 * one thread (security reviews: one client of any role stalled every other request), while this scan stops at the
 * first bracket or member past the limit. Brackets and commas inside strings do not count.
 */

/** The deepest any request body or input of this program nests (a transaction is some six levels deep). */
export const MAX_JSON_DEPTH = 32;

/** The most members one object of a request holds: a batch's keyed queries (10,000 at most) and a little over. An
 *  object's keys are scanned for a key given twice, so they cost more than an array's items. */
export const MAX_JSON_MEMBERS = 12_000;
/** The most items one array holds: a transaction's goods lines (100,000 at most, as parse-transaction allows them;
 *  security re-review 3, LOW-1: the document said 100,000 and this scan refused 12,001). */
export const MAX_JSON_ITEMS = 100_000;

/** Whether `text` opens more than `max` arrays or objects inside one another (stops reading as soon as it does). */
export function nestsDeeperThan(text: string, max: number = MAX_JSON_DEPTH): boolean {
  return jsonShapeProblem(text, max) === 'deep';
}

/** What is wrong with the shape of `text` before it is parsed: nested deeper than `maxDepth`, or an object of more
 *  than `maxMembers` members or an array of more than `maxItems` items (`wide`); undefined when none is. */
export function jsonShapeProblem(text: string, maxDepth: number = MAX_JSON_DEPTH, maxMembers: number = MAX_JSON_MEMBERS, maxItems: number = MAX_JSON_ITEMS): 'deep' | 'wide' | undefined {
  // The commas seen at each open level, and the most that level may hold (an object's or an array's).
  const commas: number[] = [];
  const most: number[] = [];
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
      most.push(c === 0x5b ? maxItems : maxMembers);
    } else if (c === 0x5d || c === 0x7d) {
      commas.pop();
      most.pop();
    } else if (c === 0x2c && commas.length > 0) {
      const n = commas.length - 1;
      if (++commas[n]! >= most[n]!) return 'wide';
    }
  }
  return undefined;
}

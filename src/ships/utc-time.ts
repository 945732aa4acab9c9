/**
 * A time as the ships' interfaces take it (`ais scan --from`, `ais events --to`, GET /v1/events?from=):
 * an ISO 8601 date or date and time in UTC (2019-03-01, 2019-03-01T06:00, 2019-03-01T06:00:30.5Z). One
 * parser, so the CLI, the API and the pages read a time alike. A day that does not exist (2019-02-30) or
 * 24:00 is refused, not rolled over into the next day.
 */
/** A real day: the days of each month, 29 February in leap years only (never rolled over to 2 March). */
const DAY = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\\d|2[0-8])|\\d{4}-(0[13-9]|1[0-2])-(29|30)|\\d{4}-(0[13578]|1[02])-31'
  + '|(\\d\\d(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29';
/** A time of that day, 00:00 to 23:59:59.999999999, in UTC (Z or nothing). */
const CLOCK = 'T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?Z?';
/**
 * The times parseUtcTime takes, as a pattern (the API document's for GET /v1/events?from=&to=, an empty
 * value being none): the one rule, so the document and the server take the same texts.
 */
export const UTC_TIME_PATTERN = `^((${DAY})(${CLOCK})?)?$`;
const UTC_TIME = new RegExp(`^(${DAY})(${CLOCK})?$`);

/** How a time is described in a message naming it. */
export const UTC_TIME_RULE = 'an ISO 8601 UTC time (2019-03-01 or 2019-03-01T06:00Z)';

/** The time in ms since the epoch, or undefined when the text is not such a time (the caller names the field). */
export function parseUtcTime(text: string): number | undefined {
  if (!UTC_TIME.test(text)) return undefined;
  const t = Date.parse(/T/.test(text) && !text.endsWith('Z') ? `${text}Z` : text);
  return Number.isNaN(t) ? undefined : t;
}

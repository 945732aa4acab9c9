/**
 * A time as the ships' interfaces take it (`ais scan --from`, `ais events --to`, GET /v1/events?from=):
 * an ISO 8601 date or date and time in UTC (2019-03-01, 2019-03-01T06:00, 2019-03-01T06:00:30.5Z). One
 * parser, so the CLI, the API and the pages read a time alike.
 */
const UTC_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z?)?$/;

/** How a time is described in a message naming it. */
export const UTC_TIME_RULE = 'an ISO 8601 UTC time (2019-03-01 or 2019-03-01T06:00Z)';

/** The time in ms since the epoch, or undefined when the text is not such a time (the caller names the field). */
export function parseUtcTime(text: string): number | undefined {
  if (!UTC_TIME.test(text)) return undefined;
  const t = Date.parse(/T/.test(text) && !text.endsWith('Z') ? `${text}Z` : text);
  return Number.isNaN(t) ? undefined : t;
}

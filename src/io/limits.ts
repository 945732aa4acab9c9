/**
 * Limits on input every boundary applies alike (the screening query, a batch row, a transaction's
 * parties). A name longer than this is refused as bad input: the longest name on the UN list is about
 * 330 characters, and refusing keeps the cost of matching bounded whatever is sent.
 */
export const MAX_NAME_LENGTH = 1000;

/**
 * The longest free text a record may carry in one field (an id, a description, a purpose): far beyond any
 * real goods description, small enough that one bad record cannot fill memory or the output.
 */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * The largest input read whole as one JSON value (an array or a single object; about ten times as much
 * memory once parsed), and so the longest NDJSON line: NDJSON itself is read as a stream whatever its size.
 */
export const MAX_WHOLE_JSON_BYTES = 100 << 20;

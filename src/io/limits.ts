/**
 * The one set of limits on input every boundary applies alike (the CLI, the service and its schemas, the
 * pages): names, notes, text fields, bodies and batches.
 */

/**
 * The longest name screened (a screening query, a batch row, a transaction's parties, a subject): the
 * longest name on the UN list is about 330 characters, and refusing a longer one as bad input keeps the
 * cost of matching bounded whatever is sent.
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

/** The longest note a person writes on an alert's decision or a confirmation (the API and the pages alike). */
export const MAX_NOTE_LENGTH = 4000;

/** The most records one service request may carry: a check array, screening queries, subjects. */
export const MAX_BATCH_RECORDS = 10_000;

/** The largest JSON body the service reads (about 10,000 short records). */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

/** The largest UN list XML the service takes in one upload (the list is about 2 MB). */
export const MAX_LIST_BODY_BYTES = 32 * 1024 * 1024;

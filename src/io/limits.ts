/**
 * The one set of limits on input every boundary applies alike (the CLI, the service and its schemas, the
 * pages, the scanning use cases): names, notes, text fields, bodies, batches and the `ais scan` bounds.
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
 * Barrels per tonne run from about 6.7 (residual fuel oil) to 11.6 (LPG) across petroleum products
 * (docs/regime.md §3): a conversion factor outside 6-12 is a typing error, not a conversion, and would
 * silently store 400,000 t as 0 bbl (1e-300) or as billions of barrels.
 */
export const FACTOR_RANGE = { min: 6, max: 12 } as const;

/** The largest quantity (barrels or tonnes) a delivery may carry: twelve digits, with up to three decimals. */
export const MAX_QUANTITY = 1e12;

/** A single delivery above this many times its period's cap is taken for a typing error unless confirmed. */
export const LARGE_DELIVERY_FACTOR = 10;

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

/**
 * The lowest screening threshold (and review threshold) any interface may ask for: below it every name on
 * the list "matches" every query (a threshold of 5e-324 once made one request answer 218 MB). Together
 * with the service's batch match budget it bounds an answer's size.
 */
export const MIN_SCREEN_THRESHOLD = 0.5;

/** The longest nationality a screening query or a subject may give (a country's name or code). */
export const MAX_NATIONALITY_LENGTH = 100;

/** The most document numbers one screening query may give, and the longest of them. */
export const MAX_DOCUMENTS = 20;
export const MAX_DOCUMENT_LENGTH = 100;

/** The longest id of a monitored subject (the caller's customer or counterparty reference). */
export const MAX_SUBJECT_ID_LENGTH = 200;

/** The longest reference of a cap-ledger delivery (the State's own reference). */
export const MAX_DELIVERY_REF_LENGTH = 200;

/** The longest search text of a list (`q`: alerts, subjects). */
export const MAX_SEARCH_LENGTH = 200;

/** The longest free-text note that removes a subject from monitoring, or amends a delivery. */
export const MAX_REASON_LENGTH = 500;

/** The longest text pasted or loaded into a page's form (a CSV, transactions): the API's JSON body bound. */
export const MAX_FORM_TEXT_BYTES = MAX_JSON_BODY_BYTES;

/** An account name: 1-64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit. */
export const ACCOUNT_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$';
export const MAX_ACCOUNT_NAME_LENGTH = 64;
export const ACCOUNT_NAME = new RegExp(ACCOUNT_NAME_PATTERN);
/** How an account name is described in a message. */
export const ACCOUNT_NAME_RULE = '1-64 letters, digits, ".", "_", "@" or "-"';

/**
 * A window of positions (`ais enqueue --window`): from a minute to 31 days. A window is a job; a shorter
 * one floods the queue, a longer one holds a month of positions in one worker's memory.
 */
export const AIS_WINDOW_MS = { min: 60_000, max: 31 * 86_400_000 } as const;

/** The most matches one screening batch answer may hold (about 8 MB of JSON); more is refused, naming the way out. */
export const MAX_BATCH_MATCHES = 20_000;

/**
 * The most work one request's batch may take, in milliseconds of its own slices (the waits between them not
 * counted): 10,000 ordinary names take about 1 s, so this is some 30 times that. A batch of long names made of
 * listed words took 7 minutes of CPU for one analyst (security re-review, MEDIUM): it is stopped here, 413.
 */
export const MAX_REQUEST_WORK_MS = 30_000;

/**
 * The most free text one transaction sent to the service may hold (goods descriptions, purpose, roles, vessel names):
 * it is read in one step, not in slices (security re-review 4, M-1: 2 MiB of descriptions naming listed bodies line
 * after line held the loop 7 s). A bill of lading's descriptions are a few thousand characters; the CLI reads more.
 */
export const MAX_TRANSACTION_TEXT_CHARS = 100_000;

/** The heavy routes' share of the per-credential rate limit: a twentieth of it, at most this many a minute. */
export const HEAVY_RATE = { share: 20, max: 60 } as const;

/** When a queue worker not seen for this long is taken for dead (its windows run again), in seconds. */
export const WORKER_STALE_SECONDS = { min: 1, max: 86_400, default: 120 } as const;

/** A watched feed's windows: an hour, as a queued file's by default. */
export const WATCH_WINDOW_MS = 3_600_000;

/** How far behind the newest time a watched feed's report may arrive and still be scanned: a day at most. */
export const WATCH_LATENESS_MS = { max: 86_400_000, default: 600_000 } as const;

/**
 * The bounds of each `ais scan` threshold (CONTRACT §5), for every caller alike (the CLI's flags, a queued
 * window's options, a feed watched, a track file scanned): beyond these a scan is meaningless and its
 * memory or recursion unbounded (a 0.0001-minute step, interpolating across a billion hours). A value must
 * be above 0 unless `zero` says 0 is allowed (a distance from shore of 0: the rule then holds anywhere).
 */
export const SCAN_OPTION_BOUNDS = {
  stepMinutes: { min: 1, max: 60, zero: false },
  interpolateHours: { min: 0, max: 48, zero: false },
  encounterMetres: { min: 1, max: 50_000, zero: false },
  encounterHours: { min: 0, max: 240, zero: false },
  encounterMaxKnots: { min: 0, max: 50, zero: false },
  portExclusionKm: { min: 0, max: 1_000, zero: false },
  mergeHours: { min: 0, max: 240, zero: false },
  gapHours: { min: 0, max: 24 * 366, zero: false },
  gapShoreNm: { min: 0, max: 1_000, zero: true },
  loiteringMaxKnots: { min: 0, max: 50, zero: false },
  loiteringHours: { min: 0, max: 24 * 31, zero: false },
  loiteringShoreNm: { min: 0, max: 1_000, zero: true },
  maxKnots: { min: 1, max: 1_000, zero: false },
  minJumpKm: { min: 0, max: 10_000, zero: false },
  portCallKm: { min: 0, max: 1_000, zero: false },
  overlapHours: { min: 0, max: 24 * 31, zero: false },
} as const satisfies Record<string, { min: number; max: number; zero: boolean }>;

/** The most vessels a 1718 vessels list may hold (the Committee's holds some eighty); each import's audit entry digests every row. */
export const MAX_DESIGNATED_VESSELS = 5_000;

/**
 * How many parties, vessels and goods lines one transaction may name: each party and vessel is screened in one
 * step that is not sliced, so 2,000 parties of 170 characters held a server's one thread 44 s (the second
 * security re-review, MEDIUM). No real transaction names more than a few dozen. A goods line costs a
 * thousandth of that (the body limit bounds them over HTTP); a manifest's many lines stay readable at the CLI.
 */
export const MAX_TRANSACTION_PARTIES = 50;
export const MAX_TRANSACTION_VESSELS = 50;
export const MAX_TRANSACTION_GOODS = 100_000;

/** A cap-ledger delivery's free text: the vessel named, and the parties (how many, how long each). */
export const MAX_DELIVERY_VESSEL_LENGTH = 200;
export const MAX_DELIVERY_PARTIES = 50;
export const MAX_DELIVERY_PARTY_LENGTH = 300;

// ---------------------------------------------------------------------------------------------------
// The HTTP service's remaining bounds on query text and sign-in (before, bare numbers in its schemas,
// its OpenAPI patches and the sign-in page): a period as GET /v1/ledger/status and the ledger pages take
// it, an event filter's time, the audit log's filters, a delivery's product name, an API key typed into the sign-in form.
// ---------------------------------------------------------------------------------------------------

/** A cap period as asked for: a key ("2018", "2018-Q1", "2017-12-22/2018-03-21") or a date. */
export const MAX_PERIOD_LENGTH = 40;
/** An event filter's time (ISO 8601 UTC, GET /v1/events and the events page). */
export const MAX_EVENT_TIME_LENGTH = 40;
/** The audit log's filters: an entry's target ("alert:12", "user:ana"), its actor and its action. */
export const MAX_AUDIT_TARGET_LENGTH = 300;
export const MAX_AUDIT_ACTOR_LENGTH = 100;
export const MAX_AUDIT_ACTION_LENGTH = 100;
/** A refined petroleum product's name as a delivery gives it (the longest name or common name is far shorter). */
export const MAX_PRODUCT_NAME_LENGTH = 40;
/** An API key as typed into the sign-in form (a key is far shorter: anything longer is not one). */
export const MAX_SIGN_IN_KEY_LENGTH = 200;

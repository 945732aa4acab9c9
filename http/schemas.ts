/**
 * The JSON Schemas that validate requests at the boundary (ajv, through Fastify) and that the OpenAPI
 * document is generated from: one source for both.
 */
import { ROLES } from '../src/app/accounts/roles.ts';
import { ALERT_BANDS, ALERT_SORTS, ALERT_STATUSES, DISPOSITIONS } from '../src/app/alerts/alerts.ts';
import { DELIVERY_COMMODITIES, LEDGER_PRODUCT_NAMES } from '../src/app/ledger/index.ts';
import { COUNTRY_CODES } from '../src/app/index.ts';
import {
  ACCOUNT_NAME_PATTERN, MAX_ACCOUNT_NAME_LENGTH, MAX_AUDIT_ACTION_LENGTH, MAX_AUDIT_ACTOR_LENGTH, MAX_AUDIT_TARGET_LENGTH, MAX_PERIOD_LENGTH, MAX_PRODUCT_NAME_LENGTH, MAX_BATCH_RECORDS, MAX_DELIVERY_PARTIES, MAX_DELIVERY_PARTY_LENGTH, MAX_DELIVERY_REF_LENGTH, MAX_DELIVERY_VESSEL_LENGTH, MAX_DOCUMENT_LENGTH, MAX_DOCUMENTS, MAX_NAME_LENGTH, MAX_NATIONALITY_LENGTH,
  MAX_NOTE_LENGTH, MAX_REASON_LENGTH, MAX_SEARCH_LENGTH, MAX_SUBJECT_ID_LENGTH, MIN_SCREEN_THRESHOLD, FACTOR_RANGE, MAX_QUANTITY,
} from '../src/app/limits.ts';
import { PAGE_QUERY_PROPERTIES } from '../src/app/paging.ts';

/** A real day (ajv's "date" format checks the days of each month), as the server checks it. */
export const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const;

/** Years of birth from 1850 to this year, as isDateOfBirth (computed at start: the document follows the calendar). */
function yearPattern(now = new Date().getUTCFullYear()): string {
  const decade = Math.floor(now / 10);
  return `(18[5-9]\\d|19\\d\\d|20[0-${String(decade - 201)}]\\d|${decade}[0-${now % 10}])`;
}
const YEAR = yearPattern();
/** YYYY, YYYY-MM or a real YYYY-MM-DD, years 1850 to this year (isDateOfBirth: screening, subjects and the check's parties alike). */
export const DOB = {
  type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD',
  anyOf: [{ pattern: `^${YEAR}(-(0[1-9]|1[0-2]))?$` }, { pattern: `^${YEAR}-\\d{2}-\\d{2}$`, format: 'date' }],
} as const;
/** A name to screen: something with a letter or a digit in it. */
const NAME = { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH, pattern: '[\\p{L}\\p{N}]' } as const;
/** A nationality as written (a country's name or code). */
const NATIONALITY = { type: 'string', maxLength: MAX_NATIONALITY_LENGTH } as const;
/** An account name. */
const ACCOUNT = { type: 'string', pattern: ACCOUNT_NAME_PATTERN } as const;
/** Text that must not be blank. */
const NOT_BLANK = '\\S';
/**
 * A supplying State (a delivery's, a reporter's): ISO 3166 alpha-2 codes, as the server knows them (either case: it
 * upper-cases), but never KP: the DPRK is the one supplied, not a supplying State, and the server refuses it.
 */
const SUPPLYING_STATES = [...COUNTRY_CODES].filter((c) => c !== 'KP').sort();
export const STATE = { type: 'string', enum: [...SUPPLYING_STATES, ...SUPPLYING_STATES.map((c) => c.toLowerCase())] } as const;
const QUANTITY = { anyOf: [{ type: 'number', minimum: 0, maximum: MAX_QUANTITY }, { type: 'string', pattern: '^\\s*\\d{1,12}(\\.\\d{1,3})?\\s*$', description: `up to ${MAX_QUANTITY} (twelve digits), three decimals` }] } as const;

/** The errors every authenticated route may give (400 for any bad text; 429 once the rate limit is reached). */
/** What any route behind a credential may answer; 409 too: a row it relies on (the list in use, say) may be found
 *  changed in the database outside Interdict (AUDIT_TAMPERED), and nothing is done with it; or the list in use
 *  may be one this version cannot read (LIST_NOT_HELD, list-store.ts). */
export const AUTH = [400, 401, 403, 409, 429] as const;
/** And every route that takes a body: too large, or not the media type it takes. */
export const BODY = [413, 415] as const;

/**
 * The media types a route takes its body in, when not JSON (the route's `consumes`; the document lists
 * exactly these, and any other is 415 before the body is read: mediaTypeGate). A vessels CSV may come as
 * text/plain too (what `curl --data-binary` and many scripts send for a CSV file), a UN list as text/xml
 * (XML's other registered type).
 */
export const VESSELS_MEDIA_TYPES = ['text/csv', 'text/plain'] as const;
export const LIST_MEDIA_TYPES = ['application/xml', 'text/xml'] as const;
/** A JSON body: every other route that takes one. */
export const JSON_MEDIA_TYPES = ['application/json'] as const;

/**
 * A route schema's mark that its JSON body is optional (it carries nothing required): no body is an
 * empty one (the server, optionalBody) and the document says requestBody.required: false (describeOutside).
 */
export const OPTIONAL_BODY = 'x-body-optional';

/**
 * The body of a POST that carries nothing (a key issued, a waiting list confirmed or withdrawn): `{}` or
 * none (with OPTIONAL_BODY), so the document states it and anything else in it is 400, as every body is
 * held to its schema (review 17, R17-12: such routes read any body without a word, and their 413 was
 * not in the document).
 */
export const EMPTY_BODY = { type: 'object', additionalProperties: false, properties: {} } as const;

const screenQuerySchema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: NAME,
    dob: DOB,
    nationality: NATIONALITY,
    type: { enum: ['person', 'entity'] },
    documents: { type: 'array', maxItems: MAX_DOCUMENTS, items: { type: 'string', maxLength: MAX_DOCUMENT_LENGTH } },
    threshold: { type: 'number', minimum: MIN_SCREEN_THRESHOLD, maximum: 1, description: `at least ${MIN_SCREEN_THRESHOLD}: below it every listed name matches` },
    reviewThreshold: { type: 'number', minimum: MIN_SCREEN_THRESHOLD, maximum: 1, description: `possible matches at or above this, below the threshold (at least ${MIN_SCREEN_THRESHOLD})` },
  },
} as const;

/**
 * One name, or a batch under `queries`: exactly one of the two (neither, or both, is refused; so is a
 * single query's field beside `queries`, which the batch would not read). screenBodyShape says which, by name.
 */
export const screenBodySchema = {
  type: 'object',
  description: 'Either one query ({name, dob?, nationality?, type?, documents?, threshold?, reviewThreshold?}) or a batch {"queries": {"KEY": query}}, nothing beside it.',
  anyOf: [
    screenQuerySchema,
    { type: 'object', required: ['queries'], additionalProperties: false, properties: { queries: { type: 'object', maxProperties: MAX_BATCH_RECORDS, additionalProperties: screenQuerySchema } } },
  ],
} as const;

/**
 * POST /v1/screen's body, one name or a batch, checked before the schema for its messages: the schema's
 * two alternatives would name only the first's complaint ("name is required" for a batch with a stray field).
 */
export function screenBodyShape(body: unknown): { message: string; field: string } | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const keys = Object.keys(body);
  if (!keys.includes('queries')) return keys.includes('name') ? undefined : { message: 'name is required (or a batch under "queries")', field: 'name' };
  if (keys.includes('name')) return { message: 'send either one name or "queries", not both', field: 'queries' };
  const stray = keys.find((k) => k !== 'queries');
  return stray === undefined ? undefined : { message: `${stray.slice(0, 64)} is not read beside "queries": give it in each query of the batch`, field: stray.slice(0, 64) };
}

export const checkBodySchema = {
  description: 'A transaction or an array of them (CONTRACT §1); each is validated field by field.',
  type: ['object', 'array'],
  items: { type: 'object' },
  maxItems: MAX_BATCH_RECORDS,
} as const;

export const deliveryBodySchema = {
  type: 'object',
  required: ['commodity', 'state', 'date', 'ref'],
  additionalProperties: false,
  properties: {
    commodity: { enum: [...DELIVERY_COMMODITIES] },
    state: STATE,
    date: DATE,
    ref: { type: 'string', minLength: 1, maxLength: MAX_DELIVERY_REF_LENGTH, pattern: '^[^\\u0000-\\u001f]*\\S[^\\u0000-\\u001f]*$' },
    barrels: QUANTITY,
    tonnes: QUANTITY,
    factor: { anyOf: [{ type: 'number', minimum: FACTOR_RANGE.min, maximum: FACTOR_RANGE.max }, { type: 'string', pattern: '^\\s*(6|7|8|9|10|11)(\\.\\d+)?\\s*$|^\\s*12(\\.0+)?\\s*$' }], description: 'barrels per tonne, 6 to 12' },
    reported: { ...DATE, description: 'the day the State reported it: not after tomorrow' },
    vessel: { type: 'string', maxLength: MAX_DELIVERY_VESSEL_LENGTH },
    parties: { type: 'array', maxItems: MAX_DELIVERY_PARTIES, items: { type: 'string', maxLength: MAX_DELIVERY_PARTY_LENGTH } },
    product: { type: 'string', maxLength: MAX_PRODUCT_NAME_LENGTH, description: `refined petroleum product: ${LEDGER_PRODUCT_NAMES.join(', ')} (a few common names too)` },
    confirmLarge: { type: 'boolean', description: "accept a single delivery above 10 times the period's cap" },
  },
} as const;

/** POST /v1/ledger/deliveries/STATE/REF/amend: the fields that change, who amends comes from the caller. */
export const amendBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    reason: { type: 'string', maxLength: MAX_REASON_LENGTH },
    date: DATE,
    barrels: QUANTITY,
    tonnes: QUANTITY,
    factor: deliveryBodySchema.properties.factor,
    reported: DATE,
    vessel: { type: 'string', maxLength: MAX_DELIVERY_VESSEL_LENGTH },
    parties: deliveryBodySchema.properties.parties,
    product: deliveryBodySchema.properties.product,
    confirmLarge: { type: 'boolean' },
  },
} as const;

export const amendParams = {
  type: 'object',
  required: ['state', 'ref'],
  additionalProperties: false,
  properties: { state: STATE, ref: { type: 'string', minLength: 1, maxLength: MAX_DELIVERY_REF_LENGTH } },
} as const;

export const deliveriesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    state: STATE,
    commodity: { enum: [...DELIVERY_COMMODITIES] },
    from: DATE,
    to: DATE,
  },
} as const;

/** A monitored subject's id. */
const SUBJECT_ID = { type: 'string', minLength: 1, maxLength: MAX_SUBJECT_ID_LENGTH, pattern: NOT_BLANK } as const;

const subjectSchema = {
  type: 'object',
  required: ['id', 'name'],
  additionalProperties: false,
  properties: {
    id: SUBJECT_ID,
    name: NAME,
    dob: DOB,
    nationality: NATIONALITY,
    type: { enum: ['person', 'entity'] },
  },
} as const;

export const subjectsBodySchema = { type: 'array', minItems: 1, maxItems: MAX_BATCH_RECORDS, items: subjectSchema } as const;

export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,14}$' } } } as const;

export const alertsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { enum: [...ALERT_STATUSES], description: 'open, proposed, escalated (the escalation queue) or closed' },
    band: { enum: [...ALERT_BANDS], description: 'match or possible' },
    sort: { enum: [...ALERT_SORTS], description: 'id (newest first, the default; order=asc oldest first), band (matches first) or score (best first)' },
    subject: { type: 'string', maxLength: MAX_SUBJECT_ID_LENGTH },
    assigned: { type: 'string', maxLength: MAX_ACCOUNT_NAME_LENGTH, description: 'alerts assigned to this account' },
    q: { type: 'string', maxLength: MAX_SEARCH_LENGTH, description: 'subject name or id, listed name or reference containing this' },
    ...PAGE_QUERY_PROPERTIES,
  },
} as const;

export const subjectsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { q: { type: 'string', maxLength: MAX_SEARCH_LENGTH, description: 'names or ids containing this (any case)' }, ...PAGE_QUERY_PROPERTIES },
} as const;

export const subjectParams = { type: 'object', required: ['id'], properties: { id: SUBJECT_ID } } as const;

/** A required note: not blank (only spaces is refused, 400 naming note). */
export const NOTE = { type: 'string', minLength: 1, maxLength: MAX_NOTE_LENGTH, pattern: NOT_BLANK, description: 'not blank' } as const;

export const noteBodySchema = { type: 'object', required: ['note'], additionalProperties: false, properties: { note: NOTE } } as const;

export const assignBodySchema = {
  type: 'object', required: ['user'], additionalProperties: false,
  properties: { user: { ...ACCOUNT, description: 'an account that may decide alerts' } },
} as const;

export const decisionBodySchema = {
  type: 'object',
  required: ['disposition', 'note'],
  additionalProperties: false,
  properties: {
    disposition: { enum: [...DISPOSITIONS] },
    note: NOTE,
    expires: { ...DATE, description: 'a false positive only: the suppression lapses after this date' },
  },
} as const;

/**
 * A confirmation names the proposal it reviewed (review 19, M1): its disposition (required), its expiry
 * (absent: the proposal has none) and, optionally, when it was proposed (the alert's decision.at). Another
 * proposal than that is 409 ALERT_CHANGED.
 */
export const confirmBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    disposition: { enum: [...DISPOSITIONS], description: "the disposition reviewed (the alert's decision.disposition); left out with the rest: the proposal pending is confirmed" },
    expires: { ...DATE, description: "the expiry reviewed (the alert's decision.expires); left out beside a disposition: the proposal has none" },
    proposedAt: { type: 'string', maxLength: 40, pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$', description: "optional: the alert's decision.at as read; another proposal (withdrawn and proposed again) is 409" },
    note: { ...NOTE, description: 'optional; when sent, not blank' },
  },
} as const;

export const lawQuery = { type: 'object', additionalProperties: false, properties: { date: DATE } } as const;

export const statusQuery = {
  type: 'object',
  required: ['commodity'],
  additionalProperties: false,
  properties: { commodity: { enum: [...DELIVERY_COMMODITIES] }, period: { type: 'string', maxLength: MAX_PERIOD_LENGTH, description: 'a period key, a year or a date (YYYY-MM-DD) inside a cap period', pattern: '^\\d{4}(-Q[1-4]|-\\d{2}-\\d{2}(/\\d{4}-\\d{2}-\\d{2})?)?$' } },
} as const;

export const auditQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    target: { type: 'string', maxLength: MAX_AUDIT_TARGET_LENGTH },
    actor: { type: 'string', maxLength: MAX_AUDIT_ACTOR_LENGTH },
    action: { type: 'string', maxLength: MAX_AUDIT_ACTION_LENGTH },
    ...PAGE_QUERY_PROPERTIES,
  },
} as const;

export const userBodySchema = {
  type: 'object',
  required: ['name', 'roles'],
  additionalProperties: false,
  properties: {
    name: ACCOUNT,
    roles: { type: 'array', minItems: 1, maxItems: ROLES.length, items: { enum: [...ROLES] } },
    state: STATE,
  },
} as const;

export const rolesBodySchema = {
  type: 'object',
  required: ['roles'],
  additionalProperties: false,
  properties: { roles: userBodySchema.properties.roles, state: userBodySchema.properties.state },
} as const;

/** POST /v1/users/NAME/confirm: optionally, the roles the confirming admin reviewed (the grant must still be those). */
export const confirmGrantBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { roles: { ...userBodySchema.properties.roles, description: 'The role set you reviewed (GET /v1/users shows it as pending.roles): if the grant waiting is another by now, 409 and nothing is granted' } },
} as const;

export const userParams = { type: 'object', required: ['name'], properties: { name: ACCOUNT } } as const;

export const vesselsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { q: { type: 'string', maxLength: MAX_SEARCH_LENGTH, description: 'names, IMO or MMSI numbers containing this (any case)' }, ...PAGE_QUERY_PROPERTIES },
} as const;

export const vesselsImportQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { confirm: { type: 'string', pattern: '^[0-9a-f]{64}$', description: "the preview's confirm value: needed to replace a list in use" } },
} as const;

/**
 * The JSON Schemas that validate requests at the boundary (ajv, through Fastify) and that the OpenAPI
 * document is generated from: one source for both.
 */
import { ROLES } from '../src/app/accounts/roles.ts';
import { ALERT_BANDS, ALERT_SORTS, ALERT_STATUSES, DISPOSITIONS } from '../src/app/alerts/alerts.ts';
import { DELIVERY_COMMODITIES } from '../src/app/deliveries/deliveries.ts';

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' }, record: { type: 'string' }, hint: { type: 'string' } },
    },
  },
} as const;

/** Error responses every authenticated route may give. */
export function errorResponses(...statuses: number[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const s of [400, 401, 403, ...statuses]) out[s] = { description: `error (${s})`, ...errorSchema };
  return out;
}

export const screenQuerySchema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 500 },
    dob: { type: 'string', maxLength: 10, description: 'YYYY, YYYY-MM or YYYY-MM-DD' },
    nationality: { type: 'string', maxLength: 100 },
    type: { enum: ['person', 'entity'] },
    documents: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 100 } },
    threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    reviewThreshold: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'possible matches at or above this, below the threshold' },
  },
} as const;

/** One name, or a batch under `queries` (exactly one of the two; the handler refuses both). */
export const screenBodySchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Either one query ({name, dob?, nationality?, type?}) or a batch {"queries": {"KEY": query}}.',
  properties: {
    ...screenQuerySchema.properties,
    queries: { type: 'object', maxProperties: 10000, additionalProperties: screenQuerySchema },
  },
} as const;

export const checkBodySchema = {
  description: 'A transaction or an array of them (CONTRACT §1); each is validated field by field.',
  type: ['object', 'array'],
  items: { type: 'object' },
  maxItems: 10000,
} as const;

export const deliveryBodySchema = {
  type: 'object',
  required: ['commodity', 'state', 'date', 'ref'],
  additionalProperties: false,
  properties: {
    commodity: { enum: [...DELIVERY_COMMODITIES] },
    state: { type: 'string', pattern: '^[A-Za-z]{2}$' },
    date: DATE,
    ref: { type: 'string', minLength: 1, maxLength: 200 },
    barrels: { type: ['number', 'string'] },
    tonnes: { type: ['number', 'string'] },
    factor: { type: ['number', 'string'] },
    reported: DATE,
    vessel: { type: 'string', maxLength: 200 },
    parties: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 300 } },
  },
} as const;

export const subjectSchema = {
  type: 'object',
  required: ['id', 'name'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 200 },
    name: { type: 'string', minLength: 1, maxLength: 500 },
    dob: { type: 'string', maxLength: 10 },
    nationality: { type: 'string', maxLength: 100 },
    type: { enum: ['person', 'entity'] },
  },
} as const;

export const subjectsBodySchema = { type: 'array', minItems: 1, maxItems: 10000, items: subjectSchema } as const;

export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,14}$' } } } as const;

export const alertsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { enum: [...ALERT_STATUSES] },
    band: { enum: [...ALERT_BANDS], description: 'match or possible' },
    sort: { enum: [...ALERT_SORTS], description: 'id (oldest first, the default), band (matches first) or score (best first)' },
    subject: { type: 'string', maxLength: 200 },
    after: { type: 'string', pattern: '^[0-9]{1,15}$' },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,3}$' },
  },
} as const;

export const decisionBodySchema = {
  type: 'object',
  required: ['disposition', 'note'],
  additionalProperties: false,
  properties: {
    disposition: { enum: [...DISPOSITIONS] },
    note: { type: 'string', minLength: 1, maxLength: 4000 },
    expires: { ...DATE, description: 'a false positive only: the suppression lapses after this date' },
  },
} as const;

export const confirmBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { note: { type: 'string', maxLength: 4000 } },
} as const;

export const lawQuery = { type: 'object', additionalProperties: false, properties: { date: DATE } } as const;

export const statusQuery = {
  type: 'object',
  required: ['commodity'],
  additionalProperties: false,
  properties: { commodity: { enum: [...DELIVERY_COMMODITIES] }, period: { type: 'string', maxLength: 40 } },
} as const;

export const auditQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    target: { type: 'string', maxLength: 300 },
    actor: { type: 'string', maxLength: 100 },
    action: { type: 'string', maxLength: 100 },
    after: { type: 'string', pattern: '^[0-9]{1,15}$' },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,3}$' },
  },
} as const;

export const userBodySchema = {
  type: 'object',
  required: ['name', 'roles'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 64 },
    roles: { type: 'array', minItems: 1, maxItems: ROLES.length, items: { enum: [...ROLES] } },
    state: { type: 'string', pattern: '^[A-Za-z]{2}$' },
  },
} as const;

export const userParams = { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1, maxLength: 64 } } } as const;

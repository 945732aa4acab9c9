/**
 * What each route answers, as JSON Schema, for the OpenAPI document: every success and every error a
 * route can give. The answers are written as they are (not serialized through these schemas); the test
 * harness checks every answer the service tests receive against the document (test/service/openapi-check.ts),
 * so the document cannot drift from what is sent. Shapes this service owns are closed
 * (additionalProperties: false); the engine's records (decisions, matches, ledger figures) list the
 * fields clients rely on and may carry more.
 */
import { ALERT_KINDS } from '../src/app/alerts/alerts.ts';
import { DISGUISE_REASONS } from '../src/app/alerts/disguised-alerts.ts';

type Schema = Record<string, unknown>;

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const bool = { type: 'boolean' } as const;
const nullable = (t: string): Schema => ({ type: [t, 'null'] });
const arr = (items: Schema): Schema => ({ type: 'array', items });
const closed = (properties: Record<string, Schema>, required: string[] = Object.keys(properties)): Schema => ({ type: 'object', additionalProperties: false, required, properties });
const open = (properties: Record<string, Schema>, required: string[] = []): Schema => ({ type: 'object', required, properties });

/** What hides letters in a name (a disguised-name alert, a screened name): the reason, the field, the word. */
const nameDisguise = closed({ reason: { enum: [...DISGUISE_REASONS] }, field: str, word: str });

const errorBodySchema = closed({
  error: closed({ code: str, message: str, field: str, record: str, hint: str }, ['code', 'message', 'hint']),
});

const reason = open({ measure: str, resolution: int, paragraph: str, effect: { enum: ['prohibits', 'permits', 'conditions', 'requires-review'] }, summary: str, confidence: { enum: ['T', 'S', 'N', 'U'] } }, ['effect', 'summary']);
const decision = open({
  id: str, outcome: { enum: ['prohibited', 'conditional', 'permitted', 'review'] }, reasons: arr(reason), obligations: arr(open({ kind: str, due: str })), lawVersion: str, evaluatedFor: str,
}, ['outcome', 'reasons', 'obligations', 'lawVersion', 'evaluatedFor']);

const explanation = open({ feature: str, score: num, weight: num, detail: str }, ['feature', 'score', 'detail']);
/** A screening match; `band` ("match" | "possible") and `regime` as CONTRACT §2. */
const matchSchema = open({
  ref: str, name: str, score: num, band: { enum: ['match', 'possible'] }, regime: str, kind: str, recordKind: str, explanation: arr(explanation), algorithm: str, listVersion: str,
}, ['ref', 'name', 'score', 'explanation', 'algorithm', 'listVersion']);
const matches = arr(matchSchema);

const listUpdate = closed(
  { changed: bool, from: str, to: str, added: int, changedRecords: int, removed: int, rescreened: int, alertsOpened: int, alerts: arr(int), restored: closed({ version: str, rows: arr(int) }) },
  ['changed', 'from', 'to', 'added', 'changedRecords', 'removed', 'rescreened', 'alertsOpened', 'alerts'],
);
const pendingList = closed({ id: int, from: str, to: str, added: int, changedRecords: int, removed: int, removedRefs: arr(str), notNewer: bool, requestedBy: str, requestedAt: str });
const auditEntry = closed({ seq: int, at: str, actor: str, action: str, target: str, detail: { type: 'object' }, prevHash: str, hash: str });

const alert = closed({
  id: int, status: str, band: { enum: ['match', 'possible'] }, regime: str, kind: { enum: [...ALERT_KINDS] }, eventId: int,
  // A disguised-name alert (no listed record: ref "disguised-name"): what hides letters in the subject's name.
  disguise: nameDisguise,
  subject: closed({ id: str, name: str, dob: str, nationality: str, type: str }, ['id', 'name']),
  match: matchSchema, score: num, ref: str, algorithm: str, listVersion: str, openedAt: str, openedBy: str,
  decision: closed({ disposition: str, note: str, expires: str, by: str, at: str }, ['disposition', 'note', 'by', 'at']),
  confirmation: closed({ by: str, at: str, note: str }, ['by', 'at']),
  assignedTo: str, closedReason: str,
  history: arr(auditEntry),
}, ['id', 'status', 'subject', 'match', 'score', 'ref', 'algorithm', 'listVersion', 'openedAt', 'openedBy']);

/** A stored AIS event (CONTRACT §5: the objects `ais scan` prints) with its id and alert. */
const vesselSchema = open({ mmsi: int, imo: str, name: str, flag: str, flagSource: str }, ['mmsi', 'flag', 'flagSource']);
const shipEvent = open({
  id: int, kind: str, vessels: arr(vesselSchema), start: str, end: str, lat: num, lon: num, durationHours: num, evidence: { type: 'object' }, reasons: arr(reason),
  concern: bool, alert: nullable('integer'),
}, ['id', 'kind', 'vessels', 'start', 'end', 'lat', 'lon', 'durationHours', 'evidence', 'reasons', 'concern']);

const account = closed({
  name: str, roles: arr(str), state: str, createdAt: str, createdBy: str, revokedAt: str, revokedBy: str,
  pending: closed({ roles: arr(str), by: str, at: str }), keySuspended: str,
}, ['name', 'roles', 'createdAt', 'createdBy']);

const notice = open({ commodity: str, period: str, threshold: int, totalBarrels: num, issuedAt: str }, ['commodity', 'period', 'threshold']);
const deliveryRecord = open({ state: str, ref: str, version: int, commodity: str, period: str, date: str, barrels: num, tonnes: num }, ['state', 'ref', 'commodity', 'date']);
const periodTotals = open({ commodity: str, period: str, capBarrels: nullable('number'), totalBarrels: num, percent: nullable('number') }, ['commodity', 'period', 'totalBarrels']);

const verify = closed({ ok: bool, entries: int, firstBad: int, problem: str, checkpoints: int }, ['ok', 'entries']);

/** A page of a list (CONTRACT §4a). */
const page = (item: Schema): Schema => closed({ items: arr(item), total: int, next: nullable('string') });

const designatedVessel = closed({ name: str, imo: str, mmsi: str, flag: str, callsign: str, type: str, designated: str, owner: str, legalBases: arr(str) }, ['name', 'imo', 'designated', 'legalBases']);
const vesselCounts = closed({ version: str, vessels: int });

const ok = (description: string, schema: Schema): Schema => ({ description, ...schema });

/** The success answers, by route ("METHOD /url") and status. */
export const SUCCESS: Record<string, Record<number, Schema>> = {
  'GET /healthz': { 200: ok('Up', closed({ ok: { const: true } })) },
  'GET /readyz': { 200: ok('Ready (and nothing else about the deployment)', closed({ ok: { const: true } })) },
  'GET /openapi.json': { 200: ok('This document', open({ openapi: str, paths: { type: 'object' } }, ['openapi', 'paths'])) },
  'POST /v1/check': { 200: ok('The decision, or one per transaction in order', { anyOf: [decision, arr(decision)] }) },
  'POST /v1/screen': {
    200: ok('Matches for one name, or for each key of a batch', {
      anyOf: [
        open({ matches, disguise: nameDisguise, listVersion: str, algorithm: str, threshold: num, reviewThreshold: num }, ['matches', 'listVersion', 'algorithm']),
        open({ responses: { type: 'object', additionalProperties: open({ matches, disguise: nameDisguise }, ['matches']) }, listVersion: str, algorithm: str }, ['responses', 'listVersion', 'algorithm']),
      ],
    }),
  },
  'GET /v1/law': { 200: ok('The measures in force on the date', open({ date: str, lawVersion: str, measures: arr(open({ id: str, resolution: int, paragraph: str, title: str, effective: str, confidence: str, evaluated: bool, summary: str, source: str, file: str }, ['id'])) }, ['date', 'lawVersion', 'measures'])) },
  'GET /v1/list': { 200: ok('The list in use and the lists loaded before it', open({ version: open({ id: str, sha256: str, dateGenerated: str }, ['id']), counts: { type: 'object' }, history: arr({ type: 'object' }) }, ['version', 'history'])) },
  'POST /v1/ledger/deliveries': {
    200: ok('The same (state, ref) again: nothing changed', open({ created: { const: false }, record: deliveryRecord, period: periodTotals, notices: arr(notice), review: arr(str) }, ['created', 'record', 'period', 'notices', 'review'])),
    201: ok('Recorded; `review` says what to look at before it goes into the State\'s notification (its vessel matched, possibly matched, or was not screened: no designated-vessels list imported)', open({ created: { const: true }, record: deliveryRecord, period: periodTotals, notices: arr(notice), review: arr(str) }, ['created', 'record', 'period', 'notices', 'review'])),
  },
  'POST /v1/ledger/deliveries/{state}/{ref}/amend': {
    200: ok('Amended: the versions before and after, the totals, notices and correction notices issued', open({ before: deliveryRecord, after: deliveryRecord, period: periodTotals, notices: arr(notice) }, ['before', 'after', 'period', 'notices'])),
  },
  'GET /v1/ledger/deliveries': {
    200: ok('One page of delivery reports', closed({ items: arr(deliveryRecord), total: int, next: nullable('string') })),
  },
  'GET /v1/ledger/status': {
    200: ok('Cap use of the period; for a year overlapping several periods, {periods: [...]}', open({ commodity: str, period: str, totalBarrels: num, byMonth: arr({ type: 'object' }), byState: arr({ type: 'object' }), periods: arr({ type: 'object' }) })),
  },
  'GET /v1/ledger/notices': { 200: ok('Every notice issued, oldest first', closed({ notices: arr(notice) })) },
  'POST /v1/subjects': {
    200: ok('Each subject stored and screened; the alerts opened', closed({
      subjects: arr(closed({ id: str, status: { enum: ['created', 'updated', 'unchanged'] }, matches: int, possible: int, alerts: arr(int) })), matched: int, possible: int, alertsOpened: int, listVersion: str,
    })),
  },
  'GET /v1/subjects': { 200: ok('A page of monitored subjects', page(closed({ id: str, name: str, dob: str, nationality: str, type: str, addedAt: str }, ['id', 'name', 'addedAt']))) },
  'DELETE /v1/subjects/:id': { 200: ok('Removed from monitoring; its alerts that are not closed stay in the queue (alertsOpen)', closed({ id: str, removedAt: str, alertsOpen: arr(int) })) },
  'GET /v1/events': { 200: ok('Stored AIS events, a page of them', closed({ items: arr(shipEvent), total: int, next: nullable('string') })) },
  'GET /v1/events/:id': { 200: ok('One stored AIS event', shipEvent) },
  'GET /v1/alerts': { 200: ok('A page of alerts', page(alert)) },
  'GET /v1/alerts/:id': { 200: ok('One alert with its history', alert) },
  'POST /v1/alerts/:id/decision': { 200: ok('Proposed', alert) },
  'POST /v1/alerts/:id/confirm': { 200: ok('Confirmed: closed, or escalated (the escalation queue)', alert) },
  'POST /v1/alerts/:id/reject': { 200: ok('Returned: open again (or back in the escalation queue)', alert) },
  'POST /v1/alerts/:id/withdraw': { 200: ok('Withdrawn: open again (or back in the escalation queue)', alert) },
  'POST /v1/alerts/:id/assign': { 200: ok('Assigned', alert) },
  'POST /v1/lists': {
    200: ok('The list update', listUpdate),
    202: ok('Waiting for a second admin: the update removes records or is not newer', closed({ pending: pendingList })),
  },
  'GET /v1/lists/pending': { 200: ok('List updates waiting for a second admin', closed({ pending: arr(pendingList) })) },
  'POST /v1/lists/pending/:id/withdraw': { 200: ok('The list update, withdrawn unapplied', closed({ withdrawn: closed({ id: int, version: str, requestedBy: str }) })) },
  'POST /v1/lists/pending/:id/confirm': { 200: ok('The list update, applied', listUpdate) },
  'GET /v1/vessels': { 200: ok('A page of the vessels list in use (none imported: empty, version null)', closed({ items: arr(designatedVessel), total: int, next: nullable('string'), version: nullable('string'), importedAt: nullable('string') })) },
  'POST /v1/vessels/preview': {
    200: ok('What the new list would do; nothing stored', closed({
      current: { anyOf: [vesselCounts, { type: 'null' }] }, next: vesselCounts,
      diff: closed({ added: arr(designatedVessel), changed: arr(closed({ imo: str, name: str, changes: arr(closed({ field: str, before: str, after: str })) })), removed: arr(designatedVessel) }),
      // What needs the operator though it only adds (vessel-list.ts, listConcerns): an MMSI given to two vessels, a designation after today.
      concerns: closed({ sharedMmsi: arr(closed({ mmsi: str, vessels: arr(closed({ imo: str, name: str })) })), futureDesignations: arr(closed({ imo: str, name: str, designated: str })) }),
      unchanged: bool, confirm: str,
    })),
  },
  'POST /v1/vessels': { 200: ok('The list in use now (changed: false when it held the same vessels)', closed({ changed: bool, version: str, vessels: int, added: int, changedVessels: int, removed: int })) },
  'GET /v1/audit': { 200: ok('A page of audit entries, newest first unless order=asc', page(auditEntry)) },
  'GET /v1/audit/verify': { 200: ok('Whether the chain holds and the tables agree with it', verify) },
  'GET /v1/users': { 200: ok('Accounts (never their keys)', closed({ users: arr(account) })) },
  'POST /v1/users': { 201: ok('Added; the key is shown this once', closed({ account, key: str })) },
  'PATCH /v1/users/:name': { 200: ok('The account as it now is', closed({ user: account })) },
  'POST /v1/users/:name/confirm': { 200: ok('The grant confirmed', closed({ user: account })) },
  'POST /v1/users/:name/key': { 200: ok('The new key, shown this once', closed({ account, key: str })) },
  'POST /v1/users/me/key': { 200: ok('Your new key, shown this once', closed({ account, key: str })) },
  'DELETE /v1/users/:name': { 200: ok('Revoked', closed({ user: account })) },
};

const ERROR_TEXT: Record<number, string> = {
  400: 'Bad input: the field is named, nothing was stored',
  401: 'No valid credential',
  403: 'The role does not allow it',
  404: 'No such thing',
  408: 'The request did not arrive in time',
  409: 'Conflict with the current state (AUDIT_TAMPERED: a row it relies on was changed in the database outside Interdict; LIST_NOT_HELD: the list in use is an earlier version\'s bundled snapshot stored without its XML, to be loaded again; ALERT_CHANGED: the alert proposal confirmed is not the one pending, withdrawn and replaced since it was read)',
  413: 'Too large (the body, or the answer it would need)',
  415: 'Not a media type this route takes',
  429: 'Too many requests with this credential: see Retry-After',
  431: 'The request line or headers are too large (a query over the limit, say)',
  503: 'Starting or stopping, or halted: the audit log does not verify against its signed checkpoints',
};

/** Every answer a route may give: its successes and `errors`, each error as ErrorBody. */
export function responsesFor(route: string, errors: readonly number[]): Record<number, Schema> {
  const out: Record<number, Schema> = { ...SUCCESS[route] };
  // Any request may come with a request line or headers over the server's limit: every operation may answer 431;
  // and 503 while the service starts, stops, or is halted by an audit log that fails verification.
  // Every route but the public probes is rate-limited (limits.ts), so may answer 429.
  const limited = route !== 'GET /healthz' && route !== 'GET /readyz' ? [429] : [];
  for (const s of [...errors, ...limited, 431, 503]) out[s] = { description: ERROR_TEXT[s] ?? `error (${s})`, ...errorBodySchema };
  // A request whose headers or body do not arrive in time is answered by Node's HTTP server itself, with no body.
  out[408] = { description: ERROR_TEXT[408]! };
  return out;
}

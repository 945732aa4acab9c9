import type { ErrorSpec } from './error-spec.ts';

export const SERVICE_ERRORS = {
  SERVICE_BAD_INPUT: { hint: 'Fix the named field of the request; nothing was stored.', status: 400 },
  SERVICE_UNAUTHENTICATED: { hint: 'Send "Authorization: Bearer KEY" with a key from "interdict users add" (or the admin key printed on first start).', status: 401 },
  SERVICE_FORBIDDEN: { hint: 'Your account\'s roles do not allow this; an admin can give a role (analyst, releaser and admin wait for a second admin to confirm: "interdict users list" shows what waits).', status: 403 },
  SERVICE_KEY_SUSPENDED: { hint: 'An admin who issued this key, or may have seen it, was revoked or demoted since, so the key acts no more: another admin issues the account a new key (POST /v1/users/NAME/key, or the Users page), or the operator at the server does (interdict users key NAME).', status: 403 },
  SERVICE_NOT_FOUND: { hint: 'Check the identifier in the path.', status: 404 },
  SERVICE_TOO_LARGE: { hint: 'Send a smaller body (the limits are in docs/service.md), or split a batch.', status: 413 },
  SERVICE_MEDIA_TYPE: { hint: 'Send JSON with Content-Type: application/json (a list update: the XML with Content-Type: application/xml).', status: 415 },
  SERVICE_NOT_READY: { hint: 'The service is still loading the law, the list or the database; try again shortly.', status: 503 },
  ALERT_CONFLICT: { hint: 'The alert is not in a state that allows this (see its status and history); a decision is confirmed by a releaser other than its proposer.', status: 409 },
  ALERT_CHANGED: { hint: 'The proposal was withdrawn or replaced since you read it: what you confirm (disposition, expires, proposedAt: the alert\'s decision.at) must be what is proposed now. Read the alert again (GET /v1/alerts/ID, or reload its page) and confirm what it shows.', status: 409 },
  LIST_CONFLICT: { hint: 'A list update that removes records or is not newer waits for a second admin (GET /v1/lists/pending, POST /v1/lists/pending/ID/confirm); the admin who asked cannot confirm it.', status: 409 },
  LIST_NOT_HELD: {
    hint: 'The database\'s list in use is the UN list snapshot an earlier version of Interdict bundled, stored without its XML, and this version bundles another: nothing is screened against a list other than the one the database recorded. Load that list\'s file again ("interdict lists load FILE", or POST /v1/lists): a file whose SHA-256 is the stored list\'s gives the row its XML, and a newer list can then be loaded.',
    status: 409,
  },
  USER_CONFLICT: {
    hint: 'The message says which rule: an account name is used once for good (a revoked account keeps its name: choose another); a grant is confirmed by a second admin, not the one who asked nor one who may have seen the same keys; the last admin stays. "interdict users list" shows the accounts and what waits.',
    status: 409,
  },
  USER_BAD_INPUT: { hint: 'Give a name, one or more roles (analyst, releaser, reporter, auditor, admin), and --state CN for a reporter only.', status: 400 },
  SUBJECT_BAD_INPUT: { hint: 'Fix the named field: each subject needs an id and a name; dob as YYYY, YYYY-MM or YYYY-MM-DD; type person or entity.', status: 400 },
  SERVICE_INTERNAL: { hint: 'An unexpected failure; the server log has the details (nothing was half-stored: each change is one transaction).', status: 500 },
  SERVICE_METHOD: { hint: 'The path exists but not with this method: the Allow header and /openapi.json list the methods it takes.', status: 405 },
  SERVICE_HEADERS_TOO_LARGE: { hint: 'The request\'s headers are over the server\'s limit (16 KiB): send fewer or shorter headers (a cookie or a key of the usual size fits).', status: 431 },
  SERVICE_TIMEOUT: { hint: 'The request was not received in time (the limits are in docs/service.md); send it again, whole.', status: 408 },
  SERVICE_RATE_LIMITED: { hint: 'Too many requests with this key in a short time: wait for the number of seconds in Retry-After.', status: 429 },
  CONFIG_SECRET: { hint: 'A secret of this deployment (the audit signing key, the session secret) is missing, unreadable or readable by others: see docs/service.md, "Security".', status: 500 },
  AUDIT_CHECKPOINT: { hint: 'Give a checkpoint file written by "interdict audit checkpoint" or "serve --checkpoints" (one JSON object a line).', status: 400 },
  AUDIT_TAMPERED: { hint: 'A row differs from what its last audit entry recorded: it was changed in the database outside Interdict, so nothing acts on it. Run "interdict audit verify" and restore the database from a backup you trust.', status: 409 },
  AUDIT_STORE: { hint: 'The audit log could not be written, so the change was not made; check the database.', status: 500 },
} satisfies Record<string, ErrorSpec>;

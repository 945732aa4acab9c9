import type { ErrorSpec } from './error-spec.ts';

export const STORE_ERRORS = {
  STORE_TARGET: {
    hint: 'Give --db a SQLite file path in an existing folder, or set INTERDICT_DATABASE_URL to a postgres:// URL ("interdict ledger where" shows the default).',
    status: 400,
  },
  STORE_NOT_FOUND: { hint: 'Nothing has been recorded there yet: check --db or INTERDICT_DATABASE_URL ("interdict ledger where" shows the default).', status: 404 },
  STORE_READ_ONLY: { hint: 'The database file or its folder is read-only: reads work, writes need write permission.', status: 503 },
  STORE_OPEN: { hint: 'Check that the database file is an Interdict database, or that the PostgreSQL server is reachable.', status: 503 },
  STORE_FULL: { hint: 'Free disk space where the database lives (or raise its quota) and run again: each write is one transaction, so nothing was stored.', status: 503 },
  STORE_SCHEMA: { hint: 'The database\'s tables are not at the schema this version reads: written by a newer Interdict (upgrade interdict), by an earlier one (run "interdict db migrate" as their owner), or changed outside Interdict (restore a backup you trust); the message says which.', status: 503 },
} satisfies Record<string, ErrorSpec>;

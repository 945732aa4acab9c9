import type { ErrorSpec } from './error-spec.ts';

export const LEDGER_ERRORS = {
  LEDGER_BAD_INPUT: { hint: 'Fix the named field of the delivery report; nothing was stored.', status: 400 },
  LEDGER_NO_PERIOD: { hint: 'The date falls outside every cap period in the law data; check the date and commodity.', status: 400 },
  LEDGER_STORE: { hint: 'Check the database file or INTERDICT_DATABASE_URL.', status: 500 },
  LEDGER_REF_CONFLICT: {
    hint: 'A State\'s reference counts once: send the same report again unchanged, or change it with "interdict ledger amend".',
    status: 409,
  },
  LEDGER_NOT_FOUND: { hint: 'Check the State and reference (see "interdict ledger status" or the import file).', status: 404 },
} satisfies Record<string, ErrorSpec>;

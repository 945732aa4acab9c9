import type { ErrorSpec } from './registry.ts';

export const LEDGER_ERRORS = {
  LEDGER_BAD_INPUT: { hint: 'Fix the named field of the delivery report; nothing was stored.', status: 400 },
  LEDGER_NO_PERIOD: { hint: 'The date falls outside every cap period in the law data; check the date and commodity.', status: 400 },
  LEDGER_STORE: { hint: 'Check the database file or INTERDICT_DATABASE_URL.', status: 500 },
} satisfies Record<string, ErrorSpec>;

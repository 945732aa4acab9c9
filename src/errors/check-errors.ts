import type { ErrorSpec } from './registry.ts';

export const CHECK_ERRORS = {
  CHECK_BAD_INPUT: { hint: 'See the transaction format in the README (CONTRACT §1): fix the named field.', status: 400 },
} satisfies Record<string, ErrorSpec>;

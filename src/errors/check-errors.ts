import type { ErrorSpec } from './error-spec.ts';

export const CHECK_ERRORS = {
  CHECK_BAD_INPUT: { hint: 'See "What a transaction may say" in the README: fix the named field.', status: 400 },
} satisfies Record<string, ErrorSpec>;

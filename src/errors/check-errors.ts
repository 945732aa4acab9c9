import type { ErrorSpec } from './error-spec.ts';

export const CHECK_ERRORS = {
  CHECK_BAD_INPUT: { hint: 'See "What a transaction may say" in the README: fix what the message names (the field, or the line and the JSON).', status: 400 },
} satisfies Record<string, ErrorSpec>;

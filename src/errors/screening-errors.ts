import type { ErrorSpec } from './error-spec.ts';

export const SCREENING_ERRORS = {
  SCREEN_BAD_INPUT: { hint: 'Fix the named field: a non-empty name, a date of birth as YYYY, YYYY-MM or YYYY-MM-DD, a type of person or entity; a batch CSV needs a header with a "name" column.', status: 400 },
  LIST_INVALID: { hint: 'Give a UN consolidated list XML file (CONSOLIDATED_LIST root); the list was not loaded.', status: 400 },
} satisfies Record<string, ErrorSpec>;

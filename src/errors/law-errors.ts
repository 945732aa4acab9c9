import type { ErrorSpec } from './registry.ts';

export const LAW_ERRORS = {
  LAW_INVALID: { hint: 'Fix the law file at the path named; see law/schema/ for what a measure may hold.', status: 500 },
} satisfies Record<string, ErrorSpec>;

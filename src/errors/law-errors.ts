import type { ErrorSpec } from './error-spec.ts';

export const LAW_ERRORS = {
  LAW_INVALID: { hint: 'Fix the law file at the path named; see law/schema/ for what a measure may hold.', status: 500 },
  LAW_UNKNOWN_FIELD: { hint: 'Remove or rename the field at the path named; law/schema/ lists the fields a measure may hold.', status: 500 },
  LAW_BAD_HS: { hint: 'Write HS codes as "62", "6203", "6203.42" or "620342".', status: 500 },
  LAW_DATE_ASKED: { hint: 'Give a real date, YYYY-MM-DD: the measures in force on it are listed.', status: 400 },
  LAW_BAD_DATE: { hint: 'Write dates as real calendar dates, YYYY-MM-DD.', status: 500 },
  LAW_OVERLAP: { hint: 'Periods of one measure (and cap periods of one commodity) must not overlap; fix the dates at the path named.', status: 500 },
  LAW_DANGLING_REF: { hint: 'Refer only to measure ids defined in law/*.yaml, or add the missing measure.', status: 500 },
} satisfies Record<string, ErrorSpec>;

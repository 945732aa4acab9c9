/**
 * One cell of a CSV the product writes (the ledger's status and its committee table), the one guard every CSV
 * writer uses. A cell a spreadsheet would run as a formula (one beginning with = + - @, a tab or a carriage
 * return) is written after an apostrophe, which shows it as text; only a plain number (-12, 3.5) is left as it is
 * (security review 23, LOW-1: a reference `-2+3+cmd|' /C calc'!A0` began with a digit after its minus and went
 * out unguarded). A cell holding a quote, a comma or a line break is quoted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  const safe = FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Calendar dates as `YYYY-MM-DD` strings. String order is date order, which keeps comparisons cheap;
 * arithmetic goes through UTC so no time zone can shift a day.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** True when `s` is a real calendar date (2017-02-30 is not). Char arithmetic, no regex: it runs per input record. */
export function isValidDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = digit(s, i);
    if (c < 0) return false;
    y = y * 10 + c;
  }
  const m1 = digit(s, 5);
  const m2 = digit(s, 6);
  const d1 = digit(s, 8);
  const d2 = digit(s, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return false;
  const mo = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Same answer as isValidDate, by the regex: kept for the test that holds the two equal. */
export function isValidDateByRegex(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(Number(m[1]), mo);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Add calendar months (used for 12-month cap periods: 2017-12-22 + 12 months = 2018-12-22). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const ny = y + Math.floor(m / 12);
  const nm = (m % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/**
 * A date of birth as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD, a real date, from 1850 to this
 * year. Shared by the transaction boundary (parties) and the screening query, so both refuse the same input.
 */
export function isDateOfBirth(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (m === null) return false;
  const year = Number(m[1]);
  if (year < 1850 || year > new Date().getUTCFullYear()) return false;
  if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12)) return false;
  return m[3] === undefined || isValidDate(s);
}

/**
 * Index of the last of the sorted `YYYY-MM-DD` dates on or before `date` (binary search), or -1. String
 * order is date order; the intervals of the compiled law and the ledger's delivery days both use it.
 */
export function lastOnOrBefore(sorted: readonly string[], date: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= date) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Today's date in UTC (YYYY-MM-DD): the one "today" of the law, the ledger and every interface. */
export function todayUtc(now: number = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

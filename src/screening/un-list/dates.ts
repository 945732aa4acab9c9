/** Dates of birth with their precision, and the YYYY-MM-DD dates of the record. */
import { InterdictError } from '../../errors/index.ts';
import type { DateOfBirth } from './model.ts';
import { children, text, type XNode } from './xml-tree.ts';

export interface Where {
  file: string;
  record: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function bad(where: Where, field: string, value: string): never {
  throw new InterdictError('LIST_INVALID', `record ${where.record} has an unreadable ${field} "${value}"`, {
    ...where,
    field,
  });
}

function year(where: Where, field: string, value: string): number {
  if (!/^\d{4}$/.test(value)) bad(where, field, value);
  return Number(value);
}

/** A YYYY-MM-DD date; the 2020 file sometimes appends a zone ("1960-01-01-05:00"), which is dropped. */
export function isoDate(where: Where, field: string, value: string): string {
  const d = value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) bad(where, field, value);
  return d;
}

/**
 * `isoDate` that is also a day of the calendar: a record's LISTED_ON decides from which day its freeze binds, and
 * 2019-02-30 read as text sorted after every day of February, turning a prohibition of a February dealing into a
 * review (hostile new user). No UN list writes such a day: the list is refused, naming the record.
 */
export function calendarDate(where: Where, field: string, value: string): string {
  const d = isoDate(where, field, value);
  const t = new Date(`${d}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== d) bad(where, field, value);
  return d;
}

/** "Sep.", "August 1961", "Nov. 1973 " → month (1-12) and, if present, the year. */
function monthYear(note: string): { month?: number; year?: number } {
  const words = note.toLowerCase().match(/[a-z]+|\d{4}/g) ?? [];
  const months = words.map((w) => MONTHS.indexOf(w.slice(0, 3))).filter((m) => m >= 0);
  const years = words.filter((w) => /^\d{4}$/.test(w)).map(Number);
  const out: { month?: number; year?: number } = {};
  // Only a single month is precise ("Between Aug. and Sep. 1977" keeps just the year).
  if (months.length === 1 && months[0] !== undefined) out.month = months[0] + 1;
  if (years.length === 1 && years[0] !== undefined) out.year = years[0];
  return out;
}

function yearOnly(year: number, month?: number): DateOfBirth {
  return month === undefined ? { precision: 'year', year } : { precision: 'year', year, month };
}

export interface BirthDates {
  dates: DateOfBirth[];
  notes: string[];
}

/** Every INDIVIDUAL_DATE_OF_BIRTH, plus the dates of birth printed on aliases. */
export function datesOfBirth(node: XNode, where: Where): BirthDates {
  const dates: DateOfBirth[] = [];
  const notes: string[] = [];
  for (const d of children(node, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const type = (text(d, 'TYPE_OF_DATE') ?? '').toUpperCase();
    const date = text(d, 'DATE');
    const y = text(d, 'YEAR');
    const from = text(d, 'FROM_YEAR');
    const to = text(d, 'TO_YEAR');
    const note = text(d, 'NOTE');
    if (from !== undefined || to !== undefined) {
      const fromYear = year(where, 'FROM_YEAR', from ?? to ?? '');
      const toYear = year(where, 'TO_YEAR', to ?? from ?? '');
      // INVARIANT: a range runs forwards (fromYear <= toYear); a reversed one is put in order.
      const [lo, hi] = fromYear <= toYear ? [fromYear, toYear] : [toYear, fromYear];
      dates.push({ precision: 'range', fromYear: lo, toYear: hi });
    } else if (date !== undefined) {
      const iso = isoDate(where, 'DATE', date);
      const approximate = type === 'APPROXIMATELY';
      dates.push(approximate ? { precision: 'approximate', year: Number(iso.slice(0, 4)) } : { precision: 'exact', date: iso });
    } else if (y !== undefined) {
      const yr = year(where, 'YEAR', y);
      if (type === 'APPROXIMATELY') dates.push({ precision: 'approximate', year: yr });
      else {
        dates.push(yearOnly(yr, note === undefined ? undefined : monthYear(note).month));
      }
    } else if (note !== undefined) {
      const m = monthYear(note);
      if (m.year !== undefined) {
        if (type === 'APPROXIMATELY') dates.push({ precision: 'approximate', year: m.year });
        else dates.push(yearOnly(m.year, m.month));
      }
      // Kept as printed in every case, so a reader sees the UN's own words ("30-35 years old").
      if (m.year === undefined || m.month === undefined) notes.push(note);
    }
  }
  // An alias may carry the date of birth used under that name ("1958-02-22" or just "1980"): the same
  // person's date, so it joins the record's dates for screening.
  for (const alias of children(node, 'INDIVIDUAL_ALIAS')) {
    const d = text(alias, 'DATE_OF_BIRTH');
    if (d === undefined || text(alias, 'ALIAS_NAME') === undefined) continue;
    const field = 'INDIVIDUAL_ALIAS/DATE_OF_BIRTH';
    if (/^\d{4}$/.test(d)) dates.push(yearOnly(year(where, field, d)));
    else dates.push({ precision: 'exact', date: isoDate(where, field, d) });
  }
  return { dates: dedupe(dates), notes };
}

function dedupe(dates: DateOfBirth[]): DateOfBirth[] {
  const seen = new Set<string>();
  return dates.filter((d) => {
    const k = JSON.stringify(d);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Evidence beyond the name: date of birth, nationality and document numbers. Each feature counts both ways:
 * agreement raises the score a little, a clear contradiction lowers it more (a different birth year is
 * strong evidence of a different person), and no data either side changes nothing.
 */
import { isIsoKey, nationalityKey } from './countries.ts';
import { countryAgreement } from './generic-entity.ts';
import { isDateOfBirth } from '../law/dates.ts';
import type { DateOfBirth, ListRecord } from './un-list/model.ts';
import type { ExplanationEntry } from './types.ts';

/** The UN's APPROXIMATELY: a year within this many years agrees. */
export const APPROXIMATE_YEARS = 2;

export const EVIDENCE_WEIGHT = {
  dobExact: 0.06,
  dobYear: 0.04,
  dobClose: -0.04,
  dobContradicts: -0.15,
  nationalityAgrees: 0.03,
  nationalityContradicts: -0.08,
  documentAgrees: 0.2,
  documentContradicts: -0.05,
} as const;

/**
 * korean-v2: a birth year alone that contradicts the listed one weighs −0.10, not −0.15, so that it no
 * longer sinks a strong spelling variant (0.96) below the threshold on its own: years are misremembered,
 * misfiled and listed as guesses. A full date of birth that contradicts a listed full date still weighs −0.15.
 */
export const YEAR_CONTRADICTS_V2 = -0.1;

export interface QueryDob {
  year: number;
  month?: number;
  day?: number;
}

/** Parse YYYY, YYYY-MM or YYYY-MM-DD; undefined when it is none of these. */
export function parseQueryDob(text: string): QueryDob | undefined {
  const t = text.trim();
  if (!isDateOfBirth(t)) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t)!;
  const out: QueryDob = { year: Number(m[1]) };
  if (m[2] !== undefined) out.month = Number(m[2]);
  if (m[3] !== undefined) out.day = Number(m[3]);
  return out;
}

function describeDob(d: DateOfBirth): string {
  switch (d.precision) {
    case 'exact': return d.date;
    case 'year': return d.month !== undefined ? `${d.year}-${String(d.month).padStart(2, '0')}` : String(d.year);
    case 'range': return `between ${d.fromYear} and ${d.toYear}`;
    case 'approximate': return `about ${d.year}`;
  }
}

/** One listed date against the query: a signed adjustment. */
function dobAgreement(q: QueryDob, d: DateOfBirth, yearContradictsLess: boolean): number {
  const W = EVIDENCE_WEIGHT;
  const bothFull = q.day !== undefined && d.precision === 'exact';
  const contradicts = yearContradictsLess && !bothFull ? YEAR_CONTRADICTS_V2 : W.dobContradicts;
  const near = (gap: number): number => (gap === 0 ? W.dobYear : gap === 1 ? W.dobClose : contradicts);
  switch (d.precision) {
    case 'exact': {
      const [y, m, day] = d.date.split('-').map(Number);
      if (y !== q.year) return near(Math.abs((y ?? 0) - q.year));
      if (q.month === undefined) return W.dobYear;
      if (m !== q.month || (q.day !== undefined && day !== q.day)) return W.dobClose;
      return q.day !== undefined ? W.dobExact : W.dobYear;
    }
    case 'year':
      if (d.year !== q.year) return near(Math.abs(d.year - q.year));
      return d.month !== undefined && q.month !== undefined && d.month !== q.month ? W.dobClose : W.dobYear;
    case 'range':
      if (q.year >= d.fromYear && q.year <= d.toYear) return W.dobYear;
      return near(Math.min(Math.abs(q.year - d.fromYear), Math.abs(q.year - d.toYear)));
    case 'approximate':
      return Math.abs(q.year - d.year) <= APPROXIMATE_YEARS ? W.dobYear : near(Math.abs(q.year - d.year) - APPROXIMATE_YEARS);
  }
}

export function dobEvidence(q: QueryDob | undefined, record: ListRecord, yearContradictsLess = false): ExplanationEntry | undefined {
  if (q === undefined) return undefined;
  const listed = record.datesOfBirth;
  if (listed.length === 0) {
    return { feature: 'dob', score: 0, weight: 0, detail: 'no date of birth is listed; not counted' };
  }
  // The best-agreeing listed date decides: the UN often lists several candidate dates for one person.
  let best = -Infinity;
  let bestDate = listed[0] as DateOfBirth;
  for (const d of listed) {
    const a = dobAgreement(q, d, yearContradictsLess);
    if (a > best) [best, bestDate] = [a, d];
  }
  const given = [q.year, q.month, q.day].filter((x) => x !== undefined).map((x) => String(x).padStart(2, '0')).join('-');
  const words = best > 0 ? 'agrees with' : best === EVIDENCE_WEIGHT.dobClose ? 'is close to but not' : 'contradicts';
  return {
    feature: 'dob',
    score: best,
    weight: EVIDENCE_WEIGHT.dobExact,
    detail: `date of birth ${given} ${words} the listed ${describeDob(bestDate)}`,
  };
}

export function nationalityEvidence(q: string | undefined, record: ListRecord): ExplanationEntry | undefined {
  if (q === undefined || q.trim() === '') return undefined;
  const qk = nationalityKey(q);
  const listed = record.nationalities.map((n) => [n, nationalityKey(n)] as const).filter(([, k]) => k !== undefined);
  if (qk === undefined || listed.length === 0) {
    return { feature: 'nationality', score: 0, weight: 0, detail: 'no nationality is listed; not counted' };
  }
  const hit = listed.find(([, k]) => k === qk);
  if (hit !== undefined) {
    return { feature: 'nationality', score: EVIDENCE_WEIGHT.nationalityAgrees, weight: EVIDENCE_WEIGHT.nationalityAgrees, detail: `nationality ${q} agrees with the listed ${hit[0]}` };
  }
  // Only two countries we could both identify contradict; an unmapped name ("CH" vs "Switzerland") is not evidence.
  if (!isIsoKey(qk!) || !listed.every(([, k]) => isIsoKey(k!))) {
    return { feature: 'nationality', score: 0, weight: 0, detail: `nationality ${q} could not be compared with the listed ${listed.map(([n]) => n).join(', ')}; not counted` };
  }
  return {
    feature: 'nationality',
    score: EVIDENCE_WEIGHT.nationalityContradicts,
    weight: EVIDENCE_WEIGHT.nationalityAgrees,
    detail: `nationality ${q} differs from the listed ${listed.map(([n]) => n).join(', ')}`,
  };
}

export function documentEvidence(q: readonly string[] | undefined, record: ListRecord): ExplanationEntry | undefined {
  if (q === undefined || q.length === 0) return undefined;
  const given = q.map((d) => d.toUpperCase().replace(/[^A-Z0-9]/g, '')).filter((d) => d.length > 0);
  if (given.length === 0) return undefined;
  if (record.documents.length === 0) {
    return { feature: 'document', score: 0, weight: 0, detail: 'no identity document is listed; not counted' };
  }
  const hit = record.documents.find((d) => given.includes(d.normalized));
  if (hit !== undefined) {
    return { feature: 'document', score: EVIDENCE_WEIGHT.documentAgrees, weight: EVIDENCE_WEIGHT.documentAgrees, detail: `document number ${hit.number} (${hit.type}) is listed for this record` };
  }
  return {
    feature: 'document',
    score: EVIDENCE_WEIGHT.documentContradicts,
    weight: EVIDENCE_WEIGHT.documentAgrees,
    detail: `document number ${q.join(', ')} is not among the listed ${record.documents.map((d) => d.number).join(', ')}`,
  };
}

/**
 * korean-v3: an entity's country (the party's country, else its nationality) against the listed entity's
 * nationality and address countries: agreeing adds as a nationality does, contradicting takes away. (A
 * generic name whose country contradicts is also held at the possible band first, never dropped: see
 * screenName.)
 */
export function entityCountryEvidence(q: string | undefined, record: ListRecord): ExplanationEntry | undefined {
  if (q === undefined || q.trim() === '') return undefined;
  const a = countryAgreement(q, record);
  if (a === 'agrees') {
    return { feature: 'country', score: EVIDENCE_WEIGHT.nationalityAgrees, weight: EVIDENCE_WEIGHT.nationalityAgrees, detail: `country ${q} agrees with the listed entity's country` };
  }
  if (a === 'contradicts') {
    return { feature: 'country', score: EVIDENCE_WEIGHT.nationalityContradicts, weight: EVIDENCE_WEIGHT.nationalityAgrees, detail: `country ${q} differs from the listed entity's country` };
  }
  return { feature: 'country', score: 0, weight: 0, detail: `country ${q} could not be compared with the listed entity's; not counted` };
}

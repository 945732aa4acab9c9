/**
 * Turn a delivery report as given (flags, a CSV row) into the content the ledger stores, or throw
 * LEDGER_BAD_INPUT naming the field. Everything is checked before anything is written.
 */
import { hiddenVariantProblem } from '../io/hidden-variants.ts';
import { randomUUID } from 'node:crypto';
import { readCountryCode } from '../geo/country-codes.ts';
import { InterdictError } from '../errors/index.ts';
import { MAX_DELIVERY_PARTIES, MAX_DELIVERY_PARTY_LENGTH, MAX_DELIVERY_REF_LENGTH, MAX_DELIVERY_VESSEL_LENGTH, MAX_REASON_LENGTH } from '../io/limits.ts';
import { findBadText, nameTextProblem } from '../io/text-guard.ts';
import { addDays, isValidDate, type CapPeriod } from '../law/index.ts';
import type { CapSource } from './cap-source.ts';
import { COMMODITIES, type AmendInput, type Commodity, type DeliveryContent, type DeliveryInput } from './ledger-types.ts';
import { barrelsFromTonnes, DEFAULT_BARRELS_PER_TONNE, FACTOR_RANGE, parseFactor, parseMilli, tonnesFromBarrels } from './quantity.ts';
import { parseProduct, PRODUCT_BARRELS_PER_TONNE, type Derivation } from './products.ts';

/** A single delivery above this many times its period's cap is a typing error unless confirmed (CONTRACT §3a). */
import { LARGE_DELIVERY_FACTOR } from '../io/limits.ts';

export { LARGE_DELIVERY_FACTOR };

export interface ValidDelivery {
  ref: string;
  content: DeliveryContent;
  period: CapPeriod;
  /** Reported more than the law's reporting window after delivery (30 days refined, 90 crude). */
  late: boolean;
  /** False when reported-at defaulted to today: a re-sent report is then compared without it. */
  reportedGiven: boolean;
}

function bad(message: string, field: string, record: string | undefined): InterdictError {
  return new InterdictError('LEDGER_BAD_INPUT', message, { record, field });
}

export function parseCommodity(value: string | undefined, record?: string): Commodity {
  if (value === undefined || value.trim() === '') throw bad('commodity is missing (refined-petroleum or crude-oil)', 'commodity', record);
  const v = value.trim() as Commodity;
  if (!COMMODITIES.includes(v)) throw bad(`commodity must be refined-petroleum or crude-oil, not "${value}"`, 'commodity', record);
  return v;
}

export function parseState(value: string | undefined, record?: string): string {
  if (value === undefined || value.trim() === '') throw bad('state is missing (an ISO 3166 alpha-2 code such as CN)', 'state', record);
  const v = readCountryCode(value);
  if (v === undefined) throw bad(`state "${value}" is not an ISO 3166 alpha-2 country code`, 'state', record);
  // A supply to the DPRK is reported by the supplying State; the DPRK cannot be one.
  if (v === 'KP') throw bad('state KP is the DPRK itself, not a supplying State', 'state', record);
  return v;
}

export function parseDate(value: string | undefined, field: string, record?: string): string {
  if (value === undefined || value.trim() === '') throw bad(`${field} is missing (YYYY-MM-DD)`, field, record);
  const v = value.trim();
  if (!isValidDate(v)) throw bad(`${field} must be a calendar date YYYY-MM-DD, not "${value}"`, field, record);
  return v;
}

export function parseRef(value: string | undefined, record?: string): string {
  // No ref at all: a one-off record with a generated ref. An empty one is a mistake (it would silently
  // lose idempotency), so it is refused.
  if (value === undefined) return `auto-${randomUUID()}`;
  const v = value.trim();
  if (v === '') throw bad('ref is empty: give the State\'s reference for the report, or leave it out', 'ref', record);
  if (v.length > MAX_DELIVERY_REF_LENGTH || [...v].some((ch) => ch.charCodeAt(0) < 0x20)) throw bad(`ref must be at most ${MAX_DELIVERY_REF_LENGTH} printable characters`, 'ref', record);
  // An invisible or a full-width character makes another reference of the same one (RU-R1 with a zero-width space,
  // ＲU-R1: each counted twice; hostile new users): a reference is what it shows, in plain characters.
  const hidden = hiddenVariantProblem(v);
  if (hidden !== undefined) throw bad(`ref ${hidden}: a reference is the visible text the State gave, in plain characters`, 'ref', record);
  return v;
}

function cleanText(value: string | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}

/** Validate a new report. `today` (YYYY-MM-DD) is the reported-at date when none is given. */
export function validateDelivery(input: DeliveryInput, caps: CapSource, today: string, record?: string): ValidDelivery {
  const notText = findBadText(input);
  if (notText !== undefined) throw bad(`${notText.message}: send text only`, notText.field, record);
  // The reference, the vessel and the parties are names (the parties are screened): one line of visible text.
  const names: [unknown, string][] = [[input.ref, 'ref'], [input.vessel, 'vessel'], ...(input.parties ?? []).map((p, i): [unknown, string] => [p, `parties[${i}]`])];
  for (const [v, field] of names) {
    const why = typeof v === 'string' ? nameTextProblem(v) : undefined;
    if (why !== undefined) throw bad(`${field} ${why}`, field, record);
  }
  const commodity = parseCommodity(input.commodity, record);
  const state = parseState(input.state, record);
  const date = parseDate(input.date, 'date', record);
  let barrels = parseMilli(input.barrels, 'barrels', record);
  let tonnes = parseMilli(input.tonnes, 'tonnes', record);
  const givenFactor = parseFactor(input.factor, record);
  const product = parseProduct(input.product, commodity, record) ?? null;
  if (barrels === undefined && tonnes === undefined) throw bad('barrels or tonnes is required (the quantity delivered)', 'barrels', record);
  if ((barrels ?? 0) === 0 && (tonnes ?? 0) === 0) throw bad('the quantity delivered must be more than zero', 'barrels', record);
  const ref = parseRef(input.ref, record);
  let period: CapPeriod;
  try {
    period = caps.periodFor(commodity, date);
  } catch (e) {
    if (e instanceof InterdictError) throw e.at({ record, field: 'date' });
    throw e;
  }
  // A delivery dated after today (a day of grace, as for the report) is a typing error of its date: said of the
  // date, not of a report date the user may never have given (hostile new user).
  if (date > addDays(today, 1)) throw bad(`date (${date}) is after today (${today}): a delivery is reported once it was made`, 'date', record);
  const reportedAt = input.reported === undefined || input.reported.trim() === '' ? today : parseDate(input.reported, 'reported', record);
  if (reportedAt < date) throw bad(`reported (${reportedAt}) is before the delivery date (${date})`, 'reported', record);
  // A report is made on or before the day it reaches us; a day of grace for a State ahead of UTC.
  if (reportedAt > addDays(today, 1)) throw bad(`reported (${reportedAt}) is after today (${today}): a report cannot be dated in the future`, 'reported', record);

  // Store what was reported; derive the other figure with a factor that is stored beside it, chosen the
  // Committee's way: the reporter's factor if given, else the product's, else the commodity's default.
  const productFactor = product === null ? undefined : PRODUCT_BARRELS_PER_TONNE[product];
  const chosen: { factor: number; derivation: Derivation } =
    givenFactor !== undefined ? { factor: givenFactor, derivation: 'given-factor' }
      : productFactor !== undefined ? { factor: productFactor, derivation: 'product-factor' }
        : { factor: DEFAULT_BARRELS_PER_TONNE[commodity], derivation: 'default-factor' };
  let derivation: Derivation = 'as-reported';
  let derived: DeliveryContent['derived'] = null;
  let factor: number | null = null;
  if (barrels === undefined) {
    factor = chosen.factor;
    barrels = barrelsFromTonnes(tonnes!, factor);
    derived = 'barrels';
    derivation = chosen.derivation;
  } else if (tonnes === undefined) {
    factor = chosen.factor;
    tonnes = tonnesFromBarrels(barrels, factor);
    derived = 'tonnes';
  } else if (barrels > 0 && tonnes > 0) {
    // Both reported: they must describe the same oil. 1 bbl beside 520,000 t would let the barrel total
    // (and so the notices) ignore half a million tonnes.
    const implied = barrels / tonnes;
    if (implied < FACTOR_RANGE.min || implied > FACTOR_RANGE.max) {
      throw bad(`barrels and tonnes contradict each other: ${implied.toPrecision(3)} barrels per tonne, where petroleum products run from ${FACTOR_RANGE.min} to ${FACTOR_RANGE.max}`, 'tonnes', record);
    }
  } else {
    throw bad('barrels and tonnes contradict each other: one is zero and the other is not', barrels === 0 ? 'barrels' : 'tonnes', record);
  }

  refuseImplausible(period, barrels, tonnes!, input.confirmLarge === true, record);
  // The same bounds for every interface (the API's schema is built from them): the CLI and the page store
  // nothing the API would refuse.
  if (input.vessel !== undefined && input.vessel.length > MAX_DELIVERY_VESSEL_LENGTH) throw bad(`vessel must be at most ${MAX_DELIVERY_VESSEL_LENGTH} characters`, 'vessel', record);
  const parties = (input.parties ?? []).map((p) => p.trim()).filter((p) => p !== '');
  if (parties.length > MAX_DELIVERY_PARTIES) throw bad(`at most ${MAX_DELIVERY_PARTIES} parties, not ${parties.length}`, 'parties', record);
  const long = parties.findIndex((p) => p.length > MAX_DELIVERY_PARTY_LENGTH);
  if (long >= 0) throw bad(`a party's name must be at most ${MAX_DELIVERY_PARTY_LENGTH} characters`, `parties[${long}]`, record);
  const content: DeliveryContent = {
    commodity,
    state,
    date,
    period: period.period,
    barrelsMilli: barrels,
    tonnesMilli: tonnes!,
    derived,
    factor,
    reportedAt,
    vessel: cleanText(input.vessel),
    parties,
    product,
    derivation,
    screening: input.screening ? [...input.screening] : null,
  };
  const late = reportedAt > addDays(date, period.reportWithinDays);
  return { ref, content, period, late, reportedGiven: input.reported !== undefined && input.reported.trim() !== '' };
}

/**
 * 99,999,999,999 bbl is a typing error, not a delivery: a single report above 10x its period's cap (the
 * bound it is measured by) is refused unless the reporter confirms it. A period without an aggregate cap
 * (2375 para 15) has no such bound.
 */
function refuseImplausible(period: CapPeriod, barrelsMilli: number, tonnesMilli: number, confirmed: boolean, record: string | undefined): void {
  if (confirmed) return;
  const over = [
    period.capBarrels !== undefined && barrelsMilli > LARGE_DELIVERY_FACTOR * period.capBarrels * 1000 ? { field: 'barrels', cap: `${period.capBarrels.toLocaleString('en-US')} bbl` } : undefined,
    period.capTonnes !== undefined && tonnesMilli > LARGE_DELIVERY_FACTOR * period.capTonnes * 1000 ? { field: 'tonnes', cap: `${period.capTonnes.toLocaleString('en-US')} t` } : undefined,
  ].find((x) => x !== undefined);
  if (over) {
    throw bad(`a single delivery of more than ${LARGE_DELIVERY_FACTOR} times the period's cap (${over.cap}) is almost certainly a typing error; if it is right, confirm it (--confirm-large, or "confirmLarge": true)`, over.field, record);
  }
}

function milliText(m: number): string {
  return `${Math.floor(m / 1000)}.${String(m % 1000).padStart(3, '0')}`;
}

/**
 * An amendment overlays the changed fields on the current version and re-validates the whole: a figure
 * that was derived is derived again from the amended one, a reported figure stays as reported.
 */
export function validateAmendment(before: DeliveryContent, ref: string, changes: AmendInput, caps: CapSource, today: string): ValidDelivery {
  const notText = findBadText(changes.reason, 'reason');
  if (notText !== undefined) throw bad(`${notText.message}: send text only`, 'reason', undefined);
  if (changes.reason !== undefined && changes.reason.length > MAX_REASON_LENGTH) throw bad(`reason must be at most ${MAX_REASON_LENGTH} characters`, 'reason', undefined);
  const input: DeliveryInput = {
    commodity: before.commodity,
    state: before.state,
    date: changes.date ?? before.date,
    barrels: changes.barrels ?? (before.derived === 'barrels' ? undefined : milliText(before.barrelsMilli)),
    tonnes: changes.tonnes ?? (before.derived === 'tonnes' ? undefined : milliText(before.tonnesMilli)),
    factor: changes.factor ?? before.factor ?? undefined,
    ref,
    reported: changes.reported ?? before.reportedAt,
    vessel: changes.vessel ?? before.vessel ?? undefined,
    parties: changes.parties ?? before.parties,
    product: changes.product ?? before.product ?? undefined,
    ...(changes.confirmLarge !== undefined && { confirmLarge: changes.confirmLarge }),
    // New parties are screened anew (by the caller); unchanged ones keep their screening at recording.
    ...(changes.screening !== undefined ? { screening: changes.screening } : before.screening !== null && changes.parties === undefined ? { screening: before.screening } : {}),
  };
  // A factor chosen for the old product is chosen again for the new one, unless the reporter gave it.
  if (before.derivation !== 'given-factor' && changes.factor === undefined) input.factor = undefined;
  // A new reported figure replaces a derived one of the other unit only if that one was derived.
  if (changes.barrels !== undefined && changes.tonnes === undefined && before.derived === 'tonnes') input.tonnes = undefined;
  if (changes.tonnes !== undefined && changes.barrels === undefined && before.derived === 'barrels') input.barrels = undefined;
  return validateDelivery(input, caps, today);
}

/** Two reports are the same report when every stored field matches (flags and timestamps aside). */
export function sameContent(a: DeliveryContent, b: DeliveryContent, compareReported = true): boolean {
  return (
    a.commodity === b.commodity &&
    a.state === b.state &&
    a.date === b.date &&
    a.period === b.period &&
    a.barrelsMilli === b.barrelsMilli &&
    a.tonnesMilli === b.tonnesMilli &&
    a.derived === b.derived &&
    a.factor === b.factor &&
    (!compareReported || a.reportedAt === b.reportedAt) &&
    a.vessel === b.vessel &&
    a.product === b.product &&
    a.parties.length === b.parties.length &&
    a.parties.every((p, i) => p === b.parties[i])
  );
}

/**
 * Quantities as integer thousandths. Reports carry at most three decimals of a barrel or a tonne; we
 * refuse more rather than round silently, so the stored figure is exactly the reported one.
 */
import { InterdictError } from '../errors/index.ts';

/** The factor that derives the figure a State did not report (`--factor` overrides; it is stored with the record). */
export { DEFAULT_BARRELS_PER_TONNE } from '../law/cap-period.ts';

const DECIMAL = /^\d+(\.\d{1,3})?$/;

/** Parse a non-negative quantity with up to 3 decimals into thousandths; undefined/empty = not given. */
export function parseMilli(value: string | number | undefined, field: string, record?: string): number | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (text === '') return undefined;
  if (!DECIMAL.test(text)) {
    throw new InterdictError('LEDGER_BAD_INPUT', `${field} must be a non-negative number with at most 3 decimals, not "${text}"`, { record, field });
  }
  const [whole = '0', frac = ''] = text.split('.');
  const milli = Number(whole) * 1000 + Number(frac.padEnd(3, '0'));
  if (!Number.isSafeInteger(milli) || milli > MAX_QUANTITY * 1000) {
    throw new InterdictError('LEDGER_BAD_INPUT', `${field} is too large: ${text}`, { record, field });
  }
  return milli;
}

/** Parse a conversion factor (barrels per tonne), a positive number. */
// The factor's bounds are an input limit, kept with the others.
import { FACTOR_RANGE, MAX_QUANTITY } from '../io/limits.ts';

export { FACTOR_RANGE };

export function parseFactor(value: string | number | undefined, record?: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  // Decimal notation only: Number() would also read "0x8" as 8 and "1e1" as 10.
  const n = typeof value === 'number' ? value : /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value.trim()) : NaN;
  if (!Number.isFinite(n) || n < FACTOR_RANGE.min || n > FACTOR_RANGE.max) {
    const shown = String(value).length > 40 ? `${String(value).slice(0, 40)}…` : String(value);
    throw new InterdictError(
      'LEDGER_BAD_INPUT',
      `factor must be between ${FACTOR_RANGE.min} and ${FACTOR_RANGE.max} barrels per tonne (petroleum products run from about 6.7 to 11.6), not "${shown}"`,
      { record, field: 'factor' },
    );
  }
  return n;
}

export function barrelsFromTonnes(tonnesMilli: number, factor: number): number {
  return Math.round(tonnesMilli * factor);
}

export function tonnesFromBarrels(barrelsMilli: number, factor: number): number {
  return Math.round(barrelsMilli / factor);
}

/** Thousandths back to a number (exact for display and JSON: at most 3 decimals). */
export function fromMilli(milli: number): number {
  return milli / 1000;
}

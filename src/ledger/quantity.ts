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
  if (!Number.isSafeInteger(milli) || milli > 1e15) {
    throw new InterdictError('LEDGER_BAD_INPUT', `${field} is too large: ${text}`, { record, field });
  }
  return milli;
}

/** Parse a conversion factor (barrels per tonne), a positive number. */
/**
 * Barrels per tonne run from about 6.7 (residual fuel oil) to 11.6 (LPG) across petroleum products
 * (REGIME.md §3, BP's conversion tables): a factor outside 6-12 is a typing error, not a conversion,
 * and would silently store 400,000 t as 0 bbl (1e-300) or as billions of barrels.
 */
export const FACTOR_RANGE = { min: 6, max: 12 } as const;

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

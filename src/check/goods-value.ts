/**
 * Units and values of a goods line as people write them. Quantities: barrels ("bbl", "BBL", "barrels"),
 * tonnes ("t", "tonnes", "mt", "MT", "metric tons"), kilograms, volumes (litres, m3: converted to barrels
 * exactly, `litresPerUnit`); values: `value` in US dollars, or a
 * quantity whose unit is "usd". Anything else is unknown and, where a cap needs it, asks for review.
 */
import type { GoodsLine } from './transaction.ts';

export type CapUnit = 'bbl' | 't' | 'kg' | 'usd';

const UNITS: ReadonlyMap<string, CapUnit> = new Map([
  ['bbl', 'bbl'], ['bbls', 'bbl'], ['barrel', 'bbl'], ['barrels', 'bbl'],
  ['t', 't'], ['tonne', 't'], ['tonnes', 't'], ['mt', 't'], ['metric ton', 't'], ['metric tons', 't'], ['metric tonne', 't'], ['metric tonnes', 't'],
  ['kg', 'kg'], ['kgs', 'kg'], ['kilogram', 'kg'], ['kilograms', 'kg'],
  ['usd', 'usd'], ['us$', 'usd'], ['$', 'usd'],
]);

/** Litres in one US oil barrel (42 US gallons of 231 cubic inches): exact, so volumes need no density. */
export const LITRES_PER_BARREL = 158.987294928;

const VOLUMES: ReadonlyMap<string, number> = new Map([
  ['l', 1], ['ltr', 1], ['ltrs', 1], ['litre', 1], ['litres', 1], ['liter', 1], ['liters', 1],
  ['kl', 1000], ['m3', 1000], ['m³', 1000], ['cbm', 1000], ['cubic metre', 1000], ['cubic metres', 1000], ['cubic meter', 1000], ['cubic meters', 1000],
]);

/** Litres per unit when the unit is a volume (l, m3, kl, cubic metres), else undefined. */
export function litresPerUnit(unit: string | undefined): number | undefined {
  if (unit === undefined) return undefined;
  return VOLUMES.get(unit) ?? VOLUMES.get(unit.trim().toLowerCase().replace(/\.$/, ''));
}

/** Count-like units: a quantity in them is a number of items. */
const COUNTS: ReadonlySet<string> = new Set(['pcs', 'pc', 'piece', 'pieces', 'unit', 'units', 'item', 'items', 'each', 'no', 'nos', 'u']);

/** The unit a line's quantity is in, or undefined when it is none of the known ones (or missing). */
export function capUnit(unit: string | undefined): CapUnit | undefined {
  if (unit === undefined) return undefined;
  const u = UNITS.get(unit);
  return u ?? UNITS.get(unit.trim().toLowerCase().replace(/\.$/, ''));
}

/** The line's value in US dollars: `value`, or a quantity given in usd. */
export function lineValue(line: GoodsLine): number | undefined {
  if (line.value !== undefined) return line.value;
  if (line.quantity !== undefined && capUnit(line.unit) === 'usd') return line.quantity;
  return undefined;
}

/**
 * The value of one item of the line, for a per-item threshold: the line's value divided by its count
 * when the quantity counts items, else the line's whole value (never under-counts: fail closed).
 */
export function itemValue(line: GoodsLine): number | undefined {
  const v = lineValue(line);
  if (v === undefined) return undefined;
  const q = line.quantity;
  if (q !== undefined && q > 0 && line.value !== undefined && (line.unit === undefined || COUNTS.has(line.unit.trim().toLowerCase()))) return v / q;
  return v;
}

/** Currencies other than the US dollar as documents write them (not "won" or "pounds": English words and a weight). */
const OTHER_CURRENCY = /(?<![a-z])(?:eur|euros?|gbp|pounds? sterling|jpy|yen|cny|rmb|yuan|renminbi|rub|roubles?|rubles?|chf|swiss francs?|hkd|sgd|krw|cad|aud|inr|rupees?|kpw)(?![a-z])|[€£¥₩₽₹]/;

/**
 * The other currency a line's unit or description names ("unit": "EUR", "price EUR 1,950", "¥300,000"), if any: `value` is read as
 * US dollars (the format has no currency), so beside such a word a value at or below a threshold may not be.
 */
export function otherCurrency(line: GoodsLine): string | undefined {
  // A quantity given in another currency ("unit": "EUR") says the same of the line's money.
  const unit = line.unit !== undefined ? OTHER_CURRENCY.exec(line.unit.trim().toLowerCase())?.[0] : undefined;
  if (unit !== undefined || line.description === undefined) return unit;
  return OTHER_CURRENCY.exec(line.description.toLowerCase())?.[0];
}

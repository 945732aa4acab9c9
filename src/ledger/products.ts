/**
 * Refined petroleum products as States report them, and the barrels per tonne the Committee converts
 * a tonnage by: the law layer's table (src/law/product-factor.ts, docs/regime.md §3), the same one
 * `check` converts goods lines by. A product without a published factor (lubricants, bitumen, other)
 * is converted by the commodity's default factor, and the record says so: no factor is invented here.
 */
import { InterdictError } from '../errors/index.ts';
import { barrelsPerTonne } from '../law/product-factor.ts';
import type { Commodity } from './ledger-types.ts';

import { PRODUCTS, type Product } from './product-names.ts';

export { PRODUCTS, type Product };

/** Each product's factor as the law's table reads the product's name; absent where it falls to the default. */
export const PRODUCT_BARRELS_PER_TONNE: Readonly<Partial<Record<Product, number>>> = Object.freeze(Object.fromEntries(
  PRODUCTS.map((p) => [p, barrelsPerTonne('refined-petroleum', undefined, p.replace('-', ' '), p)] as const)
    .filter(([, f]) => f.why !== barrelsPerTonne('refined-petroleum', undefined, undefined).why)
    .map(([p, f]) => [p, f.factor]),
));

/** How a record's barrels were obtained (CONTRACT §3a); `given-factor`: the reporter's `--factor`. */
export type Derivation = 'as-reported' | 'product-factor' | 'default-factor' | 'given-factor';

// What people write for a product: case, spaces and underscores folded, and a few common names.
export const PRODUCT_ALIASES: Readonly<Record<string, Product>> = {
  'gas-oil': 'diesel', gasoil: 'diesel', 'diesel-oil': 'diesel', petrol: 'gasoline', 'motor-gasoline': 'gasoline',
  jet: 'jet-fuel', 'jet-kerosene': 'jet-fuel', 'kerosene-jet-fuel': 'jet-fuel', 'residual-fuel-oil': 'fuel-oil', 'heavy-fuel-oil': 'fuel-oil',
  hfo: 'fuel-oil', mazut: 'fuel-oil', propane: 'lpg', butane: 'lpg', 'liquefied-petroleum-gas': 'lpg', lubricant: 'lubricants', 'lubricating-oil': 'lubricants',
  asphalt: 'bitumen',
};

/** Read a product as given, or throw naming the field; undefined/empty = not given. */
export function parseProduct(value: string | undefined, commodity: Commodity, record?: string): Product | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const key = value.trim().toLowerCase().replace(/[\s_/]+/g, '-');
  const p = (PRODUCTS as readonly string[]).includes(key) ? (key as Product) : PRODUCT_ALIASES[key];
  if (p === undefined) {
    throw new InterdictError('LEDGER_BAD_INPUT', `product must be one of ${PRODUCTS.join(', ')}, not "${value}"`, { record, field: 'product' });
  }
  // The products are refined ones: a crude oil report names none.
  if (commodity !== 'refined-petroleum') {
    throw new InterdictError('LEDGER_BAD_INPUT', `product applies to refined-petroleum only, not ${commodity}`, { record, field: 'product' });
  }
  return p;
}

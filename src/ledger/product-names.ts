// Refined petroleum products as States report them (their factors: products.ts). Apart, so that the CLI's
// help can name them without loading the law's factor table.
export const PRODUCTS = ['diesel', 'gasoline', 'kerosene', 'jet-fuel', 'naphtha', 'fuel-oil', 'lpg', 'lubricants', 'bitumen', 'other'] as const;
export type Product = (typeof PRODUCTS)[number];

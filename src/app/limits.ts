// The input limits for the interfaces (the CLI, the HTTP schemas, the pages): defined once, in
// src/io/limits.ts. Light: a command may import this module at start to show a limit or a default in --help.
export * from '../io/limits.ts';
// The published screening defaults (the bands a request leaves out), from the matcher's types only.
export { DEFAULT_REVIEW_THRESHOLD, DEFAULT_THRESHOLD } from '../screening/types.ts';
// The ledger's published defaults a --help names: the products, each commodity's factor.
export { PRODUCTS as LEDGER_PRODUCT_NAMES } from '../ledger/product-names.ts';
export { DEFAULT_BARRELS_PER_TONNE } from '../law/cap-period.ts';

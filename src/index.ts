// The public engine surface: the CLI (and any HTTP API or web page) use only what is exported here.
export * from './errors/index.ts';
export * from './law/index.ts';
export * from './hs/index.ts';
export * from './check/index.ts';
export * from './screening/index.ts';
export * from './screening/un-list/index.ts';
export * from './screening/list-diff.ts';
export * from './store/index.ts';
export * from './ledger/index.ts';
export * from './ships/index.ts';

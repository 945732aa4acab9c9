// What `interdict screen` needs of the app layer, and nothing else: the engine (list and index loaded on
// first use), the screener, the CSV batch reader and the query check.
export { Engine } from './engine.ts';
export { openScreener, screenBands, type Screener, type ScreenerOptions } from './screen-names.ts';
export type { Disguise } from './name-disguise.ts';
export { readAll } from '../io/index.ts';
export { parseBatchRows, validateQuery, ALGORITHM, ALGORITHMS, isAlgorithm, type BatchEntry, type ScreeningMatch, type ScreeningQuery } from '../screening/index.ts';

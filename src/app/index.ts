// The app layer's public surface (src/index.ts re-exports it for library users): the use cases every
// interface calls. Each CLI command imports its own entry instead (`*-entry.ts`, docs/ARCHITECTURE.md).
export { Engine, type EngineOptions, type EngineWarning, checkStream, type CheckRequest, type CheckSummary, type CheckFormat } from './check-entry.ts';
export { openScreener, screenBands, screenerOver, type Screener, type ScreenerOptions, type ScreenRequest, type ScreenBands, type ScreenResult } from './screen-names.ts';
export { withLedger, baselines, deliveryHistory, ledgerWhere } from './ledger-actions.ts';
export { checkSourcesAt, checkSourcesIn, type DatabaseSources } from './check-sources.ts';
export * from './ledger/index.ts';
export { cliActor } from './service/service-context.ts';

// What the interfaces need from below, so that they import only this layer.
export { describeDecision, parseInputText, PRODUCTS, TRANSACTION_TYPES, type Decision, type Transaction } from '../check/index.ts';
export { openSource, readAll, readAllText } from '../io/index.ts';
export { findBadText, findBadTextSliced, textReasonWithin, type BadText } from '../io/text-guard.ts';
export { readingBudget } from '../io/escape-reader.ts';
export { CONVERT_TO_UTF8 } from '../io/utf8.ts';
export { COUNTRY_CODES } from '../geo/country-codes.ts';
export { duplicateKey } from '../io/json-duplicates.ts';
export { jsonShapeProblem, MAX_JSON_DEPTH, MAX_JSON_ITEMS, MAX_JSON_MEMBERS, nestsDeeperThan } from '../io/json-depth.ts';
export { parseDbTarget, describeDbTarget, type DbTarget } from '../store/db-target.ts';
export { statusCsv, statusHuman, totalsLine } from '../ledger/index.ts';
export { parseBatchCsv, parseBatchRows, validateQuery, ALGORITHM, ALGORITHMS, isAlgorithm, DEFAULT_REVIEW_THRESHOLD, DEFAULT_THRESHOLD, type BatchEntry, type ScreeningMatch, type ScreeningQuery } from '../screening/index.ts';
export { listInfo, loadUnList, type ListInfo, type UnList } from '../screening/un-list/index.ts';
export { diffLists, isEmptyDiff, type FieldChange, type ListDiff } from '../screening/list-diff.ts';
export { examplesDir } from './examples.ts';
export { InterdictError, isInterdictError } from '../errors/index.ts';

// The app layer: the use cases every interface calls (the CLI now, the HTTP service next). Interfaces
// import from here, never from the areas below.
export { Engine, type EngineOptions, type EngineWarning, checkStream, type CheckRequest, type CheckSummary, type CheckFormat } from './check-entry.ts';
export { openScreener, type Screener, type ScreenRequest } from './screen-names.ts';
export {
  withLedger, openCapStateLookup, recordDelivery, amendDelivery, importDeliveries, ledgerStatus, ledgerNotices, baselines, deliveryHistory, ledgerWhere,
  type RecordOutcome,
} from './ledger-actions.ts';

// What the interfaces need from below, so that they import only this layer.
export { describeDecision, PRODUCTS, TRANSACTION_TYPES, type Decision, type Transaction } from '../check/index.ts';
export { openSource, readAll, readAllText } from '../io/index.ts';
export { findBadText, type BadText } from '../io/text-guard.ts';
export { CONVERT_TO_UTF8 } from '../io/utf8.ts';
export { COUNTRY_CODES } from '../geo/country-codes.ts';
export { parseDbTarget, describeDbTarget, type DbTarget } from '../store/db-target.ts';
export { statusCsv, statusHuman, totalsLine } from '../ledger/index.ts';
export { parseBatchCsv, parseBatchRows, validateQuery, ALGORITHM, ALGORITHMS, isAlgorithm, DEFAULT_REVIEW_THRESHOLD, DEFAULT_THRESHOLD, type BatchEntry, type ScreeningMatch, type ScreeningQuery } from '../screening/index.ts';
export { listInfo, loadUnList, type ListInfo, type UnList } from '../screening/un-list/index.ts';
export { diffLists, isEmptyDiff, type FieldChange, type ListDiff } from '../screening/list-diff.ts';
export { examplesDir } from './examples.ts';
export { InterdictError, isInterdictError } from '../errors/index.ts';

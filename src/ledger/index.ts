// The cap ledger's public surface (2375 paras 14-15, 2397 paras 4-5).
export type { AmendOptions, BaselineOptions, DeliveryQuery, LedgerStore, RecordAllOptions, RecordOptions, WriteOptions } from './ledger-store.ts';
export type {
  AmendInput, AmendResult, Baseline, PartyScreening, Commodity, DeliveryContent, DeliveryFigures, DeliveryInput, DeliveryVersion, MonthStateRow, Notice, PeriodTotals, RecordResult,
} from './ledger-types.ts';
export { COMMODITIES } from './ledger-types.ts';
export { capSourceFromLaw, baselineWindow, type CapSource } from './cap-source.ts';
export { percentOfCap, reachesThreshold, exceedsCap, remaining, type Amount } from './cap-math.ts';
export { openLedgerStore, type OpenLedgerOptions } from './open-ledger-store.ts';
export { hasLedger, openSqlLedgerStore, parseBaseline } from './sql-ledger-store.ts';
export { LEDGER_MIGRATIONS } from './sql/ledger-migrations.ts';
export { loadCapStateLookup } from './cap-state-lookup.ts';
export { periodStatus, resolvePeriod, resolvePeriods, type PeriodStatus, type TableRow, type BaselineLine } from './period-status.ts';
export { DEFAULT_BARRELS_PER_TONNE, fromMilli } from './quantity.ts';
export { parseDeliveryCsv, type ParsedImport } from './import-csv.ts';
export { presentVersion, presentNotice, presentTotals, noticeSentence, totalsLine, callsForReview, writeCallsForReview, vesselReview, vesselReviewOf } from './present.ts';
export { statusHuman, statusCsv } from './render-status.ts';
export { validateDelivery, parseState, parseDate, parseCommodity, LARGE_DELIVERY_FACTOR } from './validate-delivery.ts';
export { PRODUCTS as LEDGER_PRODUCTS, PRODUCT_ALIASES as LEDGER_PRODUCT_ALIASES, PRODUCT_BARRELS_PER_TONNE, parseProduct, type Product, type Derivation } from './products.ts';

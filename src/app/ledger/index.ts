// The cap ledger's use cases: one per operation, each taking (store, law, actor) and returning a named
// result; the CLI (cli/commands/ledger.ts) and the service (http/) only adapt them.
export { mayReportFor, actorOfAccount, type LedgerActor } from './ledger-actor.ts';
export { readerOfAccount } from './ledger-reader.ts';
export { COMMODITIES as DELIVERY_COMMODITIES, type Commodity, type DeliveryInput, type AmendInput, type PeriodStatus } from '../../ledger/index.ts';
export { recordDelivery, checkDeliveryInput, deliveryEntry, type RecordOutcome, type ScreeningDeps } from './record-delivery.ts';
export { amendDelivery, type AmendOutcome } from './amend-delivery.ts';
export { importDeliveries, checkImport, type ImportOutcome } from './import-deliveries.ts';
export { ledgerStatus, statusJson, type LedgerStatusResult } from './ledger-status.ts';
export { ledgerNotices, type PresentedNotice } from './ledger-notices.ts';
export { listDeliveries, type DeliveryListQuery, type DeliveryPage } from './list-deliveries.ts';
export { reportTable, reportNotification, reportNotices, reportCrude, type NotesReport } from './ledger-reports.ts';
export { tableCsv, tableHtml, notificationHtml, notesHtml, crudeHtml, htmlDocument, REPORT_CSS, TABLE_CSV_HEADER } from '../../ledger/render-reports.ts';
export type { TableReport, StateNotification, SecretaryNote, CrudeReport } from '../../ledger/committee-reports.ts';
export { LEDGER_PRODUCTS as LEDGER_PRODUCT_NAMES, LEDGER_PRODUCT_ALIASES } from '../../ledger/index.ts';
export { databaseScreening, ledgerScreening } from './delivery-screening.ts';
export { amendServiceDelivery, recordServiceDelivery } from './service-deliveries.ts';
export { partyNames } from './screen-parties.ts';
export { writeCallsForReview } from '../../ledger/index.ts';
export { todayUtc } from '../../law/index.ts';

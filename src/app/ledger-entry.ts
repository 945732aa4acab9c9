// What `interdict ledger` calls: the command's entry, loaded when it runs (the ledger's use cases, the
// engine for the law and the list, the database target), and nothing else of the app layer.
export { Engine } from './engine.ts';
export { withLedger, baselines, deliveryHistory, ledgerWhere } from './ledger-actions.ts';
export * from './ledger/index.ts';
export { cliActor } from './service/service-context.ts';
export { parseDbTarget } from '../store/db-target.ts';
export { readAllText } from '../io/index.ts';
export { statusCsv, statusHuman, totalsLine } from '../ledger/index.ts';

// What an interface needs to run `check`, and nothing else of the app layer: the CLI's `check` loads
// this instead of the whole layer (index.ts), about 35 ms less start-up (bench:startup).
export { Engine, type EngineOptions, type EngineWarning } from './engine.ts';
export { checkStream, type CheckRequest, type CheckSummary, type CheckFormat } from './check-transactions.ts';
export { describeDecision, type Decision, type Transaction } from '../check/index.ts';
export { openSource } from '../io/index.ts';
export { parseDbTarget, type DbTarget } from '../store/db-target.ts';

export { InterdictError, isInterdictError, showValue, MAX_MESSAGE, type ErrorLocation } from './interdict-error.ts';
export { ERRORS, type ErrorCode, type ErrorSpec } from './registry.ts';
export { storageProblem } from './storage-problem.ts';

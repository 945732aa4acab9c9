export { InterdictError, isInterdictError, showValue, MAX_MESSAGE, type ErrorLocation } from './interdict-error.ts';
export { ERRORS, type ErrorCode, type ErrorSpec } from './registry.ts';
export { storageFull } from './storage-full.ts';

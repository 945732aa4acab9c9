export { InterdictError, isInterdictError, type ErrorLocation } from './interdict-error.ts';
export { ERRORS, type ErrorCode, type ErrorSpec } from './registry.ts';

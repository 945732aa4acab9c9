/**
 * The one error registry. Every error a user can see has a stable code here, a hint, and an HTTP
 * status. Each area keeps its codes in its own file (so areas do not edit each other's lines);
 * this file merges them and refuses a code defined twice.
 */
import { CHECK_ERRORS } from './check-errors.ts';
import { CLI_ERRORS } from './cli-errors.ts';
import { LAW_ERRORS } from './law-errors.ts';
import { LEDGER_ERRORS } from './ledger-errors.ts';
import type { ErrorSpec } from './error-spec.ts';
import { SCREENING_ERRORS } from './screening-errors.ts';
import { SERVICE_ERRORS } from './service-errors.ts';
import { SHIPS_ERRORS } from './ships-errors.ts';
import { STORE_ERRORS } from './store-errors.ts';

export type { ErrorSpec } from './error-spec.ts';

const parts = [CLI_ERRORS, LAW_ERRORS, CHECK_ERRORS, SCREENING_ERRORS, LEDGER_ERRORS, STORE_ERRORS, SERVICE_ERRORS, SHIPS_ERRORS] as const;

function merge(): Record<string, ErrorSpec> {
  const all: Record<string, ErrorSpec> = {};
  for (const part of parts) {
    for (const [code, spec] of Object.entries(part)) {
      // INVARIANT: a code means one thing everywhere.
      if (code in all) throw new Error(`error code ${code} is defined twice`);
      all[code] = spec;
    }
  }
  return all;
}

export type ErrorCode =
  | keyof typeof CLI_ERRORS
  | keyof typeof LAW_ERRORS
  | keyof typeof CHECK_ERRORS
  | keyof typeof SCREENING_ERRORS
  | keyof typeof LEDGER_ERRORS
  | keyof typeof STORE_ERRORS
  | keyof typeof SERVICE_ERRORS
  | keyof typeof SHIPS_ERRORS;

export const ERRORS = merge() as Record<ErrorCode, ErrorSpec>;

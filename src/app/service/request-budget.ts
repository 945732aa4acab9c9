/**
 * The work one request's batch may take (MAX_REQUEST_WORK_MS of its own slices): past it the batch is stopped and
 * refused, 413, naming where it stopped; nothing of it is stored (each caller stores only after its batch is done).
 */
import { InterdictError } from '../../errors/index.ts';
import { MAX_REQUEST_WORK_MS } from '../../io/limits.ts';
import type { SliceOptions } from '../slices.ts';

export function requestBudget(what: string, field: string, nameOf: (i: number) => string, workMs = MAX_REQUEST_WORK_MS): NonNullable<SliceOptions['budget']> {
  return {
    workMs,
    over: (i) => new InterdictError('SERVICE_TOO_LARGE', `${what} took more than ${Math.round(workMs / 1000)} s of work and was stopped at ${nameOf(i)}, nothing stored: send fewer or shorter ${field} per request`, { field }),
  };
}

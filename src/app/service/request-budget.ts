/**
 * The work one request's batch may take (MAX_REQUEST_WORK_MS of its own slices): past it the batch is stopped and
 * refused, 413, naming where it stopped; nothing of it is stored (each caller stores only after its batch is done).
 * With the credential's account (work-meter.ts) the batch also takes no more than the credential has left of its
 * minute: none left, the request is refused before any work (429); the rest spent, it is stopped there (429), and
 * the answer says when to try again.
 */
import { InterdictError } from '../../errors/index.ts';
import { MAX_REQUEST_WORK_MS } from '../../io/limits.ts';
import type { SliceOptions } from '../slices.ts';
import type { WorkAccount } from './work-meter.ts';

/** A refusal for want of the credential's work this minute: 429, with the seconds to wait (Retry-After). */
export type RateLimitedError = InterdictError & { retryAfterS: number };

/** The seconds to wait a refusal for want of the credential's work carries (for Retry-After); undefined for any other error. */
export function retryAfterOf(e: unknown): number | undefined {
  const wait = (e as { retryAfterS?: unknown } | undefined)?.retryAfterS;
  return typeof wait === 'number' ? wait : undefined;
}

function minuteSpent(account: WorkAccount, what: string): RateLimitedError {
  const wait = account.retryAfterS();
  const message = `${what}: this credential has used its ${Math.round(account.perMinuteMs / 1000)} s of batch work for the minute, nothing stored; try again in ${wait} s`;
  return Object.assign(new InterdictError('SERVICE_RATE_LIMITED', message), { retryAfterS: wait });
}

/** How much work a request's batch may take: the credential's account (the API's and the pages' requests), and a
 *  request's own budget other than MAX_REQUEST_WORK_MS (tests). */
export interface BatchWork {
  account?: WorkAccount;
  workMs?: number;
}

export function requestBudget(what: string, field: string, nameOf: (i: number) => string, work: BatchWork = {}): NonNullable<SliceOptions['budget']> {
  const { account, workMs = MAX_REQUEST_WORK_MS } = work;
  const left = account?.left() ?? Infinity;
  if (account !== undefined && left <= 0) throw minuteSpent(account, what);
  const byMinute = left < workMs;
  return {
    workMs: Math.min(workMs, left),
    over: (i) => (byMinute && account !== undefined
      ? minuteSpent(account, `${what} was stopped at ${nameOf(i)}`)
      : new InterdictError('SERVICE_TOO_LARGE', `${what} took more than ${Math.round(workMs / 1000)} s of work and was stopped at ${nameOf(i)}, nothing stored: send fewer or shorter ${field} per request`, { field })),
    ...(account !== undefined && { charge: account.charge }),
  };
}

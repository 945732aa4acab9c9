/**
 * The one rule for what `check` consults, whichever interface asks: the party screener (built on the
 * first record that names parties or holds free text), the cap ledger and the imported 1718 vessels list when the database
 * holds them. A database the caller named that holds neither is a mistake (an empty file, another
 * program's database), refused like any target not understood; only a default nobody wrote yet may be
 * empty. The CLI's check and the service's POST /v1/check both build their context here.
 */
import { evaluate, hasFreeText, type CapStateLookup, type CheckContext, type Decision, type PartyScreener, type Transaction, type VesselScreener } from '../check/index.ts';
import { InterdictError } from '../errors/index.ts';
import type { Law } from '../law/index.ts';
import { mapInSlices, type SliceOptions } from './slices.ts';

export interface LazyContext extends CheckContext {
  /** The screener is built on the first record that names parties or holds free text (listed names in it). */
  needParties(): void;
}

export interface CheckSources {
  partyScreener: () => PartyScreener;
  capState?: CapStateLookup;
  screenVessel?: VesselScreener;
  /** The database the caller named (for the message), when it named one; undefined for none or the default. */
  named?: string;
}

export function checkContext(s: CheckSources): LazyContext {
  if (s.named !== undefined && s.capState === undefined && s.screenVessel === undefined) {
    throw new InterdictError('STORE_NOT_FOUND', `${s.named} holds neither a cap ledger nor a vessels list`, { field: 'db' });
  }
  const ctx: LazyContext = {
    needParties() {
      ctx.screenParty ??= s.partyScreener();
    },
  };
  if (s.capState) ctx.capState = s.capState;
  if (s.screenVessel) ctx.screenVessel = s.screenVessel;
  return ctx;
}

/**
 * Validated transactions decided in order, records numbered from 1, the event loop given a turn every few
 * milliseconds: a whole JSON value at the CLI and POST /v1/check's body alike (NDJSON lines stream through
 * evaluateOne one at a time, check-lines.ts).
 */
export async function decideAll(txs: readonly Transaction[], law: Law, ctx: LazyContext, opts: SliceOptions = {}): Promise<Decision[]> {
  return mapInSlices(txs, (tx, i) => evaluateOne(tx, law, ctx, i + 1), opts);
}

/** Evaluate one record; a bad input only evaluation can see (an approval naming nothing) names the record. */
export function evaluateOne(tx: Transaction, law: Law, ctx: LazyContext, record: number | string): Decision {
  if ((tx.parties !== undefined && tx.parties.length > 0) || hasFreeText(tx)) ctx.needParties();
  try {
    return evaluate(tx, law, ctx);
  } catch (e) {
    if (e instanceof InterdictError && e.location.record === undefined) throw e.at({ record });
    throw e;
  }
}

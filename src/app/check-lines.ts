/**
 * What checking one NDJSON line means: parse and validate it (`parseNdjsonLine`, the one rule for a
 * line), evaluate it (opening the screener the first time a record names parties), and hand the decision
 * on. Blank lines are skipped; a bad line throws, naming its line number.
 */
import {
  evaluate, OutcomeTally, parseNdjsonLine, type CapStateLookup, type CheckContext, type Decision, type Transaction, type VesselScreener,
} from '../check/index.ts';
import { InterdictError } from '../errors/index.ts';
import type { Law } from '../law/index.ts';
import type { Engine } from './engine.ts';

export interface LazyContext extends CheckContext {
  /** The screener is built on the first record that names parties. */
  needParties(): void;
}

export function lazyContext(engine: Engine, capState?: CapStateLookup, screenVessel?: VesselScreener): LazyContext {
  const ctx: LazyContext = {
    needParties() {
      ctx.screenParty ??= engine.partyScreener();
    },
  };
  if (capState) ctx.capState = capState;
  if (screenVessel) ctx.screenVessel = screenVessel;
  return ctx;
}

/** Evaluate one record; a bad input only evaluation can see (an approval naming nothing) names the record. */
export function evaluateOne(tx: Transaction, law: Law, ctx: LazyContext, record: number): Decision {
  if (tx.parties !== undefined && tx.parties.length > 0) ctx.needParties();
  try {
    return evaluate(tx, law, ctx);
  } catch (e) {
    if (e instanceof InterdictError && e.location.record === undefined) throw e.at({ record });
    throw e;
  }
}

export interface LineChecker {
  /** Check line number `n` (numbered from 1 in the whole input). */
  each(line: string, n: number): void;
  readonly tally: OutcomeTally;
  /** Records decided so far (blank lines are not records). */
  records(): number;
}

export function lineChecker(law: Law, ctx: LazyContext, onDecision: (d: Decision, index: number) => void): LineChecker {
  const tally = new OutcomeTally();
  let records = 0;
  return {
    tally,
    records: () => records,
    each(line, n) {
      const tx = parseNdjsonLine(line, n);
      if (tx === undefined) return;
      const d = evaluateOne(tx, law, ctx, n);
      tally.add(d);
      onDecision(d, records);
      records++;
    },
  };
}

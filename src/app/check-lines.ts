/**
 * What checking one NDJSON line means: parse and validate it (`parseNdjsonLine`, the one rule for a
 * line), evaluate it (opening the screener the first time a record names parties), and hand the decision
 * on. Blank lines are skipped; a bad line throws, naming its line number.
 */
import { OutcomeTally, parseNdjsonLine, type Decision } from '../check/index.ts';
import type { Law } from '../law/index.ts';
import { evaluateOne, type LazyContext } from './check-context.ts';

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

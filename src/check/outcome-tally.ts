import type { Decision } from './decision.ts';

/** What a batch of decisions held, as plain flags (they cross worker threads): the batch's exit code is made of them. */
export interface OutcomeFlags {
  prohibited: boolean;
  /** Some decision was review or conditional. */
  flagged: boolean;
}

export class OutcomeTally implements OutcomeFlags {
  prohibited = false;
  flagged = false;

  add(d: Decision): void {
    if (d.outcome === 'prohibited') this.prohibited = true;
    else if (d.outcome !== 'permitted') this.flagged = true;
  }
}

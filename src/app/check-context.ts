/**
 * The one rule for what `check` consults, whichever interface asks: the party screener (built on the
 * first record that names parties or holds free text), the cap ledger and the imported 1718 vessels list when the database
 * holds them. A database the caller named that holds neither is a mistake (an empty file, another
 * program's database), refused like any target not understood; only a default nobody wrote yet may be
 * empty. The CLI's check and the service's POST /v1/check both build their context here.
 */
import { evaluate, hasFreeText, type CapStateLookup, type CheckContext, type Decision, type PartyMatch, type PartyScreener, type PartyToScreen, type Transaction, type VesselScreener } from '../check/index.ts';
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
  // One step per party screening, then the decision: a transaction of 50 long parties took 1.5 s in one piece
  // (security re-review 3, MEDIUM-1); now the longest run without a turn is one party's screening.
  const kept = new KeptParties();
  let current = 0;
  function* steps(): Generator<{ party: PartyToScreen } | { tx: Transaction; i: number }> {
    for (let i = 0; i < txs.length; i++) {
      current = i;
      const tx = txs[i]!;
      if (partiesScreened(tx)) {
        ctx.needParties();
        for (const party of kept.asked(tx, law, ctx)) yield { party };
      }
      yield { tx, i };
    }
  }
  const budget = opts.budget;
  const decided = await mapInSlices(steps(), (step) => ('party' in step ? kept.fill(step.party, ctx) : evaluateOne(step.tx, law, kept.over(ctx), step.i + 1)), {
    ...opts,
    // Past the budget, the transaction reached is named (the steps are its parties and itself).
    ...(budget !== undefined && { budget: { ...budget, over: () => budget.over(current) } }),
  });
  return decided.filter((d): d is Decision => d !== undefined);
}

const partiesScreened = (tx: Transaction): boolean => (tx.parties !== undefined && tx.parties.length > 0) || hasFreeText(tx);

/**
 * The screenings a transaction asks for, made one step at a time before it is decided: which parties it asks is
 * found by deciding it once with a screener that only records them (what it asks does not depend on the answers
 * but where a party is found; any it asks only then is screened as it asks, as before). Their answers (or errors)
 * are kept by the party's fields across the batch, as the screener's own caches are (the same names recur), and
 * the decisions read them through one screener, so those caches hold across the batch too.
 */
class KeptParties {
  private readonly answers = new Map<string, { found: readonly PartyMatch[] } | { error: unknown }>();
  /** The listed names the current transaction's texts hold, found once by the recording decision and read again by
   *  the real one (security re-review 4, M-1: a transaction's free text was read twice). */
  private readonly texts = new Map<string, ReturnType<NonNullable<PartyScreener['namesIn']>>>();
  private screener: { inner: PartyScreener; kept: PartyScreener } | undefined;

  /** The parties deciding `tx` asks the screener for that are not kept yet, each once. */
  asked(tx: Transaction, law: Law, ctx: LazyContext): PartyToScreen[] {
    const inner = ctx.screenParty;
    if (inner === undefined) return [];
    if (this.answers.size > MAX_KEPT_PARTIES) this.answers.clear();
    this.texts.clear();
    const seen = new Map<string, PartyToScreen>();
    const recorder: PartyScreener = Object.assign((party: PartyToScreen): readonly PartyMatch[] => {
      const key = partyKey(party);
      if (!this.answers.has(key)) seen.set(key, party);
      return [];
    }, { ...inner }, inner.namesIn === undefined ? {} : { namesIn: this.namesInKept(inner.namesIn) });
    try {
      evaluate(tx, law, { ...ctx, screenParty: recorder });
    } catch {
      // Bad input shows when the transaction is decided, naming its record.
    }
    return [...seen.values()];
  }

  fill(party: PartyToScreen, ctx: LazyContext): undefined {
    try {
      this.answers.set(partyKey(party), { found: ctx.screenParty!(party) });
    } catch (error) {
      this.answers.set(partyKey(party), { error });
    }
    return undefined;
  }

  /** `namesIn` answering a text read before in this transaction from what it found then. */
  private namesInKept(namesIn: NonNullable<PartyScreener['namesIn']>): NonNullable<PartyScreener['namesIn']> {
    return (text) => {
      let found = this.texts.get(text);
      if (found === undefined) this.texts.set(text, (found = namesIn(text)));
      return found;
    };
  }

  /** The context with a screener that answers from what was kept (and screens anything else as asked). */
  over(ctx: LazyContext): LazyContext {
    const inner = ctx.screenParty;
    if (inner === undefined) return ctx;
    if (this.screener?.inner !== inner) {
      const answers = this.answers;
      const kept: PartyScreener = Object.assign((party: PartyToScreen): readonly PartyMatch[] => {
        const a = answers.get(partyKey(party));
        if (a === undefined) return inner(party);
        if ('error' in a) throw a.error;
        return a.found;
      }, { ...inner }, inner.namesIn === undefined ? {} : { namesIn: this.namesInKept(inner.namesIn) });
      this.screener = { inner, kept };
    }
    return { ...ctx, screenParty: this.screener.kept, needParties: () => undefined };
  }
}

/** Parties' answers kept in one batch at most (then forgotten, and asked again). */
const MAX_KEPT_PARTIES = 20_000;

/** A party asked for, by its fields in one order. */
const partyKey = (p: PartyToScreen): string => JSON.stringify([p.name, p.type ?? null, p.dob ?? null, p.nationality ?? null, p.country ?? null]);

/** Evaluate one record; a bad input only evaluation can see (an approval naming nothing) names the record. */
export function evaluateOne(tx: Transaction, law: Law, ctx: LazyContext, record: number | string): Decision {
  if (partiesScreened(tx)) ctx.needParties();
  try {
    return evaluate(tx, law, ctx);
  } catch (e) {
    if (e instanceof InterdictError && e.location.record === undefined) throw e.at({ record });
    throw e;
  }
}

/**
 * The work each credential's batches took in the last minute (security review, L-1): one request's batch stops
 * after MAX_REQUEST_WORK_MS, but one key could send such batches back to back, two at a time, and keep every core
 * busy for as long as it liked. Each credential may spend `perMinuteMs` of batch work (the batches' own slices,
 * not their waits) in any minute; a heavy request that finds the minute spent is refused (429, with the seconds
 * until enough of it has aged), and a batch that spends the rest of it is stopped there, nothing stored.
 *
 * Counted in one-second buckets over a rolling minute, in this process (as the request rates are): a few numbers
 * per credential, whatever the number of slices.
 */
export interface WorkAccount {
  /** Work this credential may still take in the rolling minute, in milliseconds (0 when spent). */
  left(): number;
  /** Count `ms` of work done now. */
  charge(ms: number): void;
  /** Whole seconds until the credential may work again (at least 1). */
  retryAfterS(): number;
  /** The credential's work allowed per minute. */
  readonly perMinuteMs: number;
}

const WINDOW_S = 60;
/** Credentials kept before those that spent nothing in the last minute are forgotten. */
const MAX_KEPT = 10_000;

interface Spent {
  /** ms of work in each second of the window, by second modulo WINDOW_S. */
  ms: Float64Array;
  /** Which second each bucket holds (a bucket of another second is stale). */
  second: Float64Array;
}

export class WorkMeter {
  private readonly spent = new Map<string, Spent>();

  /** `now`: the clock in milliseconds (performance.now by default; a test gives its own). */
  constructor(readonly perMinuteMs: number, private readonly now: () => number = () => performance.now()) {}

  account(who: string): WorkAccount {
    return {
      perMinuteMs: this.perMinuteMs,
      left: () => Math.max(0, this.perMinuteMs - this.used(who)),
      charge: (ms) => this.charge(who, ms),
      retryAfterS: () => this.retryAfterS(who),
    };
  }

  private used(who: string): number {
    const s = this.spent.get(who);
    if (s === undefined) return 0;
    const current = Math.floor(this.now() / 1000);
    let sum = 0;
    for (let i = 0; i < WINDOW_S; i++) if (current - s.second[i]! < WINDOW_S) sum += s.ms[i]!;
    return sum;
  }

  private charge(who: string, ms: number): void {
    if (!(ms > 0)) return;
    let s = this.spent.get(who);
    if (s === undefined) {
      if (this.spent.size >= MAX_KEPT) this.forgetIdle();
      s = { ms: new Float64Array(WINDOW_S), second: new Float64Array(WINDOW_S).fill(-Infinity) };
      this.spent.set(who, s);
    }
    const current = Math.floor(this.now() / 1000);
    const i = current % WINDOW_S;
    if (s.second[i] !== current) {
      s.second[i] = current;
      s.ms[i] = 0;
    }
    s.ms[i]! += ms;
  }

  /** Seconds until the work over the allowance has aged out of the window. */
  private retryAfterS(who: string): number {
    const s = this.spent.get(who);
    if (s === undefined) return 1;
    const current = Math.floor(this.now() / 1000);
    const buckets = [...s.second.keys()].filter((i) => current - s.second[i]! < WINDOW_S).sort((a, b) => s.second[a]! - s.second[b]!);
    let over = this.used(who) - this.perMinuteMs;
    for (const i of buckets) {
      over -= s.ms[i]!;
      // The oldest buckets leave the window first: once enough has left, some work is allowed again.
      if (over < 0) return Math.max(1, s.second[i]! + WINDOW_S - current);
    }
    return 1;
  }

  private forgetIdle(): void {
    for (const who of [...this.spent.keys()]) if (this.used(who) === 0) this.spent.delete(who);
  }
}

/**
 * Long work in slices: one request's batch (10,000 names, transactions or subjects) gives the event loop
 * back every few milliseconds, so a server answers others (its health check first) while it works.
 * The work and its result are exactly those of a plain loop; only the waiting is shared.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/** How long one slice may run before the event loop gets a turn. */
export const SLICE_MS = 10;

export interface SliceOptions {
  sliceMs?: number;
  /** The most work the whole map may take (its slices summed, not the waits between them); past it `over(i)`, the item reached, is thrown. */
  budget?: { workMs: number; over: (i: number) => Error };
}

export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, i: number) => R, opts: SliceOptions = {}): Promise<R[]> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const out: R[] = new Array<R>(items.length);
  let start = performance.now();
  let worked = 0;
  for (let i = 0; i < items.length; i++) {
    out[i] = fn(items[i]!, i);
    const now = performance.now();
    if (opts.budget !== undefined && i + 1 < items.length && worked + (now - start) >= opts.budget.workMs) throw opts.budget.over(i + 1);
    if (now - start >= sliceMs) {
      worked += now - start;
      await yieldToLoop();
      start = performance.now();
    }
  }
  return out;
}

/**
 * The same turn-giving for a loop that is not a map over an array (a walk of pages read one after another):
 * `due()` once per item, and when it says so, `await rest()`.
 */
export function sliceTimer(sliceMs = SLICE_MS): { due(): boolean; rest(): Promise<void> } {
  let start = performance.now();
  return {
    due: () => performance.now() - start >= sliceMs,
    rest: async () => {
      await yieldToLoop();
      start = performance.now();
    },
  };
}
